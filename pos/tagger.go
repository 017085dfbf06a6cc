// Package pos tags tokens with Penn Treebank parts of speech and with
// named-entity classes (BIO over PERSON, ORGANIZATION, LOCATION, MISC).
//
// Both taggers are greedy left-to-right averaged perceptrons (after
// Honnibal's "A good part-of-speech tagger in about 200 lines of Python")
// trained by TrainPOS and TrainNER from the PolNeAR silver CoreNLP parses,
// aligned to this repository's own tokenizer so that training and run time
// see the same tokens. The trained weights ship embedded in the binary.
//
// The run-time design is for speed. Every feature is a hash computed over
// the token's bytes in place and looked up in one open-addressing table.
// A row holds the weights of an atom (a word, suffix, shape) for every
// offset from which a neighbouring position looks at it, so a token is
// looked up once however many positions use it; a frequent token has a
// row pre-summed over all its atoms, so it costs one probe. Scores are
// summed four tags to a 64-bit add. Tag allocates nothing when dst has
// room.
package pos

import (
	_ "embed"
	"fmt"
	"math"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/token"
)

// maxTags bounds the tag set so scores live in a fixed stack array and
// the allowed-transition sets fit a bit mask.
const maxTags = 64

// accWords is the size of the packed score accumulator: at least
// maxTags/perWord words, a power of two so an index can be masked in
// range (which drops the bounds checks).
const accWords = 16

// noRow marks an atom without weights.
const noRow = -1

// forbidden is the history weight of a tag that may not follow the
// previous one, or of a padding lane: no sum of weights lifts it over an
// allowed tag.
const forbidden = -1 << 30

// Tagger is a trained tagger, ready to use and safe for concurrent use.
type Tagger struct {
	names []string
	n     int
	lanes int        // accumulator words: perWord tags to an int64
	dense []int32    // per (prev, prev2) history, perWord*lanes weights
	hkey  [][4]int32 // dense as keys of argmaxKey, when they fit (then dense is nil)
	atoms table      // atom hash → row start in data
	data  []uint64   // atom rows
	forms table      // form key → form index
	// fdata holds form f's pre-summed segments, lanes words each, for
	// offsets -freach..+freach in order at f*fstride: a frequent token's
	// weights for every position that sees it, in one or two cache lines.
	fdata   []uint64
	fstride int
	freach  int // 1 when narrow, else 2
	// allowed[prev] is the set of tags that may follow prev (prev == n is
	// the sentence start): BIO forbids I-X after anything but B-X or I-X.
	allowed []uint64
	pad     [2]int32 // rows of padBefore, padAfter
	// NER decoding: per tag, 0 outside, 1 begin, 2 inside, and its type.
	bio   []uint8
	etype []string
	// bigrams, tagWord: the model has word-pair, tag × word features;
	// narrow: it does not look two tokens away
	bigrams, tagWord, narrow bool
	// gate: an NER tagger, which tags O where nothing is capitalised
	gate bool
	oTag uint8
}

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

// An atom row in data starts with a word holding each segment's offset
// from the row start, 12 bits each, so a segment is reached without
// touching the ones before it. A segment is a header word, count |
// denseFlag, then either lanes packed words (dense) or count sparse
// words, each tag<<16 | uint16(weight).
//
// A form row, in fdata, is three dense segments of lanes words, for
// offsets -1, 0, +1.
const (
	denseFlag = 1 << 32
	segBits   = 12
	kindShift = 60 // the row's atom kind, in the offsets word's top bits
)

// table is an open-addressing hash table from a 64-bit hash to a row.
// A slot keeps the high half of the hash (the low bits are the index)
// next to its value, so a hit costs one cache line.
type table struct {
	slots []slot
	mask  uint64
}

// slot is one table entry: eight bytes keep the table small enough to
// stay in cache.
type slot struct {
	key uint32
	val int32
}

// newTable returns a table with room for n keys, at most two thirds full.
func newTable(n int) table {
	size := 1
	for size < 3*n/2+2 {
		size <<= 1
	}
	return table{slots: make([]slot, size), mask: uint64(size - 1)}
}

// insert adds key to the table, which has room by construction.
func (tb *table) insert(key uint64, v int32) {
	i, k := key&tb.mask, slotKey(key)
	for tb.slots[i].key != 0 && tb.slots[i].key != k {
		i = (i + 1) & tb.mask
	}
	tb.slots[i] = slot{key: k, val: v}
}

