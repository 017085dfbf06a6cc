package trace_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/internal/seedgold"
)

// seedDir is the seed article beside the checkout (CI puts shared/ there).
var seedDir = filepath.Join("..", "..", "shared", "corpus", "seed")

// TestTrace_Seed traces the seed article as a one-document store against
// its gold reading: the 14 statements with their stances, the earliest
// assertion and denial, and the Washington Post origin story reported as
// contradicted by the article's own dates.
func TestTrace_Seed(t *testing.T) {
	goldPath := filepath.Join(seedDir, "iran-denies-arms-to-russia.gold.json")
	if _, err := os.Stat(goldPath); err != nil {
		t.Skipf("seed corpus not found at %s (shared data is placed beside the checkout); skipping", seedDir)
	}
	g, err := seedgold.Load(goldPath)
	if err != nil {
		t.Fatal(err)
	}
	text, err := os.ReadFile(filepath.Join(seedDir, "iran-denies-arms-to-russia.txt"))
	if err != nil {
		t.Fatal(err)
	}
	st := ingestDir(t, seedDir)
	tr := mustTrace(t, st, "Iran supplies drones to Russia")

	traced := make([]claimtrail.Statement, len(tr.Statements))
	for i := range tr.Statements {
		traced[i] = tr.Statements[i].Statement
	}
	found, right := 0, 0
	for _, gs := range g.Statements {
		i := seedgold.Match(string(text), gs, traced)
		if i < 0 {
			t.Logf("gold #%d (%s: %q) not traced", gs.N, gs.Speaker, gs.ContentStart)
			continue
		}
		found++
		if tr.Statements[i].Stance == gs.Stance {
			right++
		} else {
			t.Errorf("gold #%d (%s: %q): stance %s, want %s", gs.N, gs.Speaker, gs.ContentStart, tr.Statements[i].Stance, gs.Stance)
		}
	}
	t.Logf("seed trace: %d of %d gold statements traced, %d with the right stance; %d statements in all", found, len(g.Statements), right, len(tr.Statements))
	if found < len(g.Statements) {
		t.Errorf("traced %d of the %d gold statements, want all", found, len(g.Statements))
	}

	p := g.Provenance
	ea := tr.EarliestAssertion
	switch {
	case ea == nil:
		t.Error("no earliest assertion")
	case ea.Speaker == p.EarliestAssertion.Speaker && ea.SaidOn == p.EarliestAssertion.SaidOn:
	case ea.Speaker == "Biden administration" && ea.SaidOn == "2022-07":
	default:
		t.Errorf("earliest assertion %s on %s, want %s on %s (or the Biden administration, 2022-07)",
			ea.Speaker, ea.SaidOn, p.EarliestAssertion.Speaker, p.EarliestAssertion.SaidOn)
	}
	if ed := tr.EarliestDenial; ed == nil || ed.Speaker != p.EarliestDenial.Speaker || ed.SaidOn != p.EarliestDenial.SaidOn {
		t.Errorf("earliest denial %+v, want %s on %s", ed, p.EarliestDenial.Speaker, p.EarliestDenial.SaidOn)
	}

	var origin *claimtrail.OriginStory
	for i := range tr.Origins {
		if strings.Contains(tr.Origins[i].Text, "started from an article published on 29 August") {
			origin = &tr.Origins[i]
		}
	}
	if origin == nil {
		t.Fatalf("origin story not found among %d origins", len(tr.Origins))
	}
	if origin.Names != p.OriginNamed.Source || origin.Date != p.OriginNamed.Date {
		t.Errorf("origin names %q on %q, want %q on %q", origin.Names, origin.Date, p.OriginNamed.Source, p.OriginNamed.Date)
	}
	// Gold lists the July assertions and the April denial; each found one
	// must be among the contradictions, and the denial of 24 April is
	// dated by the text, so it must be.
	var contra []string
	for _, r := range origin.ContradictedBy {
		contra = append(contra, r.SaidOn)
	}
	joined := strings.Join(contra, " ")
	for _, want := range []string{"2022-04-24", "2022-07"} {
		if !strings.Contains(joined, want) {
			t.Errorf("origin contradicted by statements of %v, want one of %s", contra, want)
		}
	}
}
