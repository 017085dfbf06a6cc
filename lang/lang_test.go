package lang_test

import (
	"testing"

	"github.com/claimtrail/claimtrail/lang"
)

func TestCues(t *testing.T) {
	cues, err := lang.Cues("en")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ form, lemma, class string }{
		{"said", "say", "speech"},
		{"says", "say", "speech"},
		{"denied", "deny", "deny"},
		{"denies", "deny", "deny"},
		{"denying", "deny", "deny"},
		{"rejects", "reject", "deny"},
		{"told", "tell", "speech"},
		{"warned", "warn", "speech"},
		{"asserted", "assert", "assert"},
		{"according to", "according to", "nominal"},
		{"believes", "believe", "belief"},
		{"emphasised", "emphasize", "speech"},
		{"claims", "claims", "nominal"},
		{"claimed", "claim", "assert"},
	}
	for _, tt := range tests {
		got, ok := cues[tt.form]
		if !ok || got.Lemma != tt.lemma || got.Class != tt.class {
			t.Errorf("cues[%q] = %+v, %v; want %s/%s", tt.form, got, ok, tt.lemma, tt.class)
		}
	}
}

func TestLoadMissing(t *testing.T) {
	if _, err := lang.Load("xx", "months"); err == nil {
		t.Error("Load of a missing language succeeded")
	}
	if _, err := lang.Load("en", "nope"); err == nil {
		t.Error("Load of a missing table succeeded")
	}
}

func TestTables(t *testing.T) {
	m := lang.MustLoad("en", "months")
	if m.Field("sept", 0) != "9" || !m.Has("august") {
		t.Errorf("months table wrong: %v", m.Rows["sept"])
	}
}
