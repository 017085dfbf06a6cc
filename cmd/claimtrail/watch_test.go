package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/claimtrail/claimtrail"
)

// watchChildEnv, when set to "DB", makes TestWatch_KillRestart the child:
// it runs claimtrail watch --once on DB, its alerts on standard output.
const watchChildEnv = "CLAIMTRAIL_WATCH_CHILD"

// The fixture names and sentences are invented for these tests.
var (
	watchFirsts = []string{"Dana", "Ilya", "Mara", "Tomas", "Ines", "Pavel"}
	watchLasts  = []string{"Whitlock", "Brandt", "Quill", "Okafor"}
)

// watchFeeds starts n feed servers; each serves two items a round up to
// *round, every item an assertion of the harbour claim.
func watchFeeds(t *testing.T, n int, round *atomic.Int32) []string {
	var urls []string
	for i := range n {
		var srv *httptest.Server
		srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Path == "/robots.txt" {
				http.NotFound(w, r)
				return
			}
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed %d</title>`, i)
			for j := range 2 * (int(round.Load()) + 1) {
				text := fmt.Sprintf("Port commissioner %s %s said on Monday that the Saltmere harbour would reopen in April.",
					watchFirsts[(i+j)%len(watchFirsts)], watchLasts[j%len(watchLasts)])
				fmt.Fprintf(w, "<item><title>%d</title><link>%s/news/%d</link><pubDate>Mon, 30 Nov 2026 09:00:00 +0000</pubDate><description>%s</description></item>",
					j, srv.URL, j, html.EscapeString(text))
			}
			io.WriteString(w, "</channel></rss>")
		}))
		t.Cleanup(srv.Close)
		urls = append(urls, srv.URL+"/feed.xml")
	}
	return urls
}

// setupWatch saves the claim and the sources in db.
func setupWatch(t *testing.T, db string, feeds []string) {
	t.Helper()
	if code := Main(context.Background(), []string{"claims", "add", "--db", db, "the Saltmere harbour will reopen in April"}, nil, io.Discard, io.Discard); code != 0 {
		t.Fatalf("claims add: exit %d", code)
	}
	args := append([]string{"sources", "add", "--db", db}, feeds...)
	if code := Main(context.Background(), args, nil, io.Discard, io.Discard); code != 0 {
		t.Fatalf("sources add: exit %d", code)
	}
}

// TestWatch_KillRestart: a watcher killed with SIGKILL mid-poll (after
// some sources were stored, or after alerts were stored and before they
// were all written), then run again, loses no alert and raises none
// twice: the store holds the alerts an uninterrupted run stores, and the
// JSON lines written over all runs name each of them, a line repeated
// only where a kill fell between writing it and recording it sent.
func TestWatch_KillRestart(t *testing.T) {
	if db := os.Getenv(watchChildEnv); db != "" {
		os.Exit(Main(context.Background(), []string{"watch", "--once", "--db", db, "--progress", "never", "--rate", "1000"},
			strings.NewReader(""), os.Stdout, os.Stderr))
	}
	if testing.Short() {
		t.Skip("kills child processes; skipped with -short")
	}
	seed := uint64(time.Now().UnixNano())
	t.Logf("seed %d", seed)
	t.Run("sqlite", func(t *testing.T) {
		dir := t.TempDir()
		killRestart(t, seed, filepath.Join(dir, "stressed.db"), filepath.Join(dir, "reference.db"))
	})
	t.Run("postgres", func(t *testing.T) {
		killRestart(t, seed, postgresSchema(t), postgresSchema(t))
	})
}

func killRestart(t *testing.T, seed uint64, stressed, reference string) {
	var round atomic.Int32
	feeds := watchFeeds(t, 6, &round)
	setupWatch(t, stressed, feeds)
	setupWatch(t, reference, feeds)
	rng := rand.New(rand.NewPCG(seed, 17))
	out := filepath.Join(t.TempDir(), "alerts.jsonl")
	kills := 0
	for r := range 3 {
		// New items each round; the child is killed after the k-th
		// source is stored, or once the alerts are.
		round.Store(int32(r))
		at, n := "msg=polled", 1+rng.IntN(5)
		if rng.IntN(2) == 0 {
			at, n = "msg=alerts", 1 // one claim: one such line
		}
		if killed := runWatchChild(t, stressed, out, at, n); killed {
			kills++
		}
	}
	if runWatchChild(t, stressed, out, "", 0) {
		t.Fatal("the last run was killed")
	}
	if code := Main(context.Background(), []string{"watch", "--once", "--db", reference, "--progress", "never", "--rate", "1000"},
		nil, io.Discard, io.Discard); code != 0 {
		t.Fatalf("reference watch: exit %d", code)
	}
	want := alertKeys(t, reference)
	if len(want) < 18 {
		t.Fatalf("reference run raised %d alerts; the fixture makes 36", len(want))
	}
	if got := alertKeys(t, stressed); !equalSets(got, want) {
		t.Fatalf("stored alerts after %d kills: %d, want the reference's %d", kills, len(got), len(want))
	}
	ids, lines := writtenIDs(t, out)
	if len(ids) != len(want) || lines-len(ids) > kills {
		t.Errorf("JSON lines: %d lines naming %d alerts after %d kills; want all %d, at most one repeat a kill", lines, len(ids), kills, len(want))
	}
	t.Logf("%d kills, %d alerts, %d lines", kills, len(want), lines)
}

// runWatchChild runs a watch --once child on db appending its alerts to
// out, and kills it with SIGKILL when its log's n-th line holds at (never
// when at is ""). It reports whether the child was killed.
func runWatchChild(t *testing.T, db, out, at string, n int) bool {
	t.Helper()
	f, err := os.OpenFile(out, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cmd := exec.Command(os.Args[0], "-test.run=^TestWatch_KillRestart$", "-test.count=1")
	cmd.Env = append(os.Environ(), watchChildEnv+"="+db)
	cmd.Stdout = f
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	killed := false
	sc := bufio.NewScanner(stderr)
	var log []string
	for sc.Scan() {
		log = append(log, sc.Text())
		if at != "" && !killed && strings.Contains(sc.Text(), at) {
			if n--; n == 0 {
				cmd.Process.Kill()
				killed = true
			}
		}
	}
	err = cmd.Wait()
	if !killed && err != nil {
		t.Fatalf("watch child: %v\n%s", err, strings.Join(log, "\n"))
	}
	return killed
}

// alertKeys lists the store's alerts as claim and statement key.
func alertKeys(t *testing.T, db string) map[string]int {
	t.Helper()
	st, err := openStore(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	alerts, _, err := st.(claimtrail.WatchStore).FindAlerts(context.Background(), claimtrail.AlertFilter{})
	if err != nil {
		t.Fatal(err)
	}
	keys := map[string]int{}
	for _, a := range alerts {
		keys[fmt.Sprint(a.Claim.ID, " ", a.Key)]++
	}
	return keys
}

func equalSets(a, b map[string]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, n := range a {
		if n != 1 || b[k] != 1 {
			return false
		}
	}
	return true
}

// writtenIDs reads the alert ids of the JSON lines in path.
func writtenIDs(t *testing.T, path string) (map[int64]bool, int) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	ids, lines := map[int64]bool{}, 0
	for _, l := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		if l == "" {
			continue
		}
		var a struct {
			ID int64 `json:"id"`
		}
		if err := json.Unmarshal([]byte(l), &a); err != nil || a.ID == 0 {
			t.Fatalf("bad alert line %q: %v", l, err)
		}
		ids[a.ID], lines = true, lines+1
	}
	return ids, lines
}

// TestClaimsSources_CLI: claims and sources are added, listed (as a
// table and as JSON) and removed; a source added twice and a bad id are
// refused.
func TestClaimsSources_CLI(t *testing.T) {
	db := filepath.Join(t.TempDir(), "w.db")
	run := func(args ...string) (int, string, string) {
		var out, errb strings.Builder
		code := Main(context.Background(), args, strings.NewReader(""), &out, &errb)
		return code, out.String(), errb.String()
	}
	if code, out, _ := run("claims", "add", "--db", db, "--name", "pier", "--min-match", "0.6", "the council will close the pier"); code != 0 || !strings.Contains(out, "claim 1 saved") {
		t.Fatalf("claims add: %d %q", code, out)
	}
	if code, _, _ := run("claims", "add", "--db", db, "--min-match", "2", "x"); code != exitFatal {
		t.Errorf("claims add --min-match 2: exit %d", code)
	}
	if code, out, _ := run("sources", "add", "--db", db, "--follow", "https://tidewater.example/feed.xml"); code != 0 || !strings.Contains(out, "source 1 added") {
		t.Fatalf("sources add: %d %q", code, out)
	}
	if code, _, errs := run("sources", "add", "--db", db, "https://tidewater.example/feed.xml"); code == 0 || !strings.Contains(errs, "followed already") {
		t.Errorf("sources add (again): %d %q", code, errs)
	}
	if code, out, _ := run("claims", "list", "--db", db); code != 0 || !strings.Contains(out, "pier") || !strings.Contains(out, "the council will close the pier") {
		t.Errorf("claims list: %d %q", code, out)
	}
	var srcs []claimtrail.Source
	if code, out, _ := run("sources", "list", "--db", db, "--json"); code != 0 || json.Unmarshal([]byte(out), &srcs) != nil || len(srcs) != 1 || !srcs[0].Follow {
		t.Errorf("sources list --json: %d %q", code, out)
	}
	if code, _, errs := run("claims", "rm", "--db", db, "7"); code == 0 || !strings.Contains(errs, "not found") {
		t.Errorf("claims rm 7: %d %q", code, errs)
	}
	for _, args := range [][]string{{"claims", "rm", "--db", db, "1"}, {"sources", "rm", "--db", db, "1"}} {
		if code, _, errs := run(args...); code != 0 {
			t.Errorf("%v: %d %q", args, code, errs)
		}
	}
	if code, out, _ := run("claims", "list", "--db", db, "--json"); code != 0 || strings.TrimSpace(out) != "[]" {
		t.Errorf("claims list after rm: %d %q", code, out)
	}
}
