package sqlite

import (
	"context"
	"fmt"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/internal/storecodec"
)

// Stats counts the store. Articles, Statements, Speakers, Sources,
// ByPolarity and the publication range cover the latest version of each
// article; Versions counts every stored version.
func (s *DB) Stats(ctx context.Context) (*claimtrail.Stats, error) {
	tx, err := s.begin(ctx, true)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()

	st := &claimtrail.Stats{Backend: Backend, ByPolarity: map[string]int{}}
	var first, last *string
	if err := tx.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM articles WHERE latest = 1),
		(SELECT count(*) FROM articles),
		(SELECT count(DISTINCT source) FROM articles WHERE latest = 1 AND source <> ''),
		(SELECT min(published) FROM articles WHERE latest = 1),
		(SELECT max(published) FROM articles WHERE latest = 1),
		(SELECT count(DISTINCT s.speaker_id) FROM statements s JOIN articles a ON a.id = s.article_id
			WHERE a.latest = 1 AND s.speaker_key <> ''),
		(SELECT coalesce(max(version), 0) FROM schema_migrations)`).Scan(
		&st.Articles, &st.Versions, &st.Sources, &first, &last, &st.Speakers, &st.SchemaVersion); err != nil {
		return nil, fmt.Errorf("stats: %w", formatError(err))
	}
	st.FirstPublished, st.LastPublished = storecodec.Deref(first), storecodec.Deref(last)

	rows, err := tx.QueryContext(ctx, `SELECT s.polarity, count(*) FROM statements s
		JOIN articles a ON a.id = s.article_id WHERE a.latest = 1 GROUP BY s.polarity`)
	if err != nil {
		return nil, fmt.Errorf("stats: %w", formatError(err))
	}
	defer rows.Close()
	for rows.Next() {
		var p string
		var n int
		if err := rows.Scan(&p, &n); err != nil {
			return nil, fmt.Errorf("stats: %w", err)
		}
		st.ByPolarity[p] = n
		st.Statements += n
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("stats: %w", formatError(err))
	}
	return st, nil
}
