package stance

import (
	"bytes"
	"fmt"
	"strconv"

	"github.com/claimtrail/claimtrail"
)

// Body is what an article says that bears on a claim, read whole: its
// sentences in text order (the title first when it has one), each with
// how well it matches the claim, and the voices of its traced statements.
// An article that reports a claim repeats it; whether it asserts it shows
// in how it frames it: "reportedly", "according to", "claims", a question
// in the lead make it discuss; "hoax", "fake", "debunked" deny.
type Body struct {
	Sentences  []Sentence
	Statements []Voice
}

// Sentence is one sentence of an article and its match to the claim.
type Sentence struct {
	Text  string
	Match float64
	// States: the sentence holds the claim's key name and its predicate
	// (the reader decides, e.g. trace's stated): it states the claim.
	States bool
	// Key: the sentence holds the claim's key name (its rarest: "Glazer"),
	// or the claim has none.
	Key bool
}

// BodySentences bounds the sentences of an article read for its stance:
// the lead frames a story; a long document must not make it costly.
const BodySentences = 40

// Thresholds of the body features: a sentence matching at least
// bodyMatch is about the claim; a statement at least statementMatch.
const (
	bodyMatch      = 0.3
	statementMatch = 0.5
	leadLen        = 2 // the lead: the title and first sentence, or two sentences
)

// OfBody returns an article's stance on a claim, read from its whole
// body with the language's article model (stance/model/<lang>-article.tsv,
// trained by internal/fnc1 on the FNC-1 dev half), with its probability.
// Without an article model it is OfArticle over the statements and the
// matching sentences read as narration.
func (c *Classifier) OfBody(claim string, b Body) (string, float64) {
	if c.article == nil {
		return OfArticle(c.bodyVoices(claim, b))
	}
	p := c.article.Predict(c.BodyFeatures(claim, b))
	best := 0
	for k := 1; k < 3; k++ {
		if p[k] > p[best] {
			best = k
		}
	}
	if best == 0 && !b.asserts() {
		return claimtrail.Neutral, p[2] // it never says so: at most it discusses
	}
	if denied, share := b.mostlyDenied(); best != 1 && denied {
		return claimtrail.Denies, share // the share of its sources that deny
	}
	return stances[best], p[best]
}

// keyMatch: a sentence that holds the claim's key name and matches this
// much of it may state it in words the matcher reads only in part ("Fernandez
// adopted Yail Tawil, her godson"); one without the key name is about
// something else ("Man City 0-2 Man Utd" for a Glazer takeover).
const keyMatch = 0.3

// mostlyDenied reports whether the article's sources on the claim
// (statements that match it at least statementMatch) mostly deny it: at
// least twice as many deny it as assert it, and the share that deny. A
// story of a denial quotes the claim's source too.
func (b *Body) mostlyDenied() (bool, float64) {
	denies, asserts := 0, 0
	for _, v := range b.Statements {
		if v.Match < statementMatch {
			continue
		}
		switch v.Stance {
		case claimtrail.Asserts:
			asserts++
		case claimtrail.Denies:
			denies++
		}
	}
	if denies == 0 || denies < 2*asserts {
		return false, 0
	}
	return true, float64(denies) / float64(denies+asserts)
}

// asserts reports whether the body can assert the claim: a sentence of it
// states the claim (or holds its key name and matches it in part), or a
// traced statement of it asserts it. An article
// about the claim that never states it (a match report that names the
// club of a takeover story) does not assert it, whatever its tone.
func (b *Body) asserts() bool {
	for _, s := range b.Sentences {
		if s.States || s.Key && s.Match >= keyMatch {
			return true
		}
	}
	for _, v := range b.Statements {
		if v.Stance == claimtrail.Asserts {
			return true
		}
	}
	return false
}

// bodyVoices are the statements and the sentences about the claim read
// as narration, for OfArticle.
func (c *Classifier) bodyVoices(claim string, b Body) []Voice {
	out := append([]Voice(nil), b.Statements...)
	for i, s := range b.Sentences {
		if i == BodySentences {
			break
		}
		if s.Match >= bodyMatch {
			st, p := c.Of(claim, s.Text)
			out = append(out, Voice{Stance: st, Confidence: p, Match: s.Match, Narration: true})
		}
	}
	return out
}

// BodyFeatures returns the article model's features for a body: the cue
// phrases of its sentences (all of them, the lead's, and how many of each
// class, in sentences about the claim too), the classifier's reading of
// the lead and of the sentence that matches the claim best, and how its
// matching sentences and statements read. Only closed-class words (the
// stance tables' cues) are features: a body's own words would teach the
// model that body.
func (c *Classifier) BodyFeatures(claim string, b Body) []string {
	f := []string{"bias"}
	t := c.tally(claim, b)
	for k := clsNot; k < nClasses; k++ {
		if t.all[k] > 0 {
			f = append(f, "n"+k.String()+"="+bin(t.all[k]))
		}
		if t.about[k] > 0 {
			f = append(f, "m"+k.String()+"="+bin(t.about[k]))
		}
		if t.lead[k] {
			f = append(f, "lead="+k.String())
		}
	}
	if t.best >= 0 {
		s := b.Sentences[t.best]
		f = c.sentenceFeatures(f, "best", claim, s.Text, c.MarksOf(claim, s.Text))
		f = append(f, "bestm="+strconv.Itoa(int(s.Match*5)))
	}
	if t.first >= 0 {
		s := b.Sentences[t.first]
		f = c.sentenceFeatures(f, "first", claim, s.Text, c.MarksOf(claim, s.Text))
	}
	f = append(f, "at="+position(t.at))
	if t.n > 0 { // the share of sentences hedged or attributed, in quarters
		f = append(f, "hedgeshare="+strconv.Itoa(4*min(t.all[clsHedge]+t.all[clsReport], t.n)/t.n))
	}
	f = c.claimFeatures(f, claim, t.all)
	for k, n := range t.read {
		if n > 0 {
			f = append(f, "ms"+stances[k]+"="+bin(n))
		}
	}
	var said [3]int
	for _, v := range b.Statements {
		if k := StanceIndex(v.Stance); k >= 0 && v.Match >= statementMatch {
			said[k]++
		}
	}
	for k, n := range said {
		if n > 0 {
			f = append(f, "st"+stances[k]+"="+bin(n))
		}
	}
	return f
}

