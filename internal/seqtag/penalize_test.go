package seqtag

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestPenalize checks that lowering the transitions into a label decodes
// as lowering that label's emission at every token would, and that the
// penalty moves some tokens off the label (else the test could not fail).
func TestPenalize(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	labels := []string{"O", "B-x", "I-x", "E-x", "S-x", "B-y", "I-y", "E-y", "S-y"}
	L := len(labels)
	trans := make([]float32, (L+1)*L)
	for i := range trans {
		trans[i] = float32(rng.IntN(21) - 10)
	}
	m := newModel(labels, nil, nil, trans)
	var d Decoder
	moved := 0
	for _, pen := range []float32{0, 3, 12, 40} {
		p := m.Penalize(0, pen)
		for range 200 {
			n := 1 + rng.IntN(12)
			emit := make([]float32, n*L)
			for i := range emit {
				emit[i] = float32(rng.IntN(41) - 20)
			}
			got := viterbi(&d, n, &p.tl, emit, nil)
			shifted := slices.Clone(emit)
			for i := 0; i < n; i++ {
				shifted[i*L] -= pen
			}
			want := viterbi(&d, n, &m.tl, shifted, nil)
			if !slices.Equal(got, want) {
				t.Fatalf("penalty %g: got %v, want %v", pen, got, want)
			}
			if plain := viterbi(&d, n, &m.tl, emit, nil); pen > 0 && countOf(plain, 0) > countOf(got, 0) {
				moved++
			}
		}
	}
	if moved == 0 {
		t.Error("no penalty moved a token off O")
	}
	if m.Penalize(0, 0) != m {
		t.Error("a zero penalty copies the model")
	}
}

func countOf(labs []uint8, l uint8) int {
	n := 0
	for _, x := range labs {
		if x == l {
			n++
		}
	}
	return n
}
