package main

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestDrawSample(t *testing.T) {
	a, b := drawSample(50, 10, 7), drawSample(50, 10, 7)
	if !slices.Equal(a, b) || len(a) != 10 || !slices.IsSorted(a) {
		t.Fatalf("draws %v and %v: want the same 10 sorted indices", a, b)
	}
	if c := drawSample(50, 10, 8); slices.Equal(a, c) {
		t.Errorf("seeds 7 and 8 drew the same %v", a)
	}
	if got := drawSample(3, 10, 1); len(got) != 3 {
		t.Errorf("drew %v from 3", got)
	}
}

func TestEvalSample(t *testing.T) {
	in := filepath.Join("..", "..", "examples", "harbour-deal-denied.txt")
	code, out, errs := run(t, "", "eval", "sample", "--n", "3", "--seed", "2", in)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	_, again, _ := run(t, "", "eval", "sample", "--n", "3", "--seed", "2", in)
	if out != again {
		t.Errorf("the same seed drew differently:\n%s\n%s", out, again)
	}
	if n := strings.Count(out, "\n── "); n != 3 {
		t.Errorf("%d statements printed, want 3:\n%s", n, out)
	}
	for _, f := range []string{"text:", "⟦", "speaker:", "cue:", "content:", "via:", "polarity:", "said_on:"} {
		if !strings.Contains(out, f) {
			t.Errorf("no %q in\n%s", f, out)
		}
	}
}

func TestEvalPatterns(t *testing.T) {
	code, out, errs := run(t, "", "eval", "patterns")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "anonymous source") || !strings.Contains(out, "overall") {
		t.Errorf("no per-construction table:\n%s", out)
	}
}
