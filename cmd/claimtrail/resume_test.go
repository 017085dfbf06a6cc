package main

import (
	"bufio"
	"bytes"
	"cmp"
	"context"
	crand "crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/extract"
	"github.com/claimtrail/claimtrail/internal/childtest"
	"github.com/jackc/pgx/v5"
)

var (
	resumeRounds = flag.Int("resume-rounds", 50, "rounds of TestIngest_ResumeStress")
	resumeSeed   = flag.Uint64("resume-seed", 0, "seed of TestIngest_ResumeStress (0: from the clock, logged)")
)

// resumeChildEnv, when set, makes TestIngest_ResumeStress the child (see
// ingestChild).
const resumeChildEnv = "CLAIMTRAIL_RESUME_CHILD"

// TestIngest_ResumeStress is issue 16's durability promise: rounds of
// random changes to a folder (documents stored, changed and new), each
// ingested by a child that is killed with SIGKILL at a random moment
// (zero to two times), then by a rerun. Every rerun must exit 0 and leave
// the store equal to the reference's, a store that ingested every
// round's folder once, uninterrupted: the same export of every version,
// byte for byte on SQLite; on PostgreSQL with ids renumbered, for an
// identity column keeps the values a killed transaction drew (ids keep
// their order, so renumbering them in order of appearance loses nothing
// else). SQLite always, PostgreSQL when CLAIMTRAIL_TEST_POSTGRES is set.
//
// Cost: a child loads the extraction models (about 0.5 s of CPU), so the
// next child is started while a round runs; 50 rounds take about a
// minute a store on two idle cores.
func TestIngest_ResumeStress(t *testing.T) {
	if os.Getenv(resumeChildEnv) != "" {
		resumeChild()
		return
	}
	if testing.Short() {
		t.Skip("kills child processes; skipped with -short")
	}
	seed := *resumeSeed
	if seed == 0 {
		seed = uint64(time.Now().UnixNano())
	}
	t.Logf("seed %d (rerun with -resume-seed=%d)", seed, seed)
	t.Run("sqlite", func(t *testing.T) {
		dir := t.TempDir()
		resumeStress(t, seed, filepath.Join(dir, "stressed.db"), filepath.Join(dir, "reference.db"), false)
	})
	t.Run("postgres", func(t *testing.T) {
		stressed, reference := postgresSchema(t), postgresSchema(t)
		resumeStress(t, seed, stressed, reference, true)
	})
}

// resumeStress runs the rounds against the stores stressed and reference.
func resumeStress(t *testing.T, seed uint64, stressed, reference string, renumber bool) {
	rng := rand.New(rand.NewPCG(seed, 16))
	dir := t.TempDir()
	corpus := &fictionCorpus{}
	var kills [3]int // landed before the first commit, between commits, after the last
	after := 0       // versions in the reference
	child := startIngestChild(t)
	defer func() { child.stop() }()
	for round := range *resumeRounds {
		corpus.mutate(t, dir, rng)
		// The reference ingests as the killed children will, so that its
		// new versions tell how many batches theirs commit.
		workers, batch := 1+rng.IntN(4), 1+rng.IntN(3)
		mustIngest(t, reference, dir, workers, batch)
		before := after
		after = storedVersions(t, reference)
		batches := (after - before + batch - 1) / batch
		for range rng.IntN(3) {
			pause := time.Duration(rng.IntN(3000)) * time.Microsecond
			child.killDuring(t, stressed, dir, workers, batch, rng.IntN(batches+1), rng.IntN(2) == 0, pause)
			child = startIngestChild(t) // loads while the round goes on
			switch n := storedVersions(t, stressed); {
			case n == before:
				kills[0]++
			case n < after:
				kills[1]++
			default:
				kills[2]++
			}
		}
		mustIngest(t, stressed, dir, 1+rng.IntN(4), 1+rng.IntN(4))
		got, want := exportHash(t, stressed, renumber), exportHash(t, reference, renumber)
		if got != want {
			t.Fatalf("round %d: the store's export (sha256 %s) differs from the reference's (%s)", round, got, want)
		}
	}
	t.Logf("%d rounds, %d documents; kills before the first commit %d, between commits %d, after the last %d",
		*resumeRounds, len(corpus.docs), kills[0], kills[1], kills[2])
}

