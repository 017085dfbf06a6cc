package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// run runs the command line and returns its exit code and outputs.
func run(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Main(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func TestExtract_ContractFields(t *testing.T) {
	code, out, errs := run(t, "", "extract", filepath.Join("..", "..", "examples", "harbour-deal-denied.txt"))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) < 5 {
		t.Fatalf("only %d statements", len(lines))
	}
	for _, l := range lines {
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatal(err)
		}
		for _, f := range []string{"doc", "n", "speaker", "cue", "content", "form", "polarity", "hedged", "said_on", "channel", "addressee", "via"} {
			if _, ok := m[f]; !ok {
				t.Errorf("field %q missing in %s", f, l)
			}
		}
		sp := m["speaker"].(map[string]any)
		for _, f := range []string{"name", "mention", "span", "role", "affiliation", "type"} {
			if _, ok := sp[f]; !ok {
				t.Errorf("speaker.%s missing", f)
			}
		}
		if m["doc"] != "harbour-deal-denied" {
			t.Errorf("doc = %v", m["doc"])
		}
	}
}

// Files of the same name in different folders get their paths as doc
// ids (issue 16.10); origin names the file read.
func TestExtract_Origin(t *testing.T) {
	dir := t.TempDir()
	for _, sub := range []string{"east", "west"} {
		if err := os.MkdirAll(filepath.Join(dir, sub), 0o755); err != nil {
			t.Fatal(err)
		}
		text := "The " + sub + " harbour master said on Monday that the ferry would not sail."
		if err := os.WriteFile(filepath.Join(dir, sub, "001.txt"), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, out, errs := run(t, "", "extract", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var origins []string
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var m struct{ Doc, Origin string }
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatal(err)
		}
		sub := filepath.Base(filepath.Dir(m.Origin))
		if m.Doc != sub+"/001" {
			t.Errorf("doc %q, want %s/001", m.Doc, sub)
		}
		origins = append(origins, sub)
	}
	if strings.Join(origins, ",") != "east,west" {
		t.Errorf("origins %v, want one statement from east/001.txt, then one from west/001.txt", origins)
	}
}

func TestExtract_BadInputs(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := write("good.txt", []byte(`"We sent nothing," the minister said on Friday.`))
	bin := write("bin.txt", append([]byte("abc"), 0, 1, 2, 0))
	empty := write("empty.txt", nil)
	bad := write("bad.txt", []byte("The envoy said \xff\xfe that talks had failed."))
	recs := write("recs.jsonl", []byte("{\"id\":\"a\",\"text\":\"He said no.\"}\n{broken\n"))
	code, out, errs := run(t, "", "extract", good, bin, empty, bad, recs, filepath.Join(dir, "missing.txt"))
	if code != exitPartial {
		t.Errorf("exit %d, want %d", code, exitPartial)
	}
	for _, want := range []string{"bin.txt: binary file", "recs.jsonl:2: bad JSON record", "missing.txt", "bad.txt: invalid UTF-8"} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
	if !strings.Contains(out, `"doc":"good"`) {
		t.Errorf("the good input was not processed:\n%s", out)
	}
	if code, _, errs := run(t, "", "extract", "--published", "next tuesday", good); code != exitFatal || !strings.Contains(errs, "--published") {
		t.Errorf("bad --published: exit %d, %s", code, errs)
	}
}

func TestIngestSearchStatsExport(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	ex := filepath.Join("..", "..", "examples", "harbour-deal-denied.txt")
	code, _, errs := run(t, "", "ingest", "--db", db, ex)
	if code != 0 || !strings.Contains(errs, "1 new") {
		t.Fatalf("ingest: exit %d: %s", code, errs)
	}
	// a rerun stores nothing new
	if code, _, errs := run(t, "", "ingest", "--db", db, ex); code != 0 || !strings.Contains(errs, "0 new, 0 new versions, 1 unchanged") {
		t.Fatalf("rerun: exit %d: %s", code, errs)
	}
	code, out, errs := run(t, "", "search", "--db", db, "--format", "jsonl", "boats")
	if code != 0 || !strings.Contains(out, "patrol boats") {
		t.Fatalf("search: exit %d: %s %s", code, out, errs)
	}
	code, out, _ = run(t, "", "search", "--db", db, "--format", "csv", "--polarity", "deny", "--speaker", "tomas adler")
	if code != 0 || !strings.HasPrefix(out, "doc,n,speaker") || !strings.Contains(out, "Tomas Adler") || strings.Contains(out, ",affirm,") {
		t.Fatalf("search csv: %s", out)
	}
	code, out, _ = run(t, "", "stats", "--db", db, "--json")
	var st struct{ Articles, Statements int }
	if code != 0 || json.Unmarshal([]byte(out), &st) != nil || st.Articles != 1 || st.Statements < 5 {
		t.Fatalf("stats: %s", out)
	}
	code, out, _ = run(t, "", "export", "--db", db, "--format", "jsonl")
	if code != 0 || strings.Count(out, "\n") != st.Statements {
		t.Fatalf("export gave %d lines for %d statements", strings.Count(out, "\n"), st.Statements)
	}
}

func TestStance(t *testing.T) {
	code, out, errs := run(t, "", "stance", "--claim", "The mayor sold the harbour", "Mayor denies selling the harbour, calls report false")
	if code != 0 || !strings.HasPrefix(out, "denies\t") {
		t.Fatalf("exit %d: %q %s", code, out, errs)
	}
	in := `{"id":"1","claim":"The mayor sold the harbour","text":"Mayor sold the harbour to a shipping firm"}
not json
`
	code, out, errs = run(t, in, "stance", "--jsonl", "-")
	if code != exitPartial || !strings.Contains(out, `"id":"1"`) || !strings.Contains(errs, "-:2") {
		t.Fatalf("jsonl: exit %d: %q %s", code, out, errs)
	}
}

// TestDemoAndTrace runs the README's first command and traces its store in
// every output format.
func TestDemoAndTrace(t *testing.T) {
	db := filepath.Join(t.TempDir(), "demo.db")
	code, out, errs := run(t, "", "demo", "--db", db)
	if code != 0 {
		t.Fatalf("demo: exit %d: %s", code, errs)
	}
	for _, want := range []string{
		"Claim: Veldovia sold patrol boats to Marisca",
		"Earliest assertion: Ilse Varga, 2025-02-20",
		"Earliest denial:    Veldovian Defence Ministry, 2025-02-24",
		"names Northern Ledger; CONTRADICTED by",
		"Mara Quint: 2025-03-09 vs 2025-03-10",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("demo output lacks %q:\n%s", want, out)
		}
	}

	claim := "Veldovia sold patrol boats to Marisca"
	code, out, errs = run(t, "", "trace", "--db", db, "--json", claim)
	if code != 0 {
		t.Fatalf("trace --json: exit %d: %s", code, errs)
	}
	var tr map[string]any
	if err := json.Unmarshal([]byte(out), &tr); err != nil {
		t.Fatalf("trace --json: %v\n%s", err, out)
	}
	for _, f := range []string{"claim", "statements", "earliest_assertion", "earliest_denial", "origins", "date_conflicts"} {
		if _, ok := tr[f]; !ok {
			t.Errorf("trace JSON lacks %q", f)
		}
	}
	sts := tr["statements"].([]any)
	first := sts[0].(map[string]any)
	for _, f := range []string{"doc", "n", "speaker", "cue", "content", "form", "polarity", "hedged", "said_on", "channel", "addressee", "via", "url", "published", "source", "stance", "match"} {
		if _, ok := first[f]; !ok {
			t.Errorf("traced statement lacks %q", f)
		}
	}
	if p, _ := first["published"].(string); len(p) != len("2025-02-21") {
		t.Errorf("published %q, want YYYY-MM-DD", p)
	}
	o := tr["origins"].([]any)[0].(map[string]any)
	if o["names"] != "Northern Ledger" || o["date"] != "2025-03-11" || len(o["contradicted_by"].([]any)) == 0 {
		t.Errorf("origin %v", o)
	}

	code, out, _ = run(t, "", "trace", "--db", db, "--format", "csv", claim)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != 0 || !strings.HasPrefix(lines[0], "doc,n,speaker") || !strings.HasSuffix(lines[0], ",stance,match") || len(lines) != len(sts)+1 {
		t.Errorf("trace csv: exit %d, %d lines for %d statements:\n%s", code, len(lines), len(sts), out)
	}
	code, out, _ = run(t, "", "trace", "--db", db, "--format", "dot", claim)
	if code != 0 || !strings.HasPrefix(out, "digraph claimtrail {") || !strings.Contains(out, `"Ostrian officials" -> "satellite images"`) {
		t.Errorf("trace dot: exit %d:\n%s", code, out)
	}
	code, out, _ = run(t, "", "trace", "--db", db, "the moon is made of cheese")
	if code != 0 || !strings.Contains(out, "No statement in the store matches this claim.") {
		t.Errorf("trace, no match: exit %d:\n%s", code, out)
	}
	if code, _, errs := run(t, "", "trace", "--db", db, "--format", "yaml", claim); code != 2 || !strings.Contains(errs, "--format") {
		t.Errorf("bad format: exit %d: %s", code, errs)
	}
	if code, _, errs := run(t, "", "trace", "--db", db, " "); code != 2 || !strings.Contains(errs, "empty claim") {
		t.Errorf("empty claim: exit %d: %s", code, errs)
	}
	missing := filepath.Join(t.TempDir(), "typo.db")
	if code, _, errs := run(t, "", "trace", "--db", missing, claim); code != 2 || !strings.Contains(errs, "no store at") {
		t.Errorf("missing store: exit %d: %s", code, errs)
	}
	if _, err := os.Stat(missing); err == nil {
		t.Error("trace created a store at a missing --db path")
	}
}

