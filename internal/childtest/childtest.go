// Package childtest runs the test binary itself as a child process that
// a test kills with SIGKILL in the middle of its work: the crash test of
// the SQLite store, the kill-and-rerun test of reextract, the resume
// stress test of ingest. Test files only import it (internal/archtest
// checks).
package childtest

import (
	"bufio"
	"errors"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
)

// Command returns a command that runs this test binary again for test
// alone (its exact name), with env ("NAME=value") added to the
// environment: the test finds the variable set and plays the child.
func Command(test, env string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], "-test.run=^"+test+"$", "-test.count=1")
	cmd.Env = append(os.Environ(), env)
	return cmd
}

// Kill kills cmd's process with SIGKILL (on Unix) and waits for it. A
// process that has ended already is no failure.
func Kill(tb testing.TB, cmd *exec.Cmd) {
	tb.Helper()
	if err := cmd.Process.Kill(); err != nil && !errors.Is(err, os.ErrProcessDone) {
		tb.Fatal(err)
	}
	cmd.Wait()
}

// Counter is a child that reports its progress on standard output as
// lines "PREFIX N" (its standard error goes to the test's).
type Counter struct {
	cmd *exec.Cmd
	n   chan int
}

// StartCounter starts Command(test, env) and reads the numbers of its
// lines that start with prefix ("committed ").
func StartCounter(tb testing.TB, test, env, prefix string) *Counter {
	tb.Helper()
	c := &Counter{cmd: Command(test, env), n: make(chan int)}
	c.cmd.Stderr = os.Stderr
	out, err := c.cmd.StdoutPipe()
	if err != nil {
		tb.Fatal(err)
	}
	if err := c.cmd.Start(); err != nil {
		tb.Fatal(err)
	}
	go func() {
		defer close(c.n)
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			if s, ok := strings.CutPrefix(sc.Text(), prefix); ok {
				if v, err := strconv.Atoi(s); err == nil {
					c.n <- v
				}
			}
		}
	}()
	return c
}

// Counts delivers the numbers the child reports, in order; it is closed
// when the child's output ends.
func (c *Counter) Counts() <-chan int { return c.n }

// Kill kills the child with SIGKILL, reads what it reported before the
// kill landed and waits for it; it returns the last number so read, or
// ok false when there was none.
func (c *Counter) Kill(tb testing.TB) (last int, ok bool) {
	tb.Helper()
	if err := c.cmd.Process.Kill(); err != nil && !errors.Is(err, os.ErrProcessDone) {
		tb.Fatal(err)
	}
	for n := range c.n {
		last, ok = n, true
	}
	c.cmd.Wait()
	return last, ok
}
