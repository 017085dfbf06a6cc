package web

import (
	"encoding/json"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/claimtrail/claimtrail"
)

// TestOpenAPI_DescribesEveryRoute checks the embedded description against
// the route table: every API route is described with its method, every
// path parameter is declared, and every $ref resolves.
func TestOpenAPI_DescribesEveryRoute(t *testing.T) {
	var doc struct {
		OpenAPI    string                               `json:"openapi"`
		Paths      map[string]map[string]map[string]any `json:"paths"`
		Components map[string]map[string]any            `json:"components"`
	}
	if err := json.Unmarshal(openAPI, &doc); err != nil {
		t.Fatal(err)
	}
	if doc.OpenAPI != "3.1.0" {
		t.Errorf("openapi %q", doc.OpenAPI)
	}
	s := &server{}
	described := map[string]bool{}
	for _, rt := range s.apiRoutes() {
		op, ok := doc.Paths[rt.path][strings.ToLower(rt.method)]
		if !ok {
			t.Errorf("%s %s is not described", rt.method, rt.path)
			continue
		}
		described[rt.path] = true
		if _, ok := op["responses"].(map[string]any)["200"]; !ok {
			t.Errorf("%s %s: no 200 response", rt.method, rt.path)
		}
		if strings.Contains(rt.path, "{id}") && !strings.Contains(string(mustJSON(op["parameters"])), `"in":"path"`) {
			t.Errorf("%s %s: path parameter not declared", rt.method, rt.path)
		}
	}
	for p := range doc.Paths {
		if !described[p] {
			t.Errorf("%s is described but not served", p)
		}
	}
	var refs []string
	collectRefs(mustAny(openAPI), &refs)
	for _, r := range refs {
		parts := strings.Split(strings.TrimPrefix(r, "#/components/"), "/")
		if len(parts) != 2 || doc.Components[parts[0]][parts[1]] == nil {
			t.Errorf("$ref %s does not resolve", r)
		}
	}
	if len(refs) < 20 {
		t.Errorf("only %d $refs: description incomplete?", len(refs))
	}
}

// TestOpenAPI_SchemasMatchJSON checks that the schemas name every field the
// Go types write, so the description cannot fall behind the model.
func TestOpenAPI_SchemasMatchJSON(t *testing.T) {
	var doc struct {
		Components struct {
			Schemas map[string]json.RawMessage `json:"schemas"`
		} `json:"components"`
	}
	if err := json.Unmarshal(openAPI, &doc); err != nil {
		t.Fatal(err)
	}
	props := func(name string) map[string]bool {
		out := map[string]bool{}
		var walk func(string)
		walk = func(name string) {
			var s struct {
				Properties map[string]any `json:"properties"`
				AllOf      []struct {
					Ref        string         `json:"$ref"`
					Properties map[string]any `json:"properties"`
				} `json:"allOf"`
			}
			if err := json.Unmarshal(doc.Components.Schemas[name], &s); err != nil {
				t.Fatalf("schema %s: %v", name, err)
			}
			for k := range s.Properties {
				out[k] = true
			}
			for _, a := range s.AllOf {
				for k := range a.Properties {
					out[k] = true
				}
				if a.Ref != "" {
					walk(strings.TrimPrefix(a.Ref, "#/components/schemas/"))
				}
			}
		}
		walk(name)
		return out
	}
	span := claimtrail.Span{Start: 1, End: 2}
	st := claimtrail.StoredStatement{ID: 1, ArticleID: 1, Statement: claimtrail.Statement{Doc: "d", N: 1,
		Speaker: claimtrail.Speaker{Span: &span}, SaidOn: &claimtrail.TimeRef{Span: &span},
		Channel: claimtrail.Channel{Span: &span}, Via: []claimtrail.Via{{}}},
		URL: "u", Source: "s", Title: "t", Published: time.Now(), Rank: 1}
	ref := claimtrail.StatementRef{Doc: "d", N: 1, ArticleID: 1, Speaker: "s", SaidOn: "x", Published: "p", URL: "u", Source: "s", StatementID: 1}
	cases := map[string]any{
		"StoredStatement": st,
		"TracedStatement": claimtrail.TracedStatement{StoredStatement: st, Stance: "asserts", StanceConfidence: 1, Match: 1},
		"Trace": claimtrail.Trace{Claim: "c", EarliestAssertion: &ref, EarliestDenial: &ref,
			Origins: []claimtrail.OriginStory{{}}, DateConflicts: []claimtrail.DateConflict{{}}, Citations: []claimtrail.Citation{{}},
			Articles: []claimtrail.TracedArticle{{Doc: "d", ArticleID: 1, Title: "t", Narration: "n"}}},
		"TracedArticle":         claimtrail.TracedArticle{Doc: "d", ArticleID: 1, Title: "t", StanceConfidence: 1, Narration: "n"},
		"StatementRef":          ref,
		"Origin":                claimtrail.OriginStory{ArticleID: 1, Statement: &ref},
		"DateConflict":          claimtrail.DateConflict{},
		"Citation":              claimtrail.Citation{},
		"Speaker":               st.Speaker,
		"Cue":                   st.Cue,
		"Content":               st.Content,
		"TimeRef":               *st.SaidOn,
		"Channel":               st.Channel,
		"Via":                   claimtrail.Via{},
		"Article":               claimtrail.Article{ID: 1, Document: claimtrail.Document{ID: "d", URL: "u", Source: "s", Title: "t", Author: "a", Lang: "en", Published: time.Now(), Text: "x", Key: "k"}, Hash: "h", Version: 1, IngestedAt: time.Now(), Statements: 1},
		"SpeakerSummary":        claimtrail.SpeakerSummary{Name: "n", First: "f", Last: "l"},
		"Stats":                 claimtrail.Stats{FirstPublished: "a", LastPublished: "b"},
		"StatementPage":         statementPage{},
		"SpeakerPage":           speakerList{},
		"ArticleWithStatements": articleBody{},
		"Error":                 errorBody{},
	}
	for name, v := range cases {
		var m map[string]any
		if err := json.Unmarshal(mustJSON(v), &m); err != nil {
			t.Fatal(err)
		}
		have := props(name)
		var missing []string
		for k := range m {
			if !have[k] {
				missing = append(missing, k)
			}
		}
		sort.Strings(missing)
		if len(missing) > 0 {
			t.Errorf("schema %s lacks %v (%s)", name, missing, reflect.TypeOf(v))
		}
	}
}

