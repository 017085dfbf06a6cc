package postgres

import (
	"context"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/claimtrail/claimtrail"
)

var _ claimtrail.ArticleSearcher = (*DB)(nil)

// TermGroupFrequencies counts the latest articles and, per group, the
// articles whose title or text holds one of its terms, each count stopped
// at limit so that a common word costs no more than a rare one.
func (s *DB) TermGroupFrequencies(ctx context.Context, groups [][]string, limit int) (int, []int, error) {
	var n int
	df := make([]int, len(groups))
	err := s.withTx(ctx, true, func(tx pgx.Tx) error {
		if err := tx.QueryRow(ctx, `SELECT count(*) FROM articles WHERE latest`).Scan(&n); err != nil {
			return fmt.Errorf("count articles: %w", formatError(err))
		}
		for i, g := range groups {
			q, args := conceptQuery([][]string{g}, 1, 2)
			if q == "" {
				continue
			}
			if err := tx.QueryRow(ctx, `SELECT count(*) FROM (SELECT 1 FROM articles a
				WHERE a.tsv @@ `+q+` LIMIT $1) AS m`, append([]any{limit}, args...)...).Scan(&df[i]); err != nil {
				return fmt.Errorf("term frequency: %w", formatError(err))
			}
		}
		return nil
	})
	return n, df, err
}

// SearchArticles ranks the latest articles holding any term of the
// searched groups by ts_rank (the title weighs more: its tsv weight is A),
// then tells for each hit which of all the groups it holds.
func (s *DB) SearchArticles(ctx context.Context, q claimtrail.ArticleSearch) ([]claimtrail.ArticleHit, error) {
	search := q.Groups
	if q.Search != nil {
		search = make([][]string, len(q.Search))
		for i, g := range q.Search {
			search[i] = q.Groups[g]
		}
	}
	var p placeholders
	p.add(q.Limit)
	m, args := conceptQuery(search, 1, 2)
	if m == "" || q.Limit <= 0 {
		return nil, nil
	}
	p.args = append(p.args, args...)
	text := "''"
	if q.TextWindow > 0 {
		text = "substr(a.text, 1, " + p.add(q.TextWindow) + ")"
	}
	where := []string{"a.tsv @@ query.q", "a.latest"}
	if q.From != nil {
		where = append(where, "a.published_at >= "+p.add(*q.From))
	}
	if q.To != nil {
		where = append(where, "a.published_at < "+p.add(q.To.AddDate(0, 0, 1)))
	}
	var hits []claimtrail.ArticleHit
	err := s.withTx(ctx, true, func(tx pgx.Tx) error {
		rows, err := tx.Query(ctx, `SELECT a.id, a.key, a.hash, a.version, a.doc_id, a.url, a.source,
			a.title, a.author, a.lang, a.published_at, `+text+`, a.ingested_at, a.statements
			FROM articles a, (SELECT `+m+` AS q) AS query WHERE `+strings.Join(where, " AND ")+`
			ORDER BY ts_rank(a.tsv, query.q) DESC, a.id LIMIT $1`, p.args...)
		if err != nil {
			return fmt.Errorf("search articles: %w", formatError(err))
		}
		arts, err := scanArticles(rows)
		rows.Close()
		if err != nil {
			return err
		}
		hits, err = groupHits(ctx, tx, q.Groups, arts)
		return err
	})
	return hits, err
}

// groupHits tells for each of arts which of groups it holds: one query
// per group, restricted to the articles.
func groupHits(ctx context.Context, tx pgx.Tx, groups [][]string, arts []*claimtrail.Article) ([]claimtrail.ArticleHit, error) {
	hits := make([]claimtrail.ArticleHit, len(arts))
	at := map[int64]int{}
	ids := make([]int64, len(arts))
	for i, a := range arts {
		hits[i].Article, at[a.ID], ids[i] = *a, i, a.ID
	}
	for g, terms := range groups {
		m, args := conceptQuery([][]string{terms}, 1, 2)
		if m == "" {
			continue
		}
		rows, err := tx.Query(ctx, `SELECT a.id FROM articles a WHERE a.id = ANY($1) AND a.tsv @@ `+m,
			append([]any{ids}, args...)...)
		if err != nil {
			return nil, fmt.Errorf("search articles: %w", formatError(err))
		}
		for rows.Next() {
			var id int64
			if err := rows.Scan(&id); err != nil {
				rows.Close()
				return nil, fmt.Errorf("search articles: %w", err)
			}
			hits[at[id]].Groups = append(hits[at[id]].Groups, g)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("search articles: %w", formatError(err))
		}
	}
	return hits, nil
}
