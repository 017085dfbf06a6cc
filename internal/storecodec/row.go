package storecodec

import (
	"fmt"
	"time"

	"github.com/claimtrail/claimtrail"
)

// StatementRow holds one statement row while a store scans it: the
// nullable columns land here and Finish decodes them into St. Both stores
// select the same columns in the same order (see Dest), so they share this.
type StatementRow struct {
	St claimtrail.StoredStatement

	spStart, spEnd, chStart, chEnd, saidStart, saidEnd *int
	saidValue, saidGrain, saidText, saidBasis          *string
	contentSpans, via, published, saidExpr             *string
	speakerID                                          *int64
}

// Dest returns the scan targets in column order. Both drivers scan the
// hedged column into a bool (SQLite's 0 or 1 too).
func (r *StatementRow) Dest() []any {
	st, sp := &r.St, &r.St.Speaker
	return []any{&st.ID, &st.ArticleID, &st.N, &st.Doc,
		&sp.Name, &sp.Mention, &r.spStart, &r.spEnd,
		&sp.Role, &sp.Affiliation, &sp.Type,
		&st.Cue.Text, &st.Cue.Lemma, &st.Cue.Span.Start, &st.Cue.Span.End,
		&st.Content.Text, &r.contentSpans, &st.Form, &st.Polarity, &st.Hedged,
		&r.saidValue, &r.saidGrain, &r.saidText, &r.saidStart, &r.saidEnd, &r.saidBasis,
		&st.Channel.Kind, &st.Channel.Text, &st.Channel.Venue, &r.chStart, &r.chEnd,
		&st.Addressee, &r.via, &st.Span.Start, &st.Span.End, &r.saidExpr,
		&st.URL, &st.Source, &st.Title, &r.published, &st.Rank, &r.speakerID,
		&st.PolarityBy}
}

// Finish decodes the scanned nullable columns into the statement.
func (r *StatementRow) Finish() (*claimtrail.StoredStatement, error) {
	st := &r.St
	var err error
	st.Speaker.Span = SpanOf(r.spStart, r.spEnd)
	st.Channel.Span = SpanOf(r.chStart, r.chEnd)
	if r.speakerID != nil {
		st.Speaker.ID = *r.speakerID
	}
	if r.saidValue != nil {
		st.SaidOn = &claimtrail.TimeRef{Value: *r.saidValue, Grain: Deref(r.saidGrain), Text: Deref(r.saidText),
			Span: SpanOf(r.saidStart, r.saidEnd), Basis: Deref(r.saidBasis)}
	}
	if st.SaidOnExpr, err = DecodeTimeExpr(r.saidExpr); err != nil {
		return nil, fmt.Errorf("statement %d: %w", st.ID, err)
	}
	if st.Content.Spans, err = DecodeSpans(r.contentSpans); err != nil {
		return nil, fmt.Errorf("statement %d: %w", st.ID, err)
	}
	if st.Via, err = DecodeVia(r.via); err != nil {
		return nil, fmt.Errorf("statement %d: %w", st.ID, err)
	}
	if r.published != nil {
		if st.Published, err = time.Parse(time.RFC3339Nano, *r.published); err != nil {
			return nil, fmt.Errorf("statement %d: published: %w", st.ID, err)
		}
	}
	return st, nil
}

// SpanOf returns the span of two nullable columns, nil when either is NULL.
func SpanOf(start, end *int) *claimtrail.Span {
	if start == nil || end == nil {
		return nil
	}
	return &claimtrail.Span{Start: *start, End: *end}
}

// Deref returns a nullable string column's value, "" for NULL.
func Deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// Rows is what both drivers' result sets offer (*sql.Rows, pgx.Rows).
type Rows interface {
	Next() bool
	Scan(dest ...any) error
	Err() error
}

// ScanStatements reads every statement row of rows. The caller checks
// rows.Err after it, to translate the driver's error its own way.
func ScanStatements(rows Rows) ([]*claimtrail.StoredStatement, error) {
	var out []*claimtrail.StoredStatement
	for rows.Next() {
		var r StatementRow
		if err := rows.Scan(r.Dest()...); err != nil {
			return nil, fmt.Errorf("scan statement: %w", err)
		}
		st, err := r.Finish()
		if err != nil {
			return nil, err
		}
		out = append(out, st)
	}
	return out, nil
}
