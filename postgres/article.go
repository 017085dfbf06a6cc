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
	if err := storecodec.ValidateInputs(in); err != nil {
		return nil, err
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

// newArticle is a row this batch adds.
type newArticle struct {
	in      *claimtrail.ArticleInput
	version int
	latest  bool
}

func putArticles(ctx context.Context, tx pgx.Tx, in []claimtrail.ArticleInput, out []claimtrail.PutResult, now time.Time) error {
	seen, err := lockKeys(ctx, tx, in)
	if err != nil {
		return err
	}
	add, unset, ref := planArticles(in, seen, out)
	if len(add) == 0 {
		return nil
	}
	ids, err := allocateIDs(ctx, tx, len(add))
	if err != nil {
		return err
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
	if err := copyArticles(ctx, tx, add, ids, now); err != nil {
		return err
	}
	if err := copyStatements(ctx, tx, add, ids); err != nil {
		return err
	}
	return enqueue(ctx, tx, ids)
}

// lockKeys locks the keys of in for the rest of the transaction and
// returns what is stored under each.
func lockKeys(ctx context.Context, tx pgx.Tx, in []claimtrail.ArticleInput) (map[string]*keyState, error) {
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
		return nil, fmt.Errorf("lock keys: %w", formatError(err))
	}
	rows, err := tx.Query(ctx, `SELECT key, hash, id, version, latest FROM articles WHERE key = ANY($1)`, keys)
	if err != nil {
		return nil, fmt.Errorf("find articles: %w", formatError(err))
	}
	defer rows.Close()
	for rows.Next() {
		var k, h string
		var v version
		var latest bool
		if err := rows.Scan(&k, &h, &v.id, &v.version, &latest); err != nil {
			return nil, fmt.Errorf("find articles: %w", err)
		}
		v.newRow = -1
		st := seen[k]
		st.hashes[h] = v
		if latest {
			st.latest, st.latestVersion = v, v.version
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("find articles: %w", formatError(err))
	}
	return seen, nil
}

// planArticles decides, in input order, what each input does, and fills
// out but for the ids of new rows. It returns the rows to add, the stored
// rows that lose the latest mark, and for each input the new row its
// result refers to, or -1.
func planArticles(in []claimtrail.ArticleInput, seen map[string]*keyState, out []claimtrail.PutResult) (add []newArticle, unset []int64, ref []int) {
	ref = make([]int, len(in))
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
	return add, unset, ref
}

// allocateIDs takes n ids from the articles' sequence.
func allocateIDs(ctx context.Context, tx pgx.Tx, n int) ([]int64, error) {
	ids := make([]int64, 0, n)
	rows, err := tx.Query(ctx, `SELECT nextval(pg_get_serial_sequence('articles', 'id')) FROM generate_series(1, $1)`, n)
	if err != nil {
		return nil, fmt.Errorf("allocate ids: %w", formatError(err))
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("allocate ids: %w", err)
		}
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("allocate ids: %w", formatError(err))
	} else if len(ids) != n {
		return nil, fmt.Errorf("allocate ids: got %d, want %d", len(ids), n)
	}
	return ids, nil
}

// copyArticles writes the new rows, add[i] with id ids[i], in one COPY.
func copyArticles(ctx context.Context, tx pgx.Tx, add []newArticle, ids []int64, now time.Time) error {
	_, err := tx.CopyFrom(ctx, pgx.Identifier{"articles"}, []string{"id", "key", "hash", "version", "latest",
		"doc_id", "url", "source", "title", "author", "lang", "published", "published_at", "text",
		"ingested_at", "statements", "extractor_version"},
		pgx.CopyFromSlice(len(add), func(i int) ([]any, error) {
			a := add[i]
			d := a.in.Doc
			var publishedAt any
			if d.HasPublished() {
				publishedAt = d.Published.Format(time.RFC3339Nano)
			}
			return []any{ids[i], claimtrail.ArticleKey(d), a.in.Hash, a.version, a.latest, d.ID, d.URL,
				d.Source, d.Title, d.Author, d.Lang, dateValue(storecodec.PublishedDay(d)), publishedAt, d.Text, now,
				len(a.in.Statements), a.in.ExtractorVersion}, nil
		}))
	if err != nil {
		return fmt.Errorf("insert articles: %w", formatError(err))
	}
	return nil
}

// statementRef is a statement of a new article: add[article].in.Statements[statement].
type statementRef struct{ article, statement int }

// linkSpeakers links the speakers of the statements sts (storecodec.Linker)
// and returns their ids, after every merge the batch made.
func linkSpeakers(ctx context.Context, tx pgx.Tx, add []newArticle, sts []statementRef) ([]int64, error) {
	l := storecodec.NewLinker(speakerIndex{tx})
	out := make([]int64, len(sts))
	for i, r := range sts {
		id, err := l.Link(ctx, claimtrail.ArticleKey(add[r.article].in.Doc), &add[r.article].in.Statements[r.statement].Speaker)
		if err != nil {
			return nil, err
		}
		out[i] = id
	}
	for i := range out {
		out[i] = l.Final(out[i])
	}
	return out, l.Flush(ctx)
}

// copyStatements writes the statements of every new row in one COPY.
func copyStatements(ctx context.Context, tx pgx.Tx, add []newArticle, ids []int64) error {
	type ref = statementRef
	var sts []ref
	for i, a := range add {
		for j := range a.in.Statements {
			sts = append(sts, ref{i, j})
		}
	}
	if len(sts) == 0 {
		return nil
	}
	speakerIDs, err := linkSpeakers(ctx, tx, add, sts)
	if err != nil {
		return err
	}
	_, err = tx.CopyFrom(ctx, pgx.Identifier{"statements"}, storecodec.StatementColumns,
		pgx.CopyFromSlice(len(sts), func(i int) ([]any, error) {
			r := sts[i]
			a := add[r.article]
			args := make([]any, len(storecodec.StatementColumns))
			if err := storecodec.StatementArgs(args, ids[r.article], &a.in.Statements[r.statement], speakerIDs[i], storecodec.PublishedDay(a.in.Doc), dateValue); err != nil {
				return nil, err
			}
			return args, nil
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
	from, cond, order, ok := articleQuery(f, &p)
	if !ok {
		return nil, 0, nil // PostgreSQL rejects such text, and none is stored
	}
	// An id without offset: the rows are the whole count (a trace reads
	// a hundred articles by id, and counting doubled the queries).
	byID := f.ID != nil && f.Offset == 0
	var total int
	if !byID {
		if err := tx.QueryRow(ctx, "SELECT count(*) FROM "+from+cond, p.args...).Scan(&total); err != nil {
			return nil, 0, fmt.Errorf("count articles: %w", formatError(err))
		}
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
	out, err := scanArticles(rows)
	if err != nil {
		return nil, 0, err
	}
	if byID {
		total = len(out)
	}
	return out, total, nil
}

// articleQuery returns an article search in SQL: the tables, the WHERE
// clause and the order of the rows, binding the values in p; false when a
// field holds text PostgreSQL rejects, so that nothing can match.
func articleQuery(f claimtrail.ArticleFilter, p *placeholders) (from, cond, order string, ok bool) {
	var where []string
	from, order = "articles a", "a.id"
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
			return "", "", "", false
		}
		where = append(where, c.col+" = "+p.add(*c.v))
	}
	if f.Latest {
		where = append(where, "a.latest")
	}
	if len(where) > 0 {
		cond = " WHERE " + strings.Join(where, " AND ")
	}
	return from, cond, order, true
}

func scanArticles(rows pgx.Rows) ([]*claimtrail.Article, error) {
	var out []*claimtrail.Article
	for rows.Next() {
		var a claimtrail.Article
		var published *string
		if err := rows.Scan(&a.ID, &a.Key, &a.Hash, &a.Version, &a.Document.ID, &a.URL, &a.Source,
			&a.Title, &a.Author, &a.Lang, &published, &a.Text, &a.IngestedAt, &a.Statements); err != nil {
			return nil, fmt.Errorf("scan article: %w", err)
		}
		a.IngestedAt = a.IngestedAt.UTC()
		if published != nil {
			var err error
			if a.Published, err = time.Parse(time.RFC3339Nano, *published); err != nil {
				return nil, fmt.Errorf("article %d: published: %w", a.ID, err)
			}
		}
		out = append(out, &a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("find articles: %w", formatError(err))
	}
	return out, nil
}
