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
		typ                       string // checked when set
	}{
		{"possessor is the affiliation", "Marisca's Foreign Minister Elena Dosh said on Monday that the talks had failed.",
			"Elena Dosh", "Foreign Minister", "Marisca", "", "the talks had failed", claimtrail.SpeakerPerson},
		{"possessor of an organisation", "Marisca's Coast Guard said in a statement that it had received no vessels.",
			"Coast Guard", "", "Marisca", "", "it had received no vessels", ""},
		{"party designation is the affiliation", "Sen. Ada Quill (D-Ore.) said on Tuesday that the bill would fail.",
			"Ada Quill", "Sen.", "Democrat", "", "the bill would fail", claimtrail.SpeakerPerson},
		{"apposition after the name", "Ida Brandt, editor of the Harbour Ledger, said on Monday that the port would close.",
			"Ida Brandt", "editor", "Harbour Ledger", "", "the port would close", claimtrail.SpeakerPerson},
		{"apposition with an article", "Rafael de Lema, the harbour master, said the ships had left before dawn.",
			"Rafael de Lema", "harbour master", "", "", "the ships had left", claimtrail.SpeakerPerson},
		{"a relative clause is no apposition", "Ida Brandt, who edits the Harbour Ledger, said the port would close.",
			"Ida Brandt", "", "", "", "the port would close", claimtrail.SpeakerPerson},
		{"affiliation after at", "Marten Kolb at Quillmark Securities said the shares were overvalued.",
			"Marten Kolb", "", "Quillmark Securities", "", "the shares were overvalued", claimtrail.SpeakerPerson},
		{"a person's role in the description", "Ivo Stranne Marr, Harbour Party health spokesman, said the clinics would close.",
			"Ivo Stranne Marr", "Harbour Party health spokesman", "", "", "the clinics would close", claimtrail.SpeakerPerson},
		{"a relative pronoun is its antecedent", "The last ferry carried Ida Brandt, who said on Monday that the port would close.",
			"Ida Brandt", "", "", "", "the port would close", claimtrail.SpeakerPerson},
		{"a premodifier the tables lack joins the role", "Singer Tom Hollis said on Friday that the tour was cancelled.",
			"Tom Hollis", "Singer", "", "", "the tour was cancelled", claimtrail.SpeakerPerson},
		{"a sentence-initial capital names no organisation", "Several shipping firms said on Friday that the port would close.",
			"Several shipping firms", "", "", "", "the port would close", claimtrail.SpeakerGroup},
		{"a description after a surname", "Hollis, the band's co-founder, said on Friday that the tour was cancelled.",
			"Hollis", "band's co-founder", "", "", "the tour was cancelled", claimtrail.SpeakerPerson},
		{"an organisation by its entity tags", "Quillmark Industries said on Friday that it would close two plants.",
			"Quillmark Industries", "", "", "", "it would close two plants", claimtrail.SpeakerOrganization},
		{"according to inside the content", "In the report, writers Ana Berg and Ivo Lind claim that according to Ostrian officials, four patrol boats left the port of Keln in February.",
			"Ana Berg and Ivo Lind", "writers", "", "Ostrian officials", "four patrol boats left the port of Keln", ""},
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
			if tt.typ != "" && s.Speaker.Type != tt.typ {
				t.Errorf("type %q, want %q", s.Speaker.Type, tt.typ)
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
