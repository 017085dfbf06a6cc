package trace

import (
	"context"
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/match"
)

// reportedSpeech sorts the outlets' own-voice entries (own: narration
// from the lead or past it; texts: the text each was read from) into
// those that are the outlet's (kept) and those that are a source's words
// (reported), each given as the statement that reports it (reporting):
// a sentence a statement of its article holds in its content, or that
// goes on with a report in the report's tense. The outlet does not
// assert what it reports a speaker saying, and the reader is owed the
// speaker.
func (t *Tracer) reportedSpeech(ctx context.Context, claim string, c *match.Claim, key int, own []claimtrail.TracedStatement,
	texts map[int64]string, opt claimtrail.TraceOptions) (kept, reported []claimtrail.TracedStatement, err error) {
	var ids []int64
	for i := range own {
		ids = append(ids, own[i].ArticleID)
	}
	if len(ids) == 0 {
		return own, nil, nil
	}
	stmts, err := t.articleStatements(ctx, ids, opt)
	if err != nil {
		return nil, nil, err
	}
	pred := predicate(c)
	for _, n := range own {
		text := texts[n.ArticleID]
		start := strings.Index(text, n.Content.Text)
		if start < 0 { // a title
			kept = append(kept, n)
			continue
		}
		st := t.reporting(c, key, pred, text, start, start+len(n.Content.Text), stmts[n.ArticleID])
		if st == nil {
			kept = append(kept, n)
			continue
		}
		ts := claimtrail.TracedStatement{StoredStatement: *st, Match: n.Match, Matched: n.Matched}
		ts.Stance, ts.StanceConfidence = t.stanceOf(claim, &scoredStatement{st: st, Score: match.Score{Value: n.Match, Matched: n.Matched}})
		ts.StanceConfidence = round(ts.StanceConfidence)
		reported = append(reported, ts)
	}
	return kept, reported, nil
}

// reporting returns the statement of an article (stmts) whose words the
// sentence [start, end) of its text is, nil when it is the outlet's own:
// a statement whose content overlaps the sentence and itself states the
// claim (the sentence's part about the claim is the speaker's: "The DS
// will launch in Europe on 11 March, the company has announced"), else
// the report that ends in the sentence before, in the same paragraph,
// when the sentence is backshifted (match.Backshifted: "He told the
// assembly that the plan had support. A ban would be introduced by
// spring"); that statement is returned with the sentence for its content.
func (t *Tracer) reporting(c *match.Claim, key, pred int, text string, start, end int, stmts []*claimtrail.StoredStatement) *claimtrail.StoredStatement {
	for _, st := range stmts {
		if overlaps(st.Content.Spans, start, end) && stated(c, key, pred, t.scoreText(c, st.Content.Text)) {
			return st
		}
	}
	if !t.matcher.Backshifted(text[start:end]) {
		return nil
	}
	for _, st := range stmts {
		if st.Form != claimtrail.FormIndirect || st.Span.End > start || !reportEndsBefore(text[st.Span.End:start]) {
			continue
		}
		cont := *st
		cont.Content = claimtrail.Content{Text: text[start:end], Spans: []claimtrail.Span{{Start: start, End: end}}}
		return &cont
	}
	return nil
}

// reportEndsBefore reports whether the text between a report's end and
// the next sentence holds nothing but the report's closing punctuation:
// the report ends the sentence before, in the same paragraph.
func reportEndsBefore(between string) bool {
	return strings.Trim(between, " .!\"'\u201d\u2019") == ""
}

// articleStatements returns the stored statements of the articles.
func (t *Tracer) articleStatements(ctx context.Context, ids []int64, opt claimtrail.TraceOptions) (map[int64][]*claimtrail.StoredStatement, error) {
	sts, _, err := t.store.FindStatements(ctx, claimtrail.StatementFilter{ArticleIDs: ids, Latest: true, SkipTotal: true,
		From: opt.From, To: opt.To, Limit: articleStatements})
	if err != nil {
		return nil, err
	}
	out := map[int64][]*claimtrail.StoredStatement{}
	for _, st := range sts {
		out[st.ArticleID] = append(out[st.ArticleID], st)
	}
	return out, nil
}
