package web_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/sqlite"
	"github.com/claimtrail/claimtrail/web"
)

// Every article below is invented for these tests: the town of Orvan,
// its water plant and everyone quoted are fictional.

const testClaim = "Orvan council sold the water plant"

// stmt builds a statement whose spans are found in text; a fixture naming
// text that is not there is a bug in the fixture, so it panics.
type stmt struct {
	speaker, mention, cue, content, polarity, said, saidText string
}

func at(text, sub string) claimtrail.Span {
	i := strings.Index(text, sub)
	if i < 0 {
		panic(fmt.Sprintf("fixture: %q not in text", sub))
	}
	return claimtrail.Span{Start: i, End: i + len(sub)}
}

func article(id, url, source, title, published, text string, sts ...stmt) claimtrail.ArticleInput {
	d := &claimtrail.Document{ID: id, URL: url, Source: source, Title: title, Text: text}
	if published != "" {
		t, err := claimtrail.ParseDate(published)
		if err != nil {
			panic(err)
		}
		d.Published = t
	}
	in := claimtrail.ArticleInput{Doc: d, Hash: "hash-" + id}
	for i, s := range sts {
		sp := at(text, s.mention)
		cue := at(text, s.cue)
		content := at(text, s.content)
		st := claimtrail.Statement{
			Doc: id, N: i + 1,
			Speaker:  claimtrail.Speaker{Name: s.speaker, Mention: s.mention, Span: &sp, Type: claimtrail.SpeakerPerson},
			Cue:      claimtrail.Cue{Text: s.cue, Span: cue, Lemma: strings.ToLower(s.cue)},
			Content:  claimtrail.Content{Text: s.content, Spans: []claimtrail.Span{content}},
			Form:     claimtrail.FormIndirect,
			Polarity: s.polarity,
			Channel:  claimtrail.Channel{Kind: claimtrail.ChannelUnknown},
			Via:      []claimtrail.Via{},
			Span:     sp.Join(cue).Join(content),
		}
		if s.said != "" {
			st.SaidOn = &claimtrail.TimeRef{Value: s.said, Grain: claimtrail.GrainDay, Basis: claimtrail.BasisExplicit}
			if s.saidText != "" {
				ds := at(text, s.saidText)
				st.SaidOn.Text, st.SaidOn.Span = s.saidText, &ds
				st.Span = st.Span.Join(ds)
			}
		}
		in.Statements = append(in.Statements, st)
	}
	return in
}

const saleText = "Councillor Ana Reyes said on Tuesday that the council had sold the water plant to Kestrel Holdings.\n\n" +
	"Mayor Ilya Brandt denied that the plant had been sold, calling the report “premature”."

const kestrelText = "Kestrel Holdings has not bought any plant in Orvan, spokesperson Tove Lind said on Thursday.\n\n" +
	"The story started from a report published on 3 April in the Orvan Courier."

const followText = "Ana Reyes told a town meeting on Monday that the water plant was sold in March. " +
	"Analyst Priya Nand said it was unclear whether the council sold the plant. " +
	"Ilya Brandt said the council never voted on any sale of the water plant."

// Hostile text: markup, attribute breakers and script URLs everywhere a
// stored article can carry them.
const hostileText = `Spokesman <b>Evil</b>" onmouseover="alert(1) said the plant <script>alert("x")</script> was sold. ` +
	`"><img src=x onerror=alert(2)> javascript:alert(3) ‘quoted’ — ünïcödé.`

func fixtures() []claimtrail.ArticleInput {
	return []claimtrail.ArticleInput{
		article("orvan-plant-sale", "https://brackwater.example/2025/04/orvan-plant-sale", "brackwater.example",
			"Orvan council sold its water plant, councillor says", "2025-04-02", saleText,
			stmt{"Ana Reyes", "Councillor Ana Reyes", "said", "the council had sold the water plant to Kestrel Holdings", claimtrail.Affirm, "2025-04-01", "on Tuesday"},
			stmt{"Ilya Brandt", "Mayor Ilya Brandt", "denied", "the plant had been sold", claimtrail.Deny, "2025-04-02", ""},
		),
		article("kestrel-statement", "https://harbourlight.example/kestrel", "harbourlight.example",
			"Kestrel denies buying Orvan plant", "2025-04-05", kestrelText,
			stmt{"Tove Lind", "spokesperson Tove Lind", "said", "Kestrel Holdings has not bought any plant in Orvan", claimtrail.Deny, "2025-04-03", "on Thursday"},
		),
		article("orvan-followup", "https://brackwater.example/2025/04/orvan-followup", "brackwater.example",
			"Questions remain over Orvan water plant", "2025-04-10", followText,
			stmt{"Ana Reyes", "Ana Reyes", "told", "the water plant was sold in March", claimtrail.Affirm, "2025-04-07", "on Monday"},
			stmt{"Priya Nand", "Analyst Priya Nand", "said", "it was unclear whether the council sold the plant", claimtrail.Affirm, "", ""},
			stmt{"Ilya Brandt", "Ilya Brandt", "said the council", "the council never voted on any sale of the water plant", claimtrail.Deny, "", ""},
		),
		article("hostile", "javascript:alert(document.cookie)", `" onmouseover="alert(1)`,
			`<script>alert("title")</script>`, "2025-04-11", hostileText,
			stmt{`<b>Evil</b>" onmouseover="alert(1)`, `<b>Evil</b>" onmouseover="alert(1)`, "said", `the plant <script>alert("x")</script> was sold`, claimtrail.Affirm, "", ""},
		),
	}
}

