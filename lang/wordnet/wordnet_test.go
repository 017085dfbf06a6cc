package wordnet

import (
	"slices"
	"testing"
)

// TestRelated holds the paraphrases and a few more. WordNet 3.0
// (2006) does not relate every pair a claim matcher would want: the
// Unrelated rows say so, so that a matcher does not count on them.
func TestRelated(t *testing.T) {
	tests := []struct {
		a, b string
		want Relation
		dist int
	}{
		// the examples
		{"snapped", "took", VerbGroup, 1},     // {photograph, snap, shoot} is grouped with {film, shoot, take}
		{"procedure", "biopsy", Unrelated, 0}, // biopsy is a diagnostic test → assay → test, never a procedure
		{"supply", "send", Unrelated, 0},      // supply → give, send → transfer: no link within reach
		{"drone", "weapon", Unrelated, 0},     // a drone is an aircraft (→ craft → vehicle), not a weapon
		{"drone", "aircraft", Hypernym, 2},    // drone → heavier-than-air craft → aircraft
		{"selfie", "photo", Unrelated, 0},     // "selfie" postdates WordNet 3.0
		// inflections
		{"snaps", "snapped", SameLemma, 0},
		{"sold", "sell", SameLemma, 0},
		{"geese", "goose", SameLemma, 0},
		{"biopsies", "biopsy", SameLemma, 0},
		// synonyms, kinds, derivations, opposites
		{"bought", "purchase", Synonym, 0},
		{"surgery", "operation", Synonym, 0},
		{"doctor", "physician", Synonym, 0},
		{"supply", "provide", Synonym, 0},
		{"biopsies", "test", Hypernym, 3},
		{"missile", "weapon", Hypernym, 1},
		{"claim", "assert", Hypernym, 1},
		{"killed", "murdered", Hyponym, 1},
		{"deny", "denial", Derivation, 1},
		{"president", "presidential", Derivation, 1},
		{"rise", "fall", Antonym, 1},
		{"huge", "large", Similar, 1},
		{"unemployment", "jobless", Unrelated, 0},
		{"qwertyuiop", "weapon", Unrelated, 0},
		{"Selfie", "selfie", SameLemma, 0}, // unknown to WordNet, still the same word
	}
	for _, tt := range tests {
		got, dist := Related(tt.a, tt.b)
		if got != tt.want || dist != tt.dist {
			t.Errorf("Related(%q, %q) = %v, %d; want %v, %d", tt.a, tt.b, got, dist, tt.want, tt.dist)
		}
	}
}

func TestLemmas(t *testing.T) {
	tests := []struct {
		word string
		pos  POS
		want []string
	}{
		{"snapped", Verb, []string{"snap"}},    // verb.exc (doubled consonant)
		{"took", Any, []string{"take"}},        // verb.exc
		{"biopsies", Noun, []string{"biopsy"}}, // ies → y
		{"children", Noun, []string{"child"}},  // noun.exc
		{"supplied", Verb, []string{"supply"}}, // verb.exc
		{"denies", Verb, []string{"deny"}},     // ies → y
		{"Watches", Noun, []string{"watch"}},   // ches → ch, case folded
		{"better", Adj, []string{"better", "good", "well"}},
		{"Throat Specialist", Any, nil},                  // not a WordNet collocation
		{"heart attack", Noun, []string{"heart_attack"}}, // a collocation, space read as _
		{"selfie", Any, nil},
	}
	for _, tt := range tests {
		if got := Lemmas(tt.word, tt.pos); !slices.Equal(got, tt.want) {
			t.Errorf("Lemmas(%q, %c) = %q, want %q", tt.word, tt.pos, got, tt.want)
		}
	}
}

func TestQueries(t *testing.T) {
	has := func(what string, list []string, want ...string) {
		t.Helper()
		for _, w := range want {
			if !slices.Contains(list, w) {
				t.Errorf("%s lacks %q: %q", what, w, list)
			}
		}
	}
	has("Synonyms(snapped, verb)", Synonyms("snapped", Verb), "photograph", "shoot")
	has("Synonyms(supply, verb)", Synonyms("supply", Verb), "provide", "furnish")
	if s := Synonyms("snap", Verb); slices.Contains(s, "snap") {
		t.Errorf("Synonyms(snap) holds snap itself: %q", s)
	}
	has("Hypernyms(drone, noun, 3)", Hypernyms("drone", Noun, 3), "aircraft", "craft")
	if h := Hypernyms("drone", Noun, 1); slices.Contains(h, "craft") {
		t.Errorf("Hypernyms(drone, noun, 1) reaches craft: %q", h)
	}
	has("Derivations(supply)", Derivations("supply"), "supplier")
	has("Derivations(denied)", Derivations("denied"), "denial")
	has("Antonyms(rise, verb)", Antonyms("rise", Verb), "fall")
	ss := Synsets("biopsy", Noun)
	if len(ss) != 1 || ss[0].POS() != Noun || !slices.Contains(ss[0].Members(), "biopsy") || len(ss[0].Hypernyms()) == 0 {
		t.Errorf("Synsets(biopsy) = %v", ss)
	}
	// senses come most frequent first: dog's first noun sense is the animal
	if ss := Synsets("dog", Noun); len(ss) == 0 || !slices.Contains(ss[0].Members(), "canis_familiaris") {
		t.Errorf("first sense of dog: %v", ss[0].Members())
	}
}
