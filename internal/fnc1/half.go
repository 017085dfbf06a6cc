package fnc1

import (
	"fmt"
	"hash/fnv"
)

// Half names a deterministic half of the headlines: the issue scores a
// held-out half that is never tuned on.
type Half string

// The halves: HalfDev to tune on, HalfTest to report, HalfAll both.
const (
	HalfDev  Half = "dev"
	HalfTest Half = "test"
	HalfAll  Half = "all"
)

// ParseHalf reads a --half value.
func ParseHalf(s string) (Half, error) {
	switch h := Half(s); h {
	case HalfDev, HalfTest, HalfAll:
		return h, nil
	}
	return "", fmt.Errorf("half: want dev, test or all, got %q", s)
}

// HalfOf puts a headline in a half by its text alone: the 32-bit FNV-1a
// hash of the headline's bytes exactly as the stances file holds them,
// even → dev, odd → test. Every pair of one headline lands in the same
// half, and the split needs no list and no seed.
func HalfOf(headline string) Half {
	h := fnv.New32a()
	h.Write([]byte(headline))
	if h.Sum32()%2 == 0 {
		return HalfDev
	}
	return HalfTest
}

// Holds reports whether half h holds headline.
func (h Half) Holds(headline string) bool {
	return h == HalfAll || HalfOf(headline) == h
}

// Select returns the pairs whose headline half h holds, in order.
func Select(pairs []Pair, h Half) []Pair {
	var out []Pair
	for _, p := range pairs {
		if h.Holds(p.Headline) {
			out = append(out, p)
		}
	}
	return out
}
