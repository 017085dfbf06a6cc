package extract

import (
	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/internal/seqtag"
)

// LabeledDoc is a training document: its text and gold fragments per role
// (source, cue, content) as byte spans.
type LabeledDoc struct {
	Text  string
	Roles [3][]claimtrail.Span
}

// TrainTagger learns the attribution tagger from labelled documents. With
// the same documents and options it writes the same model.
func TrainTagger(docs []LabeledDoc, opt seqtag.TrainOptions) (*seqtag.Model, error) {
	seqs, err := Sequences(docs)
	if err != nil {
		return nil, err
	}
	return seqtag.Train(tagLabels, seqs, opt)
}

// Sequences turns labelled documents into one tagger sequence per line.
func Sequences(docs []LabeledDoc) ([]seqtag.Seq, error) {
	p, err := newPipeline("en")
	if err != nil {
		return nil, err
	}
	var seqs []seqtag.Seq
	for _, d := range docs {
		a := p.analyse(d.Text)
		gold := goldLabels(a, d.Roles)
		a.lines(func(first, last int) {
			var s seqtag.Seq
			s.Reset()
			a.features(&s, first, last, p.near, p.qc)
			s.Gold = append(s.Gold, gold[first:last]...)
			seqs = append(seqs, s)
		})
	}
	return seqs, nil
}

// goldLabels gives each token the role of the gold fragment containing
// its first byte; B on the first token of a fragment.
func goldLabels(a *analysis, roles [3][]claimtrail.Span) []uint8 {
	labs := make([]uint8, len(a.toks))
	for r := 0; r < 3; r++ {
		for _, sp := range roles[r] {
			first := true
			for i, tk := range a.toks {
				if tk.End <= sp.Start {
					continue
				}
				if tk.Start >= sp.End {
					break
				}
				if tk.Start < sp.Start && !first {
					continue
				}
				if first {
					labs[i] = uint8(1 + 2*r)
					first = false
				} else {
					labs[i] = uint8(2 + 2*r)
				}
			}
		}
	}
	return labs
}
