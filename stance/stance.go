// Package stance reads the stance of a text (a headline, or the content of
// an extracted statement) toward a claim: it asserts the claim, denies it,
// or reports and discusses it without taking a side (neutral).
//
// Two layers work together. Rules read the language's data tables
// (lang/data/<iso>/cues, negations, hedges, stance-lexicon): denial verbs
// and falsity words deny, a negation whose scope reaches the claim's words
// denies (unless it sits in a subordinate clause), questions, hedges and
// attributions ("says", "…: source") are neutral, the rest asserts. A
// stance word the claim itself contains is read as content, not stance. A small
// multinomial logistic regression, trained on the Emergent headlines by
// this repository's own code (see stance/emergent) and embedded, weighs
// the rules' verdict together with cue positions, claim–text overlap and
// the text's words. A language without a model uses the rules alone.
package stance

import (
	"bytes"
	"embed"
	"fmt"
	"strconv"
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/internal/memo"
)

//go:embed model
var models embed.FS

// Classifier reads stances for one language. It is safe for concurrent use.
type Classifier struct {
	lang  string
	lex   *lexicon
	model *Model // nil: rules only
	// article reads an article's whole body (OfBody); nil: OfArticle.
	article *Model
	opp     *memo.Cache[string, opposed] // a claim's opposites
}

// New returns a stance classifier for a language ("en"), with the embedded
// model of that language when there is one.
func New(lang string) (*Classifier, error) {
	lx, err := loadLexicon(lang)
	if err != nil {
		return nil, err
	}
	c := &Classifier{lang: lang, lex: lx, opp: memo.New[string, opposed](oppositesCacheSize)}
	if b, err := models.ReadFile("model/" + lang + ".tsv"); err == nil {
		m, err := ReadModel(bytes.NewReader(b))
		if err != nil {
			return nil, fmt.Errorf("stance model %s: %w", lang, err)
		}
		c.model = m
	}
	if c.article, err = readArticleModel(lang); err != nil {
		return nil, err
	}
	return c, nil
}

// WithModel returns a copy of c that uses m (nil: rules only); the
// evaluation uses it to score models trained on other folds.
func (c *Classifier) WithModel(m *Model) *Classifier {
	d := *c
	d.model = m
	return &d
}

// Model returns the classifier's model, or nil when it uses rules only.
func (c *Classifier) Model() *Model { return c.model }

// Of returns the stance of text toward claim: claimtrail.Asserts,
// claimtrail.Denies or claimtrail.Neutral, with a confidence in [0,1].
func (c *Classifier) Of(claim, text string) (string, float64) {
	cl, tx := c.pair(claim, text)
	if len(tx.words) == 0 {
		return claimtrail.Neutral, 1
	}
	return c.of(cl, tx)
}

// of is Of over a read claim and text.
func (c *Classifier) of(cl, tx *markedText) (string, float64) {
	if c.model == nil || c.opposes(cl, tx) != 0 || tx.echoesDenial || tx.withdrawn || c.pastChange(cl, tx) {
		// Emergent holds too few opposites ("rates will fall"), denials
		// of a claim that is a denial and withdrawals from a deal to
		// teach the model them: the rules read them
		return c.rules(cl, tx)
	}
	p := c.model.Predict(c.features(cl, tx))
	best := 0
	for k := 1; k < 3; k++ {
		if p[k] > p[best] {
			best = k
		}
	}
	if stances[best] == claimtrail.Denies && !c.denialGrounds(cl, tx) {
		// the model weighs any negation; one that reaches none of the
		// claim's words, in a text with no denial word, denies nothing
		return c.rules(cl, tx)
	}
	return stances[best], p[best]
}

// denialGrounds reports whether tx holds what denies a claim: a denial
// or falsity word, the opposite of its change, or a negation that
// reaches its words.
func (c *Classifier) denialGrounds(cl, tx *markedText) bool {
	_, deny := tx.has(clsDeny)
	_, falsy := tx.has(clsFalse)
	return deny || falsy || c.opposes(cl, tx) == 1 || c.negHitsClaim(cl, tx)
}

