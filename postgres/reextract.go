package postgres

import (
	"context"
	"fmt"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/internal/storecodec"
	"github.com/jackc/pgx/v5"
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
	var out []*claimtrail.Article
	err := s.withTx(ctx, true, func(tx pgx.Tx) error {
		rows, err := tx.Query(ctx, `SELECT a.id, a.key, a.hash, a.version, a.doc_id, a.url, a.source,
			a.title, a.author, a.lang, a.published_at, a.text, a.ingested_at, a.statements
			FROM articles a WHERE a.extractor_version <> $1 AND a.id > $2 ORDER BY a.id LIMIT $3`, version, after, limit)
		if err != nil {
			return fmt.Errorf("stale articles: %w", formatError(err))
		}
		defer rows.Close()
		out, err = scanArticles(rows)
		return err
	})
	return out, err
}

// CountStale counts the articles StaleArticles returns from the start.
func (s *DB) CountStale(ctx context.Context, version string) (int, error) {
	if err := storecodec.CheckVersion(version); err != nil {
		return 0, err
	}
	var n int
	err := s.withTx(ctx, true, func(tx pgx.Tx) error {
		return tx.QueryRow(ctx, `SELECT count(*) FROM articles WHERE extractor_version <> $1`, version).Scan(&n)
	})
	if err != nil {
		return 0, fmt.Errorf("count stale articles: %w", formatError(err))
	}
	return n, nil
}

// ReplaceStatements replaces each article's statements and records the
// extractor version, in one transaction: one DELETE, one UPDATE, one COPY
// of the new rows (whose tsvector column the table computes).
func (s *DB) ReplaceStatements(ctx context.Context, in []claimtrail.Reextracted) error {
	inputs, err := storecodec.ReextractInputs(in)
	if err != nil || len(in) == 0 {
		return err
	}
	ids := make([]int64, len(in))
	counts := make([]int32, len(in))
	versions := make([]string, len(in))
	add := make([]newArticle, len(in))
	for i := range in {
		ids[i], counts[i], versions[i] = in[i].Article.ID, int32(len(inputs[i].Statements)), inputs[i].ExtractorVersion
		add[i] = newArticle{in: &inputs[i]}
	}
	return s.withTx(ctx, false, func(tx pgx.Tx) error {
		tag, err := tx.Exec(ctx, `UPDATE articles a SET statements = u.n, extractor_version = u.v
			FROM unnest($1::bigint[], $2::int[], $3::text[]) AS u(id, n, v) WHERE a.id = u.id`, ids, counts, versions)
		if err != nil {
			return fmt.Errorf("update articles: %w", formatError(err))
		}
		if int(tag.RowsAffected()) != len(ids) {
			return claimtrail.Errorf(claimtrail.ENOTFOUND, "%d of %d articles not found", len(ids)-int(tag.RowsAffected()), len(ids))
		}
		if _, err := tx.Exec(ctx, `DELETE FROM statements WHERE article_id = ANY($1)`, ids); err != nil {
			return fmt.Errorf("delete statements: %w", formatError(err))
		}
		if err := copyStatements(ctx, tx, add, ids); err != nil {
			return err
		}
		return enqueue(ctx, tx, ids)
	})
}