// storedVersions is the number of article versions in the store.
func storedVersions(t *testing.T, db string) int {
	t.Helper()
	code, out, errs := run(t, "", "stats", "--db", db, "--json")
	if code != 0 {
		return 0 // no store yet
	}
	var st struct{ Versions int }
	if err := json.Unmarshal([]byte(out), &st); err != nil {
		t.Fatalf("stats: %v: %s", err, errs)
	}
	return st.Versions
}

// mustIngest runs the ingest command in this process; it must exit 0.
func mustIngest(t *testing.T, db, dir string, workers, batch int) {
	t.Helper()
	code, _, errs := run(t, "", "ingest", "--db", db, "--progress", "never",
		"--workers", strconv.Itoa(workers), "--batch", strconv.Itoa(batch), dir)
	if code != 0 {
		t.Fatalf("ingest exit %d: %s", code, errs)
	}
}

// ingestChild is this test binary run as a child: it loads the models,
// says "ready", reads one line "DB|FOLDER|WORKERS|BATCH", opens the store
// once, says "go", and runs the ingest command, saying "committed" after
// each batch and waiting for a line to go on, until the parent kills it.
// It exits when its standard input closes.
type ingestChild struct {
	cmd   *exec.Cmd
	in    io.WriteCloser
	out   *bufio.Reader
	errb  bytes.Buffer
	ready chan error
}

func startIngestChild(t *testing.T) *ingestChild {
	t.Helper()
	c := &ingestChild{cmd: childtest.Command("TestIngest_ResumeStress", resumeChildEnv+"=1"), ready: make(chan error, 1)}
	c.cmd.Stderr = &c.errb
	in, err1 := c.cmd.StdinPipe()
	out, err2 := c.cmd.StdoutPipe()
	if err := cmp.Or(err1, err2, c.cmd.Start()); err != nil {
		t.Fatal(err)
	}
	c.in, c.out = in, bufio.NewReader(out)
	go func() { c.ready <- c.expect("ready") }()
	return c
}

// expect reads the child's next line, which must be want; io.EOF when
// the child has ended.
func (c *ingestChild) expect(want string) error {
	line, err := c.out.ReadString('\n')
	if err != nil {
		return err
	}
	if line != want+"\n" {
		return fmt.Errorf("child said %q, want %q", line, want)
	}
	return nil
}

// killDuring has the child ingest dir into db and kills it with SIGKILL
// once it has committed commits batches (or ended: an earlier kill of
// the round stored some). With hold the child is held right after that
// commit and killed there, between two commits whatever the machine's
// load; else it goes on and is killed after a pause of up to pause, in
// the work of the next batch, in its commit, or after.
func (c *ingestChild) killDuring(t *testing.T, db, dir string, workers, batch, commits int, hold bool, pause time.Duration) {
	t.Helper()
	err := <-c.ready
	if err == nil {
		fmt.Fprintf(c.in, "%s|%s|%d|%d\n", db, dir, workers, batch)
		err = c.expect("go")
	}
	held := false
	for i := 1; err == nil && i <= commits; i++ {
		if err = c.expect("committed"); errors.Is(err, io.EOF) {
			err = nil
			break
		}
		if held = hold && i == commits; !held {
			io.WriteString(c.in, "\n") // go on
		}
	}
	if err != nil {
		c.stop()
		t.Fatalf("%v: %s", err, c.errb.String())
	}
	if !held {
		time.Sleep(pause)
	}
	childtest.Kill(t, c.cmd)
}

// stop ends a child that was not killed.
func (c *ingestChild) stop() {
	c.in.Close()
	c.cmd.Process.Kill()
	c.cmd.Wait()
}

