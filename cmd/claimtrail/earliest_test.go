package main

import (
	"strings"
	"testing"

	"github.com/claimtrail/claimtrail"
)

// The earliest assertion is an attributed statement's: with none, the
// summary says whether the outlets' own narration took that side.
func TestEarliestLine(t *testing.T) {
	ref := &claimtrail.StatementRef{Speaker: "Ilse Varga", SaidOn: "2025-02-20", Doc: "a", N: 1}
	tests := []struct {
		r        *claimtrail.StatementRef
		narrated int
		want     string
	}{
		{ref, 2, "Ilse Varga, 2025-02-20"},
		{nil, 0, "none"},
		{nil, 1, "none attributed (1 narration entry"},
		{nil, 3, "none attributed (3 narration entries"},
	}
	for _, tt := range tests {
		if got := earliestLine(tt.r, tt.narrated); !strings.HasPrefix(got, tt.want) {
			t.Errorf("earliestLine(%v, %d) = %q, want it to start %q", tt.r, tt.narrated, got, tt.want)
		}
	}
}
