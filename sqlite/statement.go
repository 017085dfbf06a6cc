package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/internal/storecodec"
)

// statementColumns lists the statements columns that PutArticles writes,
// in the order statementArgs fills them.
var statementColumns = []string{
	"article_id", "n", "doc",
	"speaker_name", "speaker_key", "speaker_mention", "speaker_start_byte", "speaker_end_byte",
	"speaker_role", "speaker_affiliation", "speaker_type",
	"cue_text", "cue_lemma", "cue_start_byte", "cue_end_byte",
	"content", "content_spans", "form", "polarity", "hedged",
	"said_value", "said_grain", "said_text", "said_start_byte", "said_end_byte", "said_basis",
	"said_date", "day",
	"channel_kind", "channel_text", "channel_venue", "channel_start_byte", "channel_end_byte",
	"addressee", "via", "start_byte", "end_byte",
}

// statementArgs fills args with st's column values; published is the
// article's publication date (or nil), the fallback for the day column.
func statementArgs(args []any, articleID int64, st *claimtrail.Statement, published any) error {
	via, err := storecodec.EncodeVia(st.Via)
	if err != nil {
		return err
	}
	sp := st.Speaker
	spStart, spEnd := spanArgs(sp.Span)
	chStart, chEnd := spanArgs(st.Channel.Span)
	var saidValue, saidGrain, saidText, saidStart, saidEnd, saidBasis, saidDate any
	day := published
	if t := st.SaidOn; t != nil {
		saidValue, saidGrain, saidText, saidBasis = t.Value, t.Grain, t.Text, t.Basis
		saidStart, saidEnd = spanArgs(t.Span)
		if d := storecodec.FirstDay(t.Value); d != "" {
			saidDate, day = d, d
		}
	}
	hedged := 0
	if st.Hedged {
		hedged = 1
	}
	copy(args, []any{
		articleID, st.N, st.Doc,
		sp.Name, storecodec.SpeakerKey(sp.Name), sp.Mention, spStart, spEnd,
		sp.Role, sp.Affiliation, sp.Type,
		st.Cue.Text, st.Cue.Lemma, st.Cue.Span.Start, st.Cue.Span.End,
		st.Content.Text, storecodec.EncodeSpans(st.Content.Spans), st.Form, st.Polarity, hedged,
		saidValue, saidGrain, saidText, saidStart, saidEnd, saidBasis,
		saidDate, day,
		st.Channel.Kind, st.Channel.Text, st.Channel.Venue, chStart, chEnd,
		st.Addressee, via, st.Span.Start, st.Span.End,
	})
	return nil
}

func spanArgs(s *claimtrail.Span) (start, end any) {
	if s == nil {
		return nil, nil
	}
	return s.Start, s.End
}

// FindStatements returns matching statements with their articles' URL,
// source, title and publication, ranked by relevance when f.Query is set,
// else in article then statement order, and the total count before
// paging. Returns EINVALID for a negative offset or limit.
func (s *DB) FindStatements(ctx context.Context, f claimtrail.StatementFilter) ([]*claimtrail.StoredStatement, int, error) {
	page, err := limitClause(f.Offset, f.Limit)
	if err != nil {
		return nil, 0, err
	}
	var where []string
	var args []any
	from := "statements s JOIN articles a ON a.id = s.article_id"
	order := "s.article_id, s.n, s.id"
	rank := "0.0"
	m := matchQuery(f.Query)
	if c := conceptMatch(f.Concepts, f.MinConcepts); c != "" {
		if m != "" {
			m = "(" + m + ") AND " + c
		} else {
			m = c
		}
	}
	if m != "" {
		from += " JOIN statements_fts ON statements_fts.rowid = s.id"
		where, args = append(where, "statements_fts MATCH ?"), append(args, m)
		if !f.Unranked {
			// bm25 is lower for better matches; Rank is higher for them.
			rank = "-bm25(statements_fts)"
			order = "bm25(statements_fts), " + order
		}
	}
	if f.Unranked {
		// No ORDER BY: the scan stops after the page instead of sorting
		// every match (FTS5 yields rowids in ascending order).
		order = ""
	}
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
		where, args = append(where, "s.speaker_key = ?"), append(args, storecodec.SpeakerKey(*v))
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
	cond := ""
	if len(where) > 0 {
		cond = " WHERE " + strings.Join(where, " AND ")
	}

	// The page query is prepared (and cached) before the transaction
	// takes a connection: an in-memory database has only one.
	pageSQL := `WITH page AS (SELECT s.id AS id, ` + rank + ` AS rank, s.article_id AS article_id, s.n AS n
			FROM ` + from + cond + orderBy(order) + page + `)
		SELECT s.id, s.article_id, s.n, s.doc,
		s.speaker_name, s.speaker_mention, s.speaker_start_byte, s.speaker_end_byte,
		s.speaker_role, s.speaker_affiliation, s.speaker_type,
		s.cue_text, s.cue_lemma, s.cue_start_byte, s.cue_end_byte,
		s.content, s.content_spans, s.form, s.polarity, s.hedged,
		s.said_value, s.said_grain, s.said_text, s.said_start_byte, s.said_end_byte, s.said_basis,
		s.channel_kind, s.channel_text, s.channel_venue, s.channel_start_byte, s.channel_end_byte,
		s.addressee, s.via, s.start_byte, s.end_byte,
		a.url, a.source, a.title, a.published_at, page.rank
		FROM page JOIN statements s ON s.id = page.id JOIN articles a ON a.id = s.article_id
		ORDER BY page.rank DESC, page.article_id, page.n, page.id`
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
		if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM "+from+cond, args...).Scan(&total); err != nil {
			return nil, 0, fmt.Errorf("count statements: %w", formatError(err))
		}
	}
	// The page is chosen on ids and sort keys alone, then its rows are
	// read in full: sorting every match's forty columns to keep twenty
	// rows made a common word's search several times slower.
	var rows *sql.Rows
	if stmt != nil {
		rows, err = tx.StmtContext(ctx, stmt).QueryContext(ctx, args...)
	} else {
		rows, err = tx.QueryContext(ctx, pageSQL, args...)
	}
	if err != nil {
		return nil, 0, fmt.Errorf("find statements: %w", formatError(err))
	}
	defer rows.Close()

	var out []*claimtrail.StoredStatement
	for rows.Next() {
		st, err := scanStatement(rows)
		if err != nil {
			return nil, 0, err
		}
		out = append(out, st)
	}
	if err := rows.Err(); err != nil {
		return nil, 0, fmt.Errorf("find statements: %w", formatError(err))
	}
	return out, total, nil
}

func scanStatement(rows *sql.Rows) (*claimtrail.StoredStatement, error) {
	var r storecodec.StatementRow
	var hedged int
	if err := rows.Scan(r.Dest(&hedged)...); err != nil {
		return nil, fmt.Errorf("scan statement: %w", err)
	}
	r.St.Hedged = hedged != 0
	return r.Finish()
}

func orderBy(order string) string {
	if order == "" {
		return ""
	}
	return " ORDER BY " + order
}
