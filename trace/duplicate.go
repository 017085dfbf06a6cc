package trace

import (
	"context"
	"crypto/sha256"
	"strings"

	"github.com/claimtrail/claimtrail"
)

// articleCache holds the articles a trace reads whole (text windowed to
// bodyWindow), so that finding duplicates and reading bodies fetch each
// once.
type articleCache map[int64]*cachedArticle

type cachedArticle struct {
	title, text string
	print       [sha256.Size]byte
	// sketch is the text's shingle sketch (sketchOf): a copy whose words
	// differ here and there has nearly the same.
	sketch []uint64
}

// get returns an article's title and text, "" when it is gone (a store
// changed under the trace reads as an article with no text).
func (ac articleCache) get(ctx context.Context, st claimtrail.Store, id int64) (*cachedArticle, error) {
	if a, ok := ac[id]; ok {
		return a, nil
	}
	a, err := st.FindArticleByID(ctx, id)
	if claimtrail.ErrorCode(err) == claimtrail.ENOTFOUND {
		err, a = nil, &claimtrail.Article{}
	}
	if err != nil {
		return nil, err
	}
	return ac.put(id, a), nil
}

// put keeps article a, read whole from the store, as article id's.
func (ac articleCache) put(id int64, a *claimtrail.Article) *cachedArticle {
	ca := &cachedArticle{title: a.Title, text: window(a.Text, bodyWindow)}
	// the same story stored twice under two keys: its words, not its
	// spacing or its key, make the print
	ca.print = sha256.Sum256([]byte(strings.Join(strings.Fields(a.Title+"\n"+a.Text), " ")))
	ca.sketch = sketchOf(window(ca.text, sketchBytes))
	ac[id] = ca
	return ca
}

// duplicates finds the articles of a trace's entries and of its related
// articles that repeat an article listed before them word for word, or
// nearly (nearCopy: BBC published some stories twice under two
// addresses, one with a word of the title or a sentence changed): it returns, for
// each such article, the article it repeats, and their entries, each
// with DuplicateOf. Empty texts repeat nothing. At most bodyArticles
// articles are compared, as many as the trace reads whole.
func (t *Tracer) duplicates(ctx context.Context, ac articleCache, sts []claimtrail.TracedStatement, related []relatedArticle) (map[int64]int64, []claimtrail.TracedArticle, error) {
	var order []claimtrail.TracedArticle
	doc := map[int64]string{}
	add := func(a claimtrail.TracedArticle) {
		if _, ok := doc[a.ArticleID]; !ok && len(order) < bodyArticles {
			doc[a.ArticleID] = a.Doc
			order = append(order, a)
		}
	}
	for i := range sts {
		s := &sts[i]
		add(claimtrail.TracedArticle{Doc: s.Doc, ArticleID: s.ArticleID, URL: s.URL, Source: s.Source, Title: s.Title, Published: claimtrail.FormatDate(s.Published)})
	}
	for _, ra := range related {
		add(claimtrail.TracedArticle{Doc: ra.Document.ID, ArticleID: ra.ID, URL: ra.URL, Source: ra.Source, Title: ra.Title, Published: claimtrail.FormatDate(ra.Published)})
	}
	first := map[[sha256.Size]byte]int64{}
	var kept []int64 // the articles that repeat none before them, in order
	dup := map[int64]int64{}
	var entries []claimtrail.TracedArticle
	for _, e := range order {
		a, err := ac.get(ctx, t.store, e.ArticleID)
		if err != nil {
			return nil, nil, err
		}
		if a.text == "" {
			continue
		}
		k, ok := first[a.print]
		if !ok {
			k, ok = nearCopy(a, kept, ac)
		}
		if !ok {
			first[a.print] = e.ArticleID
			kept = append(kept, e.ArticleID)
			continue
		}
		dup[e.ArticleID] = k
		e.DuplicateOf, e.Statements = doc[k], []int{}
		entries = append(entries, e)
	}
	return dup, entries, nil
}

// withoutDuplicates returns the entries not of a duplicate article.
func withoutDuplicates(sts []claimtrail.TracedStatement, dup map[int64]int64) []claimtrail.TracedStatement {
	if len(dup) == 0 {
		return sts
	}
	out := make([]claimtrail.TracedStatement, 0, len(sts))
	for _, s := range sts {
		if _, ok := dup[s.ArticleID]; !ok {
			out = append(out, s)
		}
	}
	return out
}
