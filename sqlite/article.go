package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/internal/storecodec"
)

// PutArticles stores each input's document and statements in one
// transaction. An input whose key and hash are stored already, even as an
// older version, is left as is (PutUnchanged); one whose key is stored
// with another hash becomes version latest+1 and the new latest version.
// Returns EINVALID for an input without document, key or hash, or with
// spans outside its text.
func (s *DB) PutArticles(ctx context.Context, in []claimtrail.ArticleInput) ([]claimtrail.PutResult, error) {
	if err := storecodec.ValidateInputs(in); err != nil {
		return nil, err
	}
	out := make([]claimtrail.PutResult, len(in))
	if len(in) == 0 {
		return out, nil
	}

	tx, err := s.begin(ctx, false)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()

	w, err := newArticleWriter(ctx, tx)
	if err != nil {
		return nil, err
	}
	defer w.close()

	now := formatTime(s.Now())
	for i := range in {
		if out[i], err = w.put(ctx, &in[i], now); err != nil {
			return nil, fmt.Errorf("put article %q: %w", claimtrail.ArticleKey(in[i].Doc), err)
		}
	}
	if err := w.speakers.Flush(ctx); err != nil {
		return nil, err
	}
	if err := w.flushIndex(ctx); err != nil {
		return nil, err
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("commit: %w", formatError(err))
	}
	s.wrote()
	return out, nil
}

// maxRows bounds the rows of one multi-row statements INSERT.
const maxRows = 16

// articleWriter writes one batch. It prepares its statements once per
// batch and works in two phases: table rows first (statements many per
// INSERT), the full-text index last (see flushIndex). The order matters:
// a multi-row INSERT opens a statement savepoint, and FTS5 flushes its
// pending terms to disk at every savepoint once it is part of the
// transaction. Interleaved, that wrote a tiny index segment per row and
// made ingest four times slower.
type articleWriter struct {
	tx                                *sql.Tx
	findHash, findLatest, unsetLatest *sql.Stmt
	insertArticle, queue              *sql.Stmt
	insertStatements                  [maxRows + 1]*sql.Stmt // by row count, prepared on first use

	nextStatementID int64
	speakerIndex    *speakerIndex
	speakers        *storecodec.Linker
	args            []any
	index           []*indexRow
}

// indexRow is an article and its statements' ids, to index at the end.
type indexRow struct {
	id      int64
	in      *claimtrail.ArticleInput
	firstID int64 // of its statements, numbered consecutively
	// statementsOnly: a reextract replaced the statements; the article's
	// own row is indexed already
	statementsOnly bool
}

