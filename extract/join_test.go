package extract

import (
	"slices"
	"testing"

	"github.com/claimtrail/claimtrail"
)

func TestJoinAdjacent(t *testing.T) {
	const text = `"We're getting that reviewed," he said. "Soon. "Later`
	sp := func(a, b int) claimtrail.Span { return claimtrail.Span{Start: a, End: b} }
	cases := []struct {
		name string
		in   []claimtrail.Span
		want []claimtrail.Span
	}{
		{"one span", []claimtrail.Span{sp(1, 28)}, []claimtrail.Span{sp(1, 28)}},
		{"words parted by spaces", []claimtrail.Span{sp(1, 6), sp(7, 14), sp(15, 19), sp(20, 28)}, []claimtrail.Span{sp(1, 28)}},
		{"touching", []claimtrail.Span{sp(1, 3), sp(3, 6)}, []claimtrail.Span{sp(1, 6)}},
		{"the cue between", []claimtrail.Span{sp(1, 28), sp(41, 46)}, []claimtrail.Span{sp(1, 28), sp(41, 46)}},
		{"a quotation mark between", []claimtrail.Span{sp(41, 46), sp(48, 53)}, []claimtrail.Span{sp(41, 46), sp(48, 53)}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := joinAdjacent(text, slices.Clone(c.in))
			if !slices.Equal(got, c.want) {
				t.Errorf("joinAdjacent(%v) = %v, want %v", c.in, got, c.want)
			}
		})
	}
}
