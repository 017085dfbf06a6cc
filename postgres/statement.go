package postgres

import (
	"context"
	"fmt"
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/internal/storecodec"
	"github.com/jackc/pgx/v5"
)

// statementColumns lists the statements columns that PutArticles writes,
// in the order statementArgs returns them.
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

// statementArgs returns st's column values; published is the article's
// publication date (or nil), the fallback for the day column.
func statementArgs(articleID int64, st *claimtrail.Statement, published any) ([]any, error) {
	via, err := storecodec.EncodeVia(st.Via)
	if err != nil {
		return nil, err
	}
	sp := st.Speaker
	spStart, spEnd := spanArgs(sp.Span)
	chStart, chEnd := spanArgs(st.Channel.Span)
	var saidValue, saidGrain, saidText, saidStart, saidEnd, saidBasis, saidDate any
	day := published
	if t := st.SaidOn; t != nil {
		saidValue, saidGrain, saidText, saidBasis = t.Value, t.Grain, t.Text, t.Basis
		saidStart, saidEnd = spanArgs(t.Span)
		if d := dateValue(storecodec.FirstDay(t.Value)); d != nil {
			saidDate, day = d, d
		}
	}
	return []any{
		articleID, st.N, st.Doc,
		sp.Name, storecodec.SpeakerKey(sp.Name), sp.Mention, spStart, spEnd,
		sp.Role, sp.Affiliation, sp.Type,
		st.Cue.Text, st.Cue.Lemma, st.Cue.Span.Start, st.Cue.Span.End,
		st.Content.Text, storecodec.EncodeSpans(st.Content.Spans), st.Form, st.Polarity, st.Hedged,
		saidValue, saidGrain, saidText, saidStart, saidEnd, saidBasis,
		saidDate, day,
		st.Channel.Kind, st.Channel.Text, st.Channel.Venue, chStart, chEnd,
		st.Addressee, via, st.Span.Start, st.Span.End,
	}, nil
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
	var p placeholders
	var where []string
	from := "statements s JOIN articles a ON a.id = s.article_id"
	order := "s.article_id, s.n, s.id"
	rank := "0::float8"
	q, args := tsQuery(f.Query, 1)
	if c, cargs := conceptQuery(f.Concepts, f.MinConcepts, 1+len(args)); c != "" {
		if q != "" {
			q = "(" + q + " && " + c + ")"
		} else {
			q = c
		}
		args = append(args, cargs...)
	}
	if q != "" {
		p.args = append(p.args, args...)
		from += " CROSS JOIN (SELECT " + q + " AS q) AS query"
		where = append(where, "s.tsv @@ query.q")
		if !f.Unranked {
			rank = "ts_rank(s.tsv, query.q)::float8"
			order = "ts_rank(s.tsv, query.q) DESC, " + order
		}
	}
	if f.Unranked {
		order = "s.id" // storage order, as SQLite gives it
	}
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
			return nil, 0, nil // PostgreSQL rejects such text, and none is stored
		}
		v := *c.v
		if c.key {
			v = storecodec.SpeakerKey(v)
		}
		where = append(where, c.col+" = "+p.add(v))
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
	cond := ""
	if len(where) > 0 {
		cond = " WHERE " + strings.Join(where, " AND ")
	}

	total := -1
	if !f.SkipTotal {
		if err := tx.QueryRow(ctx, "SELECT count(*) FROM "+from+cond, p.args...).Scan(&total); err != nil {
			return nil, 0, fmt.Errorf("count statements: %w", formatError(err))
		}
	}
	rows, err := tx.Query(ctx, `SELECT s.id, s.article_id, s.n, s.doc,
		s.speaker_name, s.speaker_mention, s.speaker_start_byte, s.speaker_end_byte,
		s.speaker_role, s.speaker_affiliation, s.speaker_type,
		s.cue_text, s.cue_lemma, s.cue_start_byte, s.cue_end_byte,
		s.content, s.content_spans::text, s.form, s.polarity, s.hedged,
		s.said_value, s.said_grain, s.said_text, s.said_start_byte, s.said_end_byte, s.said_basis,
		s.channel_kind, s.channel_text, s.channel_venue, s.channel_start_byte, s.channel_end_byte,
		s.addressee, s.via::text, s.start_byte, s.end_byte,
		a.url, a.source, a.title, a.published_at, `+rank+`
		FROM `+from+cond+" ORDER BY "+order+page, p.args...)
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

func scanStatement(rows pgx.Rows) (*claimtrail.StoredStatement, error) {
	var r storecodec.StatementRow
	if err := rows.Scan(r.Dest(&r.St.Hedged)...); err != nil {
		return nil, fmt.Errorf("scan statement: %w", err)
	}
	return r.Finish()
}
