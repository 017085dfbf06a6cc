package extract_test

import (
	"strings"
	"testing"

	"github.com/claimtrail/claimtrail"
)

// All sentences are invented for these tests.
func TestExtract_SpeakerAndNesting(t *testing.T) {
	x := mustExtractor(t)
	tests := []struct {
		name, text                string
		speaker, role, affil, via string
		contentHas                string
	}{
		{"possessor is the affiliation", "Marisca's Foreign Minister Elena Dosh said on Monday that the talks had failed.",
			"Elena Dosh", "Foreign Minister", "Marisca", "", "the talks had failed"},
		{"possessor of an organisation", "Marisca's Coast Guard said in a statement that it had received no vessels.",
			"Coast Guard", "", "Marisca", "", "it had received no vessels"},
		{"party designation is the affiliation", "Sen. Ada Quill (D-Ore.) said on Tuesday that the bill would fail.",
			"Ada Quill", "Sen.", "Democrat", "", "the bill would fail"},
		{"according to inside the content", "In the report, writers Ana Berg and Ivo Lind claim that according to Ostrian officials, four patrol boats left the port of Keln in February.",
			"Ana Berg and Ivo Lind", "writers", "", "Ostrian officials", "four patrol boats left the port of Keln"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sts := x.Extract(&claimtrail.Document{ID: "t", Text: tt.text})
			if len(sts) != 1 {
				t.Fatalf("%d statements, want 1: %+v", len(sts), sts)
			}
			s := sts[0]
			if s.Speaker.Name != tt.speaker || s.Speaker.Role != tt.role || s.Speaker.Affiliation != tt.affil {
				t.Errorf("speaker %q role %q affiliation %q; want %q, %q, %q", s.Speaker.Name, s.Speaker.Role, s.Speaker.Affiliation, tt.speaker, tt.role, tt.affil)
			}
			if !strings.Contains(s.Content.Text, tt.contentHas) {
				t.Errorf("content %q lacks %q", s.Content.Text, tt.contentHas)
			}
			var via []string
			for _, v := range s.Via {
				via = append(via, v.Name)
			}
			if got := strings.Join(via, ";"); got != tt.via {
				t.Errorf("via %q, want %q", got, tt.via)
			}
		})
	}
}
