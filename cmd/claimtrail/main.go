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
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.AddCommand(
		a.extractCmd(),
		a.timexCmd(),
		a.evalCmd(),
		a.trainCmd(),
		a.ingestCmd(),
		a.searchCmd(),
		a.statsCmd(),
		a.exportCmd(),
		a.stanceCmd(),
		a.traceCmd(),
		a.demoCmd(),
		a.serveCmd(),
	)
	return root
}
