package seqtag

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestPairSums checks the 16-bit lane arithmetic of a Pair against float
// sums: every label of both models, weights up to the largest magnitude of
// either sign, and token feature counts around the chunk size, so that
// lanes near their limits and partial chunks are exercised.
func TestPairSums(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	const nkeys, L = 500, 13
	model := func(maxW float32) *Model {
		m := &Model{L: L, w: make([]float32, nkeys*L)}
		for r := range nkeys {
			m.keys = append(m.keys, rng.Uint64()|2) // never 0 or 1
			for l := range L {
				switch rng.IntN(4) {
				case 0:
					m.w[r*L+l] = maxW
				case 1:
					m.w[r*L+l] = -maxW
				default:
					m.w[r*L+l] = (rng.Float32()*2 - 1) * maxW
				}
			}
		}
		return m
	}
	m1, m2 := model(378), model(434)
	m2.keys = append(m2.keys[:nkeys/2], m1.keys[nkeys/2:]...) // half the features shared
	p := NewPair(m1, m2)
	index := func(m *Model) map[uint64]int {
		ix := map[uint64]int{}
		for r, k := range m.keys {
			ix[k] = r
		}
		return ix
	}
	ix1, ix2 := index(m1), index(m2)
	for _, n := range []int{0, 1, 15, 16, 17, 31, 32, 33, 100} {
		feats := make([]uint64, n)
		for i := range feats {
			if i%5 == 4 {
				feats[i] = rng.Uint64() | 2 // absent
			} else {
				feats[i] = m1.keys[rng.IntN(nkeys)]
			}
		}
		hits := p.find(nil, feats)
		var a1, a2 lanes
		sumBoth(&a1, &a2, p.rows, hits)
		for l := range L {
			var want1, want2 float64
			for _, f := range feats {
				if r, ok := ix1[f]; ok {
					want1 += float64(m1.w[r*L+l])
				}
				if r, ok := ix2[f]; ok {
					want2 += float64(m2.w[r*L+l])
				}
			}
			// each weight is rounded by at most half a step
			tol1, tol2 := float64(n)*float64(p.scale1)/2+1e-3, float64(n)*float64(p.scale2)/2+1e-3
			if got := float64(a1[l]) * float64(p.scale1); math.Abs(got-want1) > tol1 {
				t.Errorf("%d features, label %d, first model: %.2f, want %.2f", n, l, got, want1)
			}
			if got := float64(a2[l]) * float64(p.scale2); math.Abs(got-want2) > tol2 {
				t.Errorf("%d features, label %d, second model: %.2f, want %.2f", n, l, got, want2)
			}
		}
		for l := L; l < len(a1); l++ {
			if a1[l] != 0 || a2[l] != 0 {
				t.Errorf("%d features: unused lane %d holds %d, %d", n, l, a1[l], a2[l])
			}
		}
	}
}

// TestPairFind checks lookups by 32-bit tags on a table as full as the
// attribution tagger's: every feature of the models is found at its own
// row, and none of a million others is taken for one of them.
func TestPairFind(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	const nkeys, L = 40000, 13
	m := &Model{L: L, w: make([]float32, nkeys*L)}
	for r := range nkeys {
		m.keys = append(m.keys, rng.Uint64()|2)
		m.w[r*L] = float32(r%1000 + 1)
	}
	p := NewPair(m, m)
	seen := map[int32]bool{}
	for r, k := range m.keys {
		hits := p.find(nil, []uint64{k})
		if len(hits) != 1 {
			t.Fatalf("key %d: %d rows", r, len(hits))
		}
		if seen[hits[0]] {
			t.Fatalf("key %d shares row %d with another key", r, hits[0])
		}
		seen[hits[0]] = true
	}
	feats := make([]uint64, 1000)
	for range 1000 {
		for i := range feats {
			feats[i] = rng.Uint64()
		}
		if hits := p.find(nil, feats); len(hits) != 0 {
			t.Fatalf("%d absent features found", len(hits))
		}
	}
}
