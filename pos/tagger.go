// Package pos tags tokens with Penn Treebank parts of speech and with
// named-entity classes (BIO over PERSON, ORGANIZATION, LOCATION, MISC).
//
// Both taggers are greedy left-to-right averaged perceptrons (after
// Honnibal's "A good part-of-speech tagger in about 200 lines of Python")
// trained by TrainPOS and TrainNER from the PolNeAR silver CoreNLP parses,
// aligned to this repository's own tokenizer so that training and run time
// see the same tokens. The trained weights ship embedded in the binary.
//
// The run-time design is for speed: every feature is a hash computed over
// the token's bytes in place, looked up in one open-addressing table whose
// rows hold the weights of an atom (a word, suffix, shape) for every
// offset from which a neighbouring position looks at it, so each token
// costs about nine probes however many positions use it. Tag allocates
// nothing when dst has room.
package pos

import (
	"bytes"
	"embed"
	"fmt"
	"strings"
	"sync"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/token"
)

// maxTags bounds the tag set so scores live in a fixed stack array and
// the allowed-transition sets fit a bit mask.
const maxTags = 64

// accWords is the size of the packed score accumulator: at least
// maxTags/3 lanes, a power of two so an index can be masked in range.
const accWords = 32

// noRow marks an atom without weights.
const noRow = -1

// Tagger is a trained tagger, ready to use and safe for concurrent use.
type Tagger struct {
	names []string
	n     int
	lanes int      // accumulator words: 3 tags to an int64
	dense []uint64 // per (prev, prev2) history, lanes words of packed weights
	mask  uint64
	slots []slot
	data  []uint64
	// allowed[prev] is the set of tags that may follow prev (prev == n is
	// the sentence start): BIO forbids I-X after anything but B-X or I-X.
	allowed []uint64
	pad     [2]int32 // rows of padBefore, padAfter
	// NER decoding: per tag, 0 outside, 1 begin, 2 inside, and its type.
	bio   []uint8
	etype []string
	// bigrams: the model has word-pair features
	bigrams bool
}

// Scores are summed three tags to an int64, in 21-bit lanes: tag c adds
// w<<(21*(c%3)) to word c/3. Adding such packed values adds every lane
// exactly (the int64 sum is the exact sum of w·2^(21k)), and lane sums
// stay within ±2^20 because weights are at most maxWeight and a position
// sums fewer than 100 of them, so one 64-bit add does three tags' work.
const laneBits = 21

func packed(tag uint8, w int32) (lane int, v int64) {
	return int(tag) / 3, int64(w) << (laneBits * (int(tag) % 3))
}

// Row segments in data: a header word, count | denseFlag, then either
// lanes packed words (dense) or count sparse words, each the lane index
// in the top byte and the packed value sign-extended from 56 bits.
const denseFlag = 1 << 32

// slot is one table entry: key and where its row starts in data. Keeping
// them together costs one cache line per probe, not two.
type slot struct {
	key uint64
	row int32
}

// Tagger builds the run-time tagger of m.
func (m *Model) Tagger() *Tagger {
	n := len(m.Tags)
	t := &Tagger{names: append([]string(nil), m.Tags...), n: n, lanes: (n + 2) / 3, bigrams: m.Bigrams}
	n1 := n + 1
	t.allowed = allowedTags(m.Tags)
	t.dense = make([]uint64, n1*n1*t.lanes)
	for h := 0; h < n1*n1; h++ {
		prev := h / n1
		for c := 0; c < 3*t.lanes; c++ {
			// a tag that does not exist or may not follow prev starts so
			// low that no sum of weights lifts it over an allowed tag, so
			// argmax needs no mask
			w := int32(-1 << (laneBits - 2))
			if c < n && t.allowed[prev]&(1<<c) != 0 {
				w = max(min(m.Dense[h*n+c], 4*maxWeight), -4*maxWeight)
			}
			l, v := packed(uint8(c), w)
			t.dense[h*t.lanes+l] += uint64(v)
		}
	}
	size := 1
	for size < 2*(len(m.Atoms)+len(m.Forms))+2 {
		size <<= 1
	}
	t.slots = make([]slot, size)
	t.mask = uint64(size - 1)
	var acc [accWords]uint64
	for _, r := range m.Atoms {
		row := int32(len(t.data))
		for s := range int(kindSegs[r.Kind]) {
			var seg []TagWeight
			if s < len(r.Segs) {
				seg = r.Segs[s]
			}
			if len(seg) > t.lanes/3 {
				// dense pays once the sparse entries outnumber a third
				// of the words
				clear(acc[:])
				for _, tw := range seg {
					l, v := packed(tw.Tag, max(min(int32(tw.W), maxWeight), -maxWeight))
					acc[l] += uint64(v)
				}
				t.data = append(t.data, denseFlag)
				t.data = append(t.data, acc[:t.lanes]...)
				continue
			}
			t.data = append(t.data, uint64(len(seg)))
			for _, tw := range seg {
				l, v := packed(tw.Tag, max(min(int32(tw.W), maxWeight), -maxWeight))
				t.data = append(t.data, uint64(l)<<56|uint64(v)&(1<<56-1))
			}
		}
		t.insert(r.Hash, row)
	}
	t.buildForms(m)
	t.pad = [2]int32{t.lookup(padBefore), t.lookup(padAfter)}
	t.bio, t.etype = bioOf(m.Tags)
	return t
}

