package main

import (
	"io"
	"os"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// commands returns every command under claimtrail's root, the root too.
func commands() []*cobra.Command {
	a := &app{stdin: strings.NewReader(""), stdout: io.Discard, stderr: io.Discard}
	out := []*cobra.Command{a.rootCmd()}
	for i := 0; i < len(out); i++ {
		out = append(out, out[i].Commands()...)
	}
	return out
}

func TestVersion(t *testing.T) {
	tests := []struct {
		bi   *debug.BuildInfo
		ok   bool
		want string
	}{
		{nil, false, "(devel), revision unknown"},
		{&debug.BuildInfo{GoVersion: "go1.26.0", Main: debug.Module{Version: "(devel)"}}, true,
			"(devel), revision unknown, go1.26.0"},
		{&debug.BuildInfo{GoVersion: "go1.26.0", Main: debug.Module{Version: "v1.2.3"}, Settings: []debug.BuildSetting{
			{Key: "vcs.revision", Value: "3e6ac65f0123456789abcdef"}, {Key: "vcs.time", Value: "2026-12-06T20:00:00Z"},
			{Key: "vcs.modified", Value: "true"}}}, true,
			"v1.2.3, revision 3e6ac65f0123 (modified) of 2026-12-06T20:00:00Z, go1.26.0"},
		{&debug.BuildInfo{Settings: []debug.BuildSetting{{Key: "vcs.revision", Value: "abc"}, {Key: "vcs.modified", Value: "false"}}}, true,
			"(devel), revision abc"},
	}
	for _, tt := range tests {
		if got := version(tt.bi, tt.ok); got != tt.want {
			t.Errorf("version(%+v) = %q, want %q", tt.bi, got, tt.want)
		}
	}
	code, out, errs := run(t, "", "--version")
	if code != 0 || !strings.HasPrefix(out, "claimtrail ") || !strings.Contains(out, "revision ") {
		t.Errorf("--version: exit %d: %q %s", code, out, errs)
	}
}

// Help prints each flag's default once: cobra adds "(default …)" for a
// default that is not the zero value, so a usage string that says it too
// prints it twice.
func TestHelp_DefaultsOnce(t *testing.T) {
	t.Setenv("CLAIMTRAIL_TOKEN", "secret-token")
	t.Setenv("CLAIMTRAIL_DB", "env.db")
	for _, cmd := range commands() {
		cmd.LocalFlags().VisitAll(func(f *pflag.Flag) {
			name := strings.TrimPrefix(cmd.CommandPath()+" --"+f.Name, "claimtrail ")
			fs := pflag.NewFlagSet("", pflag.ContinueOnError)
			fs.AddFlag(f)
			if n := strings.Count(fs.FlagUsages(), "(default"); n > 1 {
				t.Errorf("%s: help prints the default %d times: %s", name, n, fs.FlagUsages())
			}
			if strings.Contains(fs.FlagUsages(), "secret-token") {
				t.Errorf("%s: help prints the secret of $CLAIMTRAIL_TOKEN: %s", name, fs.FlagUsages())
			}
		})
	}
}

// Every numeric flag has a range, and its default is in it.
func TestFlagSpans_EveryNumericFlag(t *testing.T) {
	for _, cmd := range commands() {
		cmd.LocalFlags().VisitAll(func(f *pflag.Flag) {
			if _, numeric, ok := spanOf(cmd, f); numeric && !ok {
				t.Errorf("%s --%s: no range in flagSpans", cmd.CommandPath(), f.Name)
			}
		})
		cmd.LocalFlags().VisitAll(func(f *pflag.Flag) { f.Changed = true })
		if err := checkFlagSpans(cmd); err != nil {
			t.Errorf("%s: a default is out of range: %v", cmd.CommandPath(), err)
		}
	}
}

func TestFlagSpans_Refused(t *testing.T) {
	db := filepath.Join(t.TempDir(), "none.db")
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"trace", "--min-match", "2", "x"}, "--min-match 2: want a number from 0 to 1"},
		{[]string{"trace", "--min-match", "-0.5", "x"}, "--min-match -0.5: want a number from 0 to 1"},
		{[]string{"trace", "--limit", "-1", "x"}, "--limit -1: want 0 or more"},
		{[]string{"search", "--limit", "-5"}, "--limit -5: want 0 or more"},
		{[]string{"search", "--offset", "-1"}, "--offset -1: want 0 or more"},
		{[]string{"extract", "--workers", "-1", "x.txt"}, "--workers -1: want 0 or more"},
		{[]string{"extract", "--max-bytes", "0", "x.txt"}, "--max-bytes 0: want 1 or more"},
		{[]string{"extract", "--rate", "0", "x.txt"}, "--rate 0: want more than 0"},
		{[]string{"extract", "--timeout", "-1s", "x.txt"}, "--timeout -1s: want more than 0"},
		{[]string{"ingest", "--workers", "-1", "x.txt"}, "--workers -1: want 0 or more"},
		{[]string{"ingest", "--batch", "0", "x.txt"}, "--batch 0: want 1 or more"},
		{[]string{"serve", "--max-body", "0"}, "--max-body 0: want 1 or more"},
		{[]string{"serve", "--request-timeout", "0s"}, "--request-timeout 0s: want more than 0"},
		{[]string{"eval", "emergent", "--folds", "0"}, "--folds 0: want 1 or more"},
		{[]string{"eval", "sample", "--n", "0"}, "--n 0: want 1 or more"},
		{[]string{"train", "attrib", "--epochs", "0"}, "--epochs 0: want 1 or more"},
	}
	for _, tt := range tests {
		args := append(append([]string(nil), tt.args...), "--db", db)
		if tt.args[0] == "eval" || tt.args[0] == "train" || tt.args[0] == "extract" {
			args = tt.args
		}
		code, _, errs := run(t, "", args...)
		if code != exitFatal || !strings.Contains(errs, tt.want) {
			t.Errorf("%v: exit %d, want %d and %q: %s", tt.args, code, exitFatal, tt.want, errs)
		}
	}
}

