package seqtag

import (
	"math"
	"strings"
)

// bioAllow computes which label transitions are legal (row L is the
// start state). With BIO labels: I-X only after B-X or I-X. With BIOES
// labels (any E- or S- label): after B-X or I-X only I-X or E-X; I-X and
// E-X only after B-X or I-X. Labels of no such form are unconstrained.
func bioAllow(labels []string) []bool {
	L := len(labels)
	bioes := isBIOES(labels)
	allow := make([]bool, (L+1)*L)
	for p := 0; p <= L; p++ {
		pp, px := "", ""
		if p < L {
			pp, px = prefix(labels[p])
		}
		for c := 0; c < L; c++ {
			cp, cx := prefix(labels[c])
			ok := true
			switch {
			case bioes && (pp == "B" || pp == "I"):
				ok = (cp == "I" || cp == "E") && cx == px
			case cp == "I" || bioes && cp == "E":
				ok = (pp == "B" || pp == "I") && px == cx
			}
			allow[p*L+c] = ok
		}
	}
	return allow
}

// finalAllow reports which labels may end a sequence: with BIOES labels,
// not B- or I-.
func finalAllow(labels []string) []bool {
	out := make([]bool, len(labels))
	bioes := isBIOES(labels)
	for i, l := range labels {
		p, _ := prefix(l)
		out[i] = !bioes || (p != "B" && p != "I")
	}
	return out
}

// isBIOES reports whether labels use the BIOES scheme (any E- or S- label).
func isBIOES(labels []string) bool {
	for _, l := range labels {
		if strings.HasPrefix(l, "E-") || strings.HasPrefix(l, "S-") {
			return true
		}
	}
	return false
}

func prefix(l string) (string, string) {
	if len(l) > 2 && l[1] == '-' {
		return l[:1], l[2:]
	}
	return "", l
}

// trellis holds what Viterbi needs besides the emissions: transition
// scores (trans, row L the start state), and per label its legal
// predecessors in increasing order (start state excluded), whether it may
// open a sequence and whether it may end one.
type trellis struct {
	L     int
	trans []float32
	np    [16]uint8
	preds [16][16]uint8 // 16 > maxLabels: indexes masked with 15 need no bounds checks
	start [maxLabels]bool
	final [maxLabels]bool
	// bioes3: the labels are O then B, I, E, S of three roles, in that
	// order, with the BIOES constraints; step13 decodes them unrolled
	bioes3 bool
}

func newTrellis(L int, trans []float32, allow, final []bool) trellis {
	tr := trellis{L: L, trans: trans}
	for c := 0; c < L; c++ {
		tr.start[c] = allow[L*L+c]
		tr.final[c] = final[c]
		for p := 0; p < L; p++ {
			if allow[p*L+c] {
				tr.preds[c][tr.np[c]] = uint8(p)
				tr.np[c]++
			}
		}
	}
	tr.bioes3 = L == 13
	for c := 0; c < L && tr.bioes3; c++ {
		want := bioes3Closed[:]
		if k := (c - 1) % 4; c > 0 && (k == 1 || k == 2) { // I- or E-: after B- or I- of its role
			b := uint8(c - k)
			want = []uint8{b, b + 1}
		}
		tr.bioes3 = string(tr.preds[c][:tr.np[c]]) == string(want)
	}
	return tr
}

// bioes3Closed are the labels after which O, B- and S- labels may come
// in three-role BIOES: O, E- and S-.
var bioes3Closed = [7]uint8{0, 3, 4, 7, 8, 11, 12}

// step13 is step for three-role BIOES (trellis.bioes3), with the same
// results: the seven labels that close a span are read once and every
// comparison is written out.
func step13(prev, cur *[16]float32, tw *[16][16]float32, e []float32, back []uint8) {
	e, back = e[:13], back[:13]
	neg := float32(math.Inf(-1))
	q0, q1, q2, q3, q4, q5, q6 := prev[0], prev[3], prev[4], prev[7], prev[8], prev[11], prev[12]
	for _, c := range [7]uint8{0, 1, 4, 5, 8, 9, 12} {
		w := &tw[c&15]
		best, arg := neg, uint8(0)
		if v := q0 + w[0]; v > best {
			best, arg = v, 0
		}
		if v := q1 + w[1]; v > best {
			best, arg = v, 3
		}
		if v := q2 + w[2]; v > best {
			best, arg = v, 4
		}
		if v := q3 + w[3]; v > best {
			best, arg = v, 7
		}
		if v := q4 + w[4]; v > best {
			best, arg = v, 8
		}
		if v := q5 + w[5]; v > best {
			best, arg = v, 11
		}
		if v := q6 + w[6]; v > best {
			best, arg = v, 12
		}
		cur[c&15] = best + e[c%13]
		back[c%13] = arg
	}
	for _, b := range [3]uint8{1, 5, 9} {
		pb, pi := prev[b&15], prev[(b+1)&15]
		for _, c := range [2]uint8{b + 1, b + 2} {
			w := &tw[c&15]
			best, arg := neg, uint8(0)
			if v := pb + w[0]; v > best {
				best, arg = v, b
			}
			if v := pi + w[1]; v > best {
				best, arg = v, b+1
			}
			cur[c&15] = best + e[c%13]
			back[c%13] = arg
		}
	}
}

