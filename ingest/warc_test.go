package ingest_test

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"fmt"
	"strings"
	"testing"

	"github.com/claimtrail/claimtrail/ingest"
	gowarc "github.com/nlnwa/gowarc/v3"
)

// warcRec describes one record for the test archive.
type warcRec struct {
	typ    gowarc.RecordType
	uri    string
	date   string
	block  string // the HTTP message, or the resource body
	ctype  string // WARC Content-Type; default application/http
	header map[string]string
}

func httpResp(status, ctype, extra, body string) string {
	return "HTTP/1.1 " + status + "\r\nContent-Type: " + ctype + "\r\n" + extra + "\r\n" + body
}

func chunked(s string) string {
	var b strings.Builder
	for len(s) > 0 {
		n := min(len(s), 50)
		fmt.Fprintf(&b, "%x\r\n%s\r\n", n, s[:n])
		s = s[n:]
	}
	b.WriteString("0\r\n\r\n")
	return b.String()
}

func gzipped(s string) string {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte(s))
	zw.Close()
	return b.String()
}

func deflated(s string) string {
	var b bytes.Buffer
	zw, _ := flate.NewWriter(&b, 5)
	zw.Write([]byte(s))
	zw.Close()
	return b.String()
}

// marshalWARC writes records with gowarc's own builder and marshaler; with
// gz each record is its own gzip member, as in real .warc.gz files. It
// returns the bytes and the offset of each record.
func marshalWARC(tb testing.TB, recs []warcRec, gz bool) ([]byte, []int) {
	tb.Helper()
	var out bytes.Buffer
	var offs []int
	m := gowarc.NewMarshaler()
	for i, r := range recs {
		rb := gowarc.NewRecordBuilder(r.typ, gowarc.WithAddMissingDigest(true), gowarc.WithAddMissingRecordId(true), gowarc.WithAddMissingContentLength(true))
		if r.uri != "" {
			rb.AddWarcHeader(gowarc.WarcTargetURI, r.uri)
		}
		date := r.date
		if date == "" {
			date = fmt.Sprintf("2026-05-01T10:00:%02dZ", i)
		}
		rb.AddWarcHeader(gowarc.WarcDate, date)
		ct := r.ctype
		if ct == "" && r.typ != gowarc.Warcinfo {
			ct = "application/http;msgtype=response"
		}
		if ct != "" {
			rb.AddWarcHeader(gowarc.ContentType, ct)
		}
		for k, v := range r.header {
			rb.AddWarcHeader(k, v)
		}
		rb.WriteString(r.block)
		rec, _, err := rb.Build()
		if err != nil {
			tb.Fatalf("build record %d: %v", i, err)
		}
		offs = append(offs, out.Len())
		var w = &out
		var one bytes.Buffer
		if gz {
			w = &one
		}
		if _, _, err := m.Marshal(w, rec, 0); err != nil {
			tb.Fatalf("marshal record %d: %v", i, err)
		}
		if gz {
			out.WriteString(gzipped(one.String()))
		}
	}
	return out.Bytes(), offs
}

// article is a fictional page with its own date.
func article(title, date string) string {
	meta := ""
	if date != "" {
		meta = `<meta property="article:published_time" content="` + date + `">`
	}
	return "<!doctype html><html lang=\"en\"><head><title>" + title + "</title>" + meta + "</head><body><article><h1>" + title + "</h1>" + para + "</article></body></html>"
}

