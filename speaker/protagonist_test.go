package speaker_test

import "testing"

// "The 34-year-old" that nothing near resolves is the person the text
// named latest, within three sentences, when the headline names them;
// not a person the headline leaves out, nor one named only as the
// possessor inside a sentence. The texts are invented.
func TestResolver_Protagonist(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		groups   []spanGroup
		wantName string
	}{
		{"the person the headline names, named latest",
			"Hansen fear for Melbourne\n\nPeter Hansen pulled out of the Kessel Classic with a hip injury.\n\nThe match was stopped at 5-6 with Hansen serving. \"My hip was cramping,\" said the 34-year-old.",
			[]spanGroup{{"My hip was cramping", "the 34-year-old", "said"}},
			"Peter Hansen"},
		{"someone the headline leaves out was named since",
			"Hansen wins in Kessel\n\nPeter Hansen lost the final to James Walker. Rain fell. \"It was a big success,\" said the 20-year-old.",
			[]spanGroup{{"It was a big success", "the 20-year-old", "said"}},
			"20-year-old"},
		{"whom a statement speaks of is not the topic",
			"Hansen backs Walker\n\nPeter Hansen spoke in Leeds.\n\nRain fell. He said he would vote for James Walker. \"I mean it,\" said the 34-year-old.",
			[]spanGroup{{"he would vote for James Walker", "He", "said"}, {"I mean it", "the 34-year-old", "said"}},
			"Peter Hansen"},
		{"a possessive inside its sentence is no topic",
			"Hansen sets record\n\nPeter Hansen ran 6.45.\n\nThe time beat Hansen's old mark. \"I feel there is more to come,\" said the 22-year-old.",
			[]spanGroup{{"I feel there is more to come", "the 22-year-old", "said"}},
			"22-year-old"},
		{"a one-word office is the person the headline names, named latest",
			"Hansen backs longer leave\n\nPaid leave should be longer, the Trade Secretary has said.\n\nIlse Hansen said the cost was being weighed. Ms Hansen spoke in Leeds. Plans include funding for colleges. Pay gaps remain wide, according to the pay board. The minister told delegates that sexism was wrong.",
			[]spanGroup{{"sexism was wrong", "The minister", "told"}},
			"Ilse Hansen"},
		{"a one-word office is no one the headline leaves out",
			"Hansen backs longer leave\n\nIlse Hansen said the cost was being weighed. Plans were drawn up with Peter Walker. The minister told delegates that sexism was wrong.",
			[]spanGroup{{"sexism was wrong", "The minister", "told"}},
			"minister"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := resolveSpans(t, tt.text, tt.groups)
			if got.Name != tt.wantName {
				t.Errorf("got %q (%s), want %q", got.Name, got.Type, tt.wantName)
			}
		})
	}
}
