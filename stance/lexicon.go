package stance

import (
	"fmt"
	"strings"

	"github.com/claimtrail/claimtrail/lang"
)

// class is what a stance word or phrase does to the content around it.
type class uint8

const (
	clsNone     class = iota
	clsNot            // negates what follows ("not", "never", "n't")
	clsFalse          // calls the content untrue ("fake", "hoax", "not true")
	clsDeny           // a denial verb or noun ("denies", "rejected")
	clsHedge          // unconfirmed or speculative ("reportedly", "may", "claims")
	clsReport         // attributed to another source ("says", "according to")
	clsConfirm        // says it is so ("confirms", "officially")
	clsQuestion       // asks whether it is so ("is it true")
	clsCancel         // looks negative but negates nothing ("not only")
	nClasses
)

var classNames = [nClasses]string{"none", "not", "false", "deny", "hedge", "report", "confirm", "question", "cancel"}

func (c class) String() string {
	if c < nClasses {
		return classNames[c]
	}
	return "class?"
}

func parseClass(s string) (class, bool) {
	for i, n := range classNames {
		if n == s {
			return class(i), true
		}
	}
	return clsNone, false
}

// lexicon maps phrases (words joined by single spaces) to their class, with
// the longest phrase length per first word so lookups try few joins.
type lexicon struct {
	phrase  map[string]class
	longest map[string]int // first word → most words in a phrase starting with it
	stop    map[string]bool
	// refusals are the cue table's forms of refusing and declining
	// ("refused", "declined"): "refused to rule out X" leaves X open.
	refusals map[string]bool
	// denyLemmas are the lemmas of the cue table's denial cues ("deny",
	// "reject"): narrower than the phrases of class clsDeny, which also
	// hold nouns ("denial") and stance-lexicon idioms ("casts doubt").
	denyLemmas map[string]bool
	// stem is the language's stemmer, shared with package match.
	stem func(string) string
	// clause holds the roles of clause words (table stance-clauses).
	clause map[string]clauseRole
	// clauseLongest maps a clause row's first word to the most words
	// of a row starting with it ("time has come": 3).
	clauseLongest map[string]int
	// opposite maps a directional stem to its opposites, both ways
	// (table stance-opposites: "rise" ↔ "fall").
	opposite map[string][]string
	// complement holds the pairs of opposites of which one comes when the
	// other does not ("win lose", both ways; stance-opposites column 2).
	complement map[string]bool
	// antonyms returns a word's lexical antonyms (WordNet's for
	// English), or is nil.
	antonyms func(word string) []string
	// verbLemmas returns a word's verb lemmas ("rose" → "rise";
	// WordNet's for English), or is nil.
	verbLemmas func(word string) []string
	// function holds the language's function words (table stopwords),
	// which oppose nothing.
	function map[string]bool
	// entity maps an entity's names, lower-case, to one canonical name
	// (tables aliases and demonyms: "tories" → "conservatives"), so that
	// a clause about "the Tories" is about "The Conservatives".
	entity map[string]string
}

// clauseRole is what a clause word does to negation scopes, a bit set.
type clauseRole uint64

const (
	scopeEnd        clauseRole = 1 << iota // starts another clause, where a negation no longer reaches
	subordinate                            // opens a subordinate clause: a negation inside leaves the main one standing
	relative                               // opens a relative clause: a negation inside is about a noun
	alternative                            // "confirm or deny": the stance phrase after it asserts nothing
	sentenceEnd                            // punctuation that ends a sentence (". … ; ! ?")
	negativeHead                           // a negation that heads a noun phrase ("nobody"): a negated relative clause after it cancels it
	questionOpener                         // opens an embedded question ("whether"): content that starts with it asks
	indefinite                             // what a negation negates when a relative clause follows it ("not … anything that fans can do"): the clause is not negated
	futureMark                             // a claim holding it predicts ("rates will rise")
	pastMark                               // a change named just after it is past ("recent rate rises", "after rate increases")
	modalHedge                             // a hedge of what follows it in its clause only ("may", "would")
	probableHedge                          // a hedge of probability: a speaker's own words still assert ("likely")
	callMark                               // a call for or wish of what follows in its clause ("clamour for", "want")
	forwardMark                            // looks ahead: a clause holding it may predict ("will", "expected", "could")
	withdrawMark                           // abandons what follows ("pulled out of"): a denial when that is a deal
	dealMark                               // a deal, bid or talks: what a withdrawal abandons
	selfMark                               // the speaker's own voice ("I", "we")
	beliefMark                             // a verb of belief or expectation: after selfMark, the speaker's forecast
	durationMark                           // "take": after a modal, a hedge of how long, not of whether
	ellipsisMark                           // an auxiliary that ends an elliptic clause ("but a Tory government would")
	comparisonMark                         // a forward word right after it compares ("higher than expected")
	steadyMark                             // a thing stays as it is ("will remain high"): no move
	preventMark                            // stops what follows: a negation before it asserts what follows ("nothing will stop them")
	judgementMark                          // a judgement of an act: "not racist to impose limits" negates the judgement, not the act
	infinitiveMark                         // marks an infinitive ("to"): after a judgement, the act judged
	litotesMark                            // improbability a negation right before turns into probability ("not unlikely")
	possibleMark                           // impossibility a negation right before turns into a hedge ("not impossible")
	optionMark                             // a right or option to act ("the right to sell"): what follows may be done, not forecast
	knowingMark                            // a verb of knowing: negated before a wh-word, a hedge ("did not know when")
	whMark                                 // opens an embedded question after a verb of knowing ("what", "when", "whether")
	expectationMark                        // a participle of expectation before a noun ("an expected referendum")
	attributiveMark                        // a determiner or adverb before it ("an", "the", "widely")
	adjunctMark                            // a preposition: a noun phrase after it is no subject ("ahead of an expected …")
)

