// Package emergent evaluates stance on the Emergent data set (Ferreira &
// Vlachos, NAACL 2016): the stance of news headlines toward rumoured
// claims, labelled for / against / observing, which map to asserts /
// denies / neutral. A learned model is always scored on claims it was not
// trained on: folds split by claim, never by headline.
package emergent

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"slices"
	"text/tabwriter"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/stance"
)

// Row is one headline of the data set with its gold stance (mapped).
type Row struct {
	Claim    string
	ClaimID  string
	Headline string
	Stance   string // asserts, denies or neutral
}

var labels = map[string]string{
	"for":       claimtrail.Asserts,
	"against":   claimtrail.Denies,
	"observing": claimtrail.Neutral,
}

// Read reads an Emergent CSV (id, claimHeadline, articleHeadline,
// articleHeadlineStance, articleId, claimId).
func Read(path string) ([]Row, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read emergent: %w", err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	recs, err := r.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("read emergent %s: %w", path, err)
	}
	if len(recs) == 0 {
		return nil, fmt.Errorf("read emergent %s: empty", path)
	}
	col := map[string]int{}
	for i, h := range recs[0] {
		col[h] = i
	}
	for _, h := range []string{"claimHeadline", "articleHeadline", "articleHeadlineStance", "claimId"} {
		if _, ok := col[h]; !ok {
			return nil, fmt.Errorf("read emergent %s: no column %q", path, h)
		}
	}
	var rows []Row
	for n, rec := range recs[1:] {
		s, ok := labels[rec[col["articleHeadlineStance"]]]
		if !ok {
			return nil, fmt.Errorf("read emergent %s: row %d: unknown stance %q", path, n+2, rec[col["articleHeadlineStance"]])
		}
		rows = append(rows, Row{
			Claim:    rec[col["claimHeadline"]],
			ClaimID:  rec[col["claimId"]],
			Headline: rec[col["articleHeadline"]],
			Stance:   s,
		})
	}
	return rows, nil
}

// Scores are the figures of one set of predictions.
type Scores struct {
	N        int              `json:"n"`
	Accuracy float64          `json:"accuracy"`
	Classes  map[string]Class `json:"classes"`
	MacroF1  float64          `json:"macro_f1"`
	// Confusion[gold][predicted] counts headlines.
	Confusion map[string]map[string]int `json:"confusion"`
}

// Class holds one stance's precision, recall and F1.
type Class struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	Support   int     `json:"support"`
}

// Fold is one fold's held-out figures.
type Fold struct {
	Fold     int     `json:"fold"`
	Claims   int     `json:"claims"`
	N        int     `json:"n"`
	Accuracy float64 `json:"accuracy"`
	Rules    float64 `json:"rules_accuracy"`
}

// Report is an evaluation: the learned classifier cross-validated by
// claim (Model), the rules alone (Rules) and per-fold accuracy.
type Report struct {
	Data  string `json:"data"`
	Folds int    `json:"folds"`
	Seed  uint64 `json:"seed"`
	// Model scores each headline with a model trained on the other folds'
	// claims; with folds < 2 it is the embedded model, scored in-sample.
	Model    Scores `json:"model"`
	InSample bool   `json:"in_sample"`
	Rules    Scores `json:"rules"`
	PerFold  []Fold `json:"per_fold,omitempty"`
}

// Seed fixes the assignment of claims to folds.
const Seed = 20161129

// Evaluate scores stance on the Emergent CSV at csvPath. With folds ≥ 2 it
// trains a model on the claims of all folds but one and scores the held-out
// fold, for each fold; with folds < 2 it scores the embedded model (an
// in-sample figure, since it was trained on this data).
func Evaluate(csvPath string, folds int) (Report, error) {
	rows, err := Read(csvPath)
	if err != nil {
		return Report{}, err
	}
	c, err := stance.New("en")
	if err != nil {
		return Report{}, err
	}
	rep := Report{Data: csvPath, Folds: folds, Seed: Seed}
	gold := make([]string, len(rows))
	rules := make([]string, len(rows))
	model := make([]string, len(rows))
	feats := make([][]string, len(rows))
	for i, r := range rows {
		gold[i] = r.Stance
		rules[i], _ = c.Rules(r.Claim, r.Headline)
		feats[i] = c.Features(r.Claim, r.Headline)
	}
	if folds < 2 {
		rep.InSample = c.Model() != nil
		for i, r := range rows {
			model[i], _ = c.Of(r.Claim, r.Headline)
		}
	} else {
		fold := AssignFolds(rows, folds, Seed)
		for k := range folds {
			var train []stance.Example
			for i, r := range rows {
				if fold[i] != k {
					train = append(train, stance.Example{Features: feats[i], Stance: r.Stance})
				}
			}
			ck := c.WithModel(stance.Train(train, stance.TrainOptions{}))
			var g, pm, pr []string
			claims := map[string]bool{}
			for i, r := range rows {
				if fold[i] != k {
					continue
				}
				model[i], _ = ck.Of(r.Claim, r.Headline)
				claims[r.ClaimID] = true
				g, pm, pr = append(g, gold[i]), append(pm, model[i]), append(pr, rules[i])
			}
			rep.PerFold = append(rep.PerFold, Fold{Fold: k, Claims: len(claims), N: len(g),
				Accuracy: score(g, pm).Accuracy, Rules: score(g, pr).Accuracy})
		}
	}
	rep.Model = score(gold, model)
	rep.Rules = score(gold, rules)
	return rep, nil
}

