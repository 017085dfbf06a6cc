package ingest_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/ingest"
)

// result collects what Read reports.
type result struct {
	docs  []*claimtrail.Document
	fails []*ingest.Error
	warns []*ingest.Warning
	skips []*ingest.Skip
}

func (r *result) failText() string {
	var b strings.Builder
	for _, f := range r.fails {
		b.WriteString(f.Error() + "\n")
	}
	return b.String()
}

// now is the fixed reading time of every test.
var now = time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC)

func mustRead(tb testing.TB, inputs []string, opt ingest.Options) *result {
	tb.Helper()
	if opt.Now.IsZero() {
		opt.Now = now
	}
	var r result
	err := ingest.Read(context.Background(), inputs, opt, ingest.Handler{
		Doc:  func(d *claimtrail.Document) error { r.docs = append(r.docs, d); return nil },
		Fail: func(e *ingest.Error) { r.fails = append(r.fails, e) },
		Warn: func(e *ingest.Warning) { r.warns = append(r.warns, e) },
		Skip: func(s *ingest.Skip) { r.skips = append(r.skips, s) },
	})
	if err != nil {
		tb.Fatalf("Read: %v", err)
	}
	return &r
}

func writeFile(tb testing.TB, dir, name string, data []byte) string {
	tb.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		tb.Fatal(err)
	}
	return p
}

func TestKnown(t *testing.T) {
	for _, tc := range []struct {
		path string
		want bool
	}{
		{"a.txt", true}, {"a.TEXT", true}, {"a.jsonl", true}, {"a.ndjson", true},
		{"a.html", true}, {"a.HTM", true}, {"a.xhtml", true},
		{"a.rss", true}, {"a.atom", true}, {"a.xml", true}, {"a.json", true},
		{"a.warc", true}, {"a.warc.gz", true}, {"a.html.gz", true}, {"a.jsonl.gz", true},
		{"a.meta.json", false}, {"a.meta.json.gz", false},
		{"a.gz", false}, {"a.tar.gz", false}, {"a.pdf", false}, {"README", false}, {"a.md", false},
	} {
		if got := ingest.Known(tc.path); got != tc.want {
			t.Errorf("Known(%q) = %v, want %v", tc.path, got, tc.want)
		}
	}
}

func TestRead_HTML(t *testing.T) {
	r := mustRead(t, []string{"testdata/html/harbour-dispute.html"}, ingest.Options{})
	if len(r.fails) > 0 || len(r.docs) != 1 {
		t.Fatalf("docs=%d fails:\n%s", len(r.docs), r.failText())
	}
	d := r.docs[0]
	want := claimtrail.Document{
		ID:        "harbour-dispute",
		URL:       "https://courier.example/harbour/port-authority-denies-deal",
		Source:    "The Northbay Courier",
		Title:     "Port authority denies dredging deal",
		Author:    "Mara Quill",
		Lang:      "en",
		Published: time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC),
	}
	got := *d
	got.Text, got.Origin = "", ""
	if got != want {
		t.Errorf("metadata:\n got %+v\nwant %+v", got, want)
	}
	wantText := "Port authority denies dredging deal\n\n" +
		"The Northbay port authority on Tuesday denied a report that it had signed a secret dredging contract with a shipping firm from across the bay.\n\n" +
		"“These claims are simply not true,” harbour master Odile Fenwick told reporters at the quay.\n" +
		"She added that the authority “has not and will not” award contracts without a public tender.\n\n" +
		"The report, first published by a local newsletter last week, said the contract was worth several million crowns, according to two people familiar with the talks.\n\n" +
		"“We have nothing to hide,” the authority said in a statement.\n\n" +
		"City councillors said they would ask for the minutes of the board meeting in March, and it was unclear whether the board had discussed dredging at all.\n\n" +
		"The tender rules date from 2019.\n\n" +
		"The board meets monthly."
	if d.Text != wantText {
		t.Errorf("text:\n got %q\nwant %q", d.Text, wantText)
	}
	// Deterministic: the same page gives the same bytes every time.
	for range 3 {
		if again := mustRead(t, []string{"testdata/html/harbour-dispute.html"}, ingest.Options{}); again.docs[0].Text != d.Text {
			t.Fatal("extraction is not deterministic")
		}
	}
}

// page wraps paragraphs in enough of a news page for extraction.
func page(head, body string) string {
	return "<!doctype html><html" + head + "><head><title>Fictional headline here</title></head><body><article>" + body + "</article></body></html>"
}

