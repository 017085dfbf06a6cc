package postgres

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/internal/storecodec"
	"github.com/jackc/pgx/v5"
)

// PutArticles stores each input's document and statements in one
// transaction. An input whose key and hash are stored already, even as an
// older version, is left as is (PutUnchanged); one whose key is stored
// with another hash becomes version latest+1 and the new latest version.
// Concurrent calls that share keys wait for each other. Returns EINVALID
// for an input without document, key or hash, or with spans outside its
// text.
func (s *DB) PutArticles(ctx context.Context, in []claimtrail.ArticleInput) ([]claimtrail.PutResult, error) {
	for i := range in {
		if err := storecodec.ValidateInput(i, &in[i]); err != nil {
			return nil, err
		}
	}
	out := make([]claimtrail.PutResult, len(in))
	if len(in) == 0 {
		return out, nil
	}
	now := s.Now().UTC().Truncate(time.Microsecond)
	if err := s.withTx(ctx, false, func(tx pgx.Tx) error { return putArticles(ctx, tx, in, out, now) }); err != nil {
		return nil, err
	}
	return out, nil
}

// keyState is what a batch knows about one key: its stored and new
// versions by hash, and which is the latest.
type keyState struct {
	hashes        map[string]version
	latest        version
	latestVersion int
}

// version is a stored row (id) or one this batch adds (newRow >= 0).
type version struct {
	id      int64
	newRow  int
	version int
}

type newArticle struct {
	in      *claimtrail.ArticleInput
	version int
	latest  bool
}

