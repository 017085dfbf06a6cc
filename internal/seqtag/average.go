package seqtag

// Prune returns a copy of m without the features whose largest absolute
// weight is below tau: most features of a perceptron carry almost nothing,
// and a smaller table stays in cache.
func (m *Model) Prune(tau float32) *Model {
	L, w := m.L, m.weights()
	var keys []uint64
	var W []float32
	for r, k := range m.keys {
		row := w[r*L : r*L+L]
		big := false
		for _, v := range row {
			if v >= tau || v <= -tau {
				big = true
				break
			}
		}
		if big {
			keys = append(keys, k)
			W = append(W, row...)
		}
	}
	return newModel(m.Labels, keys, W, m.Trans)
}

// Average returns the model whose weights are the mean of ms's (features
// missing from a model count as zero). Averaging perceptrons trained on
// different shuffles of the same data smooths their weights at no cost at
// run time. All models must share labels.
func Average(ms ...*Model) *Model {
	if len(ms) == 1 {
		return ms[0]
	}
	L := ms[0].L
	sum := map[uint64][]float32{}
	var order []uint64
	trans := make([]float32, len(ms[0].Trans))
	for _, m := range ms {
		w := m.weights()
		for r, k := range m.keys {
			row, ok := sum[k]
			if !ok {
				row = make([]float32, L)
				sum[k] = row
				order = append(order, k)
			}
			for l := 0; l < L; l++ {
				row[l] += w[r*L+l]
			}
		}
		for i, v := range m.Trans {
			trans[i] += v
		}
	}
	n := float32(len(ms))
	for i := range trans {
		trans[i] /= n
	}
	var W []float32
	for _, k := range order {
		for _, v := range sum[k] {
			W = append(W, v/n)
		}
	}
	return newModel(ms[0].Labels, order, W, trans)
}

// Penalize returns a copy of m in which label l scores d less at every
// token. Every token is entered by exactly one transition, from the start
// state or its predecessor, so lowering the transitions into l by d is
// the same as lowering l's emission by d everywhere: the tagger file and
// the run-time tables stay as they are. A perceptron trained on text where
// most tokens are O leans towards O; a penalty on O trades precision for
// recall of the other labels.
func (m *Model) Penalize(l int, d float32) *Model {
	if d == 0 {
		return m
	}
	trans := append([]float32(nil), m.Trans...)
	for from := 0; from <= m.L; from++ {
		trans[from*m.L+l] -= d
	}
	return newModel(m.Labels, m.keys, m.weights(), trans)
}