// para is two paragraphs: trafilatura needs some 250 characters before
// it trusts its own extraction over a one-paragraph baseline.
const para = "<p>The fictional ministry said on Monday that it had not approved the plan, and officials declined to say when a decision would be made.</p>" +
	"<p>Opposition members said the delay was deliberate, according to a letter seen by the newspaper, and asked for a vote in the assembly before the summer recess.</p>"

func TestRead_HTMLCases(t *testing.T) {
	dir := t.TempDir()
	cp1252 := []byte("<html><head><meta charset=\"windows-1252\"><title>x</title></head><body><article><p>Caf\xe9 owners said the rules were \x93unfair\x94 and would be challenged in court by the association.</p>" + para + "</article></body></html>")
	for _, tc := range []struct {
		name     string
		data     []byte
		wantText string // substring; "" means a failure is wanted
		wantFail string
		wantWarn string
		meta     string
	}{
		{name: "plain.html", data: []byte(page(` lang="fr-CA"`, para)), wantText: "The fictional ministry said on Monday"},
		{name: "cp1252.html", data: cp1252, wantText: "Café owners said the rules were “unfair”"},
		{name: "nometa-utf8.html", data: []byte(page("", "<p>Zürich officials said the façade would stay, and the council agreed.</p>"+para)), wantText: "Zürich officials said the façade"},
		{name: "invalid-utf8.html", data: []byte(page(` lang="en"`, "<p>Zürich: bad \xff\xfe bytes appear here in the middle of a sentence about the port.</p>"+para)), wantText: "Zürich: bad \uFFFD\uFFFD bytes", wantWarn: "invalid UTF-8"},
		{name: "unclosed.html", data: []byte("<html><body><div><p>Unclosed paragraph said the mayor on the radio this morning, officials confirmed<p>" + para + "<table><tr><td>cell"), wantText: "Unclosed paragraph said the mayor"},
		{name: "meta.html", data: []byte(page("", para)), meta: `{"id":"given-id","url":"https://given.example/x","published":"2025-01-02","source":"Given"}`, wantText: "fictional ministry"},
		{name: "empty.html", data: nil, wantFail: "empty page"},
		{name: "blank.html", data: []byte(" \n\t "), wantFail: "empty page"},
		{name: "binary.html", data: []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"), wantFail: "binary"},
		{name: "notext.html", data: []byte("<html><body><script>var a=1;</script></body></html>"), wantFail: "no main text"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := writeFile(t, dir, tc.name, tc.data)
			if tc.meta != "" {
				writeFile(t, dir, strings.TrimSuffix(tc.name, ".html")+".meta.json", []byte(tc.meta))
			}
			r := mustRead(t, []string{p}, ingest.Options{})
			if tc.wantFail != "" {
				if len(r.docs) != 0 || len(r.fails) != 1 || !strings.Contains(r.fails[0].Error(), tc.wantFail) || r.fails[0].Input != p {
					t.Fatalf("want one failure %q naming %s; docs=%d fails:\n%s", tc.wantFail, p, len(r.docs), r.failText())
				}
				return
			}
			if len(r.docs) != 1 {
				t.Fatalf("docs=%d fails:\n%s", len(r.docs), r.failText())
			}
			d := r.docs[0]
			if !strings.Contains(d.Text, tc.wantText) {
				t.Errorf("text %q lacks %q", d.Text, tc.wantText)
			}
			if tc.wantWarn != "" && (len(r.warns) == 0 || !strings.Contains(r.warns[0].Error(), tc.wantWarn)) {
				t.Errorf("want warning %q, got %v", tc.wantWarn, r.warns)
			}
			if tc.meta != "" && (d.ID != "given-id" || d.URL != "https://given.example/x" || d.Source != "Given" || d.Published.Format("2006-01-02") != "2025-01-02") {
				t.Errorf("meta not applied: %+v", d)
			}
			if tc.name == "plain.html" && d.Lang != "fr" {
				t.Errorf("lang = %q, want fr", d.Lang)
			}
		})
	}
}

