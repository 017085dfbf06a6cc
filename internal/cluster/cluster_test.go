package cluster_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/claimtrail/claimtrail/internal/cluster"
)

// corpus is text we wrote: reporting verbs and names stand in the same
// places, so they should share classes.
var corpus = []string{
	"the minister said on monday", "the minister told reporters on monday",
	"the minister added on friday", "the spokesman said on friday",
	"the spokesman told reporters on tuesday", "the spokesman added on tuesday",
	"a farmer grew apples in spring", "a farmer grew pears in autumn",
	"a gardener grew apples in autumn", "a gardener grew pears in spring",
}

func learn(t *testing.T) *cluster.Classes {
	t.Helper()
	c := cluster.NewCounter()
	for range 3 {
		for _, s := range corpus {
			c.Add(strings.Fields(s))
		}
	}
	return c.Learn(cluster.Options{MinCount: 2, MaxWords: 100, Context: 30, Levels: []int{8, 3}, Iters: 20})
}

func TestLearn_SharedContexts(t *testing.T) {
	cl := learn(t)
	of := map[string][]uint16{}
	for i, w := range cl.Words {
		of[w] = cl.Of[i]
	}
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"said", "added", true},
		{"minister", "spokesman", true},
		{"apples", "pears", true},
		{"said", "apples", false},
		{"monday", "minister", false},
	} {
		ca, cb := of[c.a], of[c.b]
		if ca == nil || cb == nil {
			t.Fatalf("%q or %q has no class", c.a, c.b)
		}
		if (ca[0] == cb[0]) != c.same {
			t.Errorf("%s %v and %s %v: same fine class = %v, want %v", c.a, ca, c.b, cb, ca[0] == cb[0], c.same)
		}
		if c.same && ca[1] != cb[1] {
			t.Errorf("%s and %s share a fine class but not a coarse one: %v %v", c.a, c.b, ca, cb)
		}
	}
}

func TestLearn_Deterministic(t *testing.T) {
	var a, b bytes.Buffer
	if err := learn(t).WriteTSV(&a, "test"); err != nil {
		t.Fatal(err)
	}
	if err := learn(t).WriteTSV(&b, "test"); err != nil {
		t.Fatal(err)
	}
	if a.String() != b.String() {
		t.Error("two learnings of the same text differ")
	}
	if !strings.HasPrefix(a.String(), "# test\n") || !strings.Contains(a.String(), "\nsaid\t") {
		t.Errorf("table:\n%s", a.String())
	}
}

func TestForm(t *testing.T) {
	for in, want := range map[string]string{"Said": "said", "2016": "0000", "G7": "g0", "É": "é"} {
		if got := cluster.Form(in); got != want {
			t.Errorf("Form(%q) = %q, want %q", in, got, want)
		}
	}
}
