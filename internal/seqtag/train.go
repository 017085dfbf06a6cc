package seqtag

import (
	"fmt"
	"io"
	"math/rand/v2"
)

// TrainOptions controls training.
type TrainOptions struct {
	Epochs int    // passes over the data (default 8)
	Seed   uint64 // shuffling seed (training is deterministic for a seed)
	// MinCount drops features seen fewer times in the data (default 2).
	MinCount int
	// MissCost, when above 0, is the margin by which training must win
	// the tokens whose gold label is not "O": while it decodes, every
	// other label scores MissCost more there (cost-augmented decoding), so
	// missing a labelled token costs more than labelling an O one, which
	// favours recall.
	MissCost float32
	Log      io.Writer
	// Eval, when set, is called after each epoch with the averaged model.
	Eval func(epoch int, m *Model)
}

// Train learns a model from labelled sequences.
func Train(labels []string, seqs []Seq, opt TrainOptions) (*Model, error) {
	if opt.Epochs <= 0 {
		opt.Epochs = 8
	}
	if opt.MinCount <= 0 {
		opt.MinCount = 2
	}
	L := len(labels)
	if L < 2 || L > maxLabels {
		return nil, fmt.Errorf("seqtag: need 2 to %d labels", maxLabels)
	}
	order, dense := featureIndex(seqs, opt.MinCount)
	tr := newTrainer(labels, len(order))
	tr.missCost = opt.MissCost
	perm := make([]int, len(seqs))
	for i := range perm {
		perm[i] = i
	}
	rng := rand.New(rand.NewPCG(opt.Seed, 0x5eed))
	for ep := 1; ep <= opt.Epochs; ep++ {
		rng.Shuffle(len(perm), func(i, j int) { perm[i], perm[j] = perm[j], perm[i] })
		tr.errs, tr.total = 0, 0
		for _, si := range perm {
			tr.learn(&seqs[si], dense[si])
		}
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, "epoch %d: token error %.2f%% (%d features)\n", ep, 100*float64(tr.errs)/float64(max(tr.total, 1)), len(order))
		}
		if opt.Eval != nil {
			opt.Eval(ep, tr.build(labels, order))
		}
	}
	return tr.build(labels, order), nil
}

// featureIndex numbers the features seen minCount times or more in
// first-seen order, and maps each sequence's features to those numbers
// once (-1 for a dropped feature).
func featureIndex(seqs []Seq, minCount int) (order []uint64, dense [][]int32) {
	counts := map[uint64]int32{}
	for i := range seqs {
		for _, f := range seqs[i].Feats {
			counts[f]++
		}
	}
	index := map[uint64]int32{}
	for i := range seqs {
		for _, f := range seqs[i].Feats {
			if counts[f] >= int32(minCount) {
				if _, ok := index[f]; !ok {
					index[f] = int32(len(order))
					order = append(order, f)
				}
			}
		}
	}
	dense = make([][]int32, len(seqs))
	for i := range seqs {
		d := make([]int32, len(seqs[i].Feats))
		for j, f := range seqs[i].Feats {
			if r, ok := index[f]; ok {
				d[j] = r
			} else {
				d[j] = -1
			}
		}
		dense[i] = d
	}
	return order, dense
}

// trainer is the state of a structured perceptron's training: current
// weights and their c-weighted updates for averaging, of features (w, u)
// and transitions (tr, tu, row L the start state).
type trainer struct {
	L           int
	outside     int     // the label "O", -1 when there is none
	missCost    float32 // TrainOptions.MissCost
	w, u        []float32
	tr, tu      []float32
	tl          trellis
	c           float32 // the number of the sequence being learnt, from 1
	errs, total int     // this epoch's token errors and tokens
	dec         Decoder
	pred        []uint8
	emit        []float32
}

func newTrainer(labels []string, nf int) *trainer {
	L := len(labels)
	t := &trainer{L: L, c: 1, outside: -1}
	for i, l := range labels {
		if l == "O" {
			t.outside = i
		}
	}
	t.w = make([]float32, nf*L)
	t.u = make([]float32, nf*L)
	t.tr = make([]float32, (L+1)*L)
	t.tu = make([]float32, (L+1)*L)
	t.tl = newTrellis(L, t.tr, bioAllow(labels), finalAllow(labels))
	return t
}

// learn decodes s, whose features are ids, with the current weights and
// moves them towards its gold labels where the decoding errs.
func (t *trainer) learn(s *Seq, ids []int32) {
	n, L := s.Len(), t.L
	if n <= 0 {
		return
	}
	t.emit = grow(t.emit, n*L)
	for i := 0; i < n; i++ {
		e := t.emit[i*L : (i+1)*L]
		clear(e)
		for _, r := range ids[s.Off[i]:s.Off[i+1]] {
			if r >= 0 {
				row := t.w[int(r)*L : int(r)*L+L]
				for l := range e {
					e[l] += row[l]
				}
			}
		}
		if g := int(s.Gold[i]); t.missCost > 0 && t.outside >= 0 && g != t.outside {
			for l := range e {
				if l != g {
					e[l] += t.missCost
				}
			}
		}
	}
	t.pred = viterbi(&t.dec, n, &t.tl, t.emit, t.pred[:0])
	prevG, prevP := L, L
	for i := 0; i < n; i++ {
		g, p := int(s.Gold[i]), int(t.pred[i])
		t.total++
		if g != p {
			t.errs++
			for _, r := range ids[s.Off[i]:s.Off[i+1]] {
				if r >= 0 {
					t.update(t.w, t.u, int(r)*L+g, 1)
					t.update(t.w, t.u, int(r)*L+p, -1)
				}
			}
		}
		if g != p || prevG != prevP {
			t.update(t.tr, t.tu, prevG*L+g, 1)
			t.update(t.tr, t.tu, prevP*L+p, -1)
		}
		prevG, prevP = g, p
	}
	t.c++
}

// update adds d to weight i of w and its c-weighted update to u.
func (t *trainer) update(w, u []float32, i int, d float32) {
	w[i] += d
	u[i] += d * t.c
}

// build averages the weights and drops features whose row is all zero.
func (t *trainer) build(labels []string, order []uint64) *Model {
	L, c := t.L, t.c
	var keys []uint64
	var W []float32
	row := make([]float32, L)
	for i, k := range order {
		nz := false
		for l := 0; l < L; l++ {
			v := t.w[i*L+l] - t.u[i*L+l]/c
			if v > -1e-3 && v < 1e-3 {
				v = 0
			}
			row[l] = v
			nz = nz || v != 0
		}
		if nz {
			keys = append(keys, k)
			W = append(W, row...)
		}
	}
	trans := make([]float32, len(t.tr))
	for i := range t.tr {
		trans[i] = t.tr[i] - t.tu[i]/c
	}
	return newModel(append([]string(nil), labels...), keys, W, trans)
}