func putArticles(ctx context.Context, tx pgx.Tx, in []claimtrail.ArticleInput, out []claimtrail.PutResult, now time.Time) error {
	seen := map[string]*keyState{}
	var keys []string
	for i := range in {
		k := claimtrail.ArticleKey(in[i].Doc)
		if seen[k] == nil {
			seen[k] = &keyState{hashes: map[string]version{}, latest: version{newRow: -1}}
			keys = append(keys, k)
		}
	}
	// Writers sharing a key take turns; locking in hash order avoids
	// deadlocks between batches.
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock(h) FROM
		(SELECT DISTINCT hashtextextended(k, 0) AS h FROM unnest($1::text[]) AS k) AS t ORDER BY h`, keys); err != nil {
		return fmt.Errorf("lock keys: %w", formatError(err))
	}
	rows, err := tx.Query(ctx, `SELECT key, hash, id, version, latest FROM articles WHERE key = ANY($1)`, keys)
	if err != nil {
		return fmt.Errorf("find articles: %w", formatError(err))
	}
	for rows.Next() {
		var k, h string
		var v version
		var latest bool
		if err := rows.Scan(&k, &h, &v.id, &v.version, &latest); err != nil {
			rows.Close()
			return fmt.Errorf("find articles: %w", err)
		}
		v.newRow = -1
		st := seen[k]
		st.hashes[h] = v
		if latest {
			st.latest, st.latestVersion = v, v.version
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("find articles: %w", formatError(err))
	}

	// Decide, in input order, what each input does.
	var add []newArticle
	var unset []int64
	ref := make([]int, len(in)) // the new row an output refers to, or -1
	for i := range in {
		st := seen[claimtrail.ArticleKey(in[i].Doc)]
		ref[i] = -1
		if v, ok := st.hashes[in[i].Hash]; ok {
			out[i] = claimtrail.PutResult{ArticleID: v.id, Status: claimtrail.PutUnchanged, Version: v.version}
			ref[i] = v.newRow
			continue
		}
		status := claimtrail.PutCreated
		if st.latestVersion > 0 {
			status = claimtrail.PutVersion
			if st.latest.newRow >= 0 {
				add[st.latest.newRow].latest = false
			} else {
				unset = append(unset, st.latest.id)
			}
		}
		v := version{newRow: len(add), version: st.latestVersion + 1}
		add = append(add, newArticle{in: &in[i], version: v.version, latest: true})
		st.hashes[in[i].Hash], st.latest, st.latestVersion = v, v, v.version
		out[i] = claimtrail.PutResult{Status: status, Version: v.version}
		ref[i] = v.newRow
	}
	if len(add) == 0 {
		return nil
	}

	ids := make([]int64, 0, len(add))
	rows, err = tx.Query(ctx, `SELECT nextval(pg_get_serial_sequence('articles', 'id')) FROM generate_series(1, $1)`, len(add))
	if err != nil {
		return fmt.Errorf("allocate ids: %w", formatError(err))
	}
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return fmt.Errorf("allocate ids: %w", err)
		}
		ids = append(ids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("allocate ids: %w", formatError(err))
	} else if len(ids) != len(add) {
		return fmt.Errorf("allocate ids: got %d, want %d", len(ids), len(add))
	}
	for i := range out {
		if ref[i] >= 0 {
			out[i].ArticleID = ids[ref[i]]
		}
	}

	if len(unset) > 0 {
		if _, err := tx.Exec(ctx, `UPDATE articles SET latest = false WHERE id = ANY($1)`, unset); err != nil {
			return fmt.Errorf("unset latest: %w", formatError(err))
		}
	}
	_, err = tx.CopyFrom(ctx, pgx.Identifier{"articles"}, []string{"id", "key", "hash", "version", "latest",
		"doc_id", "url", "source", "title", "author", "lang", "published", "published_at", "text",
		"ingested_at", "statements"},
		pgx.CopyFromSlice(len(add), func(i int) ([]any, error) {
			a := add[i]
			d := a.in.Doc
			var publishedAt any
			if d.HasPublished() {
				publishedAt = d.Published.Format(time.RFC3339Nano)
			}
			return []any{ids[i], claimtrail.ArticleKey(d), a.in.Hash, a.version, a.latest, d.ID, d.URL,
				d.Source, d.Title, d.Author, d.Lang, publishedDay(d), publishedAt, d.Text, now,
				len(a.in.Statements)}, nil
		}))
	if err != nil {
		return fmt.Errorf("insert articles: %w", formatError(err))
	}

	// One COPY for every statement of the batch.
	type ref2 struct{ article, statement int }
	var sts []ref2
	for i, a := range add {
		for j := range a.in.Statements {
			sts = append(sts, ref2{i, j})
		}
	}
	if len(sts) == 0 {
		return nil
	}
	_, err = tx.CopyFrom(ctx, pgx.Identifier{"statements"}, statementColumns,
		pgx.CopyFromSlice(len(sts), func(i int) ([]any, error) {
			r := sts[i]
			a := add[r.article]
			return statementArgs(ids[r.article], &a.in.Statements[r.statement], publishedDay(a.in.Doc))
		}))
	if err != nil {
		return fmt.Errorf("insert statements: %w", formatError(err))
	}
	return nil
}

// HasArticle reports whether key is stored with hash, in any version.
func (s *DB) HasArticle(ctx context.Context, key, hash string) (bool, error) {
	if !storecodec.CleanText(key) || !storecodec.CleanText(hash) {
		return false, nil // nothing stored holds such text
	}
	var n int
	err := s.withTx(ctx, true, func(tx pgx.Tx) error {
		return tx.QueryRow(ctx, `SELECT count(*) FROM articles WHERE key = $1 AND hash = $2`, key, hash).Scan(&n)
	})
	if err != nil {
		return false, fmt.Errorf("has article: %w", formatError(err))
	}
	return n > 0, nil
}

// FindArticleByID returns the article with its text. Returns ENOTFOUND
// when there is no such article.
func (s *DB) FindArticleByID(ctx context.Context, id int64) (*claimtrail.Article, error) {
	var a []*claimtrail.Article
	err := s.withTx(ctx, true, func(tx pgx.Tx) (err error) {
		a, _, err = findArticles(ctx, tx, claimtrail.ArticleFilter{ID: &id})
		return err
	})
	if err != nil {
		return nil, err
	} else if len(a) == 0 {
		return nil, claimtrail.Errorf(claimtrail.ENOTFOUND, "article %d not found", id)
	}
	return a[0], nil
}

// FindArticles returns matching articles, by relevance when f.Query is set
// and else by id, and the total count before paging. Text is filled in only
// when the filter names one ID.
func (s *DB) FindArticles(ctx context.Context, f claimtrail.ArticleFilter) ([]*claimtrail.Article, int, error) {
	var out []*claimtrail.Article
	var total int
	err := s.withTx(ctx, true, func(tx pgx.Tx) (err error) {
		out, total, err = findArticles(ctx, tx, f)
		return err
	})
	return out, total, err
}

func findArticles(ctx context.Context, tx pgx.Tx, f claimtrail.ArticleFilter) ([]*claimtrail.Article, int, error) {
	page, err := limitClause(f.Offset, f.Limit)
	if err != nil {
		return nil, 0, err
	}
	var p placeholders
	var where []string
	from := "articles a"
	order := "a.id"
	if q, args := tsQuery(f.Query, 1); q != "" {
		p.args = append(p.args, args...)
		from += ", (SELECT " + q + " AS q) AS query"
		where = append(where, "a.tsv @@ query.q")
		order = "ts_rank(a.tsv, query.q) DESC, a.id"
	}
	if v := f.ID; v != nil {
		where = append(where, "a.id = "+p.add(*v))
	}
	for _, c := range []struct {
		col string
		v   *string
	}{{"a.key", f.Key}, {"a.doc_id", f.Doc}} {
		if c.v == nil {
			continue
		} else if !storecodec.CleanText(*c.v) {
			return nil, 0, nil // PostgreSQL rejects such text, and none is stored
		}
		where = append(where, c.col+" = "+p.add(*c.v))
	}
	if f.Latest {
		where = append(where, "a.latest")
	}
	cond := ""
	if len(where) > 0 {
		cond = " WHERE " + strings.Join(where, " AND ")
	}

	var total int
	if err := tx.QueryRow(ctx, "SELECT count(*) FROM "+from+cond, p.args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("count articles: %w", formatError(err))
	}
	text := "''"
	if f.ID != nil {
		text = "a.text"
	}
	rows, err := tx.Query(ctx, `SELECT a.id, a.key, a.hash, a.version, a.doc_id, a.url, a.source,
		a.title, a.author, a.lang, a.published_at, `+text+`, a.ingested_at, a.statements
		FROM `+from+cond+" ORDER BY "+order+page, p.args...)
	if err != nil {
		return nil, 0, fmt.Errorf("find articles: %w", formatError(err))
	}
	defer rows.Close()

	var out []*claimtrail.Article
	for rows.Next() {
		var a claimtrail.Article
		var published *string
		if err := rows.Scan(&a.ID, &a.Key, &a.Hash, &a.Version, &a.Document.ID, &a.URL, &a.Source,
			&a.Title, &a.Author, &a.Lang, &published, &a.Text, &a.IngestedAt, &a.Statements); err != nil {
			return nil, 0, fmt.Errorf("scan article: %w", err)
		}
		a.IngestedAt = a.IngestedAt.UTC()
		if published != nil {
			if a.Published, err = time.Parse(time.RFC3339Nano, *published); err != nil {
				return nil, 0, fmt.Errorf("article %d: published: %w", a.ID, err)
			}
		}
		out = append(out, &a)
	}
	if err := rows.Err(); err != nil {
		return nil, 0, fmt.Errorf("find articles: %w", formatError(err))
	}
	return out, total, nil
}
