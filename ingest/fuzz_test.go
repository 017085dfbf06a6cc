package ingest_test

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/ingest"
)

// fuzzRead reads data as stdin in the given format and checks what every
// reader promises: no panic, no error from Read, named failures, and
// documents whose text is valid UTF-8 in canonical paragraph form (for
// extracted formats).
func fuzzRead(t *testing.T, format string, data []byte, canonical bool) {
	opt := ingest.Options{Stdin: bytes.NewReader(data), Format: format, MaxBytes: 1 << 20, Now: now}
	err := ingest.Read(context.Background(), []string{"-"}, opt, ingest.Handler{
		Doc: func(d *claimtrail.Document) error {
			if d.ID == "" {
				t.Errorf("document without id")
			}
			if canonical {
				if !utf8.ValidString(d.Text) {
					t.Errorf("text is not valid UTF-8: %q", d.Text)
				}
				if strings.Contains(d.Text, "\n\n\n") || strings.TrimSpace(d.Text) != d.Text {
					t.Errorf("text not canonical: %q", d.Text)
				}
			}
			return nil
		},
		Fail: func(e *ingest.Error) {
			if e.Input == "" || e.Err == nil {
				t.Errorf("unnamed failure %v", e)
			}
		},
	})
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
}

func seedFiles(f *testing.F, paths ...string) {
	for _, p := range paths {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
}

func FuzzHTML(f *testing.F) {
	seedFiles(f, "testdata/html/harbour-dispute.html")
	f.Add([]byte(page(` lang="en"`, para)))
	f.Add([]byte("<html><body><div><p>Unclosed<p>" + para + "<table><tr><td>cell"))
	f.Add([]byte("<p>\xff\xfe</p><br><br><pre>a\n\n\nb</pre>"))
	f.Add([]byte(strings.Repeat("<div>", 2000) + para))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, "html", data, true) })
}

func FuzzFeed(f *testing.F) {
	seedFiles(f, "testdata/feed/courier.rss", "testdata/feed/courier.atom", "testdata/feed/courier.json")
	f.Add([]byte(`<rss><channel><item><description>&lt;p&gt;x</description></item></channel></rss>`))
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1","items":[{"content_text":"a\n\n\nb"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, "feed", data, true) })
}

func FuzzWARC(f *testing.F) {
	data, _ := marshalWARC(f, testArchive(), false)
	f.Add(data)
	gz, _ := marshalWARC(f, testArchive()[:4], true)
	f.Add(gz)
	f.Add([]byte("WARC/1.1\r\nContent-Length: 5\r\n\r\nhello\r\n\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzRead(t, "warc", data, false)
		// The .warc.gz path (per-member inflation) is only reached from a
		// file.
		if len(data) > 2 && data[0] == 0x1f && data[1] == 0x8b {
			p := t.TempDir() + "/f.warc.gz"
			if err := os.WriteFile(p, data, 0o644); err != nil {
				t.Fatal(err)
			}
			if err := ingest.Read(context.Background(), []string{p}, ingest.Options{MaxBytes: 1 << 20, Now: now}, ingest.Handler{Doc: func(*claimtrail.Document) error { return nil }}); err != nil {
				t.Fatal(err)
			}
		}
	})
}

func FuzzJSONL(f *testing.F) {
	f.Add([]byte(`{"id":"a","text":"x"}` + "\n" + `{"html":"<p>y</p>"}` + "\n"))
	f.Add([]byte(`{"id":1}` + "\n\n" + `{"published":"2026-13-01","text":"z"}`))
	f.Add([]byte("{\"text\":\"\xff\"}\n{"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, "jsonl", data, false) })
}
