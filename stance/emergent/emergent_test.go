package emergent_test

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/claimtrail/claimtrail/stance"
	"github.com/claimtrail/claimtrail/stance/emergent"
)

var retrain = flag.Bool("retrain", false, "retrain the embedded model ../model/en.tsv on all of Emergent train")

func dataPath(t *testing.T) string {
	t.Helper()
	p := filepath.Join("..", "..", "..", "shared", "data", "emergent", "train.csv")
	if _, err := os.Stat(p); err != nil {
		t.Skipf("Emergent data not present at %s (from /work/shared/data/emergent): skipping", p)
	}
	return p
}

func TestEvaluate(t *testing.T) {
	p := dataPath(t)
	rep, err := emergent.Evaluate(p, 10)
	if err != nil {
		t.Fatal(err)
	}
	if testing.Verbose() {
		rep.Write(os.Stdout)
	}
	// floors a little below the figures reached (10 folds: 80.8 % learned,
	// 80.1 % rules), so a regression fails but noise does not
	if rep.Model.Accuracy < 0.79 {
		t.Errorf("cross-validated accuracy %.3f < 0.79", rep.Model.Accuracy)
	}
	if rep.Rules.Accuracy < 0.78 {
		t.Errorf("rules-only accuracy %.3f < 0.78", rep.Rules.Accuracy)
	}
	if len(rep.PerFold) != 10 {
		t.Errorf("got %d folds, want 10", len(rep.PerFold))
	}
	if _, err := rep.MarshalIndent(); err != nil {
		t.Error(err)
	}
}

func TestAssignFolds_ByClaim(t *testing.T) {
	rows := []emergent.Row{{ClaimID: "a"}, {ClaimID: "b"}, {ClaimID: "a"}, {ClaimID: "c"}, {ClaimID: "b"}}
	f := emergent.AssignFolds(rows, 2, emergent.Seed)
	if f[0] != f[2] || f[1] != f[4] {
		t.Errorf("headlines of one claim split across folds: %v", f)
	}
}

func TestRetrain(t *testing.T) {
	if !*retrain {
		t.Skip("pass -retrain to rewrite ../model/en.tsv")
	}
	p := dataPath(t)
	rows, err := emergent.Read(p)
	if err != nil {
		t.Fatal(err)
	}
	c, err := stance.New("en")
	if err != nil {
		t.Fatal(err)
	}
	var ex []stance.Example
	for _, r := range rows {
		ex = append(ex, stance.Example{Features: c.Features(r.Claim, r.Headline), Stance: r.Stance})
	}
	m := stance.Train(ex, stance.TrainOptions{})
	f, err := os.Create(filepath.Join("..", "model", "en.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := m.WriteTo(f); err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote %d features", len(m.W))
}
