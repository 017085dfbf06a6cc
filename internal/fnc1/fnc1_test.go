package fnc1

import (
	"bytes"
	"math"
	"strings"
	"testing"

	"github.com/claimtrail/claimtrail"
)

func TestPoints(t *testing.T) {
	tests := []struct {
		name      string
		gold      []Label
		pred      []Label
		got, best float64
	}{
		{"unrelated right", []Label{Unrelated}, []Label{Unrelated}, 0.25, 0.25},
		{"unrelated called related", []Label{Unrelated}, []Label{Discuss}, 0, 0.25},
		{"related stance right", []Label{Agree}, []Label{Agree}, 1, 1},
		{"related stance wrong", []Label{Agree}, []Label{Disagree}, 0.25, 1},
		{"related missed", []Label{Discuss}, []Label{Unrelated}, 0, 1},
		{"mixed", []Label{Agree, Disagree, Discuss, Unrelated}, []Label{Agree, Discuss, Unrelated, Unrelated}, 1.5, 3.25},
	}
	for _, tt := range tests {
		var s Scorer
		for i := range tt.gold {
			s.Add(tt.gold[i], tt.pred[i])
		}
		got, best := s.Points()
		if got != tt.got || best != tt.best {
			t.Errorf("%s: Points = %v, %v; want %v, %v", tt.name, got, best, tt.got, tt.best)
		}
	}
}

func TestAllUnrelatedBaseline(t *testing.T) {
	// 3 unrelated and 1 related pair, all predicted unrelated: 0.75 of 1.75
	var s Scorer
	for _, g := range []Label{Unrelated, Unrelated, Unrelated, Agree} {
		s.Add(g, Unrelated)
	}
	if want := 100 * 0.75 / 1.75; math.Abs(s.Relative()-want) > 1e-9 {
		t.Errorf("Relative = %v, want %v", s.Relative(), want)
	}
	if s.AllUnrelated() != s.Relative() {
		t.Errorf("AllUnrelated = %v, want the all-unrelated score %v", s.AllUnrelated(), s.Relative())
	}
	if r := s.Related(); r.P != 0 || r.R != 0 || r.F != 0 || r.Gold != 1 || r.Pred != 0 {
		t.Errorf("Related = %+v", r)
	}
	var empty Scorer
	if empty.Relative() != 0 || empty.Pairs() != 0 {
		t.Errorf("empty scorer: %v, %d", empty.Relative(), empty.Pairs())
	}
}

func TestRelatedAndClasses(t *testing.T) {
	var s Scorer
	// gold, pred
	for _, gp := range [][2]Label{
		{Agree, Agree}, {Agree, Discuss}, {Disagree, Unrelated}, {Discuss, Discuss},
		{Unrelated, Unrelated}, {Unrelated, Agree}, {Unrelated, Unrelated},
	} {
		s.Add(gp[0], gp[1])
	}
	if s.Confusion[Agree][Discuss] != 1 || s.Confusion[Unrelated][Unrelated] != 2 || s.Pairs() != 7 {
		t.Fatalf("confusion %v", s.Confusion)
	}
	// related: gold 4, predicted 4 (agree, discuss, discuss, agree), both 3
	r := s.Related()
	if r.TP != 3 || r.Pred != 4 || r.Gold != 4 || r.P != 75 || r.R != 75 || r.F != 75 {
		t.Errorf("Related = %+v", r)
	}
	// agree: gold 2, predicted 2, right 1 → 50/50/50
	if a := s.Class(Agree); a.F != 50 {
		t.Errorf("agree = %+v", a)
	}
	// discuss: gold 1, predicted 2, right 1 → P 50, R 100, F 66.7
	if d := s.Class(Discuss); math.Abs(d.F-200.0/3) > 1e-9 {
		t.Errorf("discuss = %+v", d)
	}
	if d := s.Class(Disagree); d.F != 0 {
		t.Errorf("disagree = %+v", d)
	}
	var b bytes.Buffer
	s.Write(&b)
	for _, want := range []string{"FNC-1 relative score", "related detection", "unrelated", "total"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("Write misses %q:\n%s", want, b.String())
		}
	}
}

func TestLabels(t *testing.T) {
	tr := &claimtrail.Trace{Articles: []claimtrail.TracedArticle{
		{Doc: "1", Stance: claimtrail.Asserts}, {Doc: "2", Stance: claimtrail.Denies}, {Doc: "3", Stance: claimtrail.Discusses},
	}}
	got := Labels(tr)
	want := map[string]Label{"1": Agree, "2": Disagree, "3": Discuss}
	for doc, l := range want {
		if got[doc] != l {
			t.Errorf("Labels[%s] = %v, want %v", doc, got[doc], l)
		}
	}
	if _, ok := got["4"]; ok {
		t.Errorf("a body the trace does not list has a label")
	}
}

func TestHalves(t *testing.T) {
	heads := []string{"Cat found on moon", "Mayor denies selling bridge", "Dog elected mayor",
		"Town bans umbrellas", "Scientist clones goldfish", "River runs backwards", "Comet hits barn",
		"Baker wins lottery twice"}
	var pairs []Pair
	for i, h := range heads {
		pairs = append(pairs, Pair{Headline: h, BodyID: i, Stance: Unrelated}, Pair{Headline: h, BodyID: 100 + i, Stance: Agree})
	}
	dev, test, all := Select(pairs, HalfDev), Select(pairs, HalfTest), Select(pairs, HalfAll)
	if len(dev)+len(test) != len(pairs) || len(all) != len(pairs) {
		t.Fatalf("halves %d + %d, all %d, of %d", len(dev), len(test), len(all), len(pairs))
	}
	if len(dev) == 0 || len(test) == 0 {
		t.Fatalf("one half is empty: dev %d, test %d", len(dev), len(test))
	}
	for _, p := range dev {
		if HalfOf(p.Headline) != HalfDev || HalfTest.Holds(p.Headline) {
			t.Errorf("%q in dev and test", p.Headline)
		}
	}
	// the rule is the FNV-1a parity of the text: pinned, so the split never moves
	if got := HalfOf(""); got != HalfTest { // FNV-1a offset basis 0x811c9dc5 is odd
		t.Errorf("HalfOf(\"\") = %v", got)
	}
	if _, err := ParseHalf("train"); err == nil {
		t.Error("ParseHalf(train) is not an error")
	}
}

func TestParseCSV(t *testing.T) {
	in := "\ufeffHeadline,Body ID,Stance\n\"Cat, found\",7,agree\nDog,8,unrelated\n"
	rows, err := parseCSV(strings.NewReader(in), "t.csv", []string{"Headline", "Body ID", "Stance"})
	if err != nil || len(rows) != 2 || rows[0][0] != "Cat, found" {
		t.Fatalf("rows %q, err %v", rows, err)
	}
	if _, err := parseCSV(strings.NewReader("a,b\n"), "t.csv", []string{"Body ID", "articleBody"}); err == nil {
		t.Error("wrong header is not an error")
	}
	if hs := Headlines([]Pair{{Headline: "b"}, {Headline: "a"}, {Headline: "b"}}); strings.Join(hs, ",") != "b,a" {
		t.Errorf("Headlines = %q", hs)
	}
}