func TestRead_JSONLWithHTML(t *testing.T) {
	dir := t.TempDir()
	p := writeFile(t, dir, "recs.jsonl", []byte(
		`{"id":"r1","url":"https://given.example/r1","published":"2026-02-01","html":"<html><body><article>`+strings.ReplaceAll(para, `"`, `\"`)+`</article></body></html>"}`+"\n"+
			`{"html":"<html><head><link rel=\"canonical\" href=\"https://canon.example/r2\"></head><body><article>`+para+`</article></body></html>"}`+"\n"+
			`{"id":"r3","html":"<html><body><script>x</script></body></html>"}`+"\n"+
			`{"id":"r4","text":"Plain text stays as it is."}`+"\n"))
	r := mustRead(t, []string{p}, ingest.Options{})
	if len(r.docs) != 3 || len(r.fails) != 1 {
		t.Fatalf("docs=%d fails:\n%s", len(r.docs), r.failText())
	}
	if d := r.docs[0]; d.ID != "r1" || d.URL != "https://given.example/r1" || d.Published.Format("2006-01-02") != "2026-02-01" || !strings.HasPrefix(d.Text, "The fictional ministry") {
		t.Errorf("r1: %+v", d)
	}
	if d := r.docs[1]; d.ID != "https://canon.example/r2" || d.URL != "https://canon.example/r2" {
		t.Errorf("r2 id/url from canonical: %+v", d)
	}
	if r.fails[0].Input != p+":3" || !strings.Contains(r.fails[0].Error(), "no main text") {
		t.Errorf("r3 failure: %v", r.fails[0])
	}
	if d := r.docs[2]; d.Text != "Plain text stays as it is." {
		t.Errorf("r4 text: %q", d.Text)
	}
}

func TestRead_Stdin(t *testing.T) {
	for _, tc := range []struct {
		name, in, format, wantText string
	}{
		{"text", "Just text.", "", "Just text."},
		{"jsonl", `{"id":"a","text":"From JSONL."}`, "", "From JSONL."},
		{"html sniffed", page("", para), "", "The fictional ministry said"},
		{"html forced", "<p>" + strings.Repeat("A forced HTML page body sentence. ", 3) + "</p>", "html", "A forced HTML page body sentence."},
		{"rss sniffed", `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>I</title><link>https://x.example/i</link><description>Item text.</description></item></channel></rss>`, "", "Item text."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := mustRead(t, []string{"-"}, ingest.Options{Stdin: strings.NewReader(tc.in), Format: tc.format})
			if len(r.docs) != 1 || !strings.Contains(r.docs[0].Text, tc.wantText) {
				t.Fatalf("docs=%v fails:\n%s", r.docs, r.failText())
			}
		})
	}
}

// A symbolic link named as input is followed to its folder; a link loop
// inside the folder is not walked.
func TestRead_SymlinkedFolder(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "real")
	if err := os.Mkdir(real, 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, real, "a.txt", []byte("Text A."))
	writeFile(t, real, "b.txt", []byte("Text B."))
	if err := os.Symlink(real, filepath.Join(dir, "link")); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	if err := os.Symlink(real, filepath.Join(real, "loop")); err != nil {
		t.Fatal(err)
	}
	for _, in := range []string{filepath.Join(dir, "link"), filepath.Join(dir, "link") + "/"} {
		r := mustRead(t, []string{in}, ingest.Options{})
		if len(r.docs) != 2 || len(r.fails) != 0 {
			t.Errorf("%s: docs=%d, want 2; fails:\n%s", in, len(r.docs), r.failText())
		}
		for _, d := range r.docs {
			if !strings.HasPrefix(d.Origin, filepath.Join(dir, "link")) {
				t.Errorf("%s: origin %q is not under the path given", in, d.Origin)
			}
		}
	}
}

func TestRead_Folder(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "a.txt", []byte("Text A."))
	writeFile(t, dir, "a.meta.json", []byte(`{"source":"S"}`))
	writeFile(t, dir, "b.html", []byte(page("", para)))
	writeFile(t, dir, "c.xml", []byte(`<?xml version="1.0"?><sitemap/>`))
	writeFile(t, dir, "d.json", []byte(`{"not":"a feed"}`))
	writeFile(t, dir, "e.pdf", []byte("%PDF-1.4"))
	r := mustRead(t, []string{dir}, ingest.Options{})
	if len(r.docs) != 2 || len(r.fails) != 0 || len(r.skips) != 2 {
		t.Fatalf("docs=%d skips=%v fails:\n%s", len(r.docs), r.skips, r.failText())
	}
	for _, s := range r.skips {
		if s.Reason != ingest.SkipNotFeed {
			t.Errorf("skip %+v", s)
		}
	}
	// Named explicitly, a non-feed .xml is a failure.
	r = mustRead(t, []string{filepath.Join(dir, "c.xml")}, ingest.Options{})
	if len(r.fails) != 1 || !strings.Contains(r.fails[0].Error(), "not a feed") {
		t.Errorf("fails:\n%s", r.failText())
	}
}
