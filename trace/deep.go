package trace

import (
	"context"
	"math"
	"slices"
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/match"
)

// deepShare is the least weighted share of the claim a sentence past an
// article's lead must hold to be the outlet stating the claim itself:
// as much as a lead about the claim holds (leadRelated). "Microsoft's
// next version of Windows is due to be released in late 2006", deep in
// an article about something else, says that Microsoft will release a
// new Windows; "Windows users were warned" does not.
const deepShare = leadRelated

// deepSentence is a sentence of an article that states the claim, with
// its byte offsets in the article's text and its match.
type deepSentence struct {
	text       string
	start, end int
	score      match.Score
	share      float64
}

// deepNarration returns the outlet's own voice on the claim from past
// the lead, one entry an article: for the articles that hold the claim
// whose title and lead are about something else (sc.deep), and those
// about it whose lead does not state it (related, with no lead entry,
// or whose lead entry tells of a predicted change only as past:
// foretold), the sentence that states the claim itself best (deepStates,
// bestDeep) and that no statement of the article holds and that holds
// no reporting word of its own (actCues.reports: "…, he claims" is a
// source the extractor did not attribute): the reporter's voice, not a
// source's (unless the claim is that speech act: "Mr Brown dismissed
// claims of a rift"). An article with attributed rows may state the
// claim in its own voice too ("the election is widely expected on 5 May"
// below a minister's quotes). The entry is formed like narration's and is never the
// earliest assertion (trace.earliest reads attributed statements only).
// texts gets the text each entry is read from (the article whole).
func (t *Tracer) deepNarration(ctx context.Context, claim string, c *match.Claim, sc *scoring, related []relatedArticle,
	attributed, narr []claimtrail.TracedStatement, texts map[int64]string, ac articleCache, opt claimtrail.TraceOptions) ([]claimtrail.TracedStatement, error) {
	if sc.cw == nil || sc.cw.flat {
		return nil, nil
	}
	listed := map[int64]bool{}
	for i := range narr {
		// a lead that tells of a predicted change only as past leaves
		// the article to a sentence further on (foretold, withOwnVoice)
		listed[narr[i].ArticleID] = narr[i].Content.Text == narr[i].Title || t.foretold(c, narr[i].Content.Text)
	}
	cands := map[int64][]deepSentence{}
	var arts []*relatedArticle
	var ids []int64
	for _, list := range [][]relatedArticle{related, sc.deep} {
		for i := range list {
			ra := &list[i]
			if listed[ra.ID] {
				continue
			}
			listed[ra.ID] = true
			a, err := t.wholeArticle(ctx, ac, &ra.Article)
			if err != nil {
				return nil, err
			}
			if ds := t.deepSentences(c, sc.cw, a); len(ds) > 0 {
				cands[ra.ID], texts[ra.ID] = ds, a.Text
				arts, ids = append(arts, ra), append(ids, ra.ID)
			}
		}
	}
	if len(ids) == 0 {
		return nil, nil
	}
	spans, err := t.statementSpans(ctx, ids, opt)
	if err != nil {
		return nil, err
	}
	var out []claimtrail.TracedStatement
	for _, ra := range arts {
		ds := slices.DeleteFunc(cands[ra.ID], func(d deepSentence) bool { return !t.act && t.cues.reports(d.text) })
		if ds, ok := bestDeep(ds, spans[ra.ID]); ok {
			out = append(out, t.narrationEntry(claim, ra, ds.text, ds.score, ds.share))
		}
	}
	return out, nil
}

