// Package claimtrail is the domain model of the claim-provenance engine:
// documents, statements, speakers, cues, time references, stances and
// claims, with the byte spans that tie every extracted field to the text it
// was read from. Pipeline stages and adapters live in sub-packages and
// depend on this one; this package depends on the standard library only.
package claimtrail

import (
	"encoding/json"
	"fmt"
	"unicode/utf8"
)

// Span is a half-open range [Start, End) of byte offsets into the analysed
// UTF-8 text of a document. An absent span is a nil *Span.
type Span struct {
	Start, End int
}

// Len returns the number of bytes covered.
func (s Span) Len() int { return s.End - s.Start }

// Empty reports whether the span covers no bytes.
func (s Span) Empty() bool { return s.End <= s.Start }

// Contains reports whether o lies inside s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Text returns the bytes of text that s covers, or "" when s does not fit
// inside text.
func (s Span) Text(text string) string {
	if !s.Valid(len(text)) {
		return ""
	}
	return text[s.Start:s.End]
}

// Valid reports whether s is ordered and lies within a text of n bytes.
func (s Span) Valid(n int) bool { return 0 <= s.Start && s.Start <= s.End && s.End <= n }

// OnRuneBoundaries reports whether both ends of s fall on UTF-8 rune
// starts of text (or its end). Fuzz tests use it to check offsets.
func (s Span) OnRuneBoundaries(text string) bool {
	if !s.Valid(len(text)) {
		return false
	}
	return boundary(text, s.Start) && boundary(text, s.End)
}

func boundary(text string, i int) bool {
	return i == len(text) || utf8.RuneStart(text[i])
}

// Join returns the smallest span covering both s and o.
func (s Span) Join(o Span) Span {
	if o.Start < s.Start {
		s.Start = o.Start
	}
	if o.End > s.End {
		s.End = o.End
	}
	return s
}

// String formats s as [start,end).
func (s Span) String() string { return fmt.Sprintf("[%d,%d)", s.Start, s.End) }

// MarshalJSON writes s as the contract's two-element array [start, end].
func (s Span) MarshalJSON() ([]byte, error) {
	b := make([]byte, 0, 24)
	b = append(b, '[')
	b = appendInt(b, s.Start)
	b = append(b, ',')
	b = appendInt(b, s.End)
	return append(b, ']'), nil
}

// UnmarshalJSON reads the [start, end] array form.
func (s *Span) UnmarshalJSON(b []byte) error {
	var a [2]int
	if err := json.Unmarshal(b, &a); err != nil {
		return fmt.Errorf("span: %w", err)
	}
	s.Start, s.End = a[0], a[1]
	return nil
}

func appendInt(b []byte, n int) []byte {
	if n < 0 {
		b = append(b, '-')
		n = -n
	}
	var buf [20]byte
	i := len(buf)
	for {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	return append(b, buf[i:]...)
}