// buildForms adds a pre-summed row per frequent form: five dense
// segments, its contribution to the positions at offsets -2..+2 from it.
// The sums are exact, so tagging is the same with or without them.
func (t *Tagger) buildForms(m *Model) {
	kind := make(map[uint64]uint8, len(m.Atoms))
	for _, r := range m.Atoms {
		kind[r.Hash] = r.Kind
	}
	var acc [accWords]uint64
	for _, f := range m.Forms {
		if f.Key == 0 || t.lookup(f.Key) != noRow {
			continue
		}
		row := int32(len(t.data))
		for d := -2; d <= 2; d++ {
			clear(acc[:])
			for k, h := range f.Atoms {
				lo := int(kindLo[k])
				if kk, ok := kind[h]; h == 0 || !ok || int(kk) != k || d < lo || d >= lo+int(kindSegs[k]) {
					continue
				}
				t.add(&acc, t.lookup(h), d-lo)
			}
			t.data = append(t.data, denseFlag)
			t.data = append(t.data, acc[:t.lanes]...)
		}
		t.insert(f.Key, row)
	}
}

// insert adds key to the table; the table has room by construction.
func (t *Tagger) insert(key uint64, row int32) {
	i := key & t.mask
	for t.slots[i].key != 0 && t.slots[i].key != key {
		i = (i + 1) & t.mask
	}
	t.slots[i] = slot{key: key, row: row}
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

// lookup returns the row of atom h, or noRow.
func (t *Tagger) lookup(h uint64) int32 {
	i := h & t.mask
	for {
		s := &t.slots[i]
		if s.key == h {
			return s.row
		}
		if s.key == 0 {
			return noRow
		}
		i = (i + 1) & t.mask
	}
}

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
	form   int32 // pre-summed row, or noRow: then rows holds the atoms'
	rows   [nStatic]int32
	bigram int32 // row of the word pair ending here
	word   uint64
	shape  uint64
	start  bool // a sentence starts at this token
}

// Tag appends one tag index per token to dst. It treats a token after a
// line break, or after a sentence-final . ! ? (and any closing quotes or
// brackets glued to it) that is followed by space, as a sentence start,
// so it may be given a whole document or one sentence.
func (t *Tagger) Tag(dst []uint8, text string, toks []token.Token) []uint8 {
	base := len(dst)
	dst = append(dst, make([]uint8, len(toks))...) // no allocation when cap suffices
	out := dst[base:]
	var ring [8]tokState
	var sb sentBreaker
	loaded := 0
	for i := range toks {
		for loaded < len(toks) && loaded <= i+2 {
			st := &ring[loaded&7]
			tk := toks[loaded]
			s := text[tk.Start:tk.End]
			st.start = sb.next(s, tk)
			t.load(st, s, tk.Kind)
			if t.bigrams {
				prev := padBefore
				if !st.start {
					prev = ring[(loaded-1)&7].word
				}
				st.bigram = t.lookup(atomBigram(prev, st.word))
			}
			loaded++
		}
		out[i] = t.score(&ring, i, len(toks), out)
	}
	return dst
}

