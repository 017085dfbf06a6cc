package pos

import "math"

// Feature weights are summed four tags to an int64, in 16-bit lanes:
// tag c adds w<<(16*(c%4)) to word c/4. Adding such packed values adds
// every lane exactly (the int64 sum is the exact sum of w·2^(16k)), and
// a lane's sum stays within int16 because a position sums at most
// maxSegs weights of at most maxWeight, so one 64-bit add does four
// tags' work. The history weights, which may be larger, are added when
// unpacking.
const (
	laneBits = 16
	perWord  = 64 / laneBits
	maxSegs  = 20 // 5 word, 3 suffix, 3 shape, 5 affix, first, tag×word, 2 bigram
)

func packed(tag uint8, w int32) (lane int, v int64) {
	return int(tag) / perWord, int64(w) << (laneBits * (int(tag) % perWord))
}

// score picks the tag of position i given the looked-up window in ring and
// the tags already chosen in out.
func (t *Tagger) score(ring *[8]tokState, i, n int, out []uint8) uint8 {
	cur := &ring[i&7]
	prev, prev2 := t.n, t.n
	if !cur.start {
		prev = int(out[i-1])
		if i >= 2 && !ring[(i-1)&7].start {
			prev2 = int(out[i-2])
		}
	}
	var sc [accWords]uint64
	nt, nl := t.n, t.lanes
	// the window stops at sentence edges: a neighbour across one is the pad
	okL1 := !cur.start
	okL2 := okL1 && !ring[(i-1)&7].start
	okR1 := i+1 < n && !ring[(i+1)&7].start
	okR2 := okR1 && i+2 < n && !ring[(i+2)&7].start
	left, right := &ring[(i-1)&7], &ring[(i+1)&7]
	wideDone := false
	if okL1 && okR1 && left.form != noRow && cur.form != noRow && right.form != noRow {
		// the usual case, frequent forms all round: their segments
		// summed in one pass
		fd, fs, fr := t.fdata, t.fstride, t.freach
		a := fd[int(left.form)*fs+(fr-1)*nl:][:nl]
		b := fd[int(cur.form)*fs+fr*nl:][:len(a)]
		c := fd[int(right.form)*fs+(fr+1)*nl:][:len(a)]
		l2, r2 := &ring[(i-2)&7], &ring[(i+2)&7]
		if !t.narrow && okL2 && okR2 && l2.form != noRow && r2.form != noRow {
			a2 := fd[int(l2.form)*fs:][:len(a)]
			c2 := fd[int(r2.form)*fs+4*nl:][:len(a)]
			for k := range a {
				sc[k&(accWords-1)] = laneBias + a[k] + b[k] + c[k] + a2[k] + c2[k]
			}
			wideDone = true
		} else {
			for k := range a {
				sc[k&(accWords-1)] = laneBias + a[k] + b[k] + c[k]
			}
		}
	} else {
		for k := range nl {
			sc[k&(accWords-1)] = laneBias
		}
		if okL1 {
			t.addTok(&sc, left, -1)
		} else {
			t.add(&sc, t.pad[0], 1)
		}
		t.addTok(&sc, cur, 0)
		if okR1 {
			t.addTok(&sc, right, 1)
		} else {
			t.add(&sc, t.pad[1], 3)
		}
	}
	switch {
	case t.narrow || wideDone:
	case okL2:
		t.addTok(&sc, &ring[(i-2)&7], -2)
	default:
		t.add(&sc, t.pad[0], 0)
	}
	switch {
	case t.narrow || wideDone:
	case okR2:
		t.addTok(&sc, &ring[(i+2)&7], 2)
	default:
		t.add(&sc, t.pad[1], 4)
	}
	if t.bigrams {
		t.add(&sc, cur.bigram, 0)
		if okR1 {
			t.add(&sc, ring[(i+1)&7].bigram, 1)
		}
	}
	if cur.start {
		t.add(&sc, t.lookup(atomFirst(cur.shape)), 0)
	}
	if t.tagWord {
		t.add(&sc, t.lookup(atomTagW(cur.word, uint8(prev))), 0)
	}
	h := (prev*(nt+1) + prev2) * perWord * nl
	if t.hkey != nil {
		return argmaxKey(&sc, t.hkey[h/perWord:(h/perWord)+nl])
	}
	return argmax(&sc, t.dense[h:h+perWord*nl])
}

