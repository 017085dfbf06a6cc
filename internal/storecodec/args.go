package storecodec

import "github.com/claimtrail/claimtrail"

// StatementColumns lists the statements columns that PutArticles writes,
// in the order StatementArgs fills them.
var StatementColumns = []string{
	"article_id", "n", "doc",
	"speaker_name", "speaker_key", "speaker_mention", "speaker_start_byte", "speaker_end_byte",
	"speaker_role", "speaker_affiliation", "speaker_type",
	"cue_text", "cue_lemma", "cue_start_byte", "cue_end_byte",
	"content", "content_spans", "form", "polarity", "hedged",
	"said_value", "said_grain", "said_text", "said_start_byte", "said_end_byte", "said_basis",
	"said_date", "day",
	"channel_kind", "channel_text", "channel_venue", "channel_start_byte", "channel_end_byte",
	"addressee", "via", "start_byte", "end_byte", "said_expr", "speaker_id",
	"polarity_by",
}

// StatementArgs fills args, len(StatementColumns) long, with st's column
// values. published is the article's PublishedDay, the fallback for the
// day column; date turns a YYYY-MM-DD string into the store's date value,
// nil when it is none (""). speakerID is the statement's speaker
// (Linker.Link), 0 for none.
func StatementArgs(args []any, articleID int64, st *claimtrail.Statement, speakerID int64, published string, date func(string) any) error {
	via, err := EncodeVia(st.Via)
	if err != nil {
		return err
	}
	expr, err := EncodeTimeExpr(st.SaidOnExpr)
	if err != nil {
		return err
	}
	sp := st.Speaker
	spStart, spEnd := spanArgs(sp.Span)
	chStart, chEnd := spanArgs(st.Channel.Span)
	var saidValue, saidGrain, saidText, saidStart, saidEnd, saidBasis, saidDate any
	day := date(published)
	if t := st.SaidOn; t != nil {
		saidValue, saidGrain, saidText, saidBasis = t.Value, t.Grain, t.Text, t.Basis
		saidStart, saidEnd = spanArgs(t.Span)
		if d := date(FirstDay(t.Value)); d != nil {
			saidDate, day = d, d
		}
	}
	copy(args, []any{
		articleID, st.N, st.Doc,
		sp.Name, SpeakerKey(sp.Name), sp.Mention, spStart, spEnd,
		sp.Role, sp.Affiliation, sp.Type,
		st.Cue.Text, st.Cue.Lemma, st.Cue.Span.Start, st.Cue.Span.End,
		st.Content.Text, EncodeSpans(st.Content.Spans), st.Form, st.Polarity, st.Hedged,
		saidValue, saidGrain, saidText, saidStart, saidEnd, saidBasis,
		saidDate, day,
		st.Channel.Kind, st.Channel.Text, st.Channel.Venue, chStart, chEnd,
		st.Addressee, via, st.Span.Start, st.Span.End, expr, nullID(speakerID),
		st.PolarityBy,
	})
	return nil
}

func spanArgs(s *claimtrail.Span) (start, end any) {
	if s == nil {
		return nil, nil
	}
	return s.Start, s.End
}

// PublishedDay returns the document's publication date in its own zone,
// or "" when unknown or outside the years 1 to 9999 that both stores'
// date columns hold (published_at keeps the exact value regardless).
func PublishedDay(d *claimtrail.Document) string {
	if y := d.Published.Year(); !d.HasPublished() || y < 1 || y > 9999 {
		return ""
	}
	return d.Published.Format(DateLayout)
}

// ValidateInputs returns ValidateInput's error for the first input that
// cannot be stored, nil when all can.
func ValidateInputs(in []claimtrail.ArticleInput) error {
	for i := range in {
		if err := ValidateInput(i, &in[i]); err != nil {
			return err
		}
	}
	return nil
}

func nullID(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}