// lockedBuffer is a bytes.Buffer safe to read while a command writes it.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func TestServe_RefusesIngestWithoutToken(t *testing.T) {
	t.Setenv("CLAIMTRAIL_TOKEN", "")
	code, _, errs := run(t, "", "serve", "--db", filepath.Join(t.TempDir(), "t.db"), "--addr", "127.0.0.1:0", "--allow-ingest")
	if code != exitFatal || !strings.Contains(errs, "--allow-ingest needs a token") {
		t.Fatalf("exit %d: %s", code, errs)
	}
}

// TestServe runs `claimtrail serve` on a free port: pages and API over an
// ingested store, an upload through POST /api/ingest, and a clean stop
// when the context (SIGINT) ends.
func TestServe(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	if code, _, errs := run(t, "", "ingest", "--db", db, filepath.Join("..", "..", "examples", "harbour-deal-denied.txt")); code != 0 {
		t.Fatalf("ingest: %s", errs)
	}
	const token = "test-token-123"
	t.Setenv("CLAIMTRAIL_TOKEN", token)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var stderr lockedBuffer
	exit := make(chan int, 1)
	go func() {
		exit <- Main(ctx, []string{"serve", "--db", db, "--addr", "127.0.0.1:0", "--allow-ingest"}, strings.NewReader(""), io.Discard, &stderr)
	}()
	var base string
	for i := 0; i < 500 && base == ""; i++ {
		if m := regexp.MustCompile(`http://127\.0\.0\.1:\d+`).FindString(stderr.String()); m != "" {
			base = m
			break
		}
		select {
		case code := <-exit:
			t.Fatalf("serve exited %d: %s", code, stderr.String())
		case <-time.After(10 * time.Millisecond):
		}
	}
	if base == "" {
		t.Fatalf("serve did not report its address: %s", stderr.String())
	}
	get := func(path string) (int, string) {
		resp, err := http.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	stats := func() int {
		_, body := get("/api/stats")
		var st struct{ Articles int }
		if err := json.Unmarshal([]byte(body), &st); err != nil {
			t.Fatalf("stats: %v: %s", err, body)
		}
		return st.Articles
	}
	if n := stats(); n != 1 {
		t.Fatalf("%d articles served", n)
	}
	if code, body := get("/trace?claim=patrol+boats"); code != 200 || !strings.Contains(body, `class="mark `) {
		t.Errorf("trace page: %d", code)
	}
	if code, _ := get("/"); code != 200 {
		t.Errorf("home: %d", code)
	}
	post := func(auth, name, body string) (int, string) {
		req, _ := http.NewRequest("POST", base+"/api/ingest?name="+name, strings.NewReader(body))
		if auth != "" {
			req.Header.Set("Authorization", "Bearer "+auth)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	// invented text
	story := `The harbour master of Pelling, Ivo Marsh, said on Monday that no ferry licence had been sold.`
	if code, body := post("wrong", "pelling.txt", story); code != 401 {
		t.Errorf("wrong token: %d %s", code, body)
	}
	code, body := post(token, "pelling.txt", story)
	if code != 200 || !strings.Contains(body, `"created":1`) {
		t.Fatalf("ingest: %d %s", code, body)
	}
	if code, body := post(token, "pelling.exe", story); code != 400 {
		t.Errorf("unknown type: %d %s", code, body)
	}
	if n := stats(); n != 2 {
		t.Errorf("%d articles after the upload", n)
	}
	cancel()
	if code := <-exit; code != 0 || !strings.Contains(stderr.String(), "stopped") {
		t.Errorf("exit %d after SIGINT: %s", code, stderr.String())
	}
}

// TestExtract_WorkersKeepOrder checks that extraction on several workers
// prints what one worker prints, byte for byte and in input order, with a
// document over one extraction window (streamed by the writer) and a
// failing input among the others, in both output formats.
func TestExtract_WorkersKeepOrder(t *testing.T) {
	dir := t.TempDir()
	speakers := []string{"The minister", "A spokeswoman for the ministry", "Ilse Varga", "The embassy"}
	for i := range 40 {
		text := fmt.Sprintf("Report %d.\n\n%s said on Monday that %d patrol boats had been delivered. "+
			"\"We deny it,\" the navy said.\n", i, speakers[i%len(speakers)], i+2)
		if i == 17 {
			text += strings.Repeat("The envoy told reporters that the talks had failed.\n", 25000) // over 1 MiB
		}
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("r%02d.txt", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "r20.jsonl"), []byte("{broken\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, format := range []string{"jsonl", "table"} {
		code1, out1, errs1 := run(t, "", "extract", "--format", format, "--workers", "1", dir)
		code4, out4, errs4 := run(t, "", "extract", "--format", format, "--workers", "4", dir)
		if code1 != exitPartial || code4 != exitPartial {
			t.Errorf("%s: exit %d and %d, want %d (one bad input)", format, code1, code4, exitPartial)
		}
		if errs1 != errs4 {
			t.Errorf("%s: stderr differs:\n%s\n---\n%s", format, errs1, errs4)
		}
		if out1 != out4 {
			t.Errorf("%s: output with 4 workers differs from 1 worker's (%d vs %d bytes)", format, len(out4), len(out1))
		}
		if format == "jsonl" && strings.Count(out1, "\n") < 25000 {
			t.Errorf("%d statements: the long document was not read", strings.Count(out1, "\n"))
		}
	}
}