// load looks up a token's static atoms.
func (t *Tagger) load(st *tokState, s string, k token.Kind) {
	a := tokenAtoms(s, k)
	st.form = t.lookup(formKey(&a))
	if st.form == noRow {
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
	copy(sc[:nl], t.dense[(prev*(nt+1)+prev2)*nl:])
	// the window stops at sentence edges: a neighbour across one is the pad
	okL1 := !cur.start
	okL2 := okL1 && !ring[(i-1)&7].start
	okR1 := i+1 < n && !ring[(i+1)&7].start
	okR2 := okR1 && i+2 < n && !ring[(i+2)&7].start
	if okL2 {
		t.addTok(&sc, &ring[(i-2)&7], -2)
	} else {
		t.add(&sc, t.pad[0], 0)
	}
	if okL1 {
		t.addTok(&sc, &ring[(i-1)&7], -1)
	} else {
		t.add(&sc, t.pad[0], 1)
	}
	t.addTok(&sc, cur, 0)
	if okR1 {
		t.addTok(&sc, &ring[(i+1)&7], 1)
	} else {
		t.add(&sc, t.pad[1], 3)
	}
	if okR2 {
		t.addTok(&sc, &ring[(i+2)&7], 2)
	} else {
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
	t.add(&sc, t.lookup(atomTagW(cur.word, uint8(prev))), 0)
	return argmax(&sc, nl)
}

// addTok adds what token st contributes to a position; d is the token's
// offset from that position.
// A segment index is the offset minus the kind's lowest offset.
func (t *Tagger) addTok(sc *[accWords]uint64, st *tokState, d int) {
	if st.form != noRow {
		t.add(sc, st.form, d+2)
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
	p := uint32(row)
	for ; seg > 0; seg-- {
		h := data[p]
		if h&denseFlag != 0 {
			p += 1 + uint32(t.lanes)
		} else {
			p += 1 + uint32(h)
		}
	}
	h := data[p]
	if h&denseFlag != 0 {
		d := data[p+1 : p+1+uint32(t.lanes)]
		for k, v := range d {
			sc[k&(accWords-1)] += v
		}
		return
	}
	for _, e := range data[p+1 : p+1+uint32(h)] {
		sc[(e>>56)&(accWords-1)] += uint64(int64(e<<8) >> 8)
	}
}

// argmax unpacks the lanes and returns the best tag; ties go to the lower
// tag, as in training. Padding and forbidden tags score too low to win.
func argmax(sc *[accWords]uint64, lanes int) uint8 {
	best, bi := int64(-1<<62), 0
	for l, u := range sc[:lanes] {
		v := int64(u)
		x0 := v << (64 - laneBits) >> (64 - laneBits)
		v = (v - x0) >> laneBits
		x1 := v << (64 - laneBits) >> (64 - laneBits)
		x2 := (v - x1) >> laneBits
		if x0 > best {
			best, bi = x0, 3*l
		}
		if x1 > best {
			best, bi = x1, 3*l+1
		}
		if x2 > best {
			best, bi = x2, 3*l+2
		}
	}
	return uint8(bi)
}

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

//go:embed model
var modelFS embed.FS

func loadEmbedded(name string) *Tagger {
	b, err := modelFS.ReadFile("model/" + name)
	if err != nil {
		panic(fmt.Sprintf("pos: embedded model %s missing (run `claimtrail train pos`): %v", name, err))
	}
	t, err := Read(bytes.NewReader(b))
	if err != nil {
		panic(fmt.Sprintf("pos: embedded model %s: %v", name, err))
	}
	return t
}

var (
	defaultPOS = sync.OnceValue(func() *Tagger { return loadEmbedded(POSModelFile) })
	defaultNER = sync.OnceValue(func() *Tagger { return loadEmbedded(NERModelFile) })
)

// Model file names inside the model directory.
const (
	POSModelFile = "pos.bin.gz"
	NERModelFile = "ner.bin.gz"
)

// Default returns the embedded part-of-speech tagger, loaded on first use.
func Default() *Tagger { return defaultPOS() }

// DefaultNER returns the embedded named-entity tagger, loaded on first use.
// Its tags are O and B-/I- of PERSON, ORGANIZATION, LOCATION and MISC.
func DefaultNER() *Tagger { return defaultNER() }
