// Command claimtrail reads news articles into attributed statements, dates
// them, stores them and traces where a claim came from.
//
// Exit codes: 0 all inputs processed; 1 some inputs failed (each named on
// stderr) but the rest were processed; 2 usage or fatal error.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"runtime/pprof"
	"syscall"

	"github.com/spf13/cobra"
)

// Exit codes, documented in README.md.
const (
	exitOK      = 0
	exitPartial = 1
	exitFatal   = 2
)

// errPartial reports that some inputs failed; each was already named on
// stderr.
var errPartial = errors.New("some inputs failed")

// app carries what every subcommand shares: its streams.
type app struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	// The first signal asks the command to stop cleanly (what it stored
	// stays); the signals are then let go, so a second one ends the
	// process at once, also for a command that never looks at ctx (train).
	go func() {
		<-ctx.Done()
		stop()
	}()
	code := Main(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// Main runs the command line args and returns the exit code. Tests call it
// directly.
func Main(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	a := &app{stdin: stdin, stdout: stdout, stderr: stderr}
	root := a.rootCmd()
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	// CLAIMTRAIL_CPUPROFILE=FILE profiles any command (for developers).
	if path := os.Getenv("CLAIMTRAIL_CPUPROFILE"); path != "" {
		if f, err := os.Create(path); err == nil {
			defer f.Close() // runs after StopCPUProfile has written the profile
			if pprof.StartCPUProfile(f) == nil {
				defer pprof.StopCPUProfile()
			}
		}
	}
	cmd, err := root.ExecuteContextC(ctx)
	if err != nil && cmd != nil && cmd.Flags().Lookup("db") != nil {
		err = nameStore(cmd.Flags().Lookup("db").Value.String(), err)
	}
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errPartial):
		fmt.Fprintln(stderr, "claimtrail:", err)
		return exitPartial
	default:
		fmt.Fprintln(stderr, "claimtrail:", err)
		return exitFatal
	}
}

func (a *app) rootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:   "claimtrail",
		Short: "Who said this first, who denied it, when, and on whose authority",
		Long: `claimtrail reads news articles into attributed statements (speaker, cue,
content, stance, date), stores them and traces where a claim came from.`,
		Version:       version(debug.ReadBuildInfo()),
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, args []string) error {
			return checkFlagSpans(cmd)
		},
	}
	root.SetVersionTemplate("{{.Name}} {{.Version}}\n")
	root.AddCommand(
		a.extractCmd(),
		a.timexCmd(),
		a.evalCmd(),
		a.trainCmd(),
		a.ingestCmd(),
		a.reextractCmd(),
		a.searchCmd(),
		a.statsCmd(),
		a.exportCmd(),
		a.stanceCmd(),
		a.traceCmd(),
		a.demoCmd(),
		a.serveCmd(),
		a.claimsCmd(),
		a.sourcesCmd(),
		a.watchCmd(),
	)
	return root
}

// version says which build this is: the module version (a tag when built
// with go install …@vX, "(devel)" from a checkout), the VCS revision and
// whether the tree was modified, and the Go version. Builds without VCS
// stamping (CI builds with -buildvcs=false) say "revision unknown".
func version(bi *debug.BuildInfo, ok bool) string {
	if !ok {
		return "(devel), revision unknown"
	}
	v := bi.Main.Version
	if v == "" {
		v = "(devel)"
	}
	rev, modified, at := "unknown", "", ""
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value[:min(len(s.Value), 12)]
		case "vcs.modified":
			if s.Value == "true" {
				modified = " (modified)"
			}
		case "vcs.time":
			at = " of " + s.Value
		}
	}
	out := fmt.Sprintf("%s, revision %s%s%s", v, rev, modified, at)
	if bi.GoVersion != "" {
		out += ", " + bi.GoVersion
	}
	return out
}
