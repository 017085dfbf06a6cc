package stance

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/claimtrail/claimtrail/token"
)

// negScope is how many words a negation reaches when no punctuation or
// clause word stops it first: headlines are short and mostly one clause.
const negScope = 8

// markedText is a text read for stance: its words, each marked with its
// stem, the class of the phrase it starts and whether a negation's scope
// or a relative or subordinate clause holds it.
type markedText struct {
	words []string // lower-case tokens, punctuation included (phrases never cross it)
	raw   []string // the tokens as written: their capitals tell names (otherSubject)
	// openName: the text starts inside a sentence (a statement's
	// indirect content), so a capital on its first word tells a name
	openName bool
	// initialNames: the text names the claim's subject too, so a
	// capitalised word opening a sentence may be another subject set
	// against it ("Labour will not set a limit, while a Tory
	// government would"), set by aboutOthers
	initialNames bool
	stems        []string // light stems of words ("beheaded" → "behead")
	cls          []class  // class of the phrase starting at i
	plen         []int    // words in that phrase
	negated      []bool   // word i lies in the scope of a negation
	punct        []bool
	symbol       []bool // a punct that is a symbol ("%", "$"): inside a clause, not its end
	nNot         int    // negations that negate something
	mainNot      int    // those of them outside a relative clause ("a panel that didn't include …")
	inRel        []bool // word i lies in a relative clause (after "who", "which", "that" … up to punctuation)
	inSub        []bool // word i lies in a subordinate clause ("so he won't …", "who never …")
	alt          []bool // word i coordinates alternatives ("or", "nor")
	qEnd         bool   // ends with a question mark (ignoring closing quotes)
	qAny         bool
	colon        int // index of the first ':' or -1 ("Police: …" attributes what follows)
	text         string
	// bounded marks a negation whose scope ends at a relative clause
	// after an indefinite ("not … anything that fans can do"): it
	// negates the indefinite, nothing the clause says.
	bounded []bool
	// echoesDenial: a denial word of the text is the claim's own
	// predicate ("dismisses" for "Blair denied the report"), set by pair.
	echoesDenial bool
	// withdrawn: a withdrawal from a deal is marked a denial
	// ("pulled out of an agreement to buy"), set by pair.
	withdrawn bool
	// unknownFrom holds the wh-word after each negated or uncertain
	// verb of knowing ("did not know what date …", "unsure whether …"):
	// what follows it in its sentence is not known, set by readNegatedKnowing.
	unknownFrom []int
}

var tokenizer = token.New(nil)

// tokenBuffers hold readWords' tokens, read once into words and dropped:
// a trace reads the stance of forty sentences an article, and a fresh,
// growing token slice for each was a third of what reading them
// allocated. A sync.Pool is safe for the classifier's concurrent callers.
var tokenBuffers = sync.Pool{New: func() any { return new([]token.Token) }}

// analyze reads a text for stance.
func (c *Classifier) analyze(text string) *markedText {
	a := readWords(text)
	c.classify(a)
	c.readLitotes(a)
	c.readNegatedKnowing(a)
	c.markClauses(a)
	c.markNegations(a)
	if c.cancelNegatedBeliefs(a) {
		c.markNegations(a)
	}
	return a
}

// readWords splits text into lower-case words, punctuation included and
// quotation marks left out, and notes its question marks and first colon.
func readWords(text string) *markedText {
	a := &markedText{colon: -1, text: text}
	buf := tokenBuffers.Get().(*[]token.Token)
	defer tokenBuffers.Put(buf)
	toks := tokenizer.Tokenize((*buf)[:0], text)
	*buf = toks
	if len(toks) > 0 {
		a.words, a.punct, a.symbol = make([]string, 0, len(toks)), make([]bool, 0, len(toks)), make([]bool, 0, len(toks))
		a.raw = make([]string, 0, len(toks))
	}
	for _, t := range toks {
		if t.Kind == token.Quote {
			continue // quotation marks neither stop scopes nor carry stance
		}
		w := lower(t.Text(text))
		a.words, a.raw = append(a.words, w), append(a.raw, t.Text(text))
		a.punct = append(a.punct, t.Kind == token.Punct || t.Kind == token.Symbol)
		a.symbol = append(a.symbol, t.Kind == token.Symbol)
		if w == "?" {
			a.qAny = true
		}
		if w == ":" && a.colon < 0 {
			a.colon = len(a.words) - 1
		}
	}
	for i := len(a.words) - 1; i >= 0; i-- {
		if a.words[i] == "?" {
			a.qEnd = true
		}
		if !a.punct[i] || a.words[i] != "?" && a.words[i] != "!" && a.words[i] != "." && a.words[i] != "…" {
			break
		}
	}
	return a
}