// get returns the value of h, or noRow.
func (tb *table) get(h uint64) int32 {
	slots, mask := tb.slots, tb.mask
	i, k := h&mask, slotKey(h)
	for {
		s := &slots[i]
		if s.key == k {
			return s.val
		}
		if s.key == 0 {
			return noRow
		}
		i = (i + 1) & mask
	}
}

// Tagger builds the run-time tagger of m.
func (m *Model) Tagger() *Tagger {
	n := len(m.Tags)
	t := &Tagger{names: append([]string(nil), m.Tags...), n: n, lanes: (n + perWord - 1) / perWord, bigrams: m.Bigrams, tagWord: m.TagWord, narrow: m.Narrow}
	n1 := n + 1
	t.allowed = allowedTags(m.Tags)
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
	t.atoms = newTable(len(m.Atoms))
	words := 0
	for _, r := range m.Atoms {
		words += 1 + int(kindSegs[r.Kind])
		for _, sg := range r.Segs {
			words += min(len(sg), t.lanes)
		}
	}
	t.data = make([]uint64, 0, words)
	var acc [accWords]uint64
	for _, r := range m.Atoms {
		row := int32(len(t.data))
		t.data = append(t.data, uint64(r.Kind)<<kindShift)
		for s := range int(kindSegs[r.Kind]) {
			var seg []TagWeight
			if s < len(r.Segs) {
				seg = r.Segs[s]
			}
			t.data[row] |= uint64(len(t.data)-int(row)) << (segBits * s)
			if len(seg) > t.lanes/3 {
				// dense pays once the sparse entries outnumber a third
				// of the words
				clear(acc[:])
				for _, tw := range seg {
					l, v := packed(tw.Tag, clampW(tw.W))
					acc[l] += uint64(v)
				}
				t.data = append(t.data, denseFlag)
				t.data = append(t.data, acc[:t.lanes]...)
				continue
			}
			t.data = append(t.data, uint64(len(seg)))
			for _, tw := range seg {
				t.data = append(t.data, uint64(tw.Tag)<<16|uint64(uint16(clampW(tw.W))))
			}
		}
		t.atoms.insert(r.Hash, row)
	}
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

// slotKey is the part of a key a slot keeps; never 0, which marks empty.
func slotKey(h uint64) uint32 { return uint32(h>>32) | 1 }

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

// lookup returns the row of atom h, or noRow.
func (t *Tagger) lookup(h uint64) int32 { return t.atoms.get(h) }

// NumTags returns the size of the tag set.
func (t *Tagger) NumTags() int { return t.n }

// TagName returns the name of tag i ("NN", "VBD", "B-PERSON"), or "" when
// i is out of range.
func (t *Tagger) TagName(i uint8) string {
	if int(i) < t.n {
		return t.names[i]
	}
	return ""
}

// TagIndex returns the index of the tag named name.
func (t *Tagger) TagIndex(name string) (uint8, bool) {
	for i, s := range t.names {
		if s == name {
			return uint8(i), true
		}
	}
	return 0, false
}

// tokState is what the tagging loop keeps of a token it has looked up.
type tokState struct {
	form   int32 // form index, or noRow: then rows holds the atoms'
	rows   [nStatic]int32
	bigram int32 // row of the word pair ending here
	word   uint64
	shape  uint64
	s      string
	kind   token.Kind
	start  bool // a sentence starts at this token
	upper  bool // it has an upper-case letter
	loaded bool // the fields above s are set
}

// Tag appends one tag index per token to dst. It treats a token after a
// line break, or after a sentence-final . ! ? (and any closing quotes or
// brackets glued to it) that is followed by space, as a sentence start,
// so it may be given a whole document or one sentence.
//
// An NER tagger skips positions with no upper-case letter within two
// tokens and tags them O: names are capitalised, and in news such
// stretches are most of the text (on PolNeAR dev this changes no entity).
func (t *Tagger) Tag(dst []uint8, text string, toks []token.Token) []uint8 {
	base := len(dst)
	dst = append(dst, make([]uint8, len(toks))...) // no allocation when cap suffices
	out := dst[base:]
	n := len(toks)
	var ring [8]tokState
	var sb sentBreaker
	queued := 0
	for i := range toks {
		for queued < n && queued <= i+2 {
			st := &ring[queued&7]
			tk := toks[queued]
			st.s, st.kind = text[tk.Start:tk.End], tk.Kind
			st.start = sb.next(st.s, tk)
			st.loaded = false
			if t.gate {
				st.upper = hasUpper(st.s)
			} else {
				t.ensure(&ring, queued)
			}
			queued++
		}
		if t.gate {
			lo, hi := max(i-2, 0), min(i+2, n-1)
			near := false
			for j := lo; j <= hi; j++ {
				near = near || ring[j&7].upper
			}
			if !near {
				out[i] = t.oTag
				continue
			}
			for j := lo; j <= hi; j++ {
				t.ensure(&ring, j)
			}
		}
		out[i] = t.score(&ring, i, n, out)
	}
	return dst
}

// ensure looks up token j of the ring if it has not been yet. Tokens are
// loaded in order unless the tagger gates, and gating taggers have no
// bigrams, which need the previous token loaded.
func (t *Tagger) ensure(ring *[8]tokState, j int) {
	st := &ring[j&7]
	if st.loaded {
		return
	}
	st.loaded = true
	t.load(st, st.s, st.kind)
	if t.bigrams {
		prev := padBefore
		if !st.start {
			prev = ring[(j-1)&7].word
		}
		st.bigram = t.lookup(atomBigram(prev, st.word))
	}
}

// hasUpper reports whether s has an upper-case letter.
func hasUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			return true
		}
		if c >= utf8.RuneSelf {
			for _, r := range s[i:] {
				if unicode.IsUpper(r) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// load looks up a token's static atoms: its form row if it is frequent,
// else the row of each atom.
func (t *Tagger) load(st *tokState, s string, k token.Kind) {
	a := tokenAtomsOpt(s, k, false)
	st.form = t.forms.get(formKey(&a))
	if st.form == noRow {
		a = tokenAtoms(s, k)
		for j := range a {
			st.rows[j] = t.lookup(a[j])
		}
	}
	st.word = a[aWord]
	st.shape = a[aShape]
}

// sentBreaker finds sentence starts in a token stream.
type sentBreaker struct {
	started bool
	final   bool // the last token ended a sentence, pending closers
}

func (b *sentBreaker) next(s string, tk token.Token) bool {
	start := !b.started || tk.Lines > 0 || b.final && tk.Space
	b.started = true
	switch {
	case s == "." || s == "!" || s == "?" || s == "..." || s == "…":
		b.final = true
	case b.final && !tk.Space && (tk.Kind == token.Quote || s == ")" || s == "]"):
		// a closing quote or bracket keeps the sentence open until space
	default:
		b.final = false
	}
	return start
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

// Entity is a named entity found by an NER tagger.
type Entity struct {
	claimtrail.Span
	// Type is PERSON, ORGANIZATION, LOCATION or MISC.
	Type string
	// First and Last are the indexes of its first and last token.
	First, Last int
}

// Entities appends to dst the entities that BIO tags (from Tag with an NER
// tagger) mark over toks. An I- tag that does not continue an entity of
// its type starts one.
func (t *Tagger) Entities(dst []Entity, toks []token.Token, tags []uint8) []Entity {
	open := false
	for i, tg := range tags {
		if i >= len(toks) {
			break
		}
		var b uint8
		if int(tg) < t.n {
			b = t.bio[tg]
		}
		switch {
		case b == 0:
			open = false
		case b == 2 && open && dst[len(dst)-1].Type == t.etype[tg] && dst[len(dst)-1].Last == i-1:
			e := &dst[len(dst)-1]
			e.End, e.Last = toks[i].End, i
		default:
			dst = append(dst, Entity{Span: toks[i].Span, Type: t.etype[tg], First: i, Last: i})
			open = true
		}
	}
	return dst
}

// The embedded models, laid out to be used in place (tables.go): a []byte,
// not a string or an embed.FS, whose data the linker may place at any
// byte.
var (
	//go:embed model/pos.bin
	posModel []byte
	//go:embed model/ner.bin
	nerModel []byte
)

func loadEmbedded(name string, b []byte) *Tagger {
	t, err := Load(b)
	if err != nil {
		panic(fmt.Sprintf("pos: embedded model %s (run `claimtrail train pos`): %v", name, err))
	}
	return t
}

var (
	defaultPOS = sync.OnceValue(func() *Tagger { return loadEmbedded(POSModelFile, posModel) })
	defaultNER = sync.OnceValue(func() *Tagger { return loadEmbedded(NERModelFile, nerModel) })
)

// Model file names inside the model directory.
const (
	POSModelFile = "pos.bin"
	NERModelFile = "ner.bin"
)

// Default returns the embedded part-of-speech tagger, loaded on first use.
func Default() *Tagger { return defaultPOS() }

// DefaultNER returns the embedded named-entity tagger, loaded on first use.
// Its tags are O and B-/I- of PERSON, ORGANIZATION, LOCATION and MISC.
func DefaultNER() *Tagger { return defaultNER() }