func newArticleWriter(ctx context.Context, tx *sql.Tx) (*articleWriter, error) {
	ix, err := newSpeakerIndex(ctx, tx)
	if err != nil {
		return nil, err
	}
	w := &articleWriter{tx: tx, speakerIndex: ix, speakers: storecodec.NewLinker(ix)}
	for _, p := range []struct {
		dst   **sql.Stmt
		query string
	}{
		{&w.findHash, `SELECT id, version FROM articles WHERE key = ? AND hash = ?`},
		{&w.findLatest, `SELECT id, version FROM articles WHERE key = ? ORDER BY version DESC LIMIT 1`},
		{&w.unsetLatest, `UPDATE articles SET latest = 0 WHERE id = ?`},
		{&w.queue, `INSERT INTO watch_queue (article_id) VALUES (?)`},
		{&w.insertArticle, `INSERT INTO articles (key, hash, version, latest, doc_id, url, source, title,
			author, lang, published, published_at, text, ingested_at, statements, extractor_version)
			VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
	} {
		st, err := tx.PrepareContext(ctx, p.query)
		if err != nil {
			w.close()
			return nil, fmt.Errorf("prepare: %w", formatError(err))
		}
		*p.dst = st
	}
	// The batch holds the write lock, so ids can be given out here.
	if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(id), 0) + 1 FROM statements`).Scan(&w.nextStatementID); err != nil {
		w.close()
		return nil, fmt.Errorf("next statement id: %w", formatError(err))
	}
	return w, nil
}

func (w *articleWriter) close() {
	w.speakerIndex.close()
	for _, st := range append([]*sql.Stmt{w.findHash, w.findLatest, w.unsetLatest, w.insertArticle, w.queue},
		w.insertStatements[:]...) {
		if st != nil {
			st.Close()
		}
	}
}

// insertStatementsStmt returns the INSERT of n statement rows.
func (w *articleWriter) insertStatementsStmt(ctx context.Context, n int) (*sql.Stmt, error) {
	if st := w.insertStatements[n]; st != nil {
		return st, nil
	}
	row := "(?" + strings.Repeat(", ?", len(storecodec.StatementColumns)) + ")" // id, then the columns
	rows := row + strings.Repeat(", "+row, n-1)
	st, err := w.tx.PrepareContext(ctx, `INSERT INTO statements (id, `+strings.Join(storecodec.StatementColumns, ", ")+`) VALUES `+rows)
	if err != nil {
		return nil, fmt.Errorf("prepare: %w", formatError(err))
	}
	w.insertStatements[n] = st
	return st, nil
}

func (w *articleWriter) put(ctx context.Context, in *claimtrail.ArticleInput, now string) (claimtrail.PutResult, error) {
	d := in.Doc
	key := claimtrail.ArticleKey(d)
	res, err := w.nextVersion(ctx, key, in.Hash)
	if err != nil || res.Status == claimtrail.PutUnchanged {
		return res, err
	}
	var publishedAt any
	if d.HasPublished() {
		publishedAt = d.Published.Format(time.RFC3339Nano)
	}
	ins, err := w.insertArticle.ExecContext(ctx, key, in.Hash, res.Version, d.ID, d.URL, d.Source, d.Title,
		d.Author, d.Lang, dateValue(storecodec.PublishedDay(d)), publishedAt, d.Text, now, len(in.Statements), in.ExtractorVersion)
	if err != nil {
		return claimtrail.PutResult{}, fmt.Errorf("insert article: %w", formatError(err))
	}
	if res.ArticleID, err = ins.LastInsertId(); err != nil {
		return claimtrail.PutResult{}, fmt.Errorf("insert article: %w", err)
	}
	w.index = append(w.index, &indexRow{id: res.ArticleID, in: in, firstID: w.nextStatementID})
	if err := w.putStatements(ctx, res.ArticleID, in); err != nil {
		return claimtrail.PutResult{}, err
	}
	if err := w.enqueue(ctx, res.ArticleID); err != nil {
		return claimtrail.PutResult{}, err
	}
	return res, nil
}

// nextVersion returns what putting key with hash does: PutUnchanged with
// the stored row when the pair is stored already, else the status and
// version of a new row (no id yet). A new version takes the latest mark
// from the stored one here.
func (w *articleWriter) nextVersion(ctx context.Context, key, hash string) (claimtrail.PutResult, error) {
	var id int64
	var version int
	switch err := w.findHash.QueryRowContext(ctx, key, hash).Scan(&id, &version); {
	case err == nil:
		return claimtrail.PutResult{ArticleID: id, Status: claimtrail.PutUnchanged, Version: version}, nil
	case !errors.Is(err, sql.ErrNoRows):
		return claimtrail.PutResult{}, fmt.Errorf("find article: %w", formatError(err))
	}
	switch err := w.findLatest.QueryRowContext(ctx, key).Scan(&id, &version); {
	case err == nil:
		if _, err := w.unsetLatest.ExecContext(ctx, id); err != nil {
			return claimtrail.PutResult{}, fmt.Errorf("unset latest: %w", formatError(err))
		}
		return claimtrail.PutResult{Status: claimtrail.PutVersion, Version: version + 1}, nil
	case errors.Is(err, sql.ErrNoRows):
		return claimtrail.PutResult{Status: claimtrail.PutCreated, Version: 1}, nil
	default:
		return claimtrail.PutResult{}, fmt.Errorf("find latest: %w", formatError(err))
	}
}

// enqueue puts article id on the watch queue: its statements are new to
// the saved claims (migration 0008).
func (w *articleWriter) enqueue(ctx context.Context, id int64) error {
	if _, err := w.queue.ExecContext(ctx, id); err != nil {
		return fmt.Errorf("watch queue: %w", formatError(err))
	}
	return nil
}

// putStatements inserts the statements of in, stored as article id, up
// to maxRows in one INSERT.
func (w *articleWriter) putStatements(ctx context.Context, id int64, in *claimtrail.ArticleInput) error {
	published := storecodec.PublishedDay(in.Doc)
	width := len(storecodec.StatementColumns) + 1
	for i := 0; i < len(in.Statements); i += maxRows {
		n := min(maxRows, len(in.Statements)-i)
		if cap(w.args) < n*width {
			w.args = make([]any, maxRows*width)
		}
		args := w.args[:n*width]
		var speakerIDs [maxRows]int64
		for j := range n {
			var err error
			if speakerIDs[j], err = w.speakers.Link(ctx, claimtrail.ArticleKey(in.Doc), &in.Statements[i+j].Speaker); err != nil {
				return err
			}
		}
		for j := range n {
			row := args[j*width : (j+1)*width]
			row[0] = w.nextStatementID
			w.nextStatementID++
			// a merge while linking the rows may have replaced an id
			speakerID := w.speakers.Final(speakerIDs[j])
			if err := storecodec.StatementArgs(row[1:], id, &in.Statements[i+j], speakerID, published, dateValue); err != nil {
				return err
			}
		}
		st, err := w.insertStatementsStmt(ctx, n)
		if err != nil {
			return err
		}
		if _, err := st.ExecContext(ctx, args...); err != nil {
			return fmt.Errorf("insert statements: %w", formatError(err))
		}
	}
	return nil
}

// indexChunk bounds the rows of one full-text INSERT (SQLite allows
// 32,766 parameters).
const indexChunk = 2000

// flushIndex writes the full-text rows of every article put so far: the
// statements' rows in one INSERT, then the articles' in another. Each such
// INSERT flushes the other table's pending terms once, which commit would
// do anyway; the row-by-row alternative costs a call per row.
func (w *articleWriter) flushIndex(ctx context.Context) error {
	var args []any
	flush := func(table, cols string, width int) error {
		if len(args) == 0 {
			return nil
		}
		row := "(?" + strings.Repeat(", ?", width-1) + ")"
		q := "INSERT INTO " + table + " (" + cols + ") VALUES " + row + strings.Repeat(", "+row, len(args)/width-1)
		if _, err := w.tx.ExecContext(ctx, q, args...); err != nil {
			return fmt.Errorf("index %s: %w", strings.TrimSuffix(table, "_fts"), formatError(err))
		}
		args = args[:0]
		return nil
	}
	const stCols = "rowid, content, cue_text, speaker_name"
	for _, r := range w.index {
		for i := range r.in.Statements {
			st := &r.in.Statements[i]
			args = append(args, r.firstID+int64(i), st.Content.Text, st.Cue.Text, st.Speaker.Name)
			if len(args) == 4*indexChunk {
				if err := flush("statements_fts", stCols, 4); err != nil {
					return err
				}
			}
		}
	}
	if err := flush("statements_fts", stCols, 4); err != nil {
		return err
	}
	for _, r := range w.index {
		if r.statementsOnly {
			continue
		}
		args = append(args, r.id, r.in.Doc.Title, r.in.Doc.Text)
		if len(args) == 3*indexChunk {
			if err := flush("articles_fts", "rowid, title, text", 3); err != nil {
				return err
			}
		}
	}
	if err := flush("articles_fts", "rowid, title, text", 3); err != nil {
		return err
	}
	w.index = w.index[:0]
	return nil
}

// HasArticle reports whether key is stored with hash, in any version.
func (s *DB) HasArticle(ctx context.Context, key, hash string) (bool, error) {
	tx, err := s.begin(ctx, true)
	if err != nil {
		return false, err
	}
	defer tx.Rollback()

	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM articles WHERE key = ? AND hash = ?`, key, hash).Scan(&n); err != nil {
		return false, fmt.Errorf("has article: %w", formatError(err))
	}
	return n > 0, nil
}

// FindArticleByID returns the article with its text. Returns ENOTFOUND
// when there is no such article.
func (s *DB) FindArticleByID(ctx context.Context, id int64) (*claimtrail.Article, error) {
	// One statement reads consistently without a transaction, and it is
	// prepared once: a trace reads 30–140 articles by id, and preparing
	// and beginning cost more than the read.
	stmt, err := s.prepared(ctx, articleByIDSQL)
	if err != nil {
		return nil, fmt.Errorf("find article: %w", formatError(err))
	}
	var rows *sql.Rows
	if stmt != nil {
		rows, err = stmt.QueryContext(ctx, id)
	} else {
		rows, err = s.db.QueryContext(ctx, articleByIDSQL, id)
	}
	if err != nil {
		return nil, fmt.Errorf("find article: %w", formatError(err))
	}
	defer rows.Close()
	a, err := scanArticles(rows)
	if err != nil {
		return nil, err
	} else if len(a) == 0 {
		return nil, claimtrail.Errorf(claimtrail.ENOTFOUND, "article %d not found", id)
	}
	return a[0], nil
}

// articleByIDSQL reads an article with its text, the columns in
// scanArticles' order.
const articleByIDSQL = `SELECT a.id, a.key, a.hash, a.version, a.doc_id, a.url, a.source,
	a.title, a.author, a.lang, a.published_at, a.text, a.ingested_at, a.statements
	FROM articles a WHERE a.id = ?`

// FindArticles returns matching articles, by relevance when f.Query is set
// and else by id, and the total count before paging. Text is filled in only
// when the filter names one ID.
func (s *DB) FindArticles(ctx context.Context, f claimtrail.ArticleFilter) ([]*claimtrail.Article, int, error) {
	tx, err := s.begin(ctx, true)
	if err != nil {
		return nil, 0, err
	}
	defer tx.Rollback()
	return findArticles(ctx, tx, f)
}

func findArticles(ctx context.Context, tx *sql.Tx, f claimtrail.ArticleFilter) ([]*claimtrail.Article, int, error) {
	page, err := limitClause(f.Offset, f.Limit)
	if err != nil {
		return nil, 0, err
	}
	from, cond, order, args := articleQuery(f)
	// An id without offset: the rows are the whole count (a trace reads
	// a hundred articles by id, and counting doubled the queries).
	byID := f.ID != nil && f.Offset == 0
	var total int
	if !byID {
		if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM "+from+cond, args...).Scan(&total); err != nil {
			return nil, 0, fmt.Errorf("count articles: %w", formatError(err))
		}
	}

	text := "''"
	if f.ID != nil {
		text = "a.text"
	}
	rows, err := tx.QueryContext(ctx, `SELECT a.id, a.key, a.hash, a.version, a.doc_id, a.url, a.source,
		a.title, a.author, a.lang, a.published_at, `+text+`, a.ingested_at, a.statements
		FROM `+from+cond+" ORDER BY "+order+page, args...)
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
// clause, the order of the rows and the arguments.
func articleQuery(f claimtrail.ArticleFilter) (from, cond, order string, args []any) {
	var where []string
	from, order = "articles a", "a.id"
	if m := matchQuery(f.Query); m != "" {
		from += " JOIN articles_fts ON articles_fts.rowid = a.id"
		where, args = append(where, "articles_fts MATCH ?"), append(args, m)
		order = "bm25(articles_fts), a.id"
	}
	if v := f.ID; v != nil {
		where, args = append(where, "a.id = ?"), append(args, *v)
	}
	if v := f.Key; v != nil {
		where, args = append(where, "a.key = ?"), append(args, *v)
	}
	if v := f.Doc; v != nil {
		where, args = append(where, "a.doc_id = ?"), append(args, *v)
	}
	if f.Latest {
		where = append(where, "a.latest = 1")
	}
	if len(where) > 0 {
		cond = " WHERE " + strings.Join(where, " AND ")
	}
	return from, cond, order, args
}

func scanArticles(rows *sql.Rows) ([]*claimtrail.Article, error) {
	var out []*claimtrail.Article
	for rows.Next() {
		var a claimtrail.Article
		var published *string
		var ingested string
		if err := rows.Scan(&a.ID, &a.Key, &a.Hash, &a.Version, &a.Document.ID, &a.URL, &a.Source,
			&a.Title, &a.Author, &a.Lang, &published, &a.Text, &ingested, &a.Statements); err != nil {
			return nil, fmt.Errorf("scan article: %w", err)
		}
		var err error
		if published != nil {
			if a.Published, err = time.Parse(time.RFC3339Nano, *published); err != nil {
				return nil, fmt.Errorf("article %d: published: %w", a.ID, err)
			}
		}
		if a.IngestedAt, err = parseTime(ingested); err != nil {
			return nil, fmt.Errorf("article %d: ingested_at: %w", a.ID, err)
		}
		out = append(out, &a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("find articles: %w", formatError(err))
	}
	return out, nil
}
