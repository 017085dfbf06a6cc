package seqtag

import "testing"

// TestMissCost checks that a miss cost widens the margin by which a
// token labelled x in 2 sequences of 5 (O in the others) scores x over O:
// training must win the x tokens by the cost.
func TestMissCost(t *testing.T) {
	labels := []string{"O", "B-x", "I-x"}
	var seqs []Seq
	for i := range 10 {
		var s Seq
		s.Reset()
		s.Feats = append(s.Feats, New(1).Str("w").Sum(), New(2).Sum())
		s.EndToken()
		s.Gold = append(s.Gold, 0)
		if i%5 < 2 {
			s.Gold[0] = 1
		}
		seqs = append(seqs, s)
	}
	// margin returns the averaged model's score of B-x minus O for the token
	margin := func(cost float32) float32 {
		m, err := Train(labels, seqs, TrainOptions{Epochs: 10, MinCount: 1, MissCost: cost})
		if err != nil {
			t.Fatal(err)
		}
		L, w := m.L, m.weights()
		d := m.Trans[L*L+1] - m.Trans[L*L]
		for r := range m.keys {
			d += w[r*L+1] - w[r*L]
		}
		return d
	}
	plain, costly := margin(0), margin(6)
	if costly < plain+1 {
		t.Errorf("margin of x over O: %.2f with a miss cost of 6, %.2f without", costly, plain)
	}
}
