package quote_test

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimtrail/claimtrail/quote"
)

var showDiags = flag.Int("corpus.diags", 0, "log this many diagnostics with context from the PolNeAR dev texts")

// TestCorpusDiagnostics scans the PolNeAR dev texts and logs how many
// quotations and diagnostics it finds, as a smoke test on real news
// typography. It skips when shared/ is not beside the checkout.
func TestCorpusDiagnostics(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "data", "polnear", "dev", "text")
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Skipf("PolNeAR dev texts not available (%v)", err)
	}
	var nq, nd, nc, docs, bytes int
	shown := 0
	for _, e := range ents {
		if !strings.HasSuffix(e.Name(), ".txt") {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		toks := tz.Tokenize(nil, text)
		qs, diags := quote.Scan(nil, text, toks)
		checkQuotes(t, text, toks, qs, diags)
		docs++
		bytes += len(text)
		nq += len(qs)
		nd += len(diags)
		for _, q := range qs {
			if q.Continued {
				nc++
			}
		}
		for _, d := range diags {
			if shown < *showDiags {
				shown++
				lo, hi := max(0, d.Span.Start-80), min(len(text), d.Span.End+80)
				t.Logf("%s: %s: %q", e.Name(), d.Msg, text[lo:hi])
			}
		}
	}
	t.Logf("PolNeAR dev: %d docs, %d KB: %d quotations (%d continued), %d diagnostics", docs, bytes/1024, nq, nc, nd)
}
