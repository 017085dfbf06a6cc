package ingest_test

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"runtime/debug"
	"strings"
	"sync/atomic"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/ingest"
)

// fuzzDeadline bounds one input: a hang or a pathological slowdown is then
// a saved crasher, not a worker that never reports back.
const fuzzDeadline = 10 * time.Second

// fuzzRead reads data as stdin in the given format and checks what every
// reader promises: no panic, no error from Read, named failures, documents
// whose text is valid UTF-8 in canonical paragraph form (for extracted
// formats), and an answer within fuzzDeadline.
func fuzzRead(t *testing.T, format string, data []byte, canonical bool) {
	fuzzInput(t, data, []string{"-"}, ingest.Options{Stdin: bytes.NewReader(data), Format: format}, canonical)
}

func fuzzInput(t *testing.T, data []byte, inputs []string, opt ingest.Options, canonical bool) {
	opt.MaxBytes, opt.Now = 1<<20, now
	var late atomic.Bool // set on timeout: t must not be used after the test returns
	errorf := func(format string, args ...any) {
		if !late.Load() {
			t.Errorf(format, args...)
		}
	}
	done := make(chan error, 1)
	go func() {
		defer func() {
			if v := recover(); v != nil && !late.Load() {
				done <- fmt.Errorf("panic: %v\n%s", v, debug.Stack())
			}
		}()
		done <- ingest.Read(context.Background(), inputs, opt, ingest.Handler{
			Doc: func(d *claimtrail.Document) error {
				if d.ID == "" {
					errorf("document without id")
				}
				if canonical {
					if !utf8.ValidString(d.Text) {
						errorf("text is not valid UTF-8: %q", d.Text)
					}
					if strings.Contains(d.Text, "\n\n\n") || strings.TrimSpace(d.Text) != d.Text {
						errorf("text not canonical: %q", d.Text)
					}
				}
				return nil
			},
			Fail: func(e *ingest.Error) {
				if e.Input == "" || e.Err == nil {
					errorf("unnamed failure %v", e)
				}
			},
		})
	}()
	timer := time.NewTimer(fuzzDeadline)
	defer timer.Stop()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("Read: %v", err)
		}
	case <-timer.C:
		late.Store(true)
		q := fmt.Sprintf("%q", data)
		if len(q) > 4096 {
			q = q[:4096] + "…"
		}
		t.Fatalf("Read took more than %v on %d bytes: %s", fuzzDeadline, len(data), q)
	}
}

// fastMinimize shortens the minimization of each new input to a few
// seconds unless -fuzzminimizetime is given. An extraction costs about a
// millisecond (go-trafilatura, language guessing), so the default 60 s
// per interesting input filled whole runs: the worker minimized and the
// coordinator reported only the seed executions.
func fastMinimize(f *testing.F) {
	set := false
	flag.Visit(func(fl *flag.Flag) { set = set || fl.Name == "test.fuzzminimizetime" })
	if !set {
		if err := flag.Set("test.fuzzminimizetime", "3s"); err != nil {
			f.Logf("-fuzzminimizetime: %v", err)
		}
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
	f.Add([]byte(formattingBomb(40)))
	fastMinimize(f)
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, "html", data, true) })
}

func FuzzFeed(f *testing.F) {
	seedFiles(f, "testdata/feed/courier.rss", "testdata/feed/courier.atom", "testdata/feed/courier.json")
	f.Add([]byte(`<rss><channel><item><description>&lt;p&gt;x</description></item></channel></rss>`))
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1","items":[{"content_text":"a\n\n\nb"}]}`))
	fastMinimize(f)
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, "feed", data, true) })
}

func FuzzWARC(f *testing.F) {
	data, _ := marshalWARC(f, testArchive(), false)
	f.Add(data)
	gz, _ := marshalWARC(f, testArchive()[:4], true)
	f.Add(gz)
	f.Add([]byte("WARC/1.1\r\nContent-Length: 5\r\n\r\nhello\r\n\r\n"))
	fastMinimize(f)
	// One file per worker process, rewritten per input: the fuzz function
	// runs inputs one at a time in a process.
	gzPath := f.TempDir() + "/f.warc.gz"
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzRead(t, "warc", data, false)
		// The .warc.gz path (per-member inflation) is only reached from a
		// file.
		if len(data) > 2 && data[0] == 0x1f && data[1] == 0x8b {
			if err := os.WriteFile(gzPath, data, 0o644); err != nil {
				t.Fatal(err)
			}
			fuzzInput(t, data, []string{gzPath}, ingest.Options{}, false)
		}
	})
}

func FuzzJSONL(f *testing.F) {
	f.Add([]byte(`{"id":"a","text":"x"}` + "\n" + `{"html":"<p>y</p>"}` + "\n"))
	f.Add([]byte(`{"id":1}` + "\n\n" + `{"published":"2026-13-01","text":"z"}`))
	f.Add([]byte("{\"text\":\"\xff\"}\n{"))
	fastMinimize(f)
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, "jsonl", data, false) })
}