// Rules is Of by the rules alone, without the learned model.
func (c *Classifier) Rules(claim, text string) (string, float64) {
	cl, tx := c.pair(claim, text)
	if len(tx.words) == 0 {
		return claimtrail.Neutral, 1
	}
	return c.rules(cl, tx)
}

// Features returns the model's features for (claim, text), for training.
func (c *Classifier) Features(claim, text string) []string {
	return c.features(c.pair(claim, text))
}

// OfStatement is Of for an extracted statement. It reads the statement's
// content toward the claim as its speaker's words, so the holder of the
// stance is the speaker, not the outlet reporting it. A denial cue
// ("denied", "rejected", "dismissed … as baseless") makes the statement
// deny the claim its content states; content that itself negates the
// claim under a denial cue ("denied it had not paid") asserts it. A hedge
// lowers the confidence of a side but does not hide it: "X reportedly
// said Y" still has X assert Y. Without content text, Polarity decides.
func (c *Classifier) OfStatement(claim string, st *claimtrail.Statement) (string, float64) {
	s, p, _ := c.OfStatementSettled(claim, st)
	return s, p
}

// OfStatementSettled is OfStatement that also tells whether the
// statement's form settles its stance as neutral, whatever its polarity:
// it asks rather than says — a question cue ("asked", "wondered") or
// content that opens an embedded question ("whether the harbour would
// reopen"): asking whether X neither asserts nor denies X — or it names
// the change a claim predicts only as past ("held back by recent interest
// rate rises" for "rates will rise"), or, toward a claim that predicts,
// no clause of it looks ahead (predictionFrame: a past or current move,
// advice, a call or a fight), or it denies the claim's opposite. It is
// settled too, whatever its stance, when what it negates or opposes is
// said of another subject than the claim's ("Labour will not cut taxes,
// but a Tory government would" for "The Tories will cut taxes"): the
// statement's polarity is that subject's, not the claim's.
func (c *Classifier) OfStatementSettled(claim string, st *claimtrail.Statement) (string, float64, bool) {
	if st == nil {
		return claimtrail.Neutral, 1, false
	}
	denyCue := c.lex.phrase[lower(st.Cue.Lemma)] == clsDeny || c.lex.phrase[lower(st.Cue.Text)] == clsDeny
	if st.Content.Text == "" {
		if st.Polarity == claimtrail.Deny || denyCue {
			return claimtrail.Denies, 0.6, false
		}
		return claimtrail.Neutral, 0.5, false
	}
	cl, tx := c.pair(claim, st.Content.Text)
	if !denyCue {
		tx.openName = st.Form == claimtrail.FormIndirect
		if rest, ok := c.aboutOthers(cl, tx); ok {
			// "Labour will not cut taxes, but a Tory government would"
			if cl, tx = c.pair(claim, rest); !c.holdsClaim(cl, tx) {
				return claimtrail.Neutral, 0.7, true
			}
			// a negation extraction read is the other subject's: its
			// deny polarity must not overrule the stance read here
			s, p, settled := c.readStatement(cl, tx, st, false)
			return s, p, settled || st.Polarity == claimtrail.Deny
		}
	}
	return c.readStatement(cl, tx, st, denyCue)
}

