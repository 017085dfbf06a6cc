package seqtag

import (
	"math/rand/v2"
	"testing"
)

// TestAverage checks that the mean of models holds each feature's mean
// weight, a feature missing from a model counting as zero there, and the
// mean transitions.
func TestAverage(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	const L = 3
	model := func(keys ...uint64) *Model {
		labels := []string{"O", "B-x", "I-x"}
		m := &Model{Labels: labels, L: L, Trans: make([]float32, (L+1)*L), allow: bioAllow(labels), final: finalAllow(labels)}
		for _, k := range keys {
			m.keys = append(m.keys, k)
			for range L {
				m.w = append(m.w, float32(rng.IntN(41)-20))
			}
		}
		for i := range m.Trans {
			m.Trans[i] = float32(rng.IntN(9) - 4)
		}
		return m
	}
	ms := []*Model{model(10, 20, 30), model(20, 30, 40), model(30, 50)}
	if Average(ms[0]) != ms[0] {
		t.Error("the mean of one model is not that model")
	}
	avg := Average(ms...)
	weights := func(m *Model) map[uint64][]float32 {
		w := map[uint64][]float32{}
		for r, k := range m.keys {
			w[k] = m.w[r*L : r*L+L]
		}
		return w
	}
	got := weights(avg)
	for _, k := range []uint64{10, 20, 30, 40, 50} {
		for l := range L {
			var want float32
			for _, m := range ms {
				if row, ok := weights(m)[k]; ok {
					want += row[l]
				}
			}
			want /= float32(len(ms))
			if got[k] == nil || got[k][l] != want {
				t.Errorf("feature %d label %d: %v, want %v", k, l, got[k], want)
			}
		}
	}
	for i, v := range avg.Trans {
		want := (ms[0].Trans[i] + ms[1].Trans[i] + ms[2].Trans[i]) / 3
		if d := v - want; d > 1e-6 || d < -1e-6 {
			t.Errorf("transition %d: %v, want %v", i, v, want)
		}
	}
}
