package trace

import (
	"strings"
	"testing"

	"github.com/claimtrail/claimtrail"
)

// TestBlankVenues: the outlet a statement was told to, or its channel's
// venue, is blanked inside the statement's span or the rest of its
// sentence; the same name elsewhere, or as the speaker or content, stays.
func TestBlankVenues(t *testing.T) {
	at := func(text, from, to string) claimtrail.Span {
		s := strings.Index(text, from)
		return claimtrail.Span{Start: s, End: strings.Index(text, to) + len(to)}
	}
	tests := []struct {
		name, text, addressee, venue, from, to, want string
	}{
		{"told an outlet", `Orlan told Harbour Radio: "We will win the cup."`, "Harbour Radio", "", "Orlan", `cup."`,
			`Orlan told              : "We will win the cup."`},
		{"tag past the span", `"Fares will fall," he told the Harbour Gazette. Harbour Gazette staff will strike.`, "Harbour Gazette", "",
			`"Fares`, "told", `"Fares will fall," he told the                . Harbour Gazette staff will strike.`},
		{"a channel's venue", `Mr Pell said on Harbour One that fares would fall.`, "", "Harbour One", "Mr Pell", "fall",
			`Mr Pell said on             that fares would fall.`},
		{"the name as the speaker stays", `Harbour Radio said fares would fall.`, "", "", "Harbour Radio", "fall",
			`Harbour Radio said fares would fall.`},
		{"a name the span does not hold", `Harbour Radio staff met. Mr Pell said fares would fall.`, "Harbour Radio", "", "Mr Pell", "fall",
			`Harbour Radio staff met. Mr Pell said fares would fall.`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := &claimtrail.StoredStatement{}
			st.Addressee, st.Channel.Venue, st.Span = tt.addressee, tt.venue, at(tt.text, tt.from, tt.to)
			got := blankVenues(tt.text, []*claimtrail.StoredStatement{st})
			if got != tt.want {
				t.Errorf("blankVenues = %q, want %q", got, tt.want)
			}
			if len(got) != len(tt.text) {
				t.Errorf("length %d, want %d: offsets must hold", len(got), len(tt.text))
			}
		})
	}
}
