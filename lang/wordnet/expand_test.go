package wordnet

import "testing"

func TestParaphrases(t *testing.T) {
	tests := []struct {
		word, want string
		rel        Relation
	}{
		{"election", "elect", Derivation},
		{"surgeon", "operating_surgeon", Synonym},
		{"diagnostic test", "biopsy", Hyponym},
		{"biopsy", "diagnostic_test", Hypernym},
		{"photograph", "snap", Synonym},
	}
	for _, tt := range tests {
		var got *Paraphrase
		ps := Paraphrases(tt.word, 2, 2)
		for i := range ps {
			if ps[i].Word == tt.want {
				got = &ps[i]
			}
		}
		if got == nil || got.Rel != tt.rel {
			t.Errorf("Paraphrases(%q) has %q as %v, want %v (%d paraphrases)", tt.word, tt.want, got, tt.rel, len(ps))
		}
	}
	if ps := Paraphrases("the", 2, 2); len(ps) != 0 {
		t.Errorf("Paraphrases(\"the\") = %v, want none", ps)
	}
}
