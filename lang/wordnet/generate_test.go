package wordnet

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/claimtrail/claimtrail/lang"
	"github.com/claimtrail/claimtrail/lang/wordnet/internal/wngen"
)

// wordnetDir is where Debian's wordnet-base puts the WordNet 3.0 files;
// WORDNET_DIR overrides it.
func wordnetDir(t *testing.T) string {
	dir := os.Getenv("WORDNET_DIR")
	if dir == "" {
		dir = "/usr/share/wordnet"
	}
	if _, err := os.Stat(filepath.Join(dir, "data.noun")); err != nil {
		if os.Getenv("CLAIMTRAIL_WORDNET") == "1" {
			t.Fatalf("CLAIMTRAIL_WORDNET=1 but no WordNet files in %s", dir)
		}
		t.Skipf("no WordNet 3.0 files in %s (apt-get install wordnet-base): the committed tables are not checked against them", dir)
	}
	return dir
}

// TestTablesAreGenerated regenerates the tables from the WordNet files
// and compares them with the committed ones: the synset table
// uncompressed (gzip's bytes may change with the Go release), the
// exceptions and the licence byte for byte. Generating twice must give
// the same bytes, compressed too.
func TestTablesAreGenerated(t *testing.T) {
	dir := wordnetDir(t)
	f, err := wngen.Build(dir)
	if err != nil {
		t.Fatal(err)
	}
	gz, err := lang.File("en", wngen.SynsetsFile)
	if err != nil {
		t.Fatal(err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		t.Fatal(err)
	}
	committed, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	stale := "is not the generator's output: run go generate ./lang/wordnet"
	if !bytes.Equal(committed, f.Synsets) {
		t.Errorf("%s %s", wngen.SynsetsFile, stale)
	}
	for name, want := range map[string][]byte{wngen.ExceptionsFile: f.Exceptions, wngen.LicenseFile: f.License} {
		if got, err := lang.File("en", name); err != nil || !bytes.Equal(got, want) {
			t.Errorf("%s %s (%v)", name, stale, err)
		}
	}
	if testing.Short() {
		return
	}
	g, err := wngen.Build(dir)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(f.Synsets, g.Synsets) || !bytes.Equal(f.Exceptions, g.Exceptions) ||
		!bytes.Equal(wngen.Compress(f.Synsets), wngen.Compress(g.Synsets)) {
		t.Error("two runs of the generator differ")
	}
}
