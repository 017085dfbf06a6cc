package trace

import (
	"context"
	"slices"
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/match"
	"github.com/claimtrail/claimtrail/segment"
	"github.com/claimtrail/claimtrail/stance"
	"github.com/claimtrail/claimtrail/token"
)

// Each article of a trace is read whole once for its stance, within
// bounds: bodyWindow bytes of its text, and bodyArticles articles a trace
// (past them an article's stance is its statements' alone).
const (
	bodyWindow   = 20_000
	bodyArticles = 200
)

// BodyReader reads an article for its stance on a claim: its title and
// sentences, each scored against the claim, and its traced statements.
// The tracer and the FNC-1 training harness read articles with it, so
// that the article model sees at training what it sees in a trace.
type BodyReader struct {
	matcher *match.Matcher
	seg     *segment.Segmenter
	tok     *token.Tokenizer
	scores  *textScores // a trace's memo, when a tracer reads
}

// NewBodyReader returns a BodyReader for a language ("en") that scores
// sentences with m.
func NewBodyReader(lang string, m *match.Matcher) (*BodyReader, error) {
	seg, err := segment.New(lang)
	if err != nil {
		return nil, err
	}
	return &BodyReader{matcher: m, seg: seg, tok: token.New(seg.Abbrev())}, nil
}

// Read returns the body of an article: its title (unless its text starts
// with it) and its first stance.BodySentences sentences, each with its
// match to the claim and whether it states it (stated: it holds the
// claim's key name, -1 for none, and predicate), and its statements'
// voices. A sentence the trace's gate turns away (textScores.admits) is
// not scored: it matches nothing of the claim.
func (r *BodyReader) Read(c *match.Claim, key int, title, text string, statements []stance.Voice) stance.Body {
	b := stance.Body{Statements: statements}
	pred := predicate(c)
	sentence := func(s string) stance.Sentence {
		var sc match.Score // matches nothing of the claim: value 0, nothing matched
		if r.scores.admits(c, s) {
			sc = r.scores.score(r.matcher, c, s)
		}
		return stance.Sentence{Text: s, Match: sc.Value, States: stated(c, key, pred, sc), Key: key < 0 || slices.Contains(sc.Matched, c.Items[key].Text)}
	}
	text = window(text, bodyWindow)
	if title = strings.TrimSpace(title); title != "" && !strings.HasPrefix(strings.TrimSpace(text), title) {
		b.Sentences = append(b.Sentences, sentence(title))
	}
	toks := r.tok.Tokenize(nil, text)
	for _, s := range r.seg.Split(nil, text, toks) {
		if len(b.Sentences) == stance.BodySentences {
			break
		}
		sx := strings.TrimSpace(text[s.Start:s.End])
		if sx == "" {
			continue
		}
		b.Sentences = append(b.Sentences, sentence(sx))
	}
	return b
}

// articles lists the articles of a trace's entries, in the order their
// first entry appears, then the other articles about the claim (related:
// those whose lead does not state it have no entry; those whose lead
// does not name its predicate are not listed, discussed), then the duplicates
// of listed articles (dups, each with DuplicateOf set; dup maps each to
// the article it repeats, whose statements it shares), each with its
// stance on the claim read from its whole body (stance.OfBody): its
// sentences in the outlet's own voice and its traced statements.
// narrated: the trace lists the outlets' own voice (agreeWithEntries).
func (t *Tracer) articles(ctx context.Context, claim string, c *match.Claim, key int, sts []claimtrail.TracedStatement,
	related []relatedArticle, dups []claimtrail.TracedArticle, dup map[int64]int64, ac articleCache, narrated bool) ([]claimtrail.TracedArticle, error) {
	related, dups = t.discussed(c, sts, related, dups, dup)
	out, voices := articleEntries(sts, related, dups)
	narration := narrationEntries(sts)
	for _, d := range dups {
		voices[d.ArticleID] = voices[dup[d.ArticleID]] // the same text says the same
		if n, ok := narration[dup[d.ArticleID]]; ok {
			narration[d.ArticleID] = n
		}
	}
	texts, err := fetchBodies(ctx, t.store, out, ac)
	if err != nil {
		return nil, err
	}
	stances := make([]articleStance, len(out))
	inParallel(len(out), func(i int) {
		body := stance.Body{Statements: voices[out[i].ArticleID]}
		if ca := texts[i]; ca != nil {
			body = t.bodies.Read(c, key, ca.title, ca.text, body.Statements)
		}
		st, p := t.stance.OfBody(claim, body)
		stances[i] = articleStance{stance.StanceOfBody(st), round(p)}
	})
	for i := range out {
		a := &out[i]
		a.Stance, a.StanceConfidence = agreeWithEntries(c.Predicts(), narrated && a.Title != "", stances[i].stance, stances[i].p, narration[a.ArticleID], voices[a.ArticleID])
	}
	return out, nil
}

// articleStance is an article's stance read from its body, before the
// entries' own stances temper it (agreeWithEntries).
type articleStance struct {
	stance string
	p      float64
}

// fetchBodies returns the texts of out's first bodyArticles articles
// (nil past them: their stance is their statements' alone), filling in
// the titles out lacks. The store and the cache are read in turn, before
// the bodies are read in parallel.
func fetchBodies(ctx context.Context, st claimtrail.Store, out []claimtrail.TracedArticle, ac articleCache) ([]*cachedArticle, error) {
	texts := make([]*cachedArticle, len(out))
	for i := range out[:min(len(out), bodyArticles)] {
		a := &out[i]
		ca, err := ac.get(ctx, st, a.ArticleID)
		if err != nil {
			return nil, err
		}
		if a.Title == "" {
			a.Title = ca.title
		}
		texts[i] = ca
	}
	return texts, nil
}

// articleEntries returns the entries of articles (see articles) and the
// voices of each one's traced statements.
func articleEntries(sts []claimtrail.TracedStatement, related []relatedArticle, dups []claimtrail.TracedArticle) ([]claimtrail.TracedArticle, map[int64][]stance.Voice) {
	out := []claimtrail.TracedArticle{}
	index := map[int64]int{}
	voices := map[int64][]stance.Voice{}
	for _, d := range dups {
		index[d.ArticleID] = -1 // listed last
	}
	for i := range sts {
		s := &sts[i]
		k, ok := index[s.ArticleID]
		if k < 0 {
			continue
		}
		if !ok {
			k = len(out)
			index[s.ArticleID] = k
			out = append(out, claimtrail.TracedArticle{Doc: s.Doc, ArticleID: s.ArticleID, URL: s.URL, Source: s.Source,
				Title: s.Title, Published: claimtrail.FormatDate(s.Published), Statements: []int{}})
		}
		if s.Form == claimtrail.FormNarration {
			out[k].Narration = s.Content.Text
			continue
		}
		out[k].Statements = append(out[k].Statements, s.N)
		voices[s.ArticleID] = append(voices[s.ArticleID], stance.Voice{Stance: s.Stance, Confidence: s.StanceConfidence, Match: s.Match})
	}
	for _, ra := range related {
		if _, ok := index[ra.ID]; !ok {
			index[ra.ID] = len(out)
			out = append(out, claimtrail.TracedArticle{Doc: ra.Document.ID, ArticleID: ra.ID, URL: ra.URL, Source: ra.Source,
				Title: ra.Title, Published: claimtrail.FormatDate(ra.Published), Statements: []int{}})
		}
	}
	return append(out, dups...), voices
}
