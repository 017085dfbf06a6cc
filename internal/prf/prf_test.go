package prf

import "testing"

func TestPercent(t *testing.T) {
	for _, c := range []struct {
		tpPred, pred, tpGold, gold int
		p, r, f                    float64
	}{
		{0, 0, 0, 0, 0, 0, 0},
		{1, 2, 1, 4, 50, 25, 100.0 / 3},
		{3, 4, 2, 2, 75, 100, 2 * 75 * 100.0 / 175},
		{0, 5, 0, 5, 0, 0, 0},
	} {
		p, r, f := Percent(c.tpPred, c.pred, c.tpGold, c.gold)
		if p != c.p || r != c.r || f != c.f {
			t.Errorf("Percent(%d, %d, %d, %d) = %v, %v, %v; want %v, %v, %v", c.tpPred, c.pred, c.tpGold, c.gold, p, r, f, c.p, c.r, c.f)
		}
	}
}