// classify stems the words and marks the lexicon's phrases, longest
// first, where they start.
func (c *Classifier) classify(a *markedText) {
	n := len(a.words)
	a.stems = make([]string, n)
	a.cls = make([]class, n)
	a.plen = make([]int, n)
	var buf strings.Builder
	for i := 0; i < n; {
		a.stems[i] = c.lex.stem(a.words[i])
		if a.punct[i] {
			i++
			continue
		}
		cl, l := c.lex.match(a.words, i, &buf)
		if l == 0 {
			i++
			continue
		}
		a.cls[i], a.plen[i] = cl, l
		for k := i + 1; k < i+l; k++ {
			a.stems[k] = c.lex.stem(a.words[k])
		}
		i += l
	}
}

// readLitotes reads a negation right before a word of improbability or
// impossibility as the two words say: the negation negates nothing.
// "Not unlikely" (stance-clauses role litotes) is a hedge of probability,
// which hides no side: in a speaker's own words "it is not unlikely that
// they will win" asserts the win, as "it is likely" does (asOwnWords).
// "Not impossible" (role possible) says only that it may be: a hedge.
func (c *Classifier) readLitotes(a *markedText) {
	for i := 0; i+1 < len(a.words); i++ {
		j := i + a.plen[i]
		if a.cls[i] != clsNot || j >= len(a.words) {
			continue
		}
		switch role := c.lex.clause[a.words[j]]; {
		case role&litotesMark != 0:
			a.cls[i], a.plen[i] = clsNone, 0
			if a.cls[j] == clsHedge {
				a.cls[j] = clsNone
			}
		case role&possibleMark != 0:
			a.cls[i], a.plen[i] = clsNone, 0
			a.cls[j], a.plen[j] = clsHedge, 1
		}
	}
}

// markClauses marks the words in relative and subordinate clauses (from
// the clause word to punctuation) and the words that coordinate
// alternatives.
func (c *Classifier) markClauses(a *markedText) {
	n := len(a.words)
	a.inRel, a.inSub, a.alt = make([]bool, n), make([]bool, n), make([]bool, n)
	for i, rel, sub := 0, false, false; i < n; i++ {
		if a.punct[i] {
			rel, sub = false, false
			continue
		}
		a.inRel[i], a.inSub[i] = rel, sub
		role := c.lex.clause[a.words[i]]
		rel = rel || role&relative != 0
		sub = sub || role&subordinate != 0
		a.alt[i] = role&alternative != 0
	}
}

// markNegations marks each negation's scope: from after the negation to
// punctuation, a clause word or negScope words; "has not and will not"
// chains through "and".
func (c *Classifier) markNegations(a *markedText) {
	n := len(a.words)
	a.negated, a.bounded = make([]bool, n), make([]bool, n)
	a.nNot, a.mainNot = 0, 0
	for i := 0; i < n; i++ {
		if a.cls[i] != clsNot || a.inSub[i] {
			continue // a negation in a subordinate clause leaves the main one standing
		}
		if c.cancelled(a, i) {
			continue
		}
		a.nNot++
		if !a.inRel[i] {
			a.mainNot++
		}
		end := i + a.plen[i]
		for k := end; k < n && k < end+negScope; k++ {
			if a.punct[k] && a.words[k] != "-" {
				break
			}
			if c.lex.clause[a.words[k]]&scopeEnd != 0 {
				break
			}
			if c.lex.clause[a.words[k]]&relative != 0 && k > 0 && c.lex.clause[a.words[k-1]]&indefinite != 0 {
				a.bounded[i] = true
				break
			}
			if c.lex.clause[a.words[k]]&infinitiveMark != 0 && k > end && c.lex.clause[a.words[k-1]]&judgementMark != 0 {
				// "it's not racist to impose limits": the judgement is
				// negated, the act after "to" is defended
				a.bounded[i] = true
				break
			}
			if c.roleAt(a, k, preventMark) > 0 {
				// "nothing is going to get in the way of …": the
				// stopping is negated, what follows stands
				a.negated[k], a.bounded[i] = true, true
				break
			}
			a.negated[k] = true
		}
	}
}

