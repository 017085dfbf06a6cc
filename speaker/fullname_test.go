package speaker_test

import "testing"

// A title and surname is the person the text named in full before, even
// when the entity tags mark the titled name too; a source the tagger cut
// off its title or given name is read in full; a knight's title and
// given name ("Sir Ivo") is the one person the text names in full with
// them. The texts are invented.
func TestResolver_TitledFullName(t *testing.T) {
	tests := []struct {
		name, text string
		groups     []spanGroup
		want       string
	}{
		{"named in full before", "William Kessel runs a chain of shops in Leeds. Mr Kessel met David Brown on Monday. Mr Kessel said sales rose.",
			[]spanGroup{{"sales rose", "Mr Kessel", "said"}}, "William Kessel"},
		{"a man's title takes no woman's given name", "Naomi Kessel runs a chain of shops in Leeds. Mr Kessel said sales rose.",
			[]spanGroup{{"sales rose", "Mr Kessel", "said"}}, "Mr Kessel"},
		{"a given name the tagger cut off", "On Monday Tony Vessel said sales rose.",
			[]spanGroup{{"sales rose", "Vessel", "said"}}, "Tony Vessel"},
		{"a title the tagger cut off", "Shops closed early. Ms Vessel said sales rose.",
			[]spanGroup{{"sales rose", "Vessel", "said"}}, "Ms Vessel"},
		{"a knight's title and given name", "Sir Ivo Kessel will sing at the final. Sir Ivo said he was thrilled.",
			[]spanGroup{{"he was thrilled", "Sir Ivo", "said"}}, "Sir Ivo Kessel"},
		{"a knight's given name two people share", "Sir Ivo Kessel met Sir Ivo Varro. Sir Ivo said he was thrilled.",
			[]spanGroup{{"he was thrilled", "Sir Ivo", "said"}}, "Sir Ivo"},
		{"a rank a surname follows", "Lady Vell ruled on Monday. Ada Vell's sister Lady Quill said she was pleased.",
			[]spanGroup{{"she was pleased", "Lady Quill", "said"}}, "Lady Quill"},
		{"a surname of two words", "The museum is run by Tomas Brandt Vell. Mr Brandt Vell said visits rose.",
			[]spanGroup{{"visits rose", "Mr Brandt Vell", "said"}}, "Tomas Brandt Vell"},
		{"a surname of two words with a particle", "The prize was given by Anton de Varre. Mr de Varre said it was deserved.",
			[]spanGroup{{"it was deserved", "Mr de Varre", "said"}}, "Anton de Varre"},
		{"a surname of two words two people share", "Tomas Brandt Vell met Ilse Brandt Vell. Mr Brandt Vell said visits rose.",
			[]spanGroup{{"visits rose", "Mr Brandt Vell", "said"}}, "Mr Brandt Vell"},
		// a source the tagger opened with a name's last word was cut off
		// the capitalised words before it; an opener is none of them (s15-names)
		{"a street's name cut", "Ships were sent to the coast. Downing St said a similar offer might be made.",
			[]spanGroup{{"a similar offer might be made", "St", "said"}}, "Downing St"},
		{"a paper's name cut", "Prices rose, the Sunday Times reported.",
			[]spanGroup{{"Prices rose", "Times", "reported"}}, "Sunday Times"},
		{"an opener before a name's last word", "Prices rose. But Street traders said sales fell.",
			[]spanGroup{{"sales fell", "Street traders", "said"}}, "Street traders"},
		// a list of people is no one person's full name (s15-names)
		{"a list's last name", "The panel, including Harbour's Tom Vell and Ivo Kell and Green member Paul Tyler, is confident its plan would win. Mr Tyler said the vote would be close.",
			[]spanGroup{{"its plan would win", "Harbour's Tom Vell and Ivo Kell and Green member Paul Tyler", "is confident"}, {"the vote would be close", "Mr Tyler", "said"}}, "Paul Tyler"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := resolveSpans(t, tt.text, tt.groups); got.Name != tt.want {
				t.Errorf("got %q (%s), want %q", got.Name, got.Type, tt.want)
			}
		})
	}
}

// "X reported Y telling …" relays Y's words: the speaker is Y; "has been
// reported as saying" relays no one. The texts are invented.
func TestResolver_ReportedRelay(t *testing.T) {
	tests := []struct {
		name, text string
		groups     []spanGroup
		want       string
	}{
		{"reported telling", "The Ledger reported Mr Vell telling activists that prices would rise.",
			[]spanGroup{{"that prices would rise", "The Ledger", "reported Mr Vell telling"}}, "Mr Vell"},
		{"reported as saying", "The Ledger reported Ada Vell as saying that prices would rise.",
			[]spanGroup{{"that prices would rise", "The Ledger", "reported Ada Vell as saying"}}, "Ada Vell"},
		{"passive: no one relayed", "Prices will rise, Ada Vell has been reported as saying.",
			[]spanGroup{{"Prices will rise", "Ada Vell", "has been reported as saying"}}, "Ada Vell"},
		{"a content clause: no relay", "The Ledger reported that the payments were required as part of the deal.",
			[]spanGroup{{"that the payments were required as part of the deal", "The Ledger", "reported"}}, "Ledger"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := resolveSpans(t, tt.text, tt.groups); got.Name != tt.want {
				t.Errorf("got %q (%s), want %q", got.Name, got.Type, tt.want)
			}
		})
	}
}