var clauseRoles = map[string]clauseRole{"scope-end": scopeEnd, "subordinate": subordinate, "relative": relative, "alternative": alternative, "sentence-end": sentenceEnd, "negative-head": negativeHead,
	"question-opener": questionOpener, "indefinite": indefinite, "future": futureMark, "past": pastMark,
	"modal": modalHedge, "probable": probableHedge, "call": callMark, "forward": forwardMark,
	"withdraw": withdrawMark, "deal": dealMark,
	"self": selfMark, "belief": beliefMark, "duration": durationMark, "ellipsis": ellipsisMark,
	"comparison": comparisonMark, "steady": steadyMark, "prevent": preventMark, "judgement": judgementMark, "infinitive": infinitiveMark,
	"litotes": litotesMark, "possible": possibleMark, "option": optionMark,
	"knowing": knowingMark, "wh-word": whMark, "expectation": expectationMark, "attributive": attributiveMark,
	"adjunct": adjunctMark}

// loadClauses reads the clause words' roles.
func (lx *lexicon) loadClauses(code string) error {
	t, err := lang.Load(code, "stance-clauses")
	if err != nil {
		return fmt.Errorf("stance lexicon: %w", err)
	}
	lx.clause = make(map[string]clauseRole, len(t.Order))
	lx.clauseLongest = map[string]int{}
	for _, k := range t.Order {
		if ws := strings.Fields(k); len(ws) > lx.clauseLongest[ws[0]] {
			lx.clauseLongest[ws[0]] = len(ws)
		}
		for _, r := range strings.Split(t.Field(k, 0), ",") {
			role, ok := clauseRoles[strings.TrimSpace(r)]
			if !ok {
				return fmt.Errorf("stance lexicon: stance-clauses: %q has unknown role %q", k, r)
			}
			lx.clause[k] |= role
		}
	}
	return nil
}

func (lx *lexicon) add(p string, c class) {
	p = strings.Join(strings.Fields(strings.ReplaceAll(strings.ToLower(p), "’", "'")), " ")
	if p == "" {
		return
	}
	lx.phrase[p] = c
	ws := strings.Fields(p)
	if len(ws) > lx.longest[ws[0]] {
		lx.longest[ws[0]] = len(ws)
	}
}

// loadLexicon merges the language's cue, negation and hedge tables with its
// stance-lexicon table; later sources win, so stance-lexicon rows decide.
func loadLexicon(code string) (*lexicon, error) {
	lx := &lexicon{phrase: map[string]class{}, longest: map[string]int{}, stop: map[string]bool{}, denyLemmas: map[string]bool{}, refusals: map[string]bool{}}
	cues, err := lang.Cues(code)
	if err != nil {
		return nil, fmt.Errorf("stance lexicon: %w", err)
	}
	for form, c := range cues {
		switch c.Class {
		case "deny":
			lx.add(form, clsDeny)
			lx.denyLemmas[c.Lemma] = true
		case "question":
			lx.add(form, clsQuestion)
		case "oppose":
			lx.refusals[lower(form)], lx.refusals[c.Lemma] = true, true
		}
	}
	if t, err := lang.Load(code, "negations"); err == nil {
		for _, k := range t.Order {
			if t.Field(k, 0) == "false" {
				lx.add(k, clsFalse)
			} else {
				lx.add(k, clsNot)
			}
		}
	}
	if t, err := lang.Load(code, "hedges"); err == nil {
		for _, k := range t.Order {
			lx.add(k, clsHedge)
		}
	}
	t, err := lang.Load(code, "stance-lexicon")
	if err != nil {
		return nil, fmt.Errorf("stance lexicon: %w", err)
	}
	for _, k := range t.Order {
		c, ok := parseClass(t.Field(k, 0))
		if !ok {
			return nil, fmt.Errorf("stance lexicon: %q has unknown class %q", k, t.Field(k, 0))
		}
		lx.add(k, c)
	}
	if t, err := lang.Load(code, "stance-stopwords"); err == nil {
		for _, k := range t.Order {
			lx.stop[k] = true
		}
	}
	if err := lx.loadClauses(code); err != nil {
		return nil, err
	}
	if lx.stem, err = lang.Stemmer(code); err != nil {
		return nil, fmt.Errorf("stance lexicon: %w", err)
	}
	if err := lx.loadOpposites(code); err != nil {
		return nil, err
	}
	lx.loadEntities(code)
	return lx, nil
}

// match returns the class and length in words of the longest phrase that
// starts at words[i], or clsNone, 0.
func (lx *lexicon) match(words []string, i int, buf *strings.Builder) (class, int) {
	n := min(lx.longest[words[i]], len(words)-i)
	for ; n > 1; n-- {
		buf.Reset()
		for k := i; k < i+n; k++ {
			if k > i {
				buf.WriteByte(' ')
			}
			buf.WriteString(words[k])
		}
		if c, ok := lx.phrase[buf.String()]; ok {
			return c, n
		}
	}
	if n == 1 {
		if c, ok := lx.phrase[words[i]]; ok {
			return c, 1
		}
	}
	return clsNone, 0
}

// loadEntities reads the entity names of tables aliases and demonyms
// (alias, canonical name); a language without them reads none.
func (lx *lexicon) loadEntities(code string) {
	lx.entity = map[string]string{}
	for _, name := range []string{"aliases", "demonyms"} {
		t, err := lang.Load(code, name)
		if err != nil {
			continue
		}
		for _, k := range t.Order {
			if canon := strings.ToLower(t.Field(k, 0)); canon != "" {
				lx.entity[strings.ToLower(k)] = canon
				lx.entity[canon] = canon
			}
		}
	}
}
