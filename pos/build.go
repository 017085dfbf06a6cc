package pos

import "strings"

// Tagger builds the run-time tagger of m.
func (m *Model) Tagger() *Tagger {
	n := len(m.Tags)
	t := &Tagger{names: append([]string(nil), m.Tags...), n: n, lanes: (n + perWord - 1) / perWord, bigrams: m.Bigrams, tagWord: m.TagWord, narrow: m.Narrow}
	t.allowed = allowedTags(m.Tags)
	t.buildHistory(m)
	t.buildAtoms(m)
	t.buildForms(m)
	t.pad = [2]int32{t.lookup(padBefore), t.lookup(padAfter)}
	t.bio, t.etype = bioOf(m.Tags)
	for i, name := range m.Tags {
		if name == "O" && !m.Bigrams {
			t.gate, t.oTag = true, uint8(i)
		}
	}
	return t
}

// buildHistory lays out the history weights per (prev, prev2), as keys
// of argmaxKey when they fit.
func (t *Tagger) buildHistory(m *Model) {
	n, n1 := t.n, t.n+1
	nd := perWord * t.lanes
	t.dense = make([]int32, n1*n1*nd)
	for h := 0; h < n1*n1; h++ {
		prev := h / n1
		for c := 0; c < nd; c++ {
			// a tag that does not exist or may not follow prev starts so
			// low that no sum of weights lifts it over an allowed tag, so
			// argmax needs no mask
			w := int32(forbidden)
			if c < n && t.allowed[prev]&(1<<c) != 0 {
				w = max(min(m.Dense[h*n+c], 1<<28), -1<<28)
			}
			t.dense[h*nd+c] = w
		}
	}
	// with history weights in the usual range, the tag's index goes into
	// the key compared (argmaxKey)
	t.hkey = make([][4]int32, len(t.dense)/perWord)
	for i, w := range t.dense {
		if w != forbidden && (w < -histKeyMax || w > histKeyMax) {
			t.hkey = nil
			break
		}
		t.hkey[i/perWord][i%perWord] = histKey(w, i%nd)
	}
	if t.hkey != nil {
		t.dense = nil
	}
}

// buildAtoms lays out the atom rows in t.data and indexes them.
func (t *Tagger) buildAtoms(m *Model) {
	t.atoms = newTable(len(m.Atoms))
	words := 0
	for _, r := range m.Atoms {
		words += 1 + int(kindSegs[r.Kind])
		for _, sg := range r.Segs {
			words += min(len(sg), t.lanes)
		}
	}
	t.data = make([]uint64, 0, words)
	for _, r := range m.Atoms {
		row := int32(len(t.data))
		t.data = append(t.data, uint64(r.Kind)<<kindShift)
		for s := range int(kindSegs[r.Kind]) {
			var seg []TagWeight
			if s < len(r.Segs) {
				seg = r.Segs[s]
			}
			t.data[row] |= uint64(len(t.data)-int(row)) << (segBits * s)
			t.data = t.appendSeg(t.data, seg)
		}
		t.atoms.insert(r.Hash, row)
	}
}

// appendSeg appends a segment's header and weights: lanes packed words
// when the sparse entries would outnumber a third of them, else one
// word per entry.
func (t *Tagger) appendSeg(data []uint64, seg []TagWeight) []uint64 {
	if len(seg) > t.lanes/3 {
		var acc [accWords]uint64
		for _, tw := range seg {
			l, v := packed(tw.Tag, clampW(tw.W))
			acc[l] += uint64(v)
		}
		data = append(data, denseFlag)
		return append(data, acc[:t.lanes]...)
	}
	data = append(data, uint64(len(seg)))
	for _, tw := range seg {
		data = append(data, uint64(tw.Tag)<<16|uint64(uint16(clampW(tw.W))))
	}
	return data
}

// buildForms adds a pre-summed row per frequent form. The sums are
// exact, so tagging is the same with or without forms.
func (t *Tagger) buildForms(m *Model) {
	// rowOf finds atom h of kind k; a row of another kind (a corrupt
	// file) has other segments, so it is ignored
	rowOf := func(h uint64, k int) int32 {
		r := t.lookup(h)
		if h == 0 || r == noRow || int(t.data[r]>>kindShift) != k {
			return noRow
		}
		return r
	}
	t.forms = newTable(len(m.Forms))
	t.freach = 2
	if t.narrow {
		t.freach = 1
	}
	// rows padded to whole cache lines (the array is page-aligned), so a
	// row spans as few lines as it can: two, not three, for NER's 15 words
	t.fstride = ((2*t.freach+1)*t.lanes + 7) &^ 7
	t.fdata = make([]uint64, 0, len(m.Forms)*t.fstride)
	nf := int32(0)
	var acc [accWords]uint64
	for _, f := range m.Forms {
		if t.forms.get(f.Key) != noRow {
			continue
		}
		for d := -t.freach; d <= t.freach; d++ {
			clear(acc[:])
			for k, h := range f.Atoms {
				lo := int(kindLo[k])
				if d < lo || d >= lo+int(kindSegs[k]) {
					continue
				}
				t.add(&acc, rowOf(h, k), d-lo)
			}
			t.fdata = append(t.fdata, acc[:t.lanes]...)
		}
		for len(t.fdata)%t.fstride != 0 {
			t.fdata = append(t.fdata, 0)
		}
		t.forms.insert(f.Key, nf)
		nf++
	}
}

// bioOf classifies BIO tag names: 0 outside, 1 begin, 2 inside, and type.
func bioOf(tags []string) ([]uint8, []string) {
	bio, typ := make([]uint8, len(tags)), make([]string, len(tags))
	for i, name := range tags {
		switch {
		case strings.HasPrefix(name, "B-"):
			bio[i], typ[i] = 1, name[2:]
		case strings.HasPrefix(name, "I-"):
			bio[i], typ[i] = 2, name[2:]
		}
	}
	return bio, typ
}

// allowedTags returns, for each previous tag (len(tags) is the start), the
// set of tags that may follow: BIO forbids I-X after anything but B-X or
// I-X.
func allowedTags(tags []string) []uint64 {
	n := len(tags)
	bio, typ := bioOf(tags)
	allowed := make([]uint64, n+1)
	for p := 0; p <= n; p++ {
		for c := 0; c < n; c++ {
			if bio[c] == 2 && (p == n || bio[p] == 0 || typ[p] != typ[c]) {
				continue
			}
			allowed[p] |= 1 << c
		}
	}
	return allowed
}
