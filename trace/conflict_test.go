package trace

import (
	"testing"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/match"
)

// All statements are invented for these tests.
func TestDateConflicts(t *testing.T) {
	m, err := match.New("en")
	if err != nil {
		t.Fatal(err)
	}
	tr := &Tracer{matcher: m}
	st := func(article int64, speaker, content, value, basis string) claimtrail.TracedStatement {
		var s claimtrail.TracedStatement
		s.ArticleID, s.Doc, s.N = article, "doc", int(article)
		s.Speaker.Name, s.Content.Text = speaker, content
		s.SaidOn = &claimtrail.TimeRef{Value: value, Basis: basis}
		return s
	}
	const quote = "Veldovia had shipped four armed patrol boats to Marisca"
	tests := []struct {
		name string
		sts  []claimtrail.TracedStatement
		want []string // values of the one conflict; nil: none
	}{
		{"Different days", []claimtrail.TracedStatement{
			st(1, "Mara Quint", quote, "2025-03-10", claimtrail.BasisExplicit),
			st(2, "Mara Quint", quote, "2025-03-09", claimtrail.BasisExplicit)}, []string{"2025-03-09", "2025-03-10"}},
		{"Month holds the day", []claimtrail.TracedStatement{
			st(1, "Mara Quint", quote, "2025-03", claimtrail.BasisExplicit),
			st(2, "Mara Quint", quote, "2025-03-09", claimtrail.BasisExplicit)}, nil},
		{"Same document", []claimtrail.TracedStatement{
			st(1, "Mara Quint", quote, "2025-03-10", claimtrail.BasisExplicit),
			st(1, "Mara Quint", quote, "2025-03-09", claimtrail.BasisExplicit)}, nil},
		{"Other speaker", []claimtrail.TracedStatement{
			st(1, "Mara Quint", quote, "2025-03-10", claimtrail.BasisExplicit),
			st(2, "Tomas Adler", quote, "2025-03-09", claimtrail.BasisExplicit)}, nil},
		{"Other content", []claimtrail.TracedStatement{
			st(1, "Mara Quint", quote, "2025-03-10", claimtrail.BasisExplicit),
			st(2, "Mara Quint", "Ostria would raise the matter with its allies", "2025-03-09", claimtrail.BasisExplicit)}, nil},
		{"Publication bound only", []claimtrail.TracedStatement{
			st(1, "Mara Quint", quote, "2025-03-10", claimtrail.BasisExplicit),
			st(2, "Mara Quint", quote, "2025-03-12", claimtrail.BasisPublished)}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tr.dateConflicts(tt.sts)
			switch {
			case tt.want == nil && len(got) != 0:
				t.Errorf("conflicts %+v, want none", got)
			case tt.want != nil && (len(got) != 1 || len(got[0].Values) != len(tt.want) || got[0].Values[0] != tt.want[0] || got[0].Values[1] != tt.want[1]):
				t.Errorf("conflicts %+v, want one with %v", got, tt.want)
			}
		})
	}
}
