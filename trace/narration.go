package trace

import (
	"context"
	"slices"
	"strings"
	"sync"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/lang"
	"github.com/claimtrail/claimtrail/match"
)

// leadSentences is how many of an article's first sentences may hold its
// own statement of the claim when its title does not.
const leadSentences = 8

// narration returns the outlet's own voice on the claim for each related
// article none of whose statements is traced and whose title or lead
// states the claim: it holds the claim's key name and its predicate
// (stated). The title or sentence that states it is the entry's content,
// spoken by the publication on its publication date, its stance read
// like a statement's: a title "X denies Y" denies Y, "X claims Y" is
// neutral; neither is the outlet asserting Y. An article about the claim
// that states it nowhere in its lead gets no entry (it is still among
// the trace's articles).
func (t *Tracer) narration(claim string, c *match.Claim, key int, related []relatedArticle, traced []claimtrail.TracedStatement) []claimtrail.TracedStatement {
	listed := map[int64]bool{}
	for i := range traced {
		listed[traced[i].ArticleID] = true
	}
	pred := predicate(c)
	verb := t.predicateVerb(c, pred)
	var out []claimtrail.TracedStatement
	for _, ra := range related {
		if listed[ra.ID] {
			continue
		}
		lead, sc, ok := t.lead(c, key, pred, verb, &ra.Article)
		if !ok {
			continue
		}
		out = append(out, t.narrationEntry(claim, &ra, lead, sc, max(sc.Value, ra.relevance)))
	}
	return out
}

// narrationEntry is the outlet's own voice in an article: text, spoken by
// the publication on its publication date, matching value, its stance
// read like a statement's.
func (t *Tracer) narrationEntry(claim string, ra *relatedArticle, text string, sc match.Score, value float64) claimtrail.TracedStatement {
	st := claimtrail.StoredStatement{ArticleID: ra.ID, URL: ra.URL, Source: ra.Source, Title: ra.Title, Published: ra.Published}
	st.Doc, st.Form = ra.Document.ID, claimtrail.FormNarration
	st.Speaker = claimtrail.Speaker{Name: ra.Source, Mention: ra.Source, Type: claimtrail.SpeakerPublication}
	st.Content.Text = text
	s := &scoredStatement{st: &st, Score: match.Score{Value: value, Matched: sc.Matched}}
	ts := claimtrail.TracedStatement{StoredStatement: st, Match: round(value), Matched: sc.Matched}
	ts.Stance, ts.StanceConfidence = t.stanceOf(claim, s)
	ts.StanceConfidence = round(ts.StanceConfidence)
	return ts
}

// lead returns, among the article's title and its first leadSentences
// sentences, the one that best states the claim, with its match; ok is
// false when none does. Best holds the most of the claim's items, then
// has the highest match, then comes first (the title first): a lead
// sentence on the background ("Market leader Nintendo is releasing a
// handheld console") gives way to a later one naming the claim's place
// as well ("the DS will launch in Europe on 11 March"). Among the
// sentences, one that tells of a predicted claim as to come (foretold)
// comes before any that does not, however much more of the claim that
// one holds: "Zorvex launched a ferry in Europe in 2019" is no statement
// that it will launch one. (A title is compared by the claim's items
// alone: a headline's "Zorvex to launch" is its future tense.) For a
// claim that predicts a change of direction (predictsChange) only a
// title or sentence that foretells it states it: "US crude prices surge
// above $53" is the day's news, no statement that oil prices will rise.
//
// A claim whose predicate is a noun after a verb of its own ("Howard will
// call a referendum": predicateVerb) is stated only where the verb is
// matched too: "Howard will not take part in a debate ahead of the
// referendum" names the claim's subject and its noun, not its predicate.
func (t *Tracer) lead(c *match.Claim, key, pred, verb int, a *claimtrail.Article) (string, match.Score, bool) {
	texts := sentences(a.Text)
	texts = texts[:min(len(texts), leadSentences)]
	change := t.predictsChange(c, pred)
	best, bestScore, ok, bestForetold := "", match.Score{}, false, false
	for _, s := range texts {
		sc := t.scoreText(t.scoringClaim(c, a.ID), s)
		if !stated(c, key, pred, sc) || !holds(c, verb, sc) || !sc.SharesClause(c, pred) || t.background(c, s) {
			continue
		}
		foretells := t.foretold(c, s)
		if change && !foretells || ok && (bestForetold && !foretells || bestForetold == foretells && !betterStated(sc, bestScore)) {
			continue
		}
		best, bestScore, ok, bestForetold = s, sc, true, foretells
	}
	if a.Title == "" {
		return best, bestScore, ok
	}
	sc := t.scoreText(t.scoringClaim(c, a.ID), a.Title)
	if !stated(c, key, pred, sc) || !holds(c, verb, sc) || ok && betterStated(bestScore, sc) || !sc.SharesClause(c, pred) || t.background(c, a.Title) ||
		change && !t.foretold(c, a.Title) {
		return best, bestScore, ok
	}
	return a.Title, sc, true
}