// resumeChild is the child's side of ingestChild.
func resumeChild() {
	fail := func(err error) {
		fmt.Fprintln(os.Stderr, "child:", err)
		os.Exit(exitFatal)
	}
	if _, err := extract.New(extract.Options{}); err != nil {
		fail(err)
	}
	fmt.Println("ready")
	stdin := bufio.NewReader(os.Stdin)
	line, err := stdin.ReadString('\n')
	if err != nil {
		os.Exit(0) // the parent is done with this child
	}
	f := strings.Split(strings.TrimSpace(line), "|")
	if len(f) != 4 {
		fail(fmt.Errorf("bad request %q", line))
	}
	Main(context.Background(), []string{"stats", "--db", f[0]}, strings.NewReader(""), io.Discard, io.Discard)
	open := openStore
	openStore = func(ctx context.Context, db string) (claimtrail.Store, error) {
		st, err := open(ctx, db)
		return commitReporter{st, stdin}, err
	}
	fmt.Println("go")
	os.Exit(Main(context.Background(), []string{"ingest", "--db", f[0], "--progress", "never",
		"--workers", f[2], "--batch", f[3], f[1]}, strings.NewReader(""), io.Discard, io.Discard))
}

// commitReporter is a store that says "committed" on standard output
// after each batch it commits, then waits for a line on standard input
// (the parent's go-on, which does not come when it kills the child
// there).
type commitReporter struct {
	claimtrail.Store
	goOn *bufio.Reader
}

func (s commitReporter) PutArticles(ctx context.Context, in []claimtrail.ArticleInput) ([]claimtrail.PutResult, error) {
	res, err := s.Store.PutArticles(ctx, in)
	if err == nil {
		fmt.Println("committed")
		s.goOn.ReadString('\n')
	}
	return res, err
}

// exportHash returns the sha256 of the export of every stored version,
// its ids renumbered in order of appearance when renumber is set.
func exportHash(t *testing.T, db string, renumber bool) string {
	t.Helper()
	code, out, errs := run(t, "", "export", "--db", db, "--all-versions")
	if code != 0 {
		t.Fatalf("export exit %d: %s", code, errs)
	}
	if renumber {
		out = renumberIDs(t, out)
	}
	sum := sha256.Sum256([]byte(out))
	return hex.EncodeToString(sum[:])
}

// renumberIDs replaces the article, statement and speaker ids of an
// export by their rank in order of appearance: PostgreSQL's sequences
// skip the ids a killed transaction took, and a description's speaker
// (one per article) is created in the batch of its article.
func renumberIDs(t *testing.T, export string) string {
	t.Helper()
	articles, statements, speakers := map[float64]int{}, map[float64]int{}, map[float64]int{}
	rank := func(m map[float64]int, v any) int {
		id, _ := v.(float64)
		if _, ok := m[id]; !ok {
			m[id] = len(m) + 1
		}
		return m[id]
	}
	var b strings.Builder
	for line := range strings.Lines(export) {
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("export line %q: %v", line, err)
		}
		m["article_id"] = rank(articles, m["article_id"])
		m["statement_id"] = rank(statements, m["statement_id"])
		if sp, ok := m["speaker"].(map[string]any); ok && sp["id"] != nil {
			sp["id"] = rank(speakers, sp["id"])
		}
		out, _ := json.Marshal(m) // map keys sorted: canonical
		b.Write(out)
		b.WriteByte('\n')
	}
	return b.String()
}

// TestIngest_DeterministicIDs: two clean ingests of the same files, with
// different worker counts and batch sizes, export the same bytes, ids
// included (issue 16, item 6): the pipeline commits in reading order.
func TestIngest_DeterministicIDs(t *testing.T) {
	dir := t.TempDir()
	rng := rand.New(rand.NewPCG(6, 16))
	corpus := &fictionCorpus{}
	for range 5 {
		corpus.mutate(t, dir, rng)
	}
	var exports []string
	for _, workers := range []int{1, 4} {
		db := filepath.Join(t.TempDir(), "s.db")
		mustIngest(t, db, dir, workers, 3*workers)
		code, out, errs := run(t, "", "export", "--db", db)
		if code != 0 || out == "" {
			t.Fatalf("export exit %d, %d bytes: %s", code, len(out), errs)
		}
		exports = append(exports, out)
	}
	if exports[0] != exports[1] {
		t.Errorf("two clean ingests export different bytes:\n%s\n---\n%s", firstDiff(exports[0]), firstDiff(exports[1]))
	}
}

// firstDiff shortens an export for a failure message.
func firstDiff(s string) string { return s[:min(len(s), 600)] }

