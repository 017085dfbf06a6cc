package match

import (
	"reflect"
	"testing"
)

// Two matchers built from the same tables are the same: a concept's
// narrower list is read in order when a text is scored, and it was once
// built in a map's random order, so one trace scored differently from one
// process to the next.
func TestConceptsBuiltInTableOrder(t *testing.T) {
	first, err := New("en")
	if err != nil {
		t.Fatal(err)
	}
	for range 8 {
		m, err := New("en")
		if err != nil {
			t.Fatal(err)
		}
		for name, c := range first.concepts {
			if got := m.concepts[name]; !reflect.DeepEqual(got.narrower, c.narrower) {
				t.Fatalf("concept %q: narrower %v, then %v", name, c.narrower, got.narrower)
			}
		}
	}
}
