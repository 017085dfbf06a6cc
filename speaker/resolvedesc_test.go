package speaker_test

import "testing"

// A definite description of a company that nothing nearer resolves is
// the one body the headline and its paragraphs name before it; with two
// bodies named there it stays as written. The texts are invented.
func TestResolver_SoleCompany(t *testing.T) {
	tests := []resolveCase{
		{"the one company of the sentence, named but silent",
			"Tolvane Networks shares have jumped. Tolvane Networks found oil, and the firm said a new field was larger than thought.",
			[]spanGroup{{"a new field was larger than thought", "the firm", "said"}},
			"Tolvane Networks", "organization"},
		{"a description no company table holds, after the headline's company",
			"Quellmark offers cheaper lines\n\nQuellmark has cut its wholesale prices by a fifth.\n\n\"We are opening the network,\" the former monopoly said in a statement.",
			[]spanGroup{{"We are opening the network", "the former monopoly", "said"}},
			"Quellmark", "organization"},
		{"a name modifying a noun is no company",
			"Strong growth for Varnex\n\nVarnex has posted its best quarter, helped by demand for its shoes and Kessel sneakers. The global sports giant said profit rose to $26m.",
			[]spanGroup{{"profit rose to $26m", "The global sports giant", "said"}},
			"Varnex", "organization"},
		{"people and places named beside it are no company",
			"Chief executive Louis Brandt was pleased.\n\nSales outside Europe helped Renova Motors lift its profits, although the firm warned of lower margins.",
			[]spanGroup{{"of lower margins", "the firm", "warned"}},
			"Renova Motors", "organization"},
		{"two companies named: which one, the text does not say",
			"Tolvane Networks and Kessel Securities rose after the firm said a deal was close.",
			[]spanGroup{{"a deal was close", "the firm", "said"}},
			"firm", "organization"},
		{"a body with no name of its own: the think-tank named before",
			"Town halls should go online, says the Brevard Policy Forum (BPF).\n\nLocal forums could be a model for such services, says the think-tank.",
			[]spanGroup{{"Local forums could be a model for such services", "the think-tank", "says"}},
			"Brevard Policy Forum", "organization"},
		{"a think-tank after two bodies named: left as written",
			"Figures from the Tolvane Trust and Kessel Foundation came out.\n\nCharities must publish their accounts, the think-tank says.",
			[]spanGroup{{"Charities must publish their accounts", "the think-tank", "says"}},
			"think-tank", "unknown"},
		{"a nation's word before the head: still a description",
			"KSA to rethink listing rules\n\nThe watchdog's chairman has said he is willing to soften rules.\n\nIn a speech at the Oslo School of Trade, Ben Darrow promised reforms. The US regulator said foreign firms may get extra time.",
			[]spanGroup{{"foreign firms may get extra time", "The US regulator", "said"}},
			"KSA", "organization"},
		{"a name after another's possessive is the owner's thing, no body",
			"Striker misses match\n\nThe striker will not travel for Kessel Munich's Champions Cup match on Wednesday.\n\nThe German club said the player had a back injury.",
			[]spanGroup{{"the player had a back injury", "The German club", "said"}},
			"German club", "organization"},
		{"a company named only paragraphs before is too far",
			"Prices rose\n\nTolvane cut jobs.\n\nRain fell in May.\n\nRoads closed in June.\n\nThe firm said more cuts would come.",
			[]spanGroup{{"more cuts would come", "The firm", "said"}},
			"firm", "organization"},
	}
	checkResolved(t, tests)
}

// More guards of soleCompany: a name after a preposition is no company
// the text tells of; a company named in lower case beside the head word
// keeps a capitalised one from the description. The texts are invented.
func TestResolver_SoleCompanyGuards(t *testing.T) {
	tests := []struct {
		name, text string
		groups     []spanGroup
		wantName   string
	}{
		{"a place after a preposition",
			"Kestrel Doughnut Securities took a dunking on Wall Street after the firm revealed it would restate its accounts.",
			[]spanGroup{{"it would restate its accounts", "the firm", "revealed"}},
			"Kestrel Doughnut Securities"},
		{"a name after a preposition alone",
			"Shares took a dunking on Wall Street after the firm revealed it would restate its accounts.",
			[]spanGroup{{"it would restate its accounts", "the firm", "revealed"}},
			"firm"},
		{"a lower-case name after the head word",
			"Users of Quellmark's player must update it. Security firm iVarn found the flaw. The security firm says users should not open playlists.",
			[]spanGroup{{"users should not open playlists", "The security firm", "says"}},
			"security firm"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := resolveSpans(t, tt.text, tt.groups); got.Name != tt.wantName {
				t.Errorf("got %q (%s), want %q", got.Name, got.Type, tt.wantName)
			}
		})
	}
}

// Two bodies named together leave "the company" as written. The text is
// invented.
func TestResolver_SoleCompanyCoordinated(t *testing.T) {
	got := resolveSpans(t, "Shares in Tolvane Networks and Kessel Securities rose after the company said a merger was close.",
		[]spanGroup{{"a merger was close", "the company", "said"}})
	if got.Name != "company" {
		t.Errorf("got %q (%s), want %q", got.Name, got.Type, "company")
	}
}