// TestDemo_Deterministic: the demo's JSON is the same on every run (it
// varied with commit order before).
func TestDemo_Deterministic(t *testing.T) {
	var outs []string
	for range 2 {
		code, out, errs := run(t, "", "demo", "--json")
		if code != 0 {
			t.Fatalf("demo exit %d: %s", code, errs)
		}
		outs = append(outs, out)
	}
	if outs[0] != outs[1] {
		t.Error("two runs of demo --json differ")
	}
}

// fictionCorpus is a folder of short invented articles the stress test
// changes round by round.
type fictionCorpus struct {
	docs []string // file names, in creation order
	next int
}

// Invented people, places and events: no real text enters the repository.
var (
	fictionSpeakers = []string{"Mayor Tilda Brask", "the harbour master, Oren Vell", "Councillor Ama Ferris",
		"a spokesperson for Nordvik Rail", "Inspector Juno Hale", "the ferry operator Quill Lines"}
	fictionCues    = []string{"said", "told reporters", "denied", "confirmed", "claimed", "announced"}
	fictionClaims  = []string{"the bridge would reopen", "the ferry had sailed without permission", "the tunnel was unsafe", "the budget had been cut", "the festival would be cancelled", "the pier had flooded"}
	fictionWhen    = []string{"on Monday", "on Tuesday", "last week", "in March", "yesterday", ""}
	fictionClosing = []string{"Nobody else commented.", "The council will meet again.", "Residents were not surprised.", ""}
)

// mutate changes the folder: about one document in three is rewritten,
// up to three are added (ten in the first round), the rest stay.
func (c *fictionCorpus) mutate(t *testing.T, dir string, rng *rand.Rand) {
	t.Helper()
	for _, name := range c.docs {
		if rng.IntN(3) == 0 {
			c.write(t, dir, name, rng)
		}
	}
	add := rng.IntN(4)
	if len(c.docs) == 0 {
		add = 10
	}
	for range add {
		c.next++
		name := fmt.Sprintf("%03d.txt", c.next)
		c.docs = append(c.docs, name)
		c.write(t, dir, name, rng)
	}
}

func (c *fictionCorpus) write(t *testing.T, dir, name string, rng *rand.Rand) {
	t.Helper()
	pick := func(s []string) string { return s[rng.IntN(len(s))] }
	var b strings.Builder
	for range 2 + rng.IntN(4) {
		fmt.Fprintf(&b, "%s %s %s that %s.\n\n", capitalize(pick(fictionSpeakers)), pick(fictionCues), pick(fictionWhen), pick(fictionClaims))
		if s := pick(fictionClosing); s != "" {
			b.WriteString(s + "\n\n")
		}
	}
	text := strings.ReplaceAll(b.String(), "  ", " ")
	if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func capitalize(s string) string { return strings.ToUpper(s[:1]) + s[1:] }

// postgresSchema returns a postgres:// URL selecting a new schema of its
// own (dropped when the test ends) in the database CLAIMTRAIL_TEST_POSTGRES
// names, as the postgres package's tests do; it skips the test when the
// variable is unset (eval "$(bash .ci/postgres.sh)" sets it).
func postgresSchema(t *testing.T) string {
	t.Helper()
	dsn := os.Getenv("CLAIMTRAIL_TEST_POSTGRES")
	if dsn == "" {
		t.Skip("no PostgreSQL: set CLAIMTRAIL_TEST_POSTGRES (eval \"$(bash .ci/postgres.sh)\")")
	}
	u, err := url.Parse(dsn)
	if err != nil || (u.Scheme != "postgres" && u.Scheme != "postgresql") {
		t.Fatalf("CLAIMTRAIL_TEST_POSTGRES: want a postgres:// URL, got %q", dsn)
	}
	ctx := context.Background()
	var b [6]byte
	crand.Read(b[:])
	schema := "claimtrail_test_" + hex.EncodeToString(b[:])
	admin, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatalf("connect: %v", err)
	}
	if _, err := admin.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		admin.Close(ctx)
		t.Fatalf("create schema: %v", err)
	}
	t.Cleanup(func() {
		if _, err := admin.Exec(ctx, "DROP SCHEMA "+schema+" CASCADE"); err != nil {
			t.Errorf("drop schema: %v", err)
		}
		admin.Close(ctx)
	})
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}