// step scores the labels of one token from the previous token's scores.
func (tl *trellis) step(prev, cur *[16]float32, tw *[16][16]float32, e []float32, back []uint8) {
	neg := float32(math.Inf(-1))
	back = back[:len(e)]
	for c, ec := range e {
		// an illegal or unreachable predecessor scores -Inf, which never
		// beats best; the first best in label order wins
		best, arg := neg, uint8(0)
		ps, ws := &tl.preds[c&15], &tw[c&15]
		switch tl.np[c&15] {
		case 2: // I- and E- labels of BIOES: after B- or I-
			if v := prev[ps[0]&15] + ws[0]; v > best {
				best, arg = v, ps[0]
			}
			if v := prev[ps[1]&15] + ws[1]; v > best {
				best, arg = v, ps[1]
			}
		case 7: // O, B- and S- of three-role BIOES: after O, E- or S-
			if v := prev[ps[0]&15] + ws[0]; v > best {
				best, arg = v, ps[0]
			}
			if v := prev[ps[1]&15] + ws[1]; v > best {
				best, arg = v, ps[1]
			}
			if v := prev[ps[2]&15] + ws[2]; v > best {
				best, arg = v, ps[2]
			}
			if v := prev[ps[3]&15] + ws[3]; v > best {
				best, arg = v, ps[3]
			}
			if v := prev[ps[4]&15] + ws[4]; v > best {
				best, arg = v, ps[4]
			}
			if v := prev[ps[5]&15] + ws[5]; v > best {
				best, arg = v, ps[5]
			}
			if v := prev[ps[6]&15] + ws[6]; v > best {
				best, arg = v, ps[6]
			}
		default:
			for j, n := 0, int(tl.np[c&15]); j < n; j++ {
				p := ps[j&15]
				if v := prev[p&15] + ws[j&15]; v > best {
					best, arg = v, p
				}
			}
		}
		if best == neg {
			cur[c&15] = neg
		} else {
			cur[c&15] = best + ec
		}
		back[c] = arg
	}
}

func viterbi(d *Decoder, n int, tl *trellis, emit []float32, dst []uint8) []uint8 {
	L, trans := tl.L, tl.trans
	if cap(d.back) < n*L {
		d.back = make([]uint8, n*L)
	}
	d.back = d.back[:n*L]
	// the legal transitions' scores, read once: tw[c][j] is the score of
	// preds[c][j] -> c (training changes trans between calls)
	var tw [16][16]float32
	for c := 0; c < L; c++ {
		for j, p := range tl.preds[c][:tl.np[c]] {
			tw[c][j] = trans[int(p)*L+c]
		}
	}
	// scores of the previous and current token by label, alternating
	var sc [2][16]float32
	neg := float32(math.Inf(-1))
	for c := 0; c < L; c++ {
		if tl.start[c] {
			sc[0][c] = trans[L*L+c] + emit[c]
		} else {
			sc[0][c] = neg
		}
	}
	for t := 1; t < n; t++ {
		prev, cur := &sc[(t-1)&1], &sc[t&1]
		if tl.bioes3 {
			step13(prev, cur, &tw, emit[t*L:(t+1)*L], d.back[t*L:(t+1)*L])
		} else {
			tl.step(prev, cur, &tw, emit[t*L:(t+1)*L], d.back[t*L:(t+1)*L])
		}
	}
	last := &sc[(n-1)&1]
	best, arg := neg, 0
	for c := 0; c < L; c++ {
		if last[c] > best && tl.final[c] {
			best, arg = last[c], c
		}
	}
	start := len(dst)
	for i := 0; i < n; i++ {
		dst = append(dst, 0)
	}
	out := dst[start:]
	for t := n - 1; t >= 0; t-- {
		out[t] = uint8(arg)
		arg = int(d.back[t*L+arg])
	}
	return dst
}

func grow(b []float32, n int) []float32 {
	if cap(b) < n {
		return make([]float32, n)
	}
	return b[:n]
}
