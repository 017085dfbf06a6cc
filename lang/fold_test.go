package lang_test

import (
	"strings"
	"testing"

	"github.com/claimtrail/claimtrail/lang"
)

// foldTable is a table whose keys are lower-case, as most are, and one
// that is not.
var foldTable = &lang.Table{Rows: map[string][]string{
	"minister":              {"office"},
	"mr":                    {"drop", "title"},
	"état":                  {"noun"},
	"İstanbul":              {"city"},
	"Mixed":                 {"never folded to"},
	strings.Repeat("x", 80): {"long"},
}}

func TestFoldLookup(t *testing.T) {
	for _, key := range []string{
		"minister", "Minister", "MINISTER", "mInIsTeR", "Mr", "mr.", "",
		"État", "ÉTAT", "état", "İstanbul", "istanbul", "Mixed", "mixed",
		strings.Repeat("X", 80), strings.Repeat("x", 80), strings.Repeat("X", 79),
	} {
		low := strings.ToLower(key)
		if got, want := foldTable.HasFold(key), foldTable.Has(low); got != want {
			t.Errorf("HasFold(%q) = %v, want %v", key, got, want)
		}
		for i := range 3 {
			if got, want := foldTable.FieldFold(key, i), foldTable.Field(low, i); got != want {
				t.Errorf("FieldFold(%q, %d) = %q, want %q", key, i, got, want)
			}
		}
	}
}

func TestFoldLookupAllocates(t *testing.T) {
	n := testing.AllocsPerRun(100, func() {
		if !foldTable.HasFold("Minister") || foldTable.FieldFold("MR", 1) != "title" {
			t.Fatal("lookup failed")
		}
	})
	if n != 0 {
		t.Errorf("a short ASCII lookup allocates %v times, want 0", n)
	}
}

func FuzzFoldLookup(f *testing.F) {
	for _, s := range []string{"Minister", "mr", "ÉTAT", "İstanbul", "Mixed"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, key string) {
		low := strings.ToLower(key)
		if foldTable.HasFold(key) != foldTable.Has(low) || foldTable.FieldFold(key, 0) != foldTable.Field(low, 0) {
			t.Errorf("fold lookup of %q differs from the lookup of %q", key, low)
		}
	})
}

func TestLookupFoldMap(t *testing.T) {
	titles := map[string]bool{"mr": true, "dr": true}
	for _, tt := range []struct {
		key  string
		want bool
	}{{"Mr", true}, {"DR", true}, {"dr", true}, {"Mrs", false}, {"", false}, {"\u212A", false}} {
		if got, _ := lang.LookupFold(titles, tt.key); got != tt.want {
			t.Errorf("LookupFold(%q) = %v, want %v", tt.key, got, tt.want)
		}
	}
	// the Kelvin sign lower-cases to an ASCII k, as strings.ToLower has it
	if v, ok := lang.LookupFold(map[string]int{"k": 1}, "\u212A"); !ok || v != 1 {
		t.Errorf("LookupFold(Kelvin sign) = %v, %v; want 1, true", v, ok)
	}
	if n := testing.AllocsPerRun(100, func() { lang.LookupFold(titles, "Mr") }); n != 0 {
		t.Errorf("a short ASCII lookup allocates %v times, want 0", n)
	}
}
