package ingest_test

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"runtime"
	"strings"
	"testing"

	"github.com/claimtrail/claimtrail/ingest"
)

// allocated runs fn and returns the bytes it allocated in all (TotalAlloc)
// and how much more heap is live after it than before (after a GC), in MiB.
func allocated(fn func()) (total, live float64) {
	runtime.GC()
	var a, b runtime.MemStats
	runtime.ReadMemStats(&a)
	fn()
	runtime.ReadMemStats(&b)
	runtime.GC()
	var c runtime.MemStats
	runtime.ReadMemStats(&c)
	return float64(b.TotalAlloc-a.TotalAlloc) / (1 << 20), (float64(c.HeapAlloc) - float64(a.HeapAlloc)) / (1 << 20)
}

// repeatReader yields head, then n bytes of fill, then tail, never holding
// more than one buffer.
type repeatReader struct {
	head, tail []byte
	fill       byte
	n          int64
}

func (r *repeatReader) Read(p []byte) (int, error) {
	switch {
	case len(r.head) > 0:
		k := copy(p, r.head)
		r.head = r.head[k:]
		return k, nil
	case r.n > 0:
		k := int(min(int64(len(p)), r.n))
		for i := range p[:k] {
			p[i] = r.fill
		}
		r.n -= int64(k)
		return k, nil
	case len(r.tail) > 0:
		k := copy(p, r.tail)
		r.tail = r.tail[k:]
		return k, nil
	}
	return 0, io.EOF
}

// gzipStream compresses a stream without holding it.
func gzipStream(tb testing.TB, r io.Reader) []byte {
	var b bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&b, gzip.BestCompression)
	if _, err := io.Copy(zw, r); err != nil {
		tb.Fatal(err)
	}
	zw.Close()
	return b.Bytes()
}

func TestHostile_GzipBomb(t *testing.T) {
	dir := t.TempDir()
	const inflated = 256 << 20
	warcHead := func(n int64) []byte {
		return []byte(fmt.Sprintf("WARC/1.1\r\nWARC-Type: response\r\nContent-Type: application/http;msgtype=response\r\nContent-Length: %d\r\n\r\n", n))
	}
	for _, tc := range []struct {
		name     string
		data     func() []byte
		wantFail string
	}{
		// A record that declares (and inflates to) 256 MiB of zeros.
		{"declared.warc.gz", func() []byte {
			return gzipStream(t, &repeatReader{head: warcHead(inflated), n: inflated})
		}, "far past the limit"},
		// A record that declares 3 MiB (past the 1 MiB limit, so skipped by
		// inflating it), then 256 MiB of zeros that are no record.
		{"undeclared.warc.gz", func() []byte {
			return gzipStream(t, &repeatReader{head: warcHead(3 << 20), n: inflated})
		}, "no WARC record in"},
		{"page.html.gz", func() []byte {
			return gzipStream(t, &repeatReader{head: []byte("<html><body><p>"), n: inflated, fill: 'a'})
		}, "larger than the limit"},
		{"feed.rss.gz", func() []byte {
			return gzipStream(t, &repeatReader{head: []byte("<rss><channel><item><description>"), n: inflated, fill: 'a'})
		}, "larger than the limit"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data := tc.data()
			p := writeFile(t, dir, tc.name, data)
			var r *result
			total, live := allocated(func() { r = mustRead(t, []string{p}, ingest.Options{MaxBytes: 1 << 20}) })
			t.Logf("%s: %d KiB file inflating to %d MiB: allocated %.1f MiB in all, live heap grew %.1f MiB", tc.name, len(data)>>10, inflated>>20, total, live)
			if len(r.fails) == 0 || !strings.Contains(r.failText(), tc.wantFail) {
				t.Errorf("want failure %q, got:\n%s", tc.wantFail, r.failText())
			}
			if total > 48 {
				t.Errorf("allocated %.1f MiB for a 1 MiB limit", total)
			}
		})
	}
}