func mustJSON(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return b
}

func mustAny(b []byte) any {
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		panic(err)
	}
	return v
}

func collectRefs(v any, out *[]string) {
	switch x := v.(type) {
	case map[string]any:
		for k, y := range x {
			if k == "$ref" {
				*out = append(*out, y.(string))
			}
			collectRefs(y, out)
		}
	case []any:
		for _, y := range x {
			collectRefs(y, out)
		}
	}
}

func TestHighlight(t *testing.T) {
	text := "Zoë said “no” — then “maybe”, on Friday."
	sp := func(sub string) claimtrail.Span {
		i := strings.Index(text, sub)
		return claimtrail.Span{Start: i, End: i + len(sub)}
	}
	speaker, date := sp("Zoë"), sp("on Friday")
	st := &claimtrail.StoredStatement{Statement: claimtrail.Statement{N: 1,
		Speaker: claimtrail.Speaker{Span: &speaker},
		Cue:     claimtrail.Cue{Span: sp("said")},
		Content: claimtrail.Content{Spans: []claimtrail.Span{sp("no"), sp("maybe")}},
		SaidOn:  &claimtrail.TimeRef{Span: &date},
	}}
	// a second statement overlapping the first, and broken spans
	bad := claimtrail.Span{Start: 2, End: 3} // inside "ë"
	out := claimtrail.Span{Start: 5, End: 999}
	st2 := &claimtrail.StoredStatement{Statement: claimtrail.Statement{N: 2,
		Speaker: claimtrail.Speaker{Span: &bad},
		Cue:     claimtrail.Cue{Span: claimtrail.Span{Start: 9, End: 4}},
		Content: claimtrail.Content{Spans: []claimtrail.Span{sp("no” — then"), out}},
	}}
	segs := highlight(text, []*claimtrail.StoredStatement{st, st2})
	var b strings.Builder
	got := map[string]string{}
	for _, s := range segs {
		if !utf8.ValidString(s.Text) {
			t.Errorf("piece %q splits a character", s.Text)
		}
		b.WriteString(s.Text)
		if len(s.Kinds) > 0 {
			got[s.Text] = s.Class() + " " + s.NList()
		}
	}
	if b.String() != text {
		t.Fatalf("pieces give %q", b.String())
	}
	want := map[string]string{
		"Zoë":       "hl hl-speaker 1",
		"said":      "hl hl-cue 1",
		"no":        "hl hl-content 1 2",
		"” — then":  "hl hl-content 2",
		"maybe":     "hl hl-content 1",
		"on Friday": "hl hl-date 1",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("highlights\n got %v\nwant %v", got, want)
	}
	if segs := highlight("", []*claimtrail.StoredStatement{st}); len(segs) != 0 {
		t.Errorf("empty text: %v", segs)
	}
}

