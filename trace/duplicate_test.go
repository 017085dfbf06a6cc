package trace_test

import (
	"testing"
)

// TestTrace_Duplicates: an outlet that published one story twice under
// two addresses (p and q, the same title and text) is listed once: the
// second copy's statements are not entries again, its article entry
// names the copy it repeats. A story that differs in a word (r) is its
// own; a longer one whose copy (u) rewords the title and a phrase is
// listed once.
func TestTrace_Duplicates(t *testing.T) {
	got := mustTrace(t, ingestDir(t, "testdata/duplicates"), "Zorvex will buy the harbour company")
	docs := map[string]int{}
	for _, s := range got.Statements {
		docs[s.Doc]++
	}
	if docs["p"] == 0 || docs["r"] == 0 || docs["t"] == 0 {
		t.Fatalf("entries by doc %v: want p's, r's and t's", docs)
	}
	if docs["q"] > 0 || docs["u"] > 0 {
		t.Errorf("q repeats p word for word, u repeats t nearly, yet their statements are listed again: %v", docs)
	}
	dupOf := map[string]string{}
	for _, a := range got.Articles {
		dupOf[a.Doc] = a.DuplicateOf
	}
	for doc, want := range map[string]string{"p": "", "q": "p", "r": "", "t": "", "u": "t"} {
		if got, ok := dupOf[doc]; !ok || got != want {
			t.Errorf("article %s: listed %v, duplicate_of %q, want %q", doc, ok, got, want)
		}
	}
}
