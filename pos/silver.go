package pos

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/claimtrail/claimtrail/token"
)

// AlignStats counts how the tokenizer's tokens line up with the silver
// CoreNLP tokens.
type AlignStats struct {
	Docs, MissingDocs int
	Sentences         int
	SilverTokens      int
	// SilverWordMismatch counts silver tokens whose text at the converted
	// offsets differs from their word other than by CoreNLP's escapes
	// (-LRB-, ``, '' …): a check that the offsets were read right.
	SilverWordMismatch int
	Tokens             int // our tokens
	Exact              int // our token has exactly one silver token's span
	Partial            int // overlaps one silver token with another span
	Merged             int // overlaps two or more silver tokens
	Unaligned          int // overlaps none: no label
}

// Disagreement is the share of our tokens that are not exactly one silver
// token.
func (a AlignStats) Disagreement() float64 {
	if a.Tokens == 0 {
		return 0
	}
	return 1 - float64(a.Exact)/float64(a.Tokens)
}

func (a AlignStats) String() string {
	return fmt.Sprintf("docs %d (missing %d), sentences %d, silver tokens %d (word mismatch %d); our tokens %d: exact %d, partial %d, merged %d, unaligned %d; disagreement %.2f%%",
		a.Docs, a.MissingDocs, a.Sentences, a.SilverTokens, a.SilverWordMismatch, a.Tokens, a.Exact, a.Partial, a.Merged, a.Unaligned, 100*a.Disagreement())
}

type silverTok struct {
	start, end int // bytes, after conversion
	word       string
	pos, ner   string
	sent       int
}

// NERClass maps a CoreNLP NER label to this package's classes: PERSON,
// ORGANIZATION, LOCATION, MISC, or "" for the numeric and temporal ones
// (DATE, NUMBER, MONEY…), which are not names.
func NERClass(l string) string {
	switch l {
	case "PERSON", "ORGANIZATION", "LOCATION", "MISC":
		return l
	case "COUNTRY", "CITY", "STATE_OR_PROVINCE":
		return "LOCATION"
	case "NATIONALITY":
		return "MISC"
	}
	return ""
}

// LoadSilver reads a CoreNLP CoNLL-U file (columns id, word, lemma, POS,
// NER, char begin, char end, head, relation; "# doc = NAME" and
// "# sent = N" headers) and the texts textDir/NAME.txt, tokenizes each
// text with tz and labels each of our tokens with the POS and NER of the
// first silver token it overlaps. The silver offsets count Unicode code
// points; they are converted to bytes. Sentences follow the silver
// sentence of each token's first overlap.
func LoadSilver(conlluPath, textDir string, tz *token.Tokenizer) ([]Sentence, AlignStats, error) {
	var st AlignStats
	f, err := os.Open(conlluPath)
	if err != nil {
		return nil, st, err
	}
	defer f.Close()
	var out []Sentence
	var doc string
	var silver []silverTok
	sent := 0
	flush := func() error {
		if doc == "" {
			return nil
		}
		b, err := os.ReadFile(filepath.Join(textDir, doc+".txt"))
		if err != nil {
			st.MissingDocs++
			return nil
		}
		st.Docs++
		out = alignDoc(out, string(b), silver, tz, &st)
		return nil
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		s := sc.Text()
		switch {
		case strings.HasPrefix(s, "# doc = "):
			if err := flush(); err != nil {
				return nil, st, err
			}
			doc, silver, sent = strings.TrimSpace(s[len("# doc = "):]), silver[:0], 0
			continue
		case strings.HasPrefix(s, "# sent = "):
			sent++
			continue
		case s == "" || s[0] == '#':
			continue
		}
		fs := strings.Split(s, "\t")
		if len(fs) < 7 {
			return nil, st, fmt.Errorf("%s:%d: %d fields, want 9", conlluPath, line, len(fs))
		}
		b, err1 := strconv.Atoi(fs[5])
		e, err2 := strconv.Atoi(fs[6])
		if err1 != nil || err2 != nil || e < b {
			return nil, st, fmt.Errorf("%s:%d: bad offsets %q %q", conlluPath, line, fs[5], fs[6])
		}
		silver = append(silver, silverTok{start: b, end: e, word: fs[1], pos: fs[3], ner: fs[4], sent: sent})
	}
	if err := sc.Err(); err != nil {
		return nil, st, err
	}
	if err := flush(); err != nil {
		return nil, st, err
	}
	return out, st, nil
}

// ptbEscapes are CoreNLP's rewritten words, which do not match the text.
var ptbEscapes = map[string]bool{"-LRB-": true, "-RRB-": true, "-LSB-": true, "-RSB-": true, "-LCB-": true,
	"-RCB-": true, "``": true, "''": true, "`": true, "'": true, "--": true, "...": true}

// alignDoc appends the sentences of one document.
func alignDoc(out []Sentence, text string, silver []silverTok, tz *token.Tokenizer, st *AlignStats) []Sentence {
	// code point offsets to bytes
	cp := make([]int, 0, len(text)+1)
	for i := range text {
		cp = append(cp, i)
	}
	cp = append(cp, len(text))
	for k := range silver {
		s := &silver[k]
		s.start, s.end = cp[min(s.start, len(cp)-1)], cp[min(s.end, len(cp)-1)]
		st.SilverTokens++
		if w := text[s.start:s.end]; w != s.word && !ptbEscapes[s.word] && !sameModQuotes(w, s.word) {
			st.SilverWordMismatch++
		}
	}
	toks := tz.Tokenize(nil, text)
	st.Tokens += len(toks)
	p := 0
	cur := -1 // silver sentence of the sentence being built
	var s *Sentence
	prevClass := ""
	for _, tk := range toks {
		for p < len(silver) && silver[p].end <= tk.Start {
			p++
		}
		// silver tokens are in text order; p is the first that may overlap
		nOver := 0
		for q := p; q < len(silver) && silver[q].start < tk.End; q++ {
			if silver[q].end > tk.Start {
				nOver++
			}
		}
		var first *silverTok
		if nOver > 0 {
			for q := p; ; q++ {
				if silver[q].end > tk.Start {
					first = &silver[q]
					break
				}
			}
		}
		switch {
		case first == nil:
			st.Unaligned++
		case nOver > 1:
			st.Merged++
		case first.start == tk.Start && first.end == tk.End:
			st.Exact++
		default:
			st.Partial++
		}
		if s == nil || first != nil && first.sent != cur {
			if first != nil {
				cur = first.sent
			}
			out = append(out, Sentence{Text: text})
			s = &out[len(out)-1]
			st.Sentences++
			prevClass = ""
		}
		s.Toks = append(s.Toks, tk)
		if first == nil {
			s.POS = append(s.POS, "")
			s.NER = append(s.NER, "")
			prevClass = ""
			continue
		}
		s.POS = append(s.POS, first.pos)
		c := NERClass(first.ner)
		switch {
		case c == "":
			s.NER = append(s.NER, "O")
		case c == prevClass:
			s.NER = append(s.NER, "I-"+c)
		default:
			s.NER = append(s.NER, "B-"+c)
		}
		prevClass = c
	}
	return out
}

// sameModQuotes reports whether a and b differ only by curly versus
// straight apostrophes (CoreNLP writes "n't" for "n’t").
func sameModQuotes(a, b string) bool {
	for a != "" && b != "" {
		ra, sa := utf8.DecodeRuneInString(a)
		rb, sb := utf8.DecodeRuneInString(b)
		if ra == '’' || ra == '‘' {
			ra = '\''
		}
		if ra != rb {
			return false
		}
		a, b = a[sa:], b[sb:]
	}
	return a == b
}