func testArchive() []warcRec {
	html := "text/html; charset=utf-8"
	return []warcRec{
		{typ: gowarc.Warcinfo, block: "software: claimtrail-test\r\n", ctype: "application/warc-fields"},
		{typ: gowarc.Request, uri: "https://w.example/a", block: "GET /a HTTP/1.1\r\nHost: w.example\r\n\r\n", ctype: "application/http;msgtype=request"},
		{typ: gowarc.Response, uri: "https://w.example/a", block: httpResp("200 OK", html, "", article("Page A", "2026-04-02"))},
		// The same payload at another URL: a duplicate.
		{typ: gowarc.Response, uri: "https://w.example/a?utm=x", block: httpResp("200 OK", html, "", article("Page A", "2026-04-02"))},
		{typ: gowarc.Revisit, uri: "https://w.example/a", block: "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n",
			header: map[string]string{gowarc.WarcProfile: gowarc.ProfileIdenticalPayloadDigestV1_1, gowarc.WarcPayloadDigest: "sha1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}},
		{typ: gowarc.Response, uri: "https://w.example/gone", block: httpResp("404 Not Found", html, "", "<p>gone</p>")},
		{typ: gowarc.Response, uri: "https://w.example/logo.png", block: httpResp("200 OK", "image/png", "", "\x89PNG\r\n\x1a\n")},
		{typ: gowarc.Response, uri: "https://w.example/b", date: "2026-05-03T08:00:00Z", block: httpResp("200 OK", html, "Transfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n", chunked(gzipped(article("Page B", ""))))},
		{typ: gowarc.Response, uri: "https://w.example/c", block: httpResp("200 OK", html, "Content-Encoding: deflate\r\n", deflated(article("Page C", "2026-04-20")))},
		{typ: gowarc.Response, uri: "https://w.example/notes.txt", block: httpResp("200 OK", "text/plain; charset=utf-8", "", "Plain notes from the archive.")},
		// A second capture of /a with new content: same URL, a distinct id.
		{typ: gowarc.Response, uri: "https://w.example/a", date: "2026-05-09T07:06:05Z", block: httpResp("200 OK", html, "", article("Page A updated", "2026-05-08"))},
	}
}

func TestRead_WARC(t *testing.T) {
	dir := t.TempDir()
	for _, gz := range []bool{false, true} {
		name := "test.warc"
		if gz {
			name += ".gz"
		}
		t.Run(name, func(t *testing.T) {
			data, offs := marshalWARC(t, testArchive(), gz)
			p := writeFile(t, dir, name, data)
			r := mustRead(t, []string{p}, ingest.Options{})
			if len(r.fails) > 0 {
				t.Fatalf("fails:\n%s", r.failText())
			}
			type doc struct{ id, url, published, origin, head string }
			want := []doc{
				{"https://w.example/a", "https://w.example/a", "2026-04-02", fmt.Sprintf("%s@%d", p, offs[2]), "Page A\n\nThe fictional"},
				{"https://w.example/b", "https://w.example/b", "2026-05-03", fmt.Sprintf("%s@%d", p, offs[7]), "Page B\n\nThe fictional"},
				{"https://w.example/c", "https://w.example/c", "2026-04-20", fmt.Sprintf("%s@%d", p, offs[8]), "Page C\n\nThe fictional"},
				{"https://w.example/notes.txt", "https://w.example/notes.txt", "2026-05-01", fmt.Sprintf("%s@%d", p, offs[9]), "Plain notes from the archive."},
				{"https://w.example/a@20260509070605", "https://w.example/a", "2026-05-08", fmt.Sprintf("%s@%d", p, offs[10]), "Page A updated\n\n"},
			}
			if len(r.docs) != len(want) {
				t.Fatalf("docs = %d, want %d", len(r.docs), len(want))
			}
			for i, w := range want {
				d := r.docs[i]
				got := doc{d.ID, d.URL, d.Published.Format("2006-01-02"), d.Origin, d.Text[:min(len(d.Text), len(w.head))]}
				if got != w {
					t.Errorf("doc %d:\n got %+v\nwant %+v", i, got, w)
				}
			}
			reasons := map[ingest.SkipReason]int{}
			for _, s := range r.skips {
				reasons[s.Reason]++
			}
			wantSkips := map[ingest.SkipReason]int{ingest.SkipDuplicate: 1, ingest.SkipRevisit: 1, ingest.SkipStatus: 1, ingest.SkipContentType: 1}
			if fmt.Sprint(reasons) != fmt.Sprint(wantSkips) {
				t.Errorf("skips %v, want %v", reasons, wantSkips)
			}
		})
	}
}

// The same capture in two archives is read once.
func TestRead_WARCDedupAcrossFiles(t *testing.T) {
	dir := t.TempDir()
	data, _ := marshalWARC(t, testArchive()[2:3], false)
	a := writeFile(t, dir, "a.warc", data)
	b := writeFile(t, dir, "b.warc", data)
	r := mustRead(t, []string{a, b}, ingest.Options{})
	if len(r.docs) != 1 || len(r.skips) != 1 || r.skips[0].Reason != ingest.SkipDuplicate {
		t.Errorf("docs=%d skips=%v", len(r.docs), r.skips)
	}
}

func TestRead_WARCTruncated(t *testing.T) {
	dir := t.TempDir()
	data, offs := marshalWARC(t, testArchive(), true)
	// Cut inside the member of record 8 (Page C).
	cut := offs[8] + (offs[9]-offs[8])/2
	p := writeFile(t, dir, "cut.warc.gz", data[:cut])
	r := mustRead(t, []string{p}, ingest.Options{})
	if len(r.docs) != 2 { // Page A and Page B come before the damage
		t.Errorf("docs = %d, want 2", len(r.docs))
	}
	wantInput := fmt.Sprintf("%s@%d", p, offs[8])
	if len(r.fails) != 1 || r.fails[0].Input != wantInput || !strings.Contains(r.fails[0].Error(), "truncated") {
		t.Errorf("want one failure at %s; got:\n%s", wantInput, r.failText())
	}

	// An uncompressed archive cut inside a record.
	raw, offs := marshalWARC(t, testArchive(), false)
	p = writeFile(t, dir, "cut.warc", raw[:offs[8]+100])
	r = mustRead(t, []string{p}, ingest.Options{})
	if len(r.docs) != 2 || len(r.fails) != 1 || r.fails[0].Input != fmt.Sprintf("%s@%d", p, offs[8]) {
		t.Errorf("docs=%d fails:\n%s", len(r.docs), r.failText())
	}
}

func TestRead_WARCBad(t *testing.T) {
	good, _ := marshalWARC(t, testArchive()[2:3], false)
	runInputCases(t, []inputCase{
		{"empty.warc", nil, 0, "no WARC records", ""},
		{"text.warc", []byte("this is not an archive\n"), 0, "trailing data", ""},
		{"junk-first.warc", append([]byte("junk junk\r\n"), good...), 1, "", "no WARC record"},
		{"no-length.warc", append([]byte("WARC/1.1\r\nWARC-Type: response\r\n\r\n"), good...), 1, "without a valid Content-Length", ""},
		{"huge-header.warc", append([]byte("WARC/1.1\r\n"), bytes.Repeat([]byte("X-Pad: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n"), 3000)...), 0, "header longer", ""},
		{"bad.warc.gz", []byte("\x1f\x8b\x08\x00garbage"), 0, "gzip", ""},
	})
}