// readStatement is OfStatementSettled over a statement's read claim and
// content.
func (c *Classifier) readStatement(cl, tx *markedText, st *claimtrail.Statement, denyCue bool) (string, float64, bool) {
	// a statement runs to clauses, a headline is mostly one
	unscoped := c.unscopeModals(cl, tx)
	claimNeg := cl.mainNot%2 == 1
	if !denyCue && (c.asks(st, tx.words) || c.callCue(st) || c.pastChange(cl, tx) || c.calledFor(cl, tx) || c.steadyOnly(cl, tx) || c.refusesDenial(st, tx) || c.onlyOffered(cl, tx) || c.asideOnly(cl, tx) || c.notKnown(cl, tx)) {
		return claimtrail.Neutral, 0.7, true
	}
	if expected, only := c.expectedOnly(cl, tx); expected && (!denyCue || only) {
		// "ahead of an expected spring referendum": the event is taken as
		// coming, by a speaker who denies something else of it too
		return claimtrail.Asserts, 0.6, true
	}
	if !denyCue && !c.forwardCue(st.Cue.Text, st.Cue.Lemma) {
		read, settled := c.predictionFrame(cl, tx)
		if settled {
			return claimtrail.Neutral, 0.7, true
		}
		if read != nil && read != tx {
			// the clauses kept are read again: their hedges too
			tx, unscoped = read, c.unscopeModals(cl, read) || unscoped
		}
	}
	if denyCue {
		// the content is what is denied: only a negation inside it that
		// reaches the claim turns the denial into an assertion; denying
		// the opposite ("rejected the idea that he was unaware") does
		// not deny the claim, nor assert it
		if c.opposes(cl, tx) == 1 {
			return claimtrail.Neutral, 0.6, true
		}
		if c.negHitsClaim(cl, tx) != claimNeg {
			return claimtrail.Asserts, 0.7, false
		}
		return claimtrail.Denies, 0.8, false
	}
	// the model learnt headlines, where "likely" reports others' views,
	// and weighs a hedge's word wherever it stands: a speaker's own hedge
	// of probability or of the predicted change, or a hedge of another
	// clause, is read by the rules
	if c.opposes(cl, tx) == -1 {
		if c.deniesComplement(cl, tx) {
			// "I cannot see them losing the title": one of the two comes
			return claimtrail.Asserts, 0.7, true
		}
		// "pledged not to increase income tax" says nothing of cuts,
		// whatever polarity its negation gave the statement
		return claimtrail.Neutral, 0.6, true
	}
	s, p := claimtrail.Neutral, 1.0
	own := c.asOwnWords(tx)
	own = c.hedgedPrediction(cl, tx) || own
	own = c.ownBelief(tx) || c.hedgedDuration(cl, tx) || own
	if len(tx.words) > 0 && (c.model == nil || own || unscoped) {
		c.unscopeSentences(cl, tx)
		s, p = c.rules(cl, tx)
	} else if len(tx.words) > 0 {
		s, p = c.of(cl, tx)
	}
	if st.Hedged && s != claimtrail.Neutral {
		p *= 0.8
	}
	return s, p, false
}

// callCue reports whether the statement's cue is a call ("urged him to
// apologise", "demanded that …", "called for"): what is called for is
// wished, not said to be so or to come, whatever the content says.
func (c *Classifier) callCue(st *claimtrail.Statement) bool {
	if c.lex.clause[lower(st.Cue.Lemma)]&callMark != 0 {
		return true
	}
	for w := range strings.FieldsSeq(lower(st.Cue.Text)) {
		if c.lex.clause[w]&callMark != 0 {
			return true
		}
	}
	return false
}

// refusesDenial reports a refusal whose content opens with a denial
// ("refused to rule out tax rises", "declined to deny"): a denial
// refused leaves the claim open, it neither asserts nor denies it.
func (c *Classifier) refusesDenial(st *claimtrail.Statement, tx *markedText) bool {
	if !c.lex.refusals[lower(st.Cue.Lemma)] && !c.lex.refusals[lower(st.Cue.Text)] {
		return false
	}
	for i := 0; i < len(tx.words) && i < 3; i++ {
		if tx.cls[i] == clsDeny {
			return true
		}
	}
	return false
}