// AssignFolds puts every claim's headlines in one fold: claims are sorted,
// shuffled with seed and dealt round-robin. It returns each row's fold.
func AssignFolds(rows []Row, folds int, seed uint64) []int {
	var ids []string
	seen := map[string]bool{}
	for _, r := range rows {
		if !seen[r.ClaimID] {
			seen[r.ClaimID] = true
			ids = append(ids, r.ClaimID)
		}
	}
	slices.Sort(ids)
	rng := rand.New(rand.NewPCG(seed, 0xc1a1))
	rng.Shuffle(len(ids), func(i, j int) { ids[i], ids[j] = ids[j], ids[i] })
	of := map[string]int{}
	for i, id := range ids {
		of[id] = i % folds
	}
	out := make([]int, len(rows))
	for i, r := range rows {
		out[i] = of[r.ClaimID]
	}
	return out
}

var order = []string{claimtrail.Asserts, claimtrail.Denies, claimtrail.Neutral}

func score(gold, pred []string) Scores {
	s := Scores{N: len(gold), Classes: map[string]Class{}, Confusion: map[string]map[string]int{}}
	for _, g := range order {
		s.Confusion[g] = map[string]int{}
	}
	ok := 0
	for i := range gold {
		if gold[i] == pred[i] {
			ok++
		}
		s.Confusion[gold[i]][pred[i]]++
	}
	if len(gold) > 0 {
		s.Accuracy = float64(ok) / float64(len(gold))
	}
	for _, k := range order {
		tp, fp, fn := 0, 0, 0
		for i := range gold {
			switch {
			case gold[i] == k && pred[i] == k:
				tp++
			case pred[i] == k:
				fp++
			case gold[i] == k:
				fn++
			}
		}
		var c Class
		c.Support = tp + fn
		if tp+fp > 0 {
			c.Precision = float64(tp) / float64(tp+fp)
		}
		if tp+fn > 0 {
			c.Recall = float64(tp) / float64(tp+fn)
		}
		if c.Precision+c.Recall > 0 {
			c.F1 = 2 * c.Precision * c.Recall / (c.Precision + c.Recall)
		}
		s.Classes[k] = c
		s.MacroF1 += c.F1 / float64(len(order))
	}
	return s
}

// Write prints the report as plain-text tables.
func (r Report) Write(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	name := fmt.Sprintf("learned, cross-validated by claim (%d folds, seed %d)", r.Folds, r.Seed)
	if r.Folds < 2 {
		name = "embedded model"
		if r.InSample {
			name += " (in-sample: trained on this data)"
		}
	}
	fmt.Fprintf(tw, "Emergent stance: %s\n", r.Data)
	writeScores(tw, name, r.Model)
	writeScores(tw, "rules only (nothing learned)", r.Rules)
	if len(r.PerFold) > 0 {
		fmt.Fprintf(tw, "\nfold\tclaims\theadlines\taccuracy\trules\n")
		for _, f := range r.PerFold {
			fmt.Fprintf(tw, "%d\t%d\t%d\t%.1f%%\t%.1f%%\n", f.Fold, f.Claims, f.N, 100*f.Accuracy, 100*f.Rules)
		}
	}
	return tw.Flush()
}

func writeScores(w io.Writer, name string, s Scores) {
	fmt.Fprintf(w, "\n%s: accuracy %.1f%% of %d, macro F1 %.3f\n", name, 100*s.Accuracy, s.N, s.MacroF1)
	fmt.Fprintf(w, "stance\tprecision\trecall\tF1\tsupport\n")
	for _, k := range order {
		c := s.Classes[k]
		fmt.Fprintf(w, "%s\t%.3f\t%.3f\t%.3f\t%d\n", k, c.Precision, c.Recall, c.F1, c.Support)
	}
	fmt.Fprintf(w, "gold \\ predicted\t%s\t%s\t%s\t\n", order[0], order[1], order[2])
	for _, g := range order {
		fmt.Fprintf(w, "%s\t%d\t%d\t%d\t\n", g, s.Confusion[g][order[0]], s.Confusion[g][order[1]], s.Confusion[g][order[2]])
	}
}

// MarshalIndent is json.MarshalIndent of the report, for the CLI's --json.
func (r Report) MarshalIndent() ([]byte, error) { return json.MarshalIndent(r, "", "  ") }
