package web_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/web"
)

// trickle is an upload body that gives its first bytes, then blocks
// until released: a client sending slowly. reading is closed when the
// handler asks for more than the first bytes.
type trickle struct {
	first, rest string
	reading     chan struct{}
	release     chan struct{}
	n           int
}

func newTrickle(first, rest string) *trickle {
	return &trickle{first: first, rest: rest, reading: make(chan struct{}), release: make(chan struct{})}
}

func (b *trickle) Read(p []byte) (int, error) {
	b.n++
	switch b.n {
	case 1:
		return copy(p, b.first), nil
	case 2:
		close(b.reading)
		<-b.release
		return copy(p, b.rest), nil
	}
	return 0, io.EOF
}

// A slow upload does not hold the ingest lock while it is received: a
// second upload is ingested while the first still trickles (issue 16,
// item 5). The test asserts the order, never a duration.
func TestAPI_Ingest_SlowUploadDoesNotBlock(t *testing.T) {
	rec := &ingestRecorder{}
	const token = "s3cret-token"
	h, _ := newHandler(t, web.Options{AllowIngest: true, IngestToken: token, Ingest: rec.ingest})
	auth := []string{"Authorization", "Bearer " + token}

	slow := newTrickle("The mayor ", "said no.")
	slowDone := make(chan int)
	go func() {
		r := httptest.NewRequest("POST", "/api/ingest?name=slow.txt", slow)
		r.ContentLength = -1
		r.Header.Set(auth[0], auth[1])
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		slowDone <- w.Code
	}()
	<-slow.reading // the first upload is being received

	fastDone := make(chan int)
	go func() {
		fastDone <- do(t, h, "POST", "/api/ingest?name=fast.txt", strings.NewReader("The harbour master said yes."), auth...).Code
	}()
	select {
	case code := <-fastDone:
		if code != 200 {
			t.Errorf("second upload: %d", code)
		}
	case <-time.After(20 * time.Second): // a hang, not a measure: the order is what is tested
		close(slow.release)
		t.Fatal("the second upload waited for the first to be received")
	}
	close(slow.release)
	if code := <-slowDone; code != 200 {
		t.Errorf("slow upload: %d", code)
	}
	rec.mu.Lock()
	defer rec.mu.Unlock()
	if want := []string{"fast.txt", "slow.txt"}; fmt.Sprint(rec.names) != fmt.Sprint(want) {
		t.Errorf("ingested %v, want %v", rec.names, want)
	}
	if string(rec.body) != "The mayor said no." {
		t.Errorf("slow body %q", rec.body)
	}
}

// An upload not received by its deadline gets a JSON 408 and is not
// ingested. The clock is injected: the deadline has passed already when
// the body is read.
func TestAPI_Ingest_UploadTimeout(t *testing.T) {
	rec := &ingestRecorder{}
	const token = "s3cret-token"
	past := func() time.Time { return time.Now().Add(-time.Hour) }
	h, _ := newHandler(t, web.Options{AllowIngest: true, IngestToken: token, Ingest: rec.ingest, Now: past})
	srv := httptest.NewServer(h)
	defer srv.Close()

	conn, err := net.Dial("tcp", srv.Listener.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	conn.SetReadDeadline(time.Now().Add(20 * time.Second)) // a hang fails, it is not measured
	// Headers and the start of a chunked body; the rest never comes.
	fmt.Fprintf(conn, "POST /api/ingest?name=slow.txt HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer %s\r\n"+
		"Transfer-Encoding: chunked\r\n\r\n5\r\nThe m\r\n", token)
	resp, err := readResponse(conn)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(resp, "HTTP/1.1 408") || !strings.Contains(resp, `"code":"timeout"`) {
		t.Errorf("response %q, want a JSON 408", resp)
	}
	rec.mu.Lock()
	defer rec.mu.Unlock()
	if len(rec.names) != 0 {
		t.Errorf("ingested %v", rec.names)
	}
}

// readResponse reads one response from conn, its body up to the closing
// brace of a JSON object.
func readResponse(conn net.Conn) (string, error) {
	var b strings.Builder
	br := bufio.NewReader(conn)
	for {
		line, err := br.ReadString('\n')
		b.WriteString(line)
		if err != nil || strings.HasPrefix(line, "{") {
			if err == io.EOF {
				err = nil
			}
			return b.String(), err
		}
	}
}

// An upload none of whose documents was stored failed: 400 with the
// first error and the summary, not 200 (issue 16.7). One stored of two
// is a 200 that counts the failure.
func TestAPI_Ingest_EveryDocumentFailed(t *testing.T) {
	const token = "s3cret-token"
	ingest := func(ctx context.Context, name string, body io.Reader) (*web.IngestSummary, error) {
		sum := &web.IngestSummary{Name: name, Failed: 1, Messages: []string{"warning: " + name + ": odd", "error: " + name + ":1: bad JSON record"}}
		if name == "half.jsonl" {
			sum.Articles, sum.Created = 1, 1
		}
		return sum, nil
	}
	h, _ := newHandler(t, web.Options{AllowIngest: true, IngestToken: token, Ingest: ingest})
	auth := []string{"Authorization", "Bearer " + token}

	w := do(t, h, "POST", "/api/ingest?name=all.jsonl", strings.NewReader("{"), auth...)
	msg := apiErr(t, w, 400, claimtrail.EINVALID)
	if msg != "Nothing was stored: all.jsonl:1: bad JSON record" {
		t.Errorf("message %q", msg)
	}
	var b struct{ Summary web.IngestSummary }
	if err := json.Unmarshal(w.Body.Bytes(), &b); err != nil || b.Summary.Failed != 1 || b.Summary.Name != "all.jsonl" {
		t.Errorf("summary %+v, %v", b.Summary, err)
	}
	if w := do(t, h, "POST", "/api/ingest?name=half.jsonl", strings.NewReader("{"), auth...); w.Code != 200 {
		t.Errorf("one of two stored: %d %s", w.Code, w.Body)
	}
}

// Headers over the limit get a 431 in the form of every other error:
// JSON under /api/, a page elsewhere; through the server NewServer
// makes, which answered in plain text before (issue 16.7).
func TestServer_HeadersTooLarge(t *testing.T) {
	h, _ := newHandler(t, web.Options{})
	srv := httptest.NewUnstartedServer(h)
	srv.Config = web.NewServer(h, nil)
	srv.Start()
	defer srv.Close()
	big := strings.Repeat("x", web.MaxHeaderBytes)
	for _, tc := range []struct{ path, ctype string }{
		{"/api/stats", "application/json"},
		{"/", "text/html"},
	} {
		req, _ := http.NewRequest("GET", srv.URL+tc.path, nil)
		req.Header.Set("X-Big", big)
		resp, err := srv.Client().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 431 || !strings.HasPrefix(resp.Header.Get("Content-Type"), tc.ctype) {
			t.Errorf("%s: %d %q: %.200s", tc.path, resp.StatusCode, resp.Header.Get("Content-Type"), body)
		}
		if tc.ctype == "application/json" && !strings.Contains(string(body), `"code":"headers_too_large"`) {
			t.Errorf("%s: body %.200s", tc.path, body)
		}
	}
	req, _ := http.NewRequest("GET", srv.URL+"/api/stats", nil)
	req.Header.Set("X-Small", "y")
	if resp, err := srv.Client().Do(req); err != nil || resp.StatusCode != 200 {
		t.Errorf("small headers: %v %v", resp, err)
	} else {
		resp.Body.Close()
	}
}