// mustStore returns a real SQLite store in a temporary directory holding
// the fixtures.
func mustStore(tb testing.TB) claimtrail.Store {
	tb.Helper()
	return mustStoreOf(tb, fixtures())
}

// mustStoreOf returns a real SQLite store in a temporary directory holding
// in.
func mustStoreOf(tb testing.TB, in []claimtrail.ArticleInput) claimtrail.Store {
	tb.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(tb.TempDir(), "web.db"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { st.Close() })
	if _, err := st.PutArticles(context.Background(), in); err != nil {
		tb.Fatal(err)
	}
	return st
}

// fakeTracer traces every claim over all stored statements with fixed
// rules (deny → denies, "unclear" → neutral, else asserts) and a made-up
// origin story and date conflict, so that pages show every part of a
// trace. Claims "fail", "invalid" and "slow" give an internal error, an
// EINVALID and a wait for the request's deadline.
type fakeTracer struct{ st claimtrail.Store }

var _ claimtrail.Tracer = fakeTracer{}

func (f fakeTracer) Trace(ctx context.Context, claim string, opt claimtrail.TraceOptions) (*claimtrail.Trace, error) {
	switch claim {
	case "fail":
		return nil, errors.New("database file /secret/path is corrupt")
	case "invalid":
		return nil, claimtrail.Errorf(claimtrail.EINVALID, "claim has no content words")
	case "slow":
		<-ctx.Done()
		return nil, ctx.Err()
	}
	sts, _, err := f.st.FindStatements(ctx, claimtrail.StatementFilter{Latest: true})
	if err != nil {
		return nil, err
	}
	tr := &claimtrail.Trace{Claim: claim, Statements: []claimtrail.TracedStatement{},
		Origins: []claimtrail.OriginStory{}, DateConflicts: []claimtrail.DateConflict{}, Citations: []claimtrail.Citation{}}
	ref := func(s *claimtrail.StoredStatement) claimtrail.StatementRef {
		r := claimtrail.StatementRef{Doc: s.Doc, N: s.N, ArticleID: s.ArticleID, Speaker: s.Speaker.Name,
			Published: claimtrail.FormatDate(s.Published), StatementID: s.ID}
		if s.SaidOn != nil {
			r.SaidOn = s.SaidOn.Value
		}
		return r
	}
	refs := map[string]claimtrail.StatementRef{}
	for _, s := range sts {
		stance := claimtrail.Asserts
		switch {
		case s.Polarity == claimtrail.Deny:
			stance = claimtrail.Denies
		case strings.Contains(s.Content.Text, "unclear"):
			stance = claimtrail.Neutral
		}
		tr.Statements = append(tr.Statements, claimtrail.TracedStatement{StoredStatement: *s, Stance: stance, StanceConfidence: 0.8, Match: 0.75})
		refs[fmt.Sprintf("%s/%d", s.Doc, s.N)] = ref(s)
		if opt.Limit > 0 && len(tr.Statements) == opt.Limit {
			break
		}
	}
	if r, ok := refs["orvan-plant-sale/1"]; ok {
		tr.EarliestAssertion = &r
	}
	if r, ok := refs["orvan-plant-sale/2"]; ok {
		tr.EarliestDenial = &r
	}
	ks := at(kestrelText, "The story started from a report published on 3 April in the Orvan Courier")
	o := claimtrail.OriginStory{Doc: "kestrel-statement", Text: ks.Text(kestrelText), Span: ks, Names: "Orvan Courier", Date: "2025-04-03",
		ContradictedBy: []claimtrail.StatementRef{}}
	for _, k := range []string{"orvan-plant-sale/1", "orvan-plant-sale/2"} {
		if r, ok := refs[k]; ok {
			o.ContradictedBy = append(o.ContradictedBy, r)
		}
	}
	tr.Origins = append(tr.Origins, o)
	if a, ok := refs["orvan-plant-sale/1"]; ok {
		if b, ok := refs["orvan-followup/1"]; ok {
			tr.DateConflicts = append(tr.DateConflicts, claimtrail.DateConflict{Speaker: "Ana Reyes",
				Values: []string{"2025-04-01", "2025-04-07"}, Statements: []claimtrail.StatementRef{a, b}})
		}
	}
	if r, ok := refs["kestrel-statement/1"]; ok {
		tr.Citations = append(tr.Citations, claimtrail.Citation{From: "Tove Lind", To: "Kestrel Holdings", Statements: []claimtrail.StatementRef{r}})
	}
	return tr, nil
}

// newHandler returns the handler over the fixture store and fake tracer.
func newHandler(tb testing.TB, opt web.Options) (http.Handler, claimtrail.Store) {
	tb.Helper()
	st := mustStore(tb)
	if opt.RequestTimeout == 0 {
		opt.RequestTimeout = 5 * time.Second
	}
	if opt.Logger == nil {
		opt.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	return web.New(st, fakeTracer{st}, opt), st
}
