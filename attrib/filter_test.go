package attrib

import (
	"bytes"
	"fmt"
	"testing"
)

// TestFilterRoundTrip checks that a filter table reads back as written.
func TestFilterRoundTrip(t *testing.T) {
	f := &Filter{Keep: 0.6, Drop: 0.45, Weights: map[string]float64{"bias": 0.5, "lemma=say": 2.25, "cue-why=rare-head": -1.5}}
	var b bytes.Buffer
	if _, err := f.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	got, err := ParseFilter(b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if got.Keep != f.Keep || got.Drop != f.Drop || fmt.Sprint(got.Weights) != fmt.Sprint(f.Weights) {
		t.Errorf("read back %+v, wrote %+v", got, f)
	}
	for _, bad := range []string{"keep\tx\n", "w\tbias\n", "weight\tbias\t1\n", "keep\t1\t2\n"} {
		if _, err := ParseFilter([]byte(bad)); err == nil {
			t.Errorf("ParseFilter(%q): no error", bad)
		}
	}
}

// TestDecideAt checks what the filter may change: it drops a group the
// hand rules keep when unsure of its cue, re-admits only a verb of
// saying the head-share test alone dropped, never the deliberate
// classes (an intention, an act's frame, a mere possibility …), and
// never drops a verb of saying with a clause.
func TestDecideAt(t *testing.T) {
	tests := []struct {
		p             float64
		cueWhy, other string
		saying        bool
		want          string
	}{
		{0.9, "", "", false, ""},
		{0.3, "", "", false, "filter"},
		{0.9, "head-share", "", false, ""},
		{0.5, "head-share", "", false, "cue"},
		{0.99, "rare-head", "", false, "cue"},
		{0.99, "unknown-head", "", false, "cue"},
		{0.99, "reports-with", "", false, "cue"},
		{0.99, "act-frame", "", false, "cue"},
		{0.99, "possibility", "", false, "cue"},
		{0.99, "head-share", "passive-subject", false, "cue"},
		{0.99, "", "writer", false, "writer"},
		{0.1, "", "writer", false, "writer"},
		{0.1, "", "", true, ""},
		{0.1, "head-share", "", true, "cue"},
	}
	for _, tt := range tests {
		if got := decideAt(tt.p, 0.6, 0.4, Verdicts{tt.cueWhy, tt.other, tt.saying}); got != tt.want {
			t.Errorf("decideAt(%g, %q, %q) = %q, want %q", tt.p, tt.cueWhy, tt.other, got, tt.want)
		}
	}
}

// TestTrainFilter checks that training learns which feature marks a
// right cue, and that the thresholds chosen drop the groups it is sure
// are wrong and re-admit those it is sure are right.
func TestTrainFilter(t *testing.T) {
	var samples []FilterSample
	add := func(n int, right bool, cueWhy string, feats ...string) {
		for i := 0; i < n; i++ {
			samples = append(samples, FilterSample{Feats: append([]string{"bias"}, feats...), Verdicts: Verdicts{CueWhy: cueWhy}, Right: right})
		}
	}
	add(40, true, "", "lemma=say")
	add(2, false, "", "lemma=say")
	add(30, false, "", "lemma=suffer")
	add(3, true, "", "lemma=suffer")
	add(20, true, "head-share", "lemma=state")
	add(1, false, "head-share", "lemma=state")
	add(20, false, "head-share", "lemma=sell")
	f := TrainFilter(samples, DefaultFilterConfig())
	say, suffer := f.Prob([]string{"bias", "lemma=say"}), f.Prob([]string{"bias", "lemma=suffer"})
	if say < 0.8 || suffer > 0.2 {
		t.Fatalf("P(right | say) = %.2f, P(right | suffer) = %.2f: not learned", say, suffer)
	}
	probs := make([]float64, len(samples))
	for i, s := range samples {
		probs[i] = f.Prob(s.Feats)
	}
	gold := 0
	for _, s := range samples {
		if s.Right {
			gold++
		}
	}
	keep, drop := ChooseThresholds(samples, probs, gold)
	c := Apply(samples, probs, keep, drop)
	if c.Kept != 63 || c.Right != 60 { // "say" and "state": 42 and 21 groups
		t.Errorf("thresholds keep %.2f drop %.2f keep %d groups, %d right; want 63, 60", keep, drop, c.Kept, c.Right)
	}
	if FilterInputsDigest(samples) == FilterInputsDigest(samples[1:]) {
		t.Error("the inputs digest does not see a sample go")
	}
}
