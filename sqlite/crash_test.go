package sqlite_test

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/claimtrail/claimtrail/internal/childtest"
	"github.com/claimtrail/claimtrail/sqlite"
	"github.com/claimtrail/claimtrail/storetest"
	_ "modernc.org/sqlite"
)

// crashEnv, when set, makes TestCrash the child: it names the database and
// the first synthetic article number.
const crashEnv = "CLAIMTRAIL_SQLITE_CRASH_CHILD"

// TestCrash kills a writer with SIGKILL in the middle of its batches, then
// reopens the file: it must pass integrity_check and FTS5's integrity
// check, hold every batch the child reported committed, and hold each
// stored article with all of its statements.
func TestCrash(t *testing.T) {
	if v := os.Getenv(crashEnv); v != "" {
		crashChild(v)
		return
	}
	if testing.Short() {
		t.Skip("kills child processes; skipped with -short")
	}
	path := filepath.Join(t.TempDir(), "crash.db")
	if *dump {
		path = tempPath(t)
	}
	stored := 0
	for round := range 4 {
		stored = checkAfterCrash(t, path, stored+runAndKill(t, path, round))
	}
}

// runAndKill starts a child writing batches to path, kills it with
// SIGKILL at a random moment after a few commits, and returns the number
// of articles the child reported committed.
func runAndKill(t *testing.T, path string, round int) int {
	t.Helper()
	child := childtest.StartCounter(t, "TestCrash", fmt.Sprintf("%s=%s|%d", crashEnv, path, round*1_000_000), "committed ")
	lines := child.Counts()
	committed, commits := 0, 0
	deadline := time.After(60 * time.Second)
wait:
	for commits < 3 {
		select {
		case n, ok := <-lines:
			if !ok {
				break wait
			}
			committed, commits = n, commits+1
		case <-deadline:
			break wait
		}
	}
	if commits < 3 {
		child.Kill(t)
		t.Fatalf("round %d: child committed %d batches before it stopped", round, commits)
	}
	// Land the kill at a random point of the next batches.
	time.Sleep(time.Duration(rand.IntN(40)) * time.Millisecond)
	if n, ok := child.Kill(t); ok {
		committed = n // reported before the kill landed
	}
	t.Logf("round %d: killed after %d committed articles", round, committed)
	return committed
}

// checkAfterCrash checks the file after a kill, given the number of
// articles known to be committed, and returns the number stored.
func checkAfterCrash(t *testing.T, path string, committed int) int {
	t.Helper()
	ctx := context.Background()
	// Opening runs recovery of the WAL and the migration check.
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatalf("reopen after kill: %v", err)
	}
	st, err := s.Stats(ctx)
	s.Close()
	if err != nil {
		t.Fatal(err)
	}
	// A batch may commit just before the kill, unreported; no more.
	if st.Versions < committed || st.Versions > committed+50 {
		t.Errorf("%d articles stored; %d were committed, in batches of 50", st.Versions, committed)
	}

	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var result string
	if err := db.QueryRow(`PRAGMA integrity_check`).Scan(&result); err != nil || result != "ok" {
		t.Fatalf("integrity_check = %q, %v", result, err)
	}
	for _, table := range []string{"statements_fts", "articles_fts"} {
		if _, err := db.Exec(fmt.Sprintf(`INSERT INTO %s (%s) VALUES ('integrity-check')`, table, table)); err != nil {
			t.Errorf("%s integrity-check: %v", table, err)
		}
	}
	var partial, statements int
	if err := db.QueryRow(`SELECT count(*) FROM articles a
		WHERE a.statements <> (SELECT count(*) FROM statements s WHERE s.article_id = a.id)`).Scan(&partial); err != nil {
		t.Fatal(err)
	}
	if partial > 0 {
		t.Errorf("%d articles lack some of their statements", partial)
	}
	if err := db.QueryRow(`SELECT count(*) FROM statements`).Scan(&statements); err != nil {
		t.Fatal(err)
	}
	if statements != st.Versions*8 {
		t.Errorf("%d statements for %d articles of 8 each", statements, st.Versions)
	}
	return st.Versions
}

// crashChild writes batches of 50 synthetic articles until it is killed,
// printing the running total after each commit.
func crashChild(arg string) {
	path, first, _ := strings.Cut(arg, "|")
	n, _ := strconv.Atoi(first)
	ctx := context.Background()
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		fmt.Fprintln(os.Stderr, "child:", err)
		os.Exit(2)
	}
	g := storetest.NewGenerator(uint64(n) + 1)
	total := 0
	stop := time.Now().Add(50 * time.Second) // in case the parent is gone
	for time.Now().Before(stop) {
		if err := g.Fill(ctx, s, n, 50, 50, 8); err != nil {
			fmt.Fprintln(os.Stderr, "child:", err)
			os.Exit(2)
		}
		n += 50
		total += 50
		fmt.Printf("committed %d\n", total)
	}
	os.Exit(0)
}