func TestHostile_GiantJSONLLine(t *testing.T) {
	const size = 1 << 30
	in := &repeatReader{
		head: []byte(`{"id":"huge","text":"`),
		fill: 'x',
		n:    size,
		tail: []byte("\"}\n" + `{"id":"after","text":"Read after the giant line."}` + "\n"),
	}
	var r *result
	total, live := allocated(func() {
		r = mustRead(t, []string{"-"}, ingest.Options{Stdin: in, Format: "jsonl", MaxBytes: 1 << 20})
	})
	t.Logf("1 GiB line: allocated %.1f MiB in all, live heap grew %.1f MiB", total, live)
	if len(r.fails) != 1 || r.fails[0].Input != "-:1" || !strings.Contains(r.failText(), "larger than the limit") {
		t.Errorf("fails:\n%s", r.failText())
	}
	if len(r.docs) != 1 || r.docs[0].ID != "after" {
		t.Errorf("docs %v", r.docs)
	}
	if total > 16 {
		t.Errorf("allocated %.1f MiB for a 1 GiB line", total)
	}
}

// itemsReader streams a feed of n items.
type itemsReader struct {
	n, i int
	buf  []byte
	done bool
}

func (r *itemsReader) Read(p []byte) (int, error) {
	for len(r.buf) == 0 {
		switch {
		case r.done:
			return 0, io.EOF
		case r.i == 0 && r.buf == nil:
			r.buf = []byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>Many</title>`)
		case r.i < r.n:
			r.i++
			r.buf = fmt.Appendf(r.buf[:0], "<item><title>Item %d</title><link>https://many.example/%d</link><description>Item %d text.</description></item>\n", r.i, r.i, r.i)
		default:
			r.buf = []byte("</channel></rss>")
			r.done = true
		}
	}
	k := copy(p, r.buf)
	r.buf = r.buf[k:]
	return k, nil
}

func TestHostile_MillionItemFeed(t *testing.T) {
	var r *result
	total, live := allocated(func() {
		r = mustRead(t, []string{"-"}, ingest.Options{Stdin: &itemsReader{n: 1_000_000}, Format: "feed", MaxBytes: 16 << 20})
	})
	t.Logf("10^6-item feed (~110 MB) with a 16 MiB limit: allocated %.1f MiB in all, live heap grew %.1f MiB", total, live)
	if len(r.docs) != 0 || len(r.fails) != 1 || !strings.Contains(r.failText(), "larger than the limit") {
		t.Errorf("docs=%d fails:\n%s", len(r.docs), r.failText())
	}
	if total > 64 {
		t.Errorf("allocated %.1f MiB", total)
	}

	// 10^5 items fit in 16 MiB: every item is read.
	total, live = allocated(func() {
		r = mustRead(t, []string{"-"}, ingest.Options{Stdin: &itemsReader{n: 100_000}, Format: "feed", MaxBytes: 16 << 20})
	})
	t.Logf("10^5-item feed (~11 MB): %d docs, allocated %.1f MiB in all, live heap grew %.1f MiB", len(r.docs), total, live)
	if len(r.docs) != 100_000 || len(r.fails) != 0 {
		t.Errorf("docs=%d fails:\n%s", len(r.docs), r.failText())
	}
}

// inputCase is one input file read alone: name (whose extension picks
// the format), its bytes, and what reading it must give: docs documents,
// a failure containing wantFail (none when it is ""), a first warning
// containing wantWarn.
type inputCase struct {
	name     string
	data     []byte
	docs     int
	wantFail string
	wantWarn string
}

func runInputCases(t *testing.T, cases []inputCase) {
	t.Helper()
	dir := t.TempDir()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := writeFile(t, dir, tc.name, tc.data)
			r := mustRead(t, []string{p}, ingest.Options{})
			if len(r.docs) != tc.docs {
				t.Errorf("docs = %d, want %d; fails:\n%s", len(r.docs), tc.docs, r.failText())
			}
			if tc.wantFail == "" && len(r.fails) > 0 || tc.wantFail != "" && !strings.Contains(r.failText(), tc.wantFail) {
				t.Errorf("want failure %q, got:\n%s", tc.wantFail, r.failText())
			}
			if tc.wantWarn != "" && (len(r.warns) == 0 || !strings.Contains(r.warns[0].Error(), tc.wantWarn)) {
				t.Errorf("want warning %q, got %v", tc.wantWarn, r.warns)
			}
		})
	}
}

func TestHostile_Inputs(t *testing.T) {
	bin := []byte("\x00\x01\x02\x03\xff\xfe\x00\x00binary\x00")
	runInputCases(t, []inputCase{
		{"empty.txt", nil, 1, "", ""},
		{"empty.jsonl", nil, 0, "", ""},
		{"empty.html", nil, 0, "empty page", ""},
		{"empty.rss", nil, 0, "not a feed", ""},
		{"empty.json", nil, 0, "not a feed", ""},
		{"empty.warc", nil, 0, "no WARC records", ""},
		{"empty.warc.gz", nil, 0, "no WARC records", ""},
		{"empty.html.gz", nil, 0, "not gzip", ""},
		{"bin.txt", bin, 0, "binary", ""},
		{"bin.jsonl", bin, 0, "bad JSON record", ""},
		{"bin.html", bin, 0, "binary", ""},
		{"bin.rss", bin, 0, "not a feed", ""},
		{"bin.warc", bin, 0, "no WARC record", ""},
		{"bin.warc.gz", bin, 0, "gzip", ""},
		{"bad.txt", []byte("caf\xe9 au lait"), 1, "", "invalid UTF-8"},
		{"bad.jsonl", []byte("{\"id\":\"a\",\"text\":\"caf\xe9\"}\n"), 1, "", ""},
		{"bad.rss", []byte("<rss version=\"2.0\"><channel><title>T</title><item><link>https://x.example/1</link><description>caf\xe9 \xff</description></item></channel></rss>"), 1, "", ""},
	})
}

func TestHostile_DeepHTML(t *testing.T) {
	for _, depth := range []int{1000, 100_000} {
		data := strings.Repeat("<div>", depth) + para + strings.Repeat("</div>", depth)
		r := mustRead(t, []string{"-"}, ingest.Options{Stdin: strings.NewReader(data), Format: "html"})
		if len(r.docs)+len(r.fails) != 1 {
			t.Errorf("depth %d: docs=%d fails:\n%s", depth, len(r.docs), r.failText())
		}
	}
}

// formattingBomb is a page whose parse tree grows as k×k: k distinct
// formatting elements left active, then k paragraphs, in each of which
// the parser re-opens all of them.
func formattingBomb(k int) string {
	var b strings.Builder
	b.WriteString("<p>")
	for i := range k {
		fmt.Fprintf(&b, "<b a=%d>", i)
	}
	b.WriteString("</p>" + strings.Repeat("<p>x", k))
	return b.String()
}

// A few KiB of markup must not become seconds of extraction (or, at a
// MiB, billions of nodes): such a page is refused, quickly.
func TestHostile_FormattingBomb(t *testing.T) {
	for _, tc := range []struct {
		k, tail int
		refused bool
	}{{40, 0, false}, {400, 0, true}, {40, 200_000, true}} {
		data := formattingBomb(tc.k) + strings.Repeat("<p>x", tc.tail)
		// refused by its markup, not by a timer (no test asserts wall-clock time)
		r := mustRead(t, []string{"-"}, ingest.Options{Stdin: strings.NewReader(data), Format: "html"})
		if got := strings.Contains(r.failText(), "too complex"); got != tc.refused {
			t.Errorf("k=%d: refused=%v, want %v; docs=%d fails:\n%s", tc.k, got, tc.refused, len(r.docs), r.failText())
		}
	}
}
