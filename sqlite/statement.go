package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/internal/storecodec"
)

// FindStatements returns matching statements with their articles' URL,
// source, title and publication, ranked by relevance when f.Query is set,
// else in article then statement order, and the total count before
// paging. Returns EINVALID for a negative offset or limit.
func (s *DB) FindStatements(ctx context.Context, f claimtrail.StatementFilter) ([]*claimtrail.StoredStatement, int, error) {
	page, err := limitClause(f.Offset, f.Limit)
	if err != nil {
		return nil, 0, err
	}
	q := newStatementQuery(f)
	pageSQL := q.pageSQL(page)
	// The page query is prepared (and cached) before the transaction
	// takes a connection: an in-memory database has only one.
	stmt, err := s.prepared(ctx, pageSQL)
	if err != nil {
		return nil, 0, fmt.Errorf("find statements: %w", formatError(err))
	}
	tx, err := s.begin(ctx, true)
	if err != nil {
		return nil, 0, err
	}
	defer tx.Rollback()

	total := -1
	if !f.SkipTotal {
		if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM "+q.from+q.cond, q.args...).Scan(&total); err != nil {
			return nil, 0, fmt.Errorf("count statements: %w", formatError(err))
		}
	}
	var rows *sql.Rows
	if stmt != nil {
		rows, err = tx.StmtContext(ctx, stmt).QueryContext(ctx, q.args...)
	} else {
		rows, err = tx.QueryContext(ctx, pageSQL, q.args...)
	}
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

// statementQuery is a statement search in SQL: the tables, the WHERE
// clause and its arguments, the order of the rows and their rank.
type statementQuery struct {
	from, cond, order, rank string
	args                    []any
}

func newStatementQuery(f claimtrail.StatementFilter) statementQuery {
	q := statementQuery{
		from:  "statements s JOIN articles a ON a.id = s.article_id",
		order: "s.article_id, s.n, s.id",
		rank:  "0.0",
	}
	var where []string
	if m := statementMatch(f); m != "" {
		q.from += " JOIN statements_fts ON statements_fts.rowid = s.id"
		where, q.args = append(where, "statements_fts MATCH ?"), append(q.args, m)
		if !f.Unranked {
			// bm25 is lower for better matches; Rank is higher for them.
			q.rank = "-bm25(statements_fts)"
			q.order = "bm25(statements_fts), " + q.order
		}
	}
	if f.Unranked {
		// No ORDER BY: the scan stops after the page instead of sorting
		// every match (FTS5 yields rowids in ascending order).
		q.order = ""
	}
	where, q.args = statementFilters(f, where, q.args)
	if len(where) > 0 {
		q.cond = " WHERE " + strings.Join(where, " AND ")
	}
	return q
}

// statementMatch returns the FTS5 expression of f's query and concepts,
// both required, or "" when there is nothing to search for.
func statementMatch(f claimtrail.StatementFilter) string {
	m := matchQuery(f.Query)
	c := conceptMatch(f.Concepts, f.MinConcepts)
	if f.Unranked {
		c = setMatch(f.Concepts, f.MinConcepts)
	}
	switch {
	case c == "":
		return m
	case m == "":
		return c
	}
	return "(" + m + ") AND " + c
}

// statementFilters appends the conditions of f's fields other than the
// search text to where, and their values to args.
func statementFilters(f claimtrail.StatementFilter, where []string, args []any) ([]string, []any) {
	if v := f.ArticleID; v != nil {
		where, args = append(where, "s.article_id = ?"), append(args, *v)
	}
	if len(f.ArticleIDs) > 0 {
		ph := strings.Repeat(",?", len(f.ArticleIDs))[1:]
		where = append(where, "s.article_id IN ("+ph+")")
		for _, id := range f.ArticleIDs {
			args = append(args, id)
		}
	}
	if v := f.Doc; v != nil {
		where, args = append(where, "a.doc_id = ?"), append(args, *v)
	}
	if v := f.Speaker; v != nil {
		// the speakers some statement names so, and unlinked statements so named
		k := storecodec.SpeakerKey(*v)
		where = append(where, `(s.speaker_key = ? OR s.speaker_id IN
			(SELECT n.speaker_id FROM statements n WHERE n.speaker_key = ? AND n.speaker_id IS NOT NULL))`)
		args = append(args, k, k)
	}
	if v := f.SpeakerID; v != nil {
		where, args = append(where, "s.speaker_id = ?"), append(args, *v)
	}
	if v := f.Polarity; v != nil {
		where, args = append(where, "s.polarity = ?"), append(args, *v)
	}
	if v := f.From; v != nil {
		where, args = append(where, "s.day >= ?"), append(args, v.Format(storecodec.DateLayout))
	}
	if v := f.To; v != nil {
		where, args = append(where, "s.day <= ?"), append(args, v.Format(storecodec.DateLayout))
	}
	if f.Latest {
		where = append(where, "a.latest = 1")
	}
	return where, args
}

// pageSQL returns the query of one page of statements. The page is chosen
// on ids and sort keys alone, then its rows are read in full: sorting
// every match's forty columns to keep twenty rows made a common word's
// search several times slower. Each row comes packed (packedRows): its
// columns as one json_array, then the rank.
func (q statementQuery) pageSQL(page string) string {
	return `WITH page AS (SELECT s.id AS id, ` + q.rank + ` AS rank, s.article_id AS article_id, s.n AS n
			FROM ` + q.from + q.cond + orderBy(q.order) + page + `)
		SELECT json_array(` + packedStatementColumns + `), page.rank
		FROM page JOIN statements s ON s.id = page.id JOIN articles a ON a.id = s.article_id
		ORDER BY page.rank DESC, page.article_id, page.n, page.id`
}

// packedStatementColumns are the columns storecodec.ScanStatements reads
// but the rank, in its order; the rank comes after a.published_at
// (packedRankAt).
const (
	packedStatementColumns = `s.id, s.article_id, s.n, s.doc,
		s.speaker_name, s.speaker_mention, s.speaker_start_byte, s.speaker_end_byte,
		s.speaker_role, s.speaker_affiliation, s.speaker_type,
		s.cue_text, s.cue_lemma, s.cue_start_byte, s.cue_end_byte,
		s.content, s.content_spans, s.form, s.polarity, s.hedged,
		s.said_value, s.said_grain, s.said_text, s.said_start_byte, s.said_end_byte, s.said_basis,
		s.channel_kind, s.channel_text, s.channel_venue, s.channel_start_byte, s.channel_end_byte,
		s.addressee, s.via, s.start_byte, s.end_byte, s.said_expr,
		a.url, a.source, a.title, a.published_at, s.speaker_id, s.polarity_by`
	packedRankAt = 40
)

func scanStatements(rows *sql.Rows) ([]*claimtrail.StoredStatement, error) {
	p := newPackedRows(rows, packedRankAt)
	out, err := storecodec.ScanStatements(p)
	if err != nil {
		return nil, err
	}
	if err := p.Err(); err != nil {
		return nil, fmt.Errorf("find statements: %w", formatError(err))
	}
	return out, nil
}

func orderBy(order string) string {
	if order == "" {
		return ""
	}
	return " ORDER BY " + order
}
