package postgres

import (
	"context"
	"fmt"
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/internal/storecodec"
	"github.com/jackc/pgx/v5"
)

// FindStatements returns matching statements with their articles' URL,
// source, title and publication, ranked by relevance when f.Query is set,
// else in article then statement order, and the total count before
// paging. Returns EINVALID for a negative offset or limit.
func (s *DB) FindStatements(ctx context.Context, f claimtrail.StatementFilter) ([]*claimtrail.StoredStatement, int, error) {
	var out []*claimtrail.StoredStatement
	var total int
	err := s.withTx(ctx, true, func(tx pgx.Tx) (err error) {
		out, total, err = findStatements(ctx, tx, f)
		return err
	})
	return out, total, err
}

func findStatements(ctx context.Context, tx pgx.Tx, f claimtrail.StatementFilter) ([]*claimtrail.StoredStatement, int, error) {
	page, err := limitClause(f.Offset, f.Limit)
	if err != nil {
		return nil, 0, err
	}
	q, ok := newStatementQuery(f)
	if !ok {
		return nil, 0, nil // PostgreSQL rejects such text, and none is stored
	}
	total := -1
	if !f.SkipTotal {
		if err := tx.QueryRow(ctx, "SELECT count(*) FROM "+q.from+q.cond, q.args...).Scan(&total); err != nil {
			return nil, 0, fmt.Errorf("count statements: %w", formatError(err))
		}
	}
	rows, err := tx.Query(ctx, `SELECT `+statementColumns(q.rank)+`
		FROM `+q.from+q.cond+" ORDER BY "+q.order+page, q.args...)
	if err != nil {
		return nil, 0, fmt.Errorf("find statements: %w", formatError(err))
	}
	defer rows.Close()
	out, err := scanStatements(rows)
	if err != nil {
		return nil, 0, err
	}
	return out, total, nil
}

// statementColumns lists the columns storecodec.ScanStatements reads,
// the rank last but one.
func statementColumns(rank string) string {
	return `s.id, s.article_id, s.n, s.doc,
		s.speaker_name, s.speaker_mention, s.speaker_start_byte, s.speaker_end_byte,
		s.speaker_role, s.speaker_affiliation, s.speaker_type,
		s.cue_text, s.cue_lemma, s.cue_start_byte, s.cue_end_byte,
		s.content, s.content_spans::text, s.form, s.polarity, s.hedged,
		s.said_value, s.said_grain, s.said_text, s.said_start_byte, s.said_end_byte, s.said_basis,
		s.channel_kind, s.channel_text, s.channel_venue, s.channel_start_byte, s.channel_end_byte,
		s.addressee, s.via::text, s.start_byte, s.end_byte, s.said_expr,
		a.url, a.source, a.title, a.published_at, ` + rank + `, s.speaker_id, s.polarity_by`
}

// statementQuery is a statement search in SQL: the tables, the WHERE
// clause and its arguments, the order of the rows and their rank.
type statementQuery struct {
	from, cond, order, rank string
	placeholders
}

// newStatementQuery returns the search f asks for; false when a field
// holds text PostgreSQL rejects, so that nothing can match.
func newStatementQuery(f claimtrail.StatementFilter) (statementQuery, bool) {
	q := statementQuery{
		from:  "statements s JOIN articles a ON a.id = s.article_id",
		order: "s.article_id, s.n, s.id",
		rank:  "0::float8",
	}
	var where []string
	if tsq := statementTSQuery(f, &q.placeholders); tsq != "" {
		q.from += " CROSS JOIN (SELECT " + tsq + " AS q) AS query"
		where = append(where, "s.tsv @@ query.q")
		if !f.Unranked {
			q.rank = "ts_rank(s.tsv, query.q)::float8"
			q.order = "ts_rank(s.tsv, query.q) DESC, " + q.order
		}
	}
	if f.Unranked {
		q.order = "s.id" // storage order, as SQLite gives it
	}
	where, ok := statementFilters(f, where, &q.placeholders)
	if len(where) > 0 {
		q.cond = " WHERE " + strings.Join(where, " AND ")
	}
	return q, ok
}

// statementTSQuery returns the tsquery of f's query and concepts, both
// required, binding their terms in p; "" when there is nothing to search for.
func statementTSQuery(f claimtrail.StatementFilter, p *placeholders) string {
	q, args := tsQuery(f.Query, len(p.args)+1)
	c, cargs := conceptQuery(f.Concepts, f.MinConcepts, len(p.args)+1+len(args))
	p.args = append(append(p.args, args...), cargs...)
	switch {
	case c == "":
		return q
	case q == "":
		return c
	}
	return "(" + q + " && " + c + ")"
}

// statementFilters appends the conditions of f's fields other than the
// search text to where, binding their values in p; false when a field
// holds text PostgreSQL rejects.
func statementFilters(f claimtrail.StatementFilter, where []string, p *placeholders) ([]string, bool) {
	if v := f.ArticleID; v != nil {
		where = append(where, "s.article_id = "+p.add(*v))
	}
	if len(f.ArticleIDs) > 0 {
		where = append(where, "s.article_id = ANY("+p.add(f.ArticleIDs)+")")
	}
	for _, c := range []struct {
		col string
		v   *string
		key bool
	}{{"a.doc_id", f.Doc, false}, {"s.speaker_key", f.Speaker, true}, {"s.polarity", f.Polarity, false}} {
		if c.v == nil {
			continue
		} else if !storecodec.CleanText(*c.v) {
			return nil, false
		}
		if c.key {
			// the speakers some statement names so, and unlinked statements so named
			k := p.add(storecodec.SpeakerKey(*c.v))
			where = append(where, "(s.speaker_key = "+k+` OR s.speaker_id IN
				(SELECT n.speaker_id FROM statements n WHERE n.speaker_key = `+k+` AND n.speaker_id IS NOT NULL))`)
			continue
		}
		where = append(where, c.col+" = "+p.add(*c.v))
	}
	if v := f.SpeakerID; v != nil {
		where = append(where, "s.speaker_id = "+p.add(*v))
	}
	if v := f.From; v != nil {
		where = append(where, "s.day >= "+p.add(v.Format(storecodec.DateLayout))+"::date")
	}
	if v := f.To; v != nil {
		where = append(where, "s.day <= "+p.add(v.Format(storecodec.DateLayout))+"::date")
	}
	if f.Latest {
		where = append(where, "a.latest")
	}
	return where, true
}

func scanStatements(rows pgx.Rows) ([]*claimtrail.StoredStatement, error) {
	out, err := storecodec.ScanStatements(rows)
	if err != nil {
		return nil, err
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("find statements: %w", formatError(err))
	}
	return out, nil
}
