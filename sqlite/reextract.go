package sqlite

import (
	"context"
	"fmt"
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/internal/storecodec"
)

// StaleArticles returns up to limit articles, with their text, whose
// statements an extractor other than version read, with an id above
// after, in id order (claimtrail.Reextracter).
func (s *DB) StaleArticles(ctx context.Context, version string, after int64, limit int) ([]*claimtrail.Article, error) {
	if limit <= 0 {
		return nil, claimtrail.Errorf(claimtrail.EINVALID, "limit %d: want one or more", limit)
	}
	if err := storecodec.CheckVersion(version); err != nil {
		return nil, err
	}
	tx, err := s.begin(ctx, true)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, `SELECT a.id, a.key, a.hash, a.version, a.doc_id, a.url, a.source,
		a.title, a.author, a.lang, a.published_at, a.text, a.ingested_at, a.statements
		FROM articles a WHERE a.extractor_version <> ? AND a.id > ? ORDER BY a.id LIMIT ?`, version, after, limit)
	if err != nil {
		return nil, fmt.Errorf("stale articles: %w", formatError(err))
	}
	defer rows.Close()
	return scanArticles(rows)
}

// CountStale counts the articles StaleArticles returns from the start.
func (s *DB) CountStale(ctx context.Context, version string) (int, error) {
	if err := storecodec.CheckVersion(version); err != nil {
		return 0, err
	}
	tx, err := s.begin(ctx, true)
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM articles WHERE extractor_version <> ?`, version).Scan(&n); err != nil {
		return 0, fmt.Errorf("count stale articles: %w", formatError(err))
	}
	return n, nil
}

// ReplaceStatements replaces each article's statements and records the
// extractor version, in one transaction. The old rows go first, in one
// DELETE (its trigger drops their full-text rows), then the new rows, then
// their full-text rows: the order PutArticles keeps, for the same reason
// (see articleWriter).
func (s *DB) ReplaceStatements(ctx context.Context, in []claimtrail.Reextracted) error {
	inputs, err := storecodec.ReextractInputs(in)
	if err != nil || len(in) == 0 {
		return err
	}
	tx, err := s.begin(ctx, false)
	if err != nil {
		return err
	}
	defer tx.Rollback()

	ids := make([]any, len(in))
	for i := range in {
		ids[i] = in[i].Article.ID
	}
	marks := "?" + strings.Repeat(", ?", len(ids)-1)
	if _, err := tx.ExecContext(ctx, `DELETE FROM statements WHERE article_id IN (`+marks+`)`, ids...); err != nil {
		return fmt.Errorf("delete statements: %w", formatError(err))
	}
	w, err := newArticleWriter(ctx, tx)
	if err != nil {
		return err
	}
	defer w.close()
	for i := range inputs {
		id := in[i].Article.ID
		res, err := tx.ExecContext(ctx, `UPDATE articles SET statements = ?, extractor_version = ? WHERE id = ?`,
			len(inputs[i].Statements), inputs[i].ExtractorVersion, id)
		if err != nil {
			return fmt.Errorf("update article %d: %w", id, formatError(err))
		}
		if n, err := res.RowsAffected(); err != nil || n != 1 {
			return claimtrail.Errorf(claimtrail.ENOTFOUND, "article %d not found", id)
		}
		w.index = append(w.index, &indexRow{id: id, in: &inputs[i], firstID: w.nextStatementID, statementsOnly: true})
		if err := w.putStatements(ctx, id, &inputs[i]); err != nil {
			return err
		}
		if err := w.enqueue(ctx, id); err != nil {
			return err
		}
	}
	if err := w.flushIndex(ctx); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", formatError(err))
	}
	s.wrote()
	return nil
}