// asks reports whether a statement with content words asks (see
// OfStatementSettled).
func (c *Classifier) asks(st *claimtrail.Statement, words []string) bool {
	if c.lex.phrase[lower(st.Cue.Lemma)] == clsQuestion || c.lex.phrase[lower(st.Cue.Text)] == clsQuestion {
		return true
	}
	return len(words) > 0 && c.lex.clause[words[0]]&questionOpener != 0
}

// DenialCue reports whether a statement's cue is one of the language's
// denial verbs ("denied", "rejected"): the reason, besides negated
// content, that extraction gives a statement polarity deny. Extraction
// records that reason itself (Statement.PolarityBy); the tracer asks this
// only of a statement stored before that field, until claimtrail
// reextract reads it again. OfStatement's own reading of a denial is
// broader (it also takes "denial", "casts doubt").
func (c *Classifier) DenialCue(st *claimtrail.Statement) bool {
	return c.lex.denyLemmas[strings.ToLower(st.Cue.Lemma)]
}

// NegationReaches reports whether a negation in text bears on the claim:
// its scope reaches the claim's words, or it stands outside subordinate
// clauses in a sentence that holds one of them ("Iran did not support any
// of the parties … either to Russia"). A negation elsewhere — in another
// sentence ("… going up. We are not out of the woods."), a subordinate
// clause, a relative clause set off by commas — does not: the tracer asks
// before it lets extraction's deny polarity overrule an assertion.
func (c *Classifier) NegationReaches(claim, text string) bool {
	cl, tx := c.pair(claim, text)
	if rest, ok := c.aboutOthers(cl, tx); ok {
		cl, tx = c.pair(claim, rest) // "Labour will not …, but a Tory government would"
	}
	if c.negHitsClaim(cl, tx) {
		return true
	}
	cs := c.claimStems(cl)
	negated, shares := false, false
	for i, w := range tx.words {
		if tx.punct[i] && c.lex.clause[w]&sentenceEnd != 0 {
			negated, shares = false, false
			continue
		}
		negated = negated || tx.cls[i] == clsNot && !tx.inSub[i] && !tx.bounded[i] && !c.cancelled(tx, i) && !c.negatesElse(cl, tx, i, cs)
		shares = shares || cs[tx.stems[i]]
		if negated && shares {
			return true
		}
	}
	return false
}

// negatesElse reports a negation at word i that bears on something else
// than the claim, though its sentence holds the claim's words: its
// clause's subject is another name ("Labour will not …, but a Tory
// government would"), it is a contrastive "not" after a comma ("…, not
// Y") that reaches none of them, or it follows them all beyond a clause
// end ("rates are going up, and we are not out of the woods").
func (c *Classifier) negatesElse(cl, tx *markedText, i int, claimWords map[string]bool) bool {
	if c.namedSubject(cl) && !c.titleCase(tx) && c.otherSubject(tx, i, claimWords) {
		return true
	}
	from, to := i, i
	for from > 0 && !c.endsClause(tx, from-1) {
		from--
	}
	for to < len(tx.words) && !c.endsClause(tx, to) {
		to++
	}
	if tx.holdsAny(clause{from, to}, claimWords) {
		return false
	}
	if from > 0 && tx.words[from-1] == "," && from == i {
		return true // "…, not Y": Y holds none of the claim's words
	}
	for k := to; k < len(tx.words) && !(tx.punct[k] && c.lex.clause[tx.words[k]]&sentenceEnd != 0); k++ {
		if claimWords[tx.stems[k]] && !tx.punct[k] {
			return false
		}
	}
	return true
}

