package sqlite

import (
	"context"
	"database/sql"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/internal/storecodec"
	"github.com/claimtrail/claimtrail/storetest"
)

// awkwardTexts are texts JSON must escape or carry as they are.
var awkwardTexts = []string{
	"", `"quoted"`, `back\slash`, "tab\there", "line\nbreak\r\n", "bell\x07 unit\x1f del\x7f",
	"Zoë, l’état, 東京, 😀", "line\u2028separator", `\u0041 is not an escape here`, "/slash/", "\x00nul",
	"bad\xffbyte", "1234", "null", "[1,2]",
}

// TestUnpack_AsSQLiteWrites packs values with SQLite's own json_array and
// reads them back as the driver reads the columns.
func TestUnpack_AsSQLiteWrites(t *testing.T) {
	db := openMemory(t)
	for _, s := range awkwardTexts {
		checkUnpack(t, db, s)
	}
}

func FuzzUnpack(f *testing.F) {
	for _, s := range awkwardTexts {
		f.Add(s)
	}
	db := openMemory(f)
	f.Fuzz(func(t *testing.T, s string) { checkUnpack(t, db, s) })
}

func openMemory(tb testing.TB) *sql.DB {
	db, err := sql.Open("sqlite", ":memory:")
	if err != nil {
		tb.Fatal(err)
	}
	db.SetMaxOpenConns(1)
	tb.Cleanup(func() { db.Close() })
	return db
}

// checkUnpack packs s, a NULL and integers and compares each value with
// the driver's column.
func checkUnpack(t *testing.T, db *sql.DB, s string) {
	var raw []byte
	var col string
	err := db.QueryRow(`SELECT json_array(?, NULL, -9223372036854775808, 0, 42), ?`, s, s).Scan(&raw, &col)
	if err != nil {
		t.Skipf("SQLite cannot pack %q: %v", s, err)
	}
	vals, err := unpack(string(raw), nil)
	if err != nil {
		t.Fatalf("unpack(%s): %v", raw, err)
	}
	want := []packedValue{{kind: 's', s: col}, {kind: 'n'}, {kind: 'i', i: -9223372036854775808}, {kind: 'i'}, {kind: 'i', i: 42}}
	if !reflect.DeepEqual(vals, want) {
		t.Errorf("unpack(%s) = %+v, want %+v", raw, vals, want)
	}
}

// TestFindStatements_PackedAsColumns reads statements with every nullable
// field set and unset and awkward texts, packed and column by column:
// the two agree field for field.
func TestFindStatements_PackedAsColumns(t *testing.T) {
	ctx := context.Background()
	st, err := Open(ctx, ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	in := []claimtrail.ArticleInput{storetest.NewGenerator(3).Article(0, 6), awkwardArticle()}
	if _, err := st.PutArticles(ctx, in); err != nil {
		t.Fatal(err)
	}
	got, _, err := st.FindStatements(ctx, claimtrail.StatementFilter{Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	rows, err := st.db.QueryContext(ctx, `SELECT `+strings.Replace(packedStatementColumns, "s.speaker_id", "0.0, s.speaker_id", 1)+`
		FROM statements s JOIN articles a ON a.id = s.article_id ORDER BY s.article_id, s.n, s.id`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	want, err := storecodec.ScanStatements(rows)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 8 || !reflect.DeepEqual(got, want) {
		t.Errorf("packed rows differ from columns:\n got %+v\nwant %+v", got, want)
	}
}

// awkwardArticle holds two statements: one with every optional field set
// and texts JSON must escape, one with none set.
func awkwardArticle() claimtrail.ArticleInput {
	text := strings.Repeat("x", 200)
	d := &claimtrail.Document{ID: "awkward", URL: "https://example.org/\"q\"", Source: `back\slash`, Title: "Tab\tand\nnewline",
		Text: text, Published: time.Date(2024, 3, 4, 5, 6, 7, 0, time.FixedZone("", 3600))}
	sp := func(a, b int) *claimtrail.Span { return &claimtrail.Span{Start: a, End: b} }
	full := claimtrail.Statement{Doc: d.ID, N: 1,
		Speaker: claimtrail.Speaker{Name: `Zoë "Z" O’Neil`, Mention: "she\u2028", Span: sp(0, 3), Role: "minister\x01", Affiliation: "東京", Type: claimtrail.SpeakerPerson},
		Cue:     claimtrail.Cue{Text: "said", Span: claimtrail.Span{Start: 4, End: 8}, Lemma: "say"},
		Content: claimtrail.Content{Text: `"it's \ fine" 😀`, Spans: []claimtrail.Span{{Start: 9, End: 20}, {Start: 22, End: 30}}},
		Form:    claimtrail.FormDirect, Polarity: claimtrail.Deny, Hedged: true,
		SaidOn:    &claimtrail.TimeRef{Value: "2024-03-01", Grain: claimtrail.GrainDay, Text: "last Friday", Span: sp(31, 42), Basis: claimtrail.BasisContext},
		Channel:   claimtrail.Channel{Kind: claimtrail.ChannelUnknown, Text: "on\tair", Venue: "BBC", Span: sp(43, 50)},
		Addressee: "MPs", Via: []claimtrail.Via{{Name: "aide", Span: claimtrail.Span{Start: 51, End: 55}}},
		Span: claimtrail.Span{Start: 0, End: 60}}
	bare := claimtrail.Statement{Doc: d.ID, N: 2, Speaker: claimtrail.Speaker{Name: "X", Type: claimtrail.SpeakerPerson},
		Cue: claimtrail.Cue{Text: "told", Span: claimtrail.Span{Start: 70, End: 74}}, Content: claimtrail.Content{Text: "y"},
		Form: claimtrail.FormIndirect, Polarity: claimtrail.Affirm, Channel: claimtrail.Channel{Kind: claimtrail.ChannelUnknown},
		Span: claimtrail.Span{Start: 70, End: 80}}
	return claimtrail.ArticleInput{Doc: d, Hash: claimtrail.ArticleHash(d), Statements: []claimtrail.Statement{full, bare}}
}