// wholeArticle returns the article with its whole text: the search
// returns the first articleWindow characters of each, and the sentence
// that states the claim may come after them (one in fourteen BBC
// articles is longer). An article read from the store is kept in ac,
// where the trace's article readers find it (duplicates, articles).
func (t *Tracer) wholeArticle(ctx context.Context, ac articleCache, a *claimtrail.Article) (*claimtrail.Article, error) {
	if len(a.Text) < articleWindow {
		return a, nil // a byte is at most a character: the text is whole
	}
	whole, err := t.store.FindArticleByID(ctx, a.ID)
	if claimtrail.ErrorCode(err) == claimtrail.ENOTFOUND {
		return a, nil
	}
	if err != nil {
		return nil, err
	}
	ac.put(a.ID, whole)
	return whole, nil
}

// bestDeep returns the sentence that states the claim best (most of its
// items, then the largest share, then the first) among those no
// statement holds; ok is false when there is none.
func bestDeep(cands []deepSentence, spans []claimtrail.Span) (deepSentence, bool) {
	var best deepSentence
	ok := false
	for _, ds := range cands {
		if overlaps(spans, ds.start, ds.end) {
			continue
		}
		if ok && (len(ds.score.Matched) < len(best.score.Matched) ||
			len(ds.score.Matched) == len(best.score.Matched) && ds.share <= best.share) {
			continue
		}
		best, ok = ds, true
	}
	return best, ok
}

// deepSentences returns the sentences of the article's text that state
// the claim (deepStates), in text order, with their offsets; a sentence
// the gate turns away (deepGate, built once a trace) is not scored. A sentence
// whose clause names the claim's key name by a pronoun (namedBefore)
// states it when the article's title or lead names it. A sentence of a
// paragraph in the first person (firstPerson) is not the reporter's.
func (t *Tracer) deepSentences(c *match.Claim, cw *claimWeights, a *claimtrail.Article) []deepSentence {
	pred := predicate(c)
	verb := t.predicateVerb(c, pred)
	gate := t.scores.gate(c, cw.key, pred)
	text := a.Text
	leadNames := -1 // unknown until a sentence asks
	var out []deepSentence
	at := 0
	for _, s := range sentences(text) {
		start := strings.Index(text[at:], s)
		if start < 0 {
			continue
		}
		start += at
		at = start + len(s)
		if strings.HasSuffix(s, "?") || !gate.Admits(s) {
			continue // asks, states nothing; or cannot state the claim
		}
		sc := t.scoreText(t.scoringClaim(c, a.ID), s)
		keyless := !stated(c, cw.key, pred, sc)
		if len(sc.Strengths) != len(cw.w) || !holds(c, verb, sc) || keyless && !predicateOnly(c, cw.key, pred, sc) ||
			!sc.SharesClause(c, pred) || !t.deepStates(c, pred, s, sc) {
			continue
		}
		strengths := sc.Strengths
		if keyless {
			if !t.namedBefore(c, cw.key, pred, sc, a, &leadNames) {
				continue
			}
			strengths = slices.Clone(strengths)
			strengths[cw.key] = 1
			sc.Matched = append(slices.Clip(sc.Matched), c.Items[cw.key].Text)
		}
		if share := cw.share(strengths); share >= deepShare && !t.background(c, s) && !t.firstPerson(text, start, at) {
			out = append(out, deepSentence{text: s, start: start, end: at, score: sc, share: share})
		}
	}
	return out
}

// deepGate returns the cheap test a sentence past the lead passes before
// it is scored (match.Gate): deepSentences takes none that does not hold
// the claim's predicate at deepPredicate (deepStates) or, in a claim
// without a predicate, its key name at any strength (stated: its text
// among the matched); nil, admitting every sentence, when the claim has
// neither. Most sentences of an article hold neither, and the gate reads
// their words without reading them into items: a tenth of a trace's CPU
// went to scoring them.
func deepGate(c *match.Claim, key, pred int) *match.Gate {
	if pred >= 0 {
		return c.Gate(deepPredicate, pred)
	}
	if key < 0 {
		return nil
	}
	var same []int // the items matched under the key's text
	for i, it := range c.Items {
		if it.Text == c.Items[key].Text {
			same = append(same, i)
		}
	}
	return c.Gate(math.SmallestNonzeroFloat64, same...)
}