// bodyTally is what a body's sentences add up to: the cue classes of
// all of them, of those about the claim and of the lead; how the
// classifier reads those about the claim; the best-matching sentence,
// the first and the first that states the claim (-1: none).
type bodyTally struct {
	all, about      [nClasses]int
	lead            [nClasses]bool
	read            [3]int
	best, first, at int
	n               int // sentences read
}

func (c *Classifier) tally(claim string, b Body) bodyTally {
	t := bodyTally{best: -1, first: -1, at: -1}
	for i, s := range b.Sentences {
		if i == BodySentences {
			break
		}
		t.n++
		for _, cue := range c.MarksOf(claim, s.Text).Cues {
			k := cueClass(cue)
			t.all[k]++
			t.lead[k] = t.lead[k] || i < leadLen
			if s.Match >= bodyMatch {
				t.about[k]++
			}
		}
		if s.Match >= bodyMatch {
			st, _ := c.Of(claim, s.Text)
			t.read[StanceIndex(st)]++
		}
		if t.at < 0 && s.Match >= statementMatch {
			t.at = i
		}
		if t.best < 0 || s.Match > b.Sentences[t.best].Match {
			t.best = i
		}
		if i == 0 {
			t.first = 0
		}
	}
	return t
}

// sentenceFeatures reads one sentence (the first, the best matching):
// the classifier's stance and the cue classes it holds.
func (c *Classifier) sentenceFeatures(f []string, name, claim, text string, m Marks) []string {
	st, _ := c.Of(claim, text)
	f = append(f, name+"="+st)
	for _, mk := range []struct {
		on   bool
		name string
	}{{m.Deny, "deny"}, {m.False, "false"}, {m.Hedge, "hedge"}, {m.Report, "report"}, {m.Confirm, "confirm"},
		{m.Question, "question"}, {m.NegClaim, "negclaim"}, {m.Opposes, "opposes"}} {
		if mk.on {
			f = append(f, name+"mark="+mk.name)
		}
	}
	return f
}

// position bins the index of the first sentence that states the claim.
func position(i int) string {
	switch {
	case i < 0:
		return "none"
	case i < 2:
		return strconv.Itoa(i)
	case i < 5:
		return "2-4"
	}
	return "5+"
}

// claimFeatures read the claim itself: a claim that calls something a
// hoax, denies or asks is agreed with by a body that says the same, so
// each of its cue classes is crossed with the body's denials.
func (c *Classifier) claimFeatures(f []string, claim string, body [nClasses]int) []string {
	cl := c.analyze(claim)
	bodyDenies := body[clsFalse] > 0 || body[clsDeny] > 0
	for _, k := range []class{clsFalse, clsDeny, clsHedge, clsReport, clsQuestion} {
		if any, _ := cl.has(k); any {
			f = append(f, "claim="+k.String(), "claim="+k.String()+"&bodydenies="+strconv.FormatBool(bodyDenies))
		}
	}
	if cl.mainNot%2 == 1 {
		f = append(f, "claim=not", "claim=not&bodydenies="+strconv.FormatBool(bodyDenies))
	}
	if cl.qEnd {
		f = append(f, "claim=qend")
	}
	return f
}

// cueClass is the class of a Marks cue ("not-hedge:may" → hedge).
func cueClass(cue string) class {
	if len(cue) > 4 && cue[:4] == "not-" {
		cue = cue[4:]
	}
	for k := clsNot; k < nClasses; k++ {
		n := k.String()
		if len(cue) > len(n) && cue[:len(n)] == n && cue[len(n)] == ':' {
			return k
		}
	}
	return clsNone
}

// bin counts 1, 2, 3 and more.
func bin(n int) string { return strconv.Itoa(min(n, 3)) }

// WithArticleModel returns a copy of c that reads bodies with m (nil:
// OfArticle's rule); the training harness uses it to score folds.
func (c *Classifier) WithArticleModel(m *Model) *Classifier {
	d := *c
	d.article = m
	return &d
}

// ArticleModel returns the classifier's article model, or nil.
func (c *Classifier) ArticleModel() *Model { return c.article }

// readArticleModel reads the embedded article model of a language, nil
// when it has none.
func readArticleModel(lang string) (*Model, error) {
	b, err := models.ReadFile("model/" + lang + "-article.tsv")
	if err != nil {
		return nil, nil
	}
	m, err := ReadModel(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("stance article model %s: %w", lang, err)
	}
	return m, nil
}

// StanceOfBody maps an article's stance to the trace's article stance:
// asserts, denies, or discusses (neutral).
func StanceOfBody(s string) string {
	if s == claimtrail.Neutral || s == "" {
		return claimtrail.Discusses
	}
	return s
}
