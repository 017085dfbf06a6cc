package attrib

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"runtime"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/internal/seqtag"
	"github.com/claimtrail/claimtrail/layer"
)

// LabelO is the number of the tagger's O label (outside any role), which
// a trainer may penalize (seqtag.Model.Penalize).
const LabelO = labO

// LabeledDoc is a training document: its text and gold fragments per role
// (source, cue, content) as byte spans.
type LabeledDoc struct {
	Text  string
	Roles [3][]claimtrail.Span
}

// TrainTagger learns the attribution tagger from labelled documents: the
// first pass on all documents, then the second pass on first-pass
// predictions made by models that did not see the document (k-fold
// jackknifing), so the second pass learns from realistic errors. With the
// same documents and options it writes the same models. The second pass
// is the average of bags models trained on different shuffles.
//
// The trainings of one call run in parallel, up to GOMAXPROCS at a time;
// each is deterministic and their results are combined in a fixed order.
func TrainTagger(docs []LabeledDoc, opt seqtag.TrainOptions, folds, bags int) (*Models, error) {
	quiet := opt
	quiet.Log, quiet.Eval = nil, nil
	if folds < 2 {
		first, err := trainPass(docs, nil, opt)
		return &Models{First: first}, err
	}
	var g errgroup.Group
	g.SetLimit(runtime.GOMAXPROCS(0))
	var first *seqtag.Model
	g.Go(func() (err error) {
		first, err = trainPass(docs, nil, opt)
		return err
	})
	preds := make([][]uint8, len(docs))
	for f := 0; f < folds; f++ {
		g.Go(func() error { return jackknife(docs, preds, f, folds, quiet) })
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	// the second pass: the mean of models trained on different shuffles
	bag := make([]*seqtag.Model, max(bags, 1))
	for b := range bag {
		o := quiet
		if b == 0 {
			o = opt
		}
		o.Seed = opt.Seed + uint64(b)
		g.Go(func() (err error) {
			bag[b], err = trainPass(docs, preds, o)
			return err
		})
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	return &Models{First: first, Second: seqtag.Average(bag...)}, nil
}

// jackknife trains a first pass on the documents outside fold f of folds
// and stores its labels of the documents in fold f in preds.
func jackknife(docs []LabeledDoc, preds [][]uint8, f, folds int, opt seqtag.TrainOptions) error {
	var train []LabeledDoc
	for i, d := range docs {
		if i%folds != f {
			train = append(train, d)
		}
	}
	m, err := trainPass(train, nil, opt)
	if err != nil {
		return err
	}
	lb, err := layer.New("en", layer.Options{})
	if err != nil {
		return err
	}
	t, err := NewTagger("en", nil)
	if err != nil {
		return err
	}
	for i := f; i < len(docs); i += folds {
		preds[i] = append([]uint8(nil), t.tag(lb.Build(docs[i].Text, time.Time{}), m)...)
	}
	return nil
}

// AverageModels returns the models whose passes are the means of ms's:
// taggers trained on different shuffles err in different places, and
// their mean owes less to any one shuffle. A single model is returned as
// is.
func AverageModels(ms ...*Models) *Models {
	if len(ms) == 1 {
		return ms[0]
	}
	var firsts, seconds []*seqtag.Model
	for _, m := range ms {
		firsts = append(firsts, m.First)
		if m.Second != nil {
			seconds = append(seconds, m.Second)
		}
	}
	out := &Models{First: seqtag.Average(firsts...)}
	if len(seconds) == len(ms) {
		out.Second = seqtag.Average(seconds...)
	}
	return out
}

// InputsDigest returns the SHA-256, in hex, of what a training of the
// first pass reads of docs: every token's features and gold label. The
// features read language tables and the POS and entity models, so when
// one of those changes the digest changes, and a model trained before no
// longer is what a training writes (extract/model/README.md).
func InputsDigest(docs []LabeledDoc) (string, error) {
	seqs, err := sequences(docs, nil)
	if err != nil {
		return "", err
	}
	h := sha256.New()
	var buf []byte
	for _, s := range seqs {
		buf = binary.LittleEndian.AppendUint32(buf[:0], uint32(s.Len()))
		for _, o := range s.Off {
			buf = binary.LittleEndian.AppendUint32(buf, uint32(o))
		}
		for _, f := range s.Feats {
			buf = binary.LittleEndian.AppendUint64(buf, f)
		}
		buf = append(buf, s.Gold...)
		h.Write(buf)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

func trainPass(docs []LabeledDoc, stage1 [][]uint8, opt seqtag.TrainOptions) (*seqtag.Model, error) {
	seqs, err := sequences(docs, stage1)
	if err != nil {
		return nil, err
	}
	return seqtag.Train(tagLabels, seqs, opt)
}

// sequences turns labelled documents into one tagger sequence per line;
// with stage1 (first-pass labels per document) it builds second-pass
// sequences.
func sequences(docs []LabeledDoc, stage1 [][]uint8) ([]seqtag.Seq, error) {
	lb, err := layer.New("en", layer.Options{})
	if err != nil {
		return nil, err
	}
	var ft featurizer
	var seqs []seqtag.Seq
	for di, d := range docs {
		ft.prepare(lb.Build(d.Text, time.Time{}))
		if stage1 != nil {
			ft.stage1 = stage1[di]
		}
		gold := goldLabels(ft.Doc, d.Roles)
		ft.lines(func(first, last int) {
			var s seqtag.Seq
			s.Reset()
			ft.features(&s, first, last)
			s.Gold = append(s.Gold, gold[first:last]...)
			seqs = append(seqs, s)
		})
	}
	return seqs, nil
}

// goldLabels gives each token the role of the gold fragment containing
// its first byte, in BIOES form.
func goldLabels(d *layer.Doc, roles [3][]claimtrail.Span) []uint8 {
	labs := make([]uint8, len(d.Toks))
	for r := 0; r < 3; r++ {
		for _, sp := range roles[r] {
			var idx []int
			for i, tk := range d.Toks {
				if tk.End <= sp.Start {
					continue
				}
				if tk.Start >= sp.End {
					break
				}
				if tk.Start < sp.Start && len(idx) > 0 {
					continue
				}
				idx = append(idx, i)
			}
			switch len(idx) {
			case 0:
			case 1:
				labs[idx[0]] = labelOf(r, posS)
			default:
				for k, i := range idx {
					pos := posI
					if k == 0 {
						pos = posB
					} else if k == len(idx)-1 {
						pos = posE
					}
					labs[i] = labelOf(r, pos)
				}
			}
		}
	}
	return labs
}
