package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/claimtrail/claimtrail"
)

var _ claimtrail.ArticleSearcher = (*DB)(nil)

// TermGroupFrequencies counts the latest articles and, per group, the
// articles whose title or text holds one of its terms, each count read
// from the full-text index and stopped at limit so that a common word
// costs no more than a rare one.
func (s *DB) TermGroupFrequencies(ctx context.Context, groups [][]string, limit int) (int, []int, error) {
	tx, err := s.begin(ctx, true)
	if err != nil {
		return 0, nil, err
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM articles WHERE latest = 1`).Scan(&n); err != nil {
		return 0, nil, fmt.Errorf("count articles: %w", formatError(err))
	}
	df := make([]int, len(groups))
	for i, g := range groups {
		m := setMatch([][]string{g}, 1)
		if m == "" {
			continue
		}
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM (SELECT rowid FROM articles_fts
			WHERE articles_fts MATCH ? LIMIT ?)`, m, limit).Scan(&df[i]); err != nil {
			return 0, nil, fmt.Errorf("term frequency: %w", formatError(err))
		}
	}
	return n, df, nil
}

// SearchArticles ranks the latest articles holding any term of the
// searched groups by bm25 over title (weighing 2) and text, then tells
// for each hit which of all the groups it holds: one query per group,
// restricted to the hits.
func (s *DB) SearchArticles(ctx context.Context, q claimtrail.ArticleSearch) ([]claimtrail.ArticleHit, error) {
	search := q.Groups
	if q.Search != nil {
		search = make([][]string, len(q.Search))
		for i, g := range q.Search {
			search[i] = q.Groups[g]
		}
	}
	m := conceptMatch(search, 1)
	if m == "" || q.Limit <= 0 {
		return nil, nil
	}
	tx, err := s.begin(ctx, true)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	text := "''"
	if q.TextWindow > 0 {
		text = fmt.Sprintf("substr(a.text, 1, %d)", q.TextWindow)
	}
	where, args := []string{"articles_fts MATCH ?", "a.latest = 1"}, []any{m}
	if q.From != nil {
		where, args = append(where, "a.published_at >= ?"), append(args, q.From.Format("2006-01-02"))
	}
	if q.To != nil {
		where, args = append(where, "substr(a.published_at, 1, 10) <= ?"), append(args, q.To.Format("2006-01-02"))
	}
	rows, err := tx.QueryContext(ctx, `SELECT a.id, a.key, a.hash, a.version, a.doc_id, a.url, a.source,
		a.title, a.author, a.lang, a.published_at, `+text+`, a.ingested_at, a.statements
		FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
		WHERE `+strings.Join(where, " AND ")+` ORDER BY bm25(articles_fts, 2.0, 1.0), a.id LIMIT ?`, append(args, q.Limit)...)
	if err != nil {
		return nil, fmt.Errorf("search articles: %w", formatError(err))
	}
	arts, err := scanArticles(rows)
	rows.Close()
	if err != nil || len(arts) == 0 {
		return nil, err
	}
	hits := make([]claimtrail.ArticleHit, len(arts))
	at := map[int64]int{}
	ids := make([]any, len(arts))
	for i, a := range arts {
		hits[i].Article, at[a.ID], ids[i] = *a, i, a.ID
	}
	in := strings.Repeat(",?", len(ids))[1:]
	for g, terms := range q.Groups {
		gm := setMatch([][]string{terms}, 1)
		if gm == "" {
			continue
		}
		if err := groupHits(ctx, tx, gm, in, ids, func(id int64) {
			hits[at[id]].Groups = append(hits[at[id]].Groups, g)
		}); err != nil {
			return nil, err
		}
	}
	return hits, nil
}

// groupHits calls hit for each of the articles ids whose title or text
// matches the FTS5 expression m.
func groupHits(ctx context.Context, tx *sql.Tx, m, in string, ids []any, hit func(int64)) error {
	rows, err := tx.QueryContext(ctx, `SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? AND rowid IN (`+in+`)`,
		append([]any{m}, ids...)...)
	if err != nil {
		return fmt.Errorf("search articles: %w", formatError(err))
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return fmt.Errorf("search articles: %w", err)
		}
		hit(id)
	}
	return rows.Err()
}
