package postgres

import (
	"context"
	"fmt"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/internal/storecodec"
	"github.com/jackc/pgx/v5"
)

// Stats counts the store. Articles, Statements, Speakers, Sources,
// ByPolarity and the publication range cover the latest version of each
// article; Versions counts every stored version.
func (s *DB) Stats(ctx context.Context) (*claimtrail.Stats, error) {
	st := &claimtrail.Stats{Backend: Backend, ByPolarity: map[string]int{}}
	err := s.withTx(ctx, true, func(tx pgx.Tx) error {
		var first, last *string
		if err := tx.QueryRow(ctx, `SELECT
			(SELECT count(*) FROM articles WHERE latest),
			(SELECT count(*) FROM articles),
			(SELECT count(DISTINCT source) FROM articles WHERE latest AND source <> ''),
			(SELECT to_char(min(published), 'YYYY-MM-DD') FROM articles WHERE latest),
			(SELECT to_char(max(published), 'YYYY-MM-DD') FROM articles WHERE latest),
			(SELECT count(DISTINCT s.speaker_id) FROM statements s JOIN articles a ON a.id = s.article_id
				WHERE a.latest AND s.speaker_key <> ''),
			(SELECT coalesce(max(version), 0) FROM schema_migrations)`).Scan(
			&st.Articles, &st.Versions, &st.Sources, &first, &last, &st.Speakers, &st.SchemaVersion); err != nil {
			return fmt.Errorf("stats: %w", formatError(err))
		}
		st.FirstPublished, st.LastPublished = storecodec.Deref(first), storecodec.Deref(last)

		rows, err := tx.Query(ctx, `SELECT s.polarity, count(*) FROM statements s
			JOIN articles a ON a.id = s.article_id WHERE a.latest GROUP BY s.polarity`)
		if err != nil {
			return fmt.Errorf("stats: %w", formatError(err))
		}
		defer rows.Close()
		for rows.Next() {
			var p string
			var n int
			if err := rows.Scan(&p, &n); err != nil {
				return fmt.Errorf("stats: %w", err)
			}
			st.ByPolarity[p] = n
			st.Statements += n
		}
		if err := rows.Err(); err != nil {
			return fmt.Errorf("stats: %w", formatError(err))
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return st, nil
}
