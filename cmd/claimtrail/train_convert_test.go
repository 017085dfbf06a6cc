package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/claimtrail/claimtrail/extract"
	"github.com/claimtrail/claimtrail/internal/seqtag"
)

// TestConvertAttrib writes the shipped attribution passes in the earlier
// gzip format and converts them back: the result is the embedded file,
// byte for byte (the conversion is exact and deterministic).
func TestConvertAttrib(t *testing.T) {
	ms, err := extract.DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	from, to := t.TempDir(), t.TempDir()
	for _, d := range []string{filepath.Join(from, "extract", "model"), filepath.Join(to, "extract", "model")} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for name, m := range map[string]*seqtag.Model{"attrib.bin.gz": ms.First, "attrib2.bin.gz": ms.Second} {
		var buf bytes.Buffer
		if _, err := m.WriteTo(&buf); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(from, "extract", "model", name), buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := convertAttrib(from, to); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join(to, "extract", "model", "attrib.bin"))
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join("..", "..", "extract", "model", "attrib.bin"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("converted tagger file: %d bytes, differs from the embedded %d", len(got), len(want))
	}
}