// pair analyses claim and text together. A stance word the claim itself
// contains is part of what is claimed, not a stance toward it: for the
// claim "A priest claims God is female", "Priest claims God is female"
// asserts it, and "X denies Y" asserts the claim "X denied Y". So does
// any denial word for a claim that is itself a denial: "Blair dismisses
// report" asserts "Blair denied the report".
func (c *Classifier) pair(claim, text string) (cl, tx *markedText) {
	cl, tx = c.analyze(claim), c.withoutNegatedRelatives(c.analyze(text))
	c.markWithdrawals(cl, tx)
	c.endAtComplements(cl, tx)
	in := make(map[string]bool, len(cl.stems))
	for _, s := range cl.stems {
		in[s] = true
	}
	_, reported := cl.has(clsReport)
	_, denied := cl.has(clsDeny)
	if _, d := tx.has(clsDeny); denied && d {
		reported = true // "dismisses quit claim report": what is denied is a report
		tx.echoesDenial = true
	}
	for i, k := range tx.cls {
		if k == clsReport && reported || k == clsDeny && denied {
			tx.cls[i] = clsNone // the claim is that someone says so, or denies
			continue
		}
		switch k {
		case clsDeny, clsFalse, clsHedge, clsReport, clsConfirm:
			shared := true
			for j := i; j < i+tx.plen[i]; j++ {
				shared = shared && in[tx.stems[j]]
			}
			if shared {
				tx.cls[i] = clsNone
			}
		}
	}
	return cl, tx
}

// negHitsClaim reports whether a negation in tx reaches one of the claim's
// content words, or, when the two share no words, whether tx is negated.
func (c *Classifier) negHitsClaim(cl, tx *markedText) bool {
	if tx.nNot == 0 {
		return false
	}
	cs := c.claimStems(cl)
	shared := false
	for i, s := range tx.stems {
		if tx.cls[i] == clsNot && i < 6 && !tx.inRel[i] && !tx.bounded[i] {
			return true // a negation in the main clause of a headline
		}
		if !cs[s] {
			continue
		}
		shared = true
		if tx.negated[i] {
			return true
		}
	}
	return !shared
}

// claimStems is the set of the claim's content-word stems.
func (c *Classifier) claimStems(cl *markedText) map[string]bool {
	m := make(map[string]bool, len(cl.stems))
	for i, s := range cl.stems {
		if !cl.punct[i] && !c.lex.stop[cl.words[i]] && cl.cls[i] == clsNone {
			m[s] = true
		}
	}
	return m
}

// rules is the hand-written verdict, used alone and as a model feature.
func (c *Classifier) rules(cl, tx *markedText) (string, float64) {
	// a negated claim ("X did not pay") is still what a denial word
	// rejects; its negation only cancels a negation in the text
	claimNeg := cl.mainNot%2 == 1
	_, deny := tx.has(clsDeny)
	_, falsy := tx.has(clsFalse)
	if deny || falsy {
		return claimtrail.Denies, 0.8
	}
	_, q := tx.has(clsQuestion)
	if tx.qEnd || q {
		return claimtrail.Neutral, 0.7
	}
	if c.pastChange(cl, tx) {
		return claimtrail.Neutral, 0.7 // "recent rate rises" for "rates will rise"
	}
	switch c.opposes(cl, tx) {
	case 1: // "rates will fall" against "rates will rise"
		if claimNeg {
			return claimtrail.Asserts, 0.55
		}
		return claimtrail.Denies, 0.6
	case -1: // "rates will not fall" does not say they will rise
		return claimtrail.Neutral, 0.5
	}
	if c.negHitsClaim(cl, tx) {
		if claimNeg {
			return claimtrail.Asserts, 0.6
		}
		return claimtrail.Denies, 0.65
	}
	if _, h := tx.has(clsHedge); h {
		return claimtrail.Neutral, 0.6
	}
	if tx.colon >= 2 && tx.colon >= len(tx.words)-4 {
		return claimtrail.Neutral, 0.55 // "…: analyst", "…: report" attributes what precedes
	}
	if _, r := tx.has(clsReport); r {
		if _, conf := tx.has(clsConfirm); !conf {
			return claimtrail.Neutral, 0.55
		}
	}
	return claimtrail.Asserts, 0.6
}