// An unquoted claim of several words is refused with the quoted command
// to copy (see oneQuoted for why it is not joined).
func TestTrace_UnquotedClaim(t *testing.T) {
	db := filepath.Join(t.TempDir(), "none.db")
	code, _, errs := run(t, "", "trace", "--db", db, "Iran", "supplied", "drones")
	if code != exitFatal || !strings.Contains(errs, `quote the claim: claimtrail trace "Iran supplied drones"`) {
		t.Errorf("exit %d: %s", code, errs)
	}
	code, _, errs = run(t, "", "search", "--db", db, "Iran's", "$drones")
	if code != exitFatal || !strings.Contains(errs, `quote the query: claimtrail search 'Iran'\''s $drones'`) {
		t.Errorf("search: exit %d: %s", code, errs)
	}
	if code, _, errs := run(t, "", "trace", "--db", db); code != exitFatal || !strings.Contains(errs, "name the claim") {
		t.Errorf("no claim: exit %d: %s", code, errs)
	}
}

// The trace table shows the * of a row dated by its publication date
// whole (SAID ON was one character too narrow for it).
func TestTraceTable_PublishedStar(t *testing.T) {
	db := filepath.Join(t.TempDir(), "demo.db")
	if code, _, errs := run(t, "", "demo", "--db", db); code != 0 {
		t.Fatalf("demo: %s", errs)
	}
	code, out, errs := run(t, "", "trace", "--db", db, "--format", "table", "Veldovia sold patrol boats to Marisca")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !regexp.MustCompile(`(?m)^\d{4}-\d\d-\d\d\* +asserts`).MatchString(out) {
		t.Errorf("no publication-dated row shows its *:\n%s", out)
	}
	if m := regexp.MustCompile(`(?m)^\S*…`).FindString(out); m != "" {
		t.Errorf("a SAID ON cell is cut (%q):\n%s", m, out)
	}
}

// examplesOwedElsewhere are Example paths that name no file, in files
// other helpers own this round (issue 16.9): the lead fixes them and
// empties this list.
var examplesOwedElsewhere = map[string]bool{
	"examples/ministry-denial.txt": true, // extract.go: examples/harbour-deal-denied.txt is the one there
}

// Every repository file or shared dataset an Example names exists; other
// names (news.db, article.txt) are the reader's own.
func TestExamples_NameFilesThatExist(t *testing.T) {
	root := filepath.Join("..", "..")
	for _, cmd := range commands() {
		for _, word := range strings.Fields(cmd.Example) {
			if examplesOwedElsewhere[word] || !(strings.HasPrefix(word, "examples/") || strings.HasPrefix(word, "../shared/")) {
				continue
			}
			if strings.HasPrefix(word, "../shared/") {
				if _, err := os.Stat(filepath.Join(root, "..", "shared")); err != nil {
					continue // checked where the shared data is
				}
			}
			if _, err := os.Stat(filepath.Join(root, filepath.FromSlash(word))); err != nil {
				t.Errorf("%s: its Example names %s: %v", cmd.CommandPath(), word, err)
			}
		}
	}
}