func TestStatementDate(t *testing.T) {
	pub := time.Date(2022, 10, 9, 18, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		saidOn   string // "" for none
		pub      time.Time
		day      string // "" for undated
		when     string
		byPublic bool
	}{
		{"2022-W40", pub, "2022-10-03", "2022-W40", false},
		{"2022-10-07T10:00", pub, "2022-10-07", "2022-10-07T10:00", false},
		{"XXXX-04-24", pub, "2022-10-09", "2022-10-09", true},
		{"+202", pub, "2022-10-09", "2022-10-09", true},
		{"", pub, "2022-10-09", "2022-10-09", true},
		{"PRESENT_REF", time.Time{}, "", "undated", false},
	} {
		st := &claimtrail.StoredStatement{Published: tt.pub}
		if tt.saidOn != "" {
			st.SaidOn = &claimtrail.TimeRef{Value: tt.saidOn}
		}
		d, when, byPub := statementDate(st)
		day := ""
		if !d.IsZero() {
			day = d.Format("2006-01-02")
		}
		if day != tt.day || when != tt.when || byPub != tt.byPublic {
			t.Errorf("statementDate(said_on %q) = %q, %q, %v; want %q, %q, %v", tt.saidOn, day, when, byPub, tt.day, tt.when, tt.byPublic)
		}
	}
}

func TestTicks(t *testing.T) {
	day := func(s string) time.Time { d, _ := time.Parse("2006-01-02", s); return d }
	for _, c := range []struct{ lo, hi, first, last string }{
		{"2025-04-01", "2025-04-05", "2025-04-01", "2025-04-05"},
		{"2025-01-10", "2025-06-20", "2025-02", "2025-06"},
		{"2019-03-01", "2025-06-20", "2020", "2025"},
	} {
		ts := ticks(day(c.lo), day(c.hi))
		if len(ts) == 0 || len(ts) > 8 || ts[0].label != c.first || ts[len(ts)-1].label != c.last {
			t.Errorf("ticks(%s, %s) = %v", c.lo, c.hi, ts)
		}
	}
}

func TestLayoutTimeline(t *testing.T) {
	d := time.Date(2025, 4, 1, 0, 0, 0, 0, time.UTC)
	var items []tlItem
	for i := range 5 { // five assertions on one day stack upwards
		items = append(items, tlItem{Date: d, Lane: -1, Class: "asserts", I: i})
	}
	items = append(items, tlItem{Date: d.AddDate(0, 0, 10), Lane: 1, Class: "denies"}, tlItem{Lane: 0, Class: "neutral"})
	tl := layoutTimeline(items, []tlEvent{{Date: d.AddDate(0, 0, 3), Row: 1, Label: "origin", Class: "callout origin", Mark: -1}})
	if len(tl.Marks) != len(items) || !tl.HasUndated {
		t.Fatalf("%d marks, undated %v", len(tl.Marks), tl.HasUndated)
	}
	for i := 1; i < 5; i++ {
		if tl.Marks[i].Y >= tl.Marks[i-1].Y || tl.Marks[i].X != tl.Marks[0].X {
			t.Errorf("stack: mark %d at (%v,%v), previous (%v,%v)", i, tl.Marks[i].X, tl.Marks[i].Y, tl.Marks[i-1].X, tl.Marks[i-1].Y)
		}
	}
	if tl.Marks[5].Y <= tl.AxisY || tl.Marks[6].Y != tl.AxisY || tl.Marks[6].X != tl.UndatedX {
		t.Errorf("deny at %v, neutral at (%v,%v), axis %v", tl.Marks[5].Y, tl.Marks[6].X, tl.Marks[6].Y, tl.AxisY)
	}
	if tl.Marks[0].Y < tl.Top || float64(tl.Height) < tl.Bottom {
		t.Errorf("marks outside the chart: %v < %v", tl.Marks[0].Y, tl.Top)
	}
	if len(tl.Lines) != 1 || tl.Lines[0].X <= tl.Marks[0].X || tl.Lines[0].X >= tl.Marks[5].X {
		t.Errorf("origin line %+v", tl.Lines)
	}
}