// features are the model's inputs: the rules' verdict, each class present
// (plain, negated, early), question and attribution marks, how much of the
// claim the text repeats, and the text's stems and stem bigrams.
func (c *Classifier) features(cl, tx *markedText) []string {
	f := make([]string, 0, 16+3*len(tx.words))
	r, _ := c.rules(cl, tx)
	f = append(f, "bias", "rule="+r)
	f = classFeatures(f, tx)
	if tx.qEnd {
		f = append(f, "q=end")
	} else if tx.qAny {
		f = append(f, "q=in")
	}
	if tx.colon >= 0 && tx.colon < 5 {
		f = append(f, "colon=early")
	} else if tx.colon >= 0 && tx.colon >= len(tx.words)-4 {
		f = append(f, "colon=late") // "…: Analyst" attributes what precedes
	}
	f = append(f, numbers(cl, tx))
	if cl.mainNot%2 == 1 {
		f = append(f, "claim=neg")
	}
	if c.negHitsClaim(cl, tx) {
		f = append(f, "neg=claim")
	}
	switch c.opposes(cl, tx) {
	case 1:
		f = append(f, "opp=plain")
	case -1:
		f = append(f, "opp=neg")
	}
	cs := c.claimStems(cl)
	seen := map[string]bool{}
	for _, s := range tx.stems {
		if cs[s] && !seen[s] {
			seen[s] = true
		}
	}
	if len(cs) > 0 {
		f = append(f, "ov="+strconv.Itoa(4*len(seen)/len(cs)))
	}
	return c.wordFeatures(f, tx, cs)
}

// classFeatures appends, for each class present in tx, whether a phrase
// of it stands plain or only negated, and whether one comes early or late.
func classFeatures(f []string, tx *markedText) []string {
	if tx.nNot == 0 && tx.first(clsNot) >= 0 {
		f = append(f, "has=clausenot") // negations only in relative or subordinate clauses
	}
	for k := clsNot; k < nClasses; k++ {
		anyK, plain := tx.has(k)
		if !anyK || k == clsNot && tx.nNot == 0 {
			continue
		}
		name := k.String()
		if plain {
			f = append(f, "has="+name)
		} else {
			f = append(f, "neg="+name)
		}
		if i := tx.first(k); i >= 0 && i < 4 {
			f = append(f, "early="+name)
		}
		if tx.last(k) >= len(tx.words)-3 {
			f = append(f, "late="+name)
		}
	}
	return f
}

// wordFeatures appends the text's stems, stem bigrams (punctuation other
// than ? ! : breaks them) and the content stems the claim lacks.
func (c *Classifier) wordFeatures(f []string, tx *markedText, claimStems map[string]bool) []string {
	prev := "<s>"
	for i, s := range tx.stems {
		if tx.punct[i] && s != "?" && s != "!" && s != ":" {
			prev = "<p>"
			continue
		}
		f = append(f, "w="+s, "b="+prev+"_"+s)
		if !claimStems[s] && !tx.punct[i] && !c.lex.stop[tx.words[i]] {
			f = append(f, "nw="+s)
		}
		prev = s
	}
	return f
}

// numbers compares the figures of claim and text: a rumoured price or date
// that the text gives differently is rarely asserted.
func numbers(cl, tx *markedText) string {
	cn := map[string]bool{}
	for i, w := range cl.words {
		if isNumber(w) && !cl.punct[i] {
			cn[w] = true
		}
	}
	tn, shared := 0, 0
	for i, w := range tx.words {
		if isNumber(w) && !tx.punct[i] {
			tn++
			if cn[w] {
				shared++
			}
		}
	}
	switch {
	case tn == 0:
		return "num=none"
	case shared > 0:
		return "num=same"
	case len(cn) > 0:
		return "num=diff"
	}
	return "num=text"
}

func isNumber(w string) bool {
	return w != "" && w[0] >= '0' && w[0] <= '9'
}
