// Package pos tags tokens with Penn Treebank parts of speech and with
// named-entity classes (BIO over PERSON, ORGANIZATION, LOCATION, MISC).
//
// Both taggers are greedy left-to-right averaged perceptrons (after
// Honnibal's "A good part-of-speech tagger in about 200 lines of Python")
// trained by TrainPOS and TrainNER from the PolNeAR silver CoreNLP parses,
// aligned to this repository's own tokenizer so that training and run time
// see the same tokens. The trained weights ship embedded in the binary as
// the taggers' run-time tables, used where they lie (taggerfile.go).
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
	"sync"
	"unicode"
	"unicode/utf8"

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
	var nw normWord
	a := formAtoms(s, k, &nw)
	st.form = t.forms.get(formKey(&a))
	if st.form == noRow {
		nw.setAffixes(&a) // the rest of tokenAtoms, without normalising s again
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

// The embedded models, laid out to be used in place (taggerfile.go): a []byte,
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

// ModelData returns the embedded models' bytes, part-of-speech then
// entity, for fingerprinting what the binary ships
// (pipeline.ExtractorVersion). Callers must not modify them.
func ModelData() [][]byte { return [][]byte{posModel, nerModel} }

// Default returns the embedded part-of-speech tagger, loaded on first use.
func Default() *Tagger { return defaultPOS() }

// DefaultNER returns the embedded named-entity tagger, loaded on first use.
// Its tags are O and B-/I- of PERSON, ORGANIZATION, LOCATION and MISC.
func DefaultNER() *Tagger { return defaultNER() }