// firstPerson reports whether the paragraph of text that holds [start,
// end) speaks in the first person outside quotation marks ("I know this
// increase will cause hardship", "I believe classics should be left
// alone, and …"): a reader's comment below the story, or a speaker's
// words the extractor did not attribute; a reporter writes neither "I"
// nor "we" in their own voice.
func (t *Tracer) firstPerson(text string, start, end int) bool {
	from := strings.LastIndexByte(text[:start], '\n') + 1
	to := strings.IndexByte(text[end:], '\n')
	if to < 0 {
		to = len(text)
	} else {
		to += end
	}
	var own strings.Builder
	for i, part := range strings.Split(text[from:to], "\"") {
		if i%2 == 0 { // outside the marks
			own.WriteString(part)
			own.WriteByte(' ')
		}
	}
	return t.matcher.Analyze(own.String()).FirstPerson
}

// predicateOnly reports a match that holds the claim's predicate but
// not its key name: the key may be named before (namedBefore).
func predicateOnly(c *match.Claim, key, pred int, sc match.Score) bool {
	return key >= 0 && pred >= 0 && slices.Contains(sc.Matched, c.Items[pred].Text) && !slices.Contains(sc.Matched, c.Items[key].Text)
}

// namedBefore reports whether a sentence that holds the claim's
// predicate but not its key name names the key by a pronoun in the
// predicate's clause (match.Score.NamedBefore: "If elected, his party
// would cut taxes") in an article whose title or lead names the key
// (leadNames caches the answer: -1 unknown, 0 no, 1 yes).
func (t *Tracer) namedBefore(c *match.Claim, key, pred int, sc match.Score, a *claimtrail.Article, leadNames *int) bool {
	if !sc.NamedBefore(c, pred, key) {
		return false
	}
	if *leadNames < 0 {
		*leadNames = 0
		texts := sentences(a.Text)
		texts = append([]string{a.Title}, texts[:min(len(texts), leadSentences)]...)
		for _, s := range texts {
			if slices.Contains(t.scoreText(c, s).Matched, c.Items[key].Text) {
				*leadNames = 1
				break
			}
		}
	}
	return *leadNames == 1
}

// statementSpans returns the spans of the stored statements of the
// articles.
func (t *Tracer) statementSpans(ctx context.Context, ids []int64, opt claimtrail.TraceOptions) (map[int64][]claimtrail.Span, error) {
	sts, err := t.articleStatements(ctx, ids, opt)
	if err != nil {
		return nil, err
	}
	out := map[int64][]claimtrail.Span{}
	for id, list := range sts {
		for _, st := range list {
			out[id] = append(out[id], st.Span)
		}
	}
	return out, nil
}

// overlaps reports whether [start, end) shares a byte with a span.
func overlaps(spans []claimtrail.Span, start, end int) bool {
	for _, sp := range spans {
		if sp.Start < end && start < sp.End {
			return true
		}
	}
	return false
}

// deepPredicate is the least strength of the claim's predicate in a
// sentence past the lead that states the claim: the predicate itself, a
// narrower one or its opposite, told as to come of the claim's own
// arguments (SharesClause, deepStates): "analysts forecast that the Bank
// will raise rates" denies that it will cut them. Not a broader one, nor
// a past opposite ("a fall in the price of oil" is background).
const deepPredicate = 0.8

// deepStates reports whether a sentence past an article's lead that
// holds the claim's key name and predicate states the claim itself: the
// predicate as the claim's own (deepPredicate), and, for a claim that
// predicts, told as to come (match.Foretells): "the launch of the
// adapter" or "rises in oil prices over the past year" predict nothing.
func (t *Tracer) deepStates(c *match.Claim, pred int, s string, sc match.Score) bool {
	if pred >= 0 && sc.Strengths[pred] < deepPredicate {
		return false
	}
	return !c.Predicts() || t.matcher.Foretells(s)
}
