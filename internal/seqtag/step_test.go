package seqtag

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestStep13 checks the unrolled three-role BIOES step against the
// general one, ties and unreachable labels included.
func TestStep13(t *testing.T) {
	labels := []string{"O", "B-a", "I-a", "E-a", "S-a", "B-b", "I-b", "E-b", "S-b", "B-c", "I-c", "E-c", "S-c"}
	allow := bioAllow(labels)
	L := len(labels)
	tl := newTrellis(L, make([]float32, (L+1)*L), allow, finalAllow(labels))
	if !tl.bioes3 {
		t.Fatal("three-role BIOES labels not recognised")
	}
	if other := newTrellis(3, make([]float32, 12), bioAllow([]string{"O", "B-a", "I-a"}), finalAllow([]string{"O", "B-a", "I-a"})); other.bioes3 {
		t.Fatal("BIO labels taken for three-role BIOES")
	}
	rng := rand.New(rand.NewPCG(1, 2))
	neg := float32(math.Inf(-1))
	val := func() float32 {
		switch rng.IntN(8) {
		case 0:
			return neg
		case 1:
			return 0
		}
		return float32(rng.IntN(7) - 3) // small integers: many ties
	}
	for range 20000 {
		var prev, cur1, cur2 [16]float32
		var tw [16][16]float32
		e := make([]float32, L)
		for i := range L {
			prev[i] = val()
			e[i] = float32(rng.IntN(5))
			for j := range 16 {
				tw[i][j] = float32(rng.IntN(5) - 2)
			}
		}
		b1, b2 := make([]uint8, L), make([]uint8, L)
		tl.step(&prev, &cur1, &tw, e, b1)
		step13(&prev, &cur2, &tw, e, b2)
		if cur1 != cur2 || string(b1) != string(b2) {
			t.Fatalf("prev %v\nstep   %v %v\nstep13 %v %v", prev, cur1, b1, cur2, b2)
		}
	}
}