// addTok adds what token st contributes to a position; d is the token's
// offset from that position.
// A segment index is the offset minus the kind's lowest offset.
func (t *Tagger) addTok(sc *[accWords]uint64, st *tokState, d int) {
	if st.form != noRow {
		p := int(st.form)*t.fstride + (d+t.freach)*t.lanes
		for k, v := range t.fdata[p : p+t.lanes] {
			sc[k&(accWords-1)] += v
		}
		return
	}
	r := &st.rows
	switch d {
	case -2:
		t.add(sc, r[aWord], 0)
	case -1:
		t.add(sc, r[aWord], 1)
		t.add(sc, r[aSuf3], 0)
		t.add(sc, r[aShape], 0)
	case 0:
		t.add(sc, r[aWord], 2)
		t.add(sc, r[aSuf3], 1)
		t.add(sc, r[aShape], 1)
		for k := aSuf2; k < nStatic; k++ {
			t.add(sc, r[k], 0)
		}
	case 1:
		t.add(sc, r[aWord], 3)
		t.add(sc, r[aSuf3], 2)
		t.add(sc, r[aShape], 2)
	case 2:
		t.add(sc, r[aWord], 4)
	}
}

// add adds the weights of segment seg of row to sc.
func (t *Tagger) add(sc *[accWords]uint64, row int32, seg int) {
	if row < 0 {
		return
	}
	data := t.data
	p := uint32(row) + uint32(data[row]>>(segBits*seg))&(1<<segBits-1)
	h := data[p]
	if h&denseFlag != 0 {
		d := data[p+1 : p+1+uint32(t.lanes)]
		for k, v := range d {
			sc[k&(accWords-1)] += v
		}
		return
	}
	for _, e := range data[p+1 : p+1+uint32(h)] {
		tag := e >> 16
		sc[(tag/perWord)&(accWords-1)] += uint64(int64(int16(e)) << (laneBits * (tag % perWord)))
	}
}

// laneBias is added to every lane of a position's sums before any
// weight: a lane's sum is within int16, so with the bias it is within
// uint16 and the packed word holds the lanes without borrows between
// them, each read by a shift and a mask. It adds the same to every tag,
// so it changes no comparison.
const laneBias = 0x8000_8000_8000_8000

// argmax unpacks the lanes (sc holds laneBias), adds the history weights
// hist and returns the best tag; ties go to the lower tag, as in
// training. Padding and forbidden tags score too low to win. The tagger
// uses it only when its history weights are too large for argmaxKey.
func argmax(sc *[accWords]uint64, hist []int32) uint8 {
	best, bi := int32(-1<<31), 0
	for l := 0; l+3 < len(hist); l += 4 {
		h := hist[l : l+4 : l+4]
		v := sc[(l/4)&(accWords-1)]
		for j := range 4 {
			x := int32(uint16(v>>(laneBits*j))) + h[j]
			if x > best {
				best, bi = x, l+j
			}
		}
	}
	return uint8(bi)
}

// histKeyMax bounds the history weights argmaxKey takes.
const histKeyMax = 1 << 22

// histKey is the key of history weight w of tag c: the weight above 8
// bits that rank tags by their complement, so that (lane<<8)+key is
// (lane+w)<<8 | 255-c, whose larger value is the larger score or, on a
// tie, the lower tag. A tag that may not follow, or a padding lane, gets
// a key below any allowed tag's sum.
func histKey(w int32, c int) int32 {
	if w == forbidden {
		return math.MinInt32 | int32(255-c)
	}
	return w<<8 | int32(255-c)
}

// argmaxKey is argmax over history keys (see histKey), a group of four
// per packed word: one add and one max per tag, the four lanes' maxima
// kept apart so the chain each waits on is a quarter as long.
func argmaxKey(sc *[accWords]uint64, keys [][4]int32) uint8 {
	b0, b1, b2, b3 := int32(math.MinInt32), int32(math.MinInt32), int32(math.MinInt32), int32(math.MinInt32)
	for w := range keys {
		k := &keys[w]
		v := sc[w&(accWords-1)]
		b0 = max(b0, int32(uint16(v))<<8+k[0])
		b1 = max(b1, int32(uint16(v>>16))<<8+k[1])
		b2 = max(b2, int32(uint16(v>>32))<<8+k[2])
		b3 = max(b3, int32(v>>48)<<8+k[3])
	}
	return uint8(255 - max(b0, b1, b2, b3)&255)
}

// clampW bounds a weight read from a file so lane sums cannot overflow.
func clampW(w int16) int32 { return max(min(int32(w), maxWeight), -maxWeight) }