// predictsChange reports whether the claim predicts a change of a level
// ("oil prices will rise"; table level-changes): a lead that tells of the
// change without foretelling it ("US crude prices surge above $53", "oil
// prices carried on upwards") reports the day's move, which is the
// background of such a claim, not the outlet stating it, as deep
// narration already holds. A change told as past is background
// everywhere (Tracer.background); a present move is the news of the day.
// An event once come is what an event's claim predicted ("Yukos will be
// sold", "Chelsea will win the Premiership"): only a level's changes
// recur.
func (t *Tracer) predictsChange(c *match.Claim, pred int) bool {
	return c.Predicts() && pred >= 0 && pred < len(c.Items) && c.Directional(pred) &&
		levelChanges(t.opt.Lang)[c.Items[pred].ID]
}

// levelChangeSets holds, per language, the concepts table level-changes
// names.
var levelChangeSets sync.Map

// levelChanges returns the concepts that are a change of a level in
// language code (none if its table cannot be read: then every lead is
// read as before).
func levelChanges(code string) map[string]bool {
	if d, ok := levelChangeSets.Load(code); ok {
		return d.(map[string]bool)
	}
	d := map[string]bool{}
	if t, err := lang.Load(code, "level-changes"); err == nil {
		for w := range t.Rows {
			d[w] = true
		}
	}
	levelChangeSets.Store(code, d)
	return d
}

// foretold reports whether a sentence that states a claim tells of it as
// to come when the claim predicts (match.Foretells), as deep narration
// requires of a sentence past the lead: "Oil prices carried on rising on
// Wednesday" is background to "oil prices will rise", and an article
// whose lead holds only such a sentence may state the claim further on.
func (t *Tracer) foretold(c *match.Claim, s string) bool {
	return !c.Predicts() || t.matcher.Foretells(s)
}

// betterStated reports whether match a states the claim better than b:
// more of the claim's items held, else a higher value.
func betterStated(a, b match.Score) bool {
	if len(a.Matched) != len(b.Matched) {
		return len(a.Matched) > len(b.Matched)
	}
	return a.Value > b.Value
}

// stated reports whether a text's match states the claim: it holds the
// claim's key name (when it has one) and its predicate, as the matcher
// reads them (aliases, synonyms, paraphrase). "Man Utd stroll to Cup win"
// holds neither "Glazer" nor "take over": it is not the outlet saying
// that Glazer will take over the club. A claim with neither a key name
// nor a predicate must match at least half.
func stated(c *match.Claim, key, pred int, sc match.Score) bool {
	if key < 0 && pred < 0 {
		return sc.Value >= 0.5
	}
	return holds(c, key, sc) && holds(c, pred, sc)
}

// holds reports whether a match holds the claim's item i (true for -1:
// no such item).
func holds(c *match.Claim, i int, sc match.Score) bool {
	return i < 0 || slices.Contains(sc.Matched, c.Items[i].Text)
}

// predicateVerb returns the verb before the claim's predicate when the
// predicate is a concept read from a noun and the verb is the first item
// after the auxiliary, no name and no light verb (table light-verbs):
// "Howard will call a referendum" has predicate "referendum" (a concept
// comes before a word) and verb "call", which an own-voice sentence must
// hold too; "Brown will hold an inquiry" has none ("hold" is light: "Brown
// orders an inquiry" states it). A support verb of the noun (table
// support-verbs: "call" an election) is held where the matcher lifts it,
// where the text states the event with the claim's month or complement
// ("the election, expected on 5 May"), not by the noun alone. -1 when
// there is none.
func (t *Tracer) predicateVerb(c *match.Claim, pred int) int {
	if pred < 0 || pred >= len(c.Items) || c.Items[pred].Kind != match.Concept {
		return -1
	}
	first := -1
	for i := range c.Items {
		if c.AfterAuxiliary(i) {
			first = i
			break
		}
	}
	if first < 0 || first >= pred {
		return -1
	}
	it := c.Items[first]
	light := lightVerbs(t.opt.Lang)
	if it.Kind != match.Word || c.Name(first) || light[it.ID] || light[strings.ToLower(it.Text)] {
		return -1
	}
	return first
}

// lightVerbSets holds, per language, the verbs table light-verbs names.
var lightVerbSets sync.Map