// cancelNegatedBeliefs reads a negated belief of a negation as the
// belief of what is negated twice ("I cannot see them not winning it", "I
// don't believe they will not come"): a negation in the scope of another,
// after a verb of belief (stance-clauses role belief) that the first
// negates. Both negations are cleared; it reports whether it cleared
// any, and markNegations must then read the scopes again. A negation
// chained to another without a verb of belief ("has not and will not")
// stays.
func (c *Classifier) cancelNegatedBeliefs(a *markedText) bool {
	cleared := false
	outer, belief := -1, false
	for i := range a.words {
		switch {
		case !a.negated[i] || a.punct[i]:
			outer, belief = -1, false
			if a.cls[i] == clsNot && !a.inSub[i] {
				outer = i
			}
		case a.cls[i] == clsNot && outer >= 0 && belief:
			a.cls[outer], a.cls[i] = clsNone, clsNone
			outer, belief, cleared = -1, false, true
		default:
			belief = belief || c.lex.clause[a.words[i]]&beliefMark != 0
		}
	}
	return cleared
}

// cancelled reports a negative head whose relative clause is negated too:
// "almost nobody … who doesn't expect the election" — everyone expects it.
func (c *Classifier) cancelled(a *markedText, i int) bool {
	if c.lex.clause[a.words[i]]&negativeHead == 0 {
		return false
	}
	for k := i + a.plen[i]; k < len(a.words) && !(a.punct[k] && a.words[k] != "-"); k++ {
		if a.inRel[k] && a.cls[k] == clsNot {
			return true
		}
	}
	return false
}

// has reports whether a phrase of class cl occurs, and whether one occurs
// outside a negation's scope.
func (a *markedText) has(cl class) (any, plain bool) {
	for i, c := range a.cls {
		if c == cl {
			any = true
			if !a.negated[i] && !a.afterOr(i) {
				plain = true
			}
		}
	}
	return
}

// afterOr reports "confirm or deny"-like coordination, which asserts neither.
func (a *markedText) afterOr(i int) bool {
	return i > 0 && a.alt[i-1]
}

// first returns the index of the first phrase of class cl, or -1.
func (a *markedText) first(cl class) int {
	for i, c := range a.cls {
		if c == cl {
			return i
		}
	}
	return -1
}

// last returns the index of the last phrase of class cl, or -1.
func (a *markedText) last(cl class) int {
	for i := len(a.cls) - 1; i >= 0; i-- {
		if a.cls[i] == cl {
			return i
		}
	}
	return -1
}

func lower(w string) string {
	ascii := true
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= utf8.RuneSelf || c >= 'A' && c <= 'Z' {
			ascii = false
			break
		}
	}
	if ascii {
		return w
	}
	w = strings.ToLower(w)
	if strings.ContainsRune(w, '’') {
		w = strings.ReplaceAll(w, "’", "'")
	}
	return w
}

// negatedRelatives marks the relative clauses set off by a comma that
// hold a negation, their relative word included ("the doctor, who has not
// been identified, …").
func (c *Classifier) negatedRelatives(a *markedText) []bool {
	out := make([]bool, len(a.words))
	for i := 0; i < len(a.words); {
		if !a.inRel[i] {
			i++
			continue
		}
		j, neg := i, false
		for ; j < len(a.words) && a.inRel[j]; j++ {
			neg = neg || a.cls[j] == clsNot
		}
		// only a clause set off by a comma: "that Zorvex would not …"
		// is the content itself, not a clause about a noun
		if neg && i >= 2 && a.words[i-2] == "," && c.lex.clause[a.words[i-1]]&relative != 0 {
			for k := i - 1; k < j; k++ {
				out[k] = true
			}
		}
		i = j
	}
	return out
}

// withoutNegatedRelatives reads a again without its negated relative
// clauses and the commas that set them off: "the doctor, who has not been
// identified, took a selfie" is read as "the doctor took a selfie". A
// negation there says something about a noun, not about the claim.
func (c *Classifier) withoutNegatedRelatives(a *markedText) *markedText {
	drop := c.negatedRelatives(a)
	if !slices.Contains(drop, true) {
		return a
	}
	var kept []string
	for i, w := range a.words {
		if drop[i] || w == "," && (i+1 < len(a.words) && drop[i+1] || i > 0 && drop[i-1]) {
			continue
		}
		kept = append(kept, a.raw[i])
	}
	return c.analyze(strings.Join(kept, " "))
}
