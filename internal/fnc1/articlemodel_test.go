package fnc1

import (
	"flag"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/stance"
)

// The article model (stance.OfBody) is trained here, on the gold-related
// pairs of the FNC-1 dev half only, each body read as a trace reads it:
//
//	go test ./internal/fnc1 -run TestTrainArticleModel -train dev -v          # cross-validate by story
//	go test ./internal/fnc1 -run TestTrainArticleModel -train dev -train.write # and write the model
var (
	trainHalf  = flag.String("train", "", "train the article model on the gold-related pairs of this FNC-1 half (dev) and cross-validate it")
	trainWrite = flag.Bool("train.write", false, "write the model trained on the whole half to stance/model/en-article.tsv")
)

// articleTraining is how the article model is trained: few features (the
// stance tables' cues and the classifier's readings), so a strong L2 and
// features seen in at least three bodies.
var articleTraining = stance.TrainOptions{Epochs: 30, Rate: 0.05, L2: 3e-2, MinCount: 3, Seed: 1}

// trainFolds is the number of cross-validation folds, by headline.
const trainFolds = 5

func TestTrainArticleModel(t *testing.T) {
	if *trainHalf == "" {
		t.Skip("run with -train dev")
	}
	h, err := ParseHalf(*trainHalf)
	if err != nil {
		t.Fatal(err)
	}
	if h != HalfDev {
		t.Fatal("the article model is trained on the dev half only")
	}
	bodies, err := LoadBodies(filepath.Join(*oracleData, "bodies.csv"))
	if err != nil {
		t.Skip(err)
	}
	all, err := LoadStances(filepath.Join(*oracleData, "dev_stances.csv"))
	if err != nil {
		t.Skip(err)
	}
	read, err := newArticleReader()
	if err != nil {
		t.Fatal(err)
	}
	var pairs []Pair
	used := map[int]bool{}
	for _, p := range Select(all, h) {
		if p.Stance.Related() {
			pairs = append(pairs, p)
			used[p.BodyID] = true
		}
	}
	arts := read.bodies(bodies, used)
	ex := make([]stance.Example, len(pairs))
	fold := storyFolds(pairs)
	for i, p := range pairs {
		ex[i] = stance.Example{Features: read.cls.BodyFeatures(p.Headline, read.body(p.Headline, arts[p.BodyID])), Stance: stanceOfLabel(p.Stance)}
	}
	var sc Scorer
	for k := range trainFolds {
		var train []stance.Example
		for i := range ex {
			if fold[i] != k {
				train = append(train, ex[i])
			}
		}
		cls := read.cls.WithArticleModel(stance.Train(train, articleTraining))
		for i, p := range pairs {
			if fold[i] == k {
				st, _ := cls.OfBody(p.Headline, read.body(p.Headline, arts[p.BodyID]))
				sc.Add(p.Stance, labelOf(st))
			}
		}
	}
	right := sc.Confusion[Agree][Agree] + sc.Confusion[Disagree][Disagree] + sc.Confusion[Discuss][Discuss]
	fmt.Printf("article model, %d-fold by story, FNC-1 %s half: %d related pairs, accuracy %.1f %%\n", trainFolds, h, len(pairs), 100*float64(right)/float64(len(pairs)))
	for _, l := range []Label{Agree, Disagree, Discuss} {
		c := sc.Class(l)
		fmt.Printf("  %-8s P %5.1f  R %5.1f  F1 %5.1f  confusion %v\n", l, c.P, c.R, c.F, sc.Confusion[l][:3])
	}
	if !*trainWrite {
		return
	}
	f, err := os.Create(filepath.Join("..", "..", "stance", "model", "en-article.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := stance.Train(ex, articleTraining).WriteTo(f); err != nil {
		t.Fatal(err)
	}
}

// storyFolds puts each pair in a fold by its story: the headlines and
// bodies linked by related pairs, so that no body of a held-out fold was
// seen in training with another headline of its story.
func storyFolds(pairs []Pair) []int {
	parent := map[string]string{}
	var find func(string) string
	find = func(x string) string {
		if p, ok := parent[x]; ok && p != x {
			r := find(p)
			parent[x] = r
			return r
		}
		parent[x] = x
		return x
	}
	for _, p := range pairs {
		a, b := find("h:"+p.Headline), find("b:"+strconv.Itoa(p.BodyID))
		if a != b {
			parent[a] = b
		}
	}
	out := make([]int, len(pairs))
	for i, p := range pairs {
		f := fnv.New32a()
		f.Write([]byte(find("h:" + p.Headline)))
		out[i] = int(f.Sum32() % trainFolds)
	}
	return out
}

// stanceOfLabel is the article stance of an FNC-1 label.
func stanceOfLabel(l Label) string {
	switch l {
	case Agree:
		return claimtrail.Asserts
	case Disagree:
		return claimtrail.Denies
	}
	return claimtrail.Neutral
}