// lightVerbs returns the verbs that carry little of a claim's meaning in
// language code (none if its table cannot be read: then every verb before
// a predicate noun is required).
func lightVerbs(code string) map[string]bool {
	if d, ok := lightVerbSets.Load(code); ok {
		return d.(map[string]bool)
	}
	d := map[string]bool{}
	if t, err := lang.Load(code, "light-verbs"); err == nil {
		for w := range t.Rows {
			d[w] = true
		}
	}
	lightVerbSets.Store(code, d)
	return d
}

// predicate returns the claim's predicate item: its first concept after
// its auxiliary ("UK interest rates will rise": rise), else its first
// word there that is no name ("Glazer will take over …": take), a
// support verb never ("Qwest will make an offer": offer, not make); in a
// claim without one, its first concept after its first entity (else its
// first concept; the matcher reads roles against the same one), else its
// first word after the first entity that is no name; -1 when it has none.
func predicate(c *match.Claim) int {
	concept, word := -1, -1
	for i, it := range c.Items {
		if !c.AfterAuxiliary(i) || c.SupportVerb(i) {
			continue
		}
		if it.Kind == match.Concept && concept < 0 {
			concept = i
		}
		if it.Kind == match.Word && word < 0 && !c.Name(i) {
			word = i
		}
	}
	if concept >= 0 {
		return concept
	}
	if word >= 0 {
		return word
	}
	return predicateAfterEntity(c)
}

// predicateAfterEntity is predicate for a claim without an auxiliary.
func predicateAfterEntity(c *match.Claim) int {
	first := slices.IndexFunc(c.Items, func(it match.Item) bool { return it.Kind == match.Entity })
	concept, word := -1, -1
	for i, it := range c.Items {
		if c.SupportVerb(i) {
			continue
		}
		if it.Kind == match.Word && word < 0 && i > first && !c.Name(i) {
			word = i
		}
		if it.Kind != match.Concept {
			continue
		}
		if concept < 0 {
			concept = i
		}
		if first >= 0 && i > first {
			concept = i
			break
		}
	}
	if concept >= 0 {
		return concept
	}
	return word
}

// sentences splits text at a full stop, question or exclamation mark
// followed by a space, or at a line break: enough to pick a lead.
func sentences(text string) []string {
	var out []string
	start := 0
	for i := 0; i < len(text); i++ {
		end := text[i] == '\n' || (strings.IndexByte(".!?", text[i]) >= 0 && i+1 < len(text) && text[i+1] == ' ')
		if end || i == len(text)-1 {
			if s := strings.TrimSpace(text[start : i+1]); s != "" {
				out = append(out, s)
			}
			start = i + 1
		}
	}
	return out
}

// withOwnVoice returns the attributed statements with the outlets' own
// voice on the claim (narration, from the lead or past it), unless the
// options leave it out, and the attributed statements with those that an
// own-voice sentence turned out to report (reportedSpeech).
func (t *Tracer) withOwnVoice(ctx context.Context, claim string, c *match.Claim, key int, sc *scoring, related []relatedArticle,
	attributed []claimtrail.TracedStatement, ac articleCache, limit int, opt claimtrail.TraceOptions) (all, attrib []claimtrail.TracedStatement, err error) {
	if opt.NoNarration || len(related)+len(sc.deep) == 0 {
		return attributed, attributed, nil
	}
	texts := map[int64]string{} // the text each own-voice entry is read from
	for i := range related {
		texts[related[i].ID] = related[i].Text
	}
	narr := t.narration(claim, c, key, related, attributed)
	deep, err := t.deepNarration(ctx, claim, c, sc, related, attributed, narr, texts, ac, opt)
	if err != nil {
		return nil, nil, err
	}
	own, reported, err := t.reportedSpeech(ctx, claim, c, key, append(overtaken(narr, deep), deep...), texts, opt)
	if err != nil {
		return nil, nil, err
	}
	if len(reported) > 0 {
		attributed = withNarration(attributed, reported, limit)
	}
	return withNarration(attributed, own, limit), attributed, nil
}

// overtaken returns the lead entries (narr) but those of the articles
// whose sentence further on states the claim (deep): a lead entry left
// for one (foretold) gives way to it.
func overtaken(narr, deep []claimtrail.TracedStatement) []claimtrail.TracedStatement {
	if len(deep) == 0 {
		return narr
	}
	later := map[int64]bool{}
	for i := range deep {
		later[deep[i].ArticleID] = true
	}
	return slices.DeleteFunc(narr, func(n claimtrail.TracedStatement) bool { return later[n.ArticleID] })
}

// withNarration merges the outlets' own voice into the attributed
// statements, in trace order, at most limit entries.
func withNarration(attributed, narration []claimtrail.TracedStatement, limit int) []claimtrail.TracedStatement {
	out := append(slices.Clip(attributed), narration...)
	slices.SortFunc(out, compareTraced)
	return out[:min(len(out), limit)]
}
