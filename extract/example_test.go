package extract_test

import (
	"fmt"
	"time"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/extract"
)

// Extract reads who said what, when, and with which polarity; every field
// carries its byte span in the text.
func Example() {
	x, err := extract.New(extract.Options{})
	if err != nil {
		panic(err)
	}
	doc := &claimtrail.Document{
		ID:        "example",
		Published: time.Date(2025, 3, 15, 0, 0, 0, 0, time.UTC),
		Text:      `"We sent no boats to Marisca," Veldovian Foreign Minister Tomas Adler said on Friday.`,
	}
	for _, s := range x.Extract(doc) {
		fmt.Printf("%s (%s, %s) %s %q\n", s.Speaker.Name, s.Speaker.Role, s.Speaker.Affiliation, s.Cue.Lemma, s.Content.Text)
		fmt.Printf("form %s, polarity %s, said on %s (%s, %q)\n", s.Form, s.Polarity, s.SaidOn.Value, s.SaidOn.Basis, s.SaidOn.Text)
		fmt.Printf("cue span %v: %q\n", s.Cue.Span, s.Cue.Span.Text(doc.Text))
	}
	// Output:
	// Tomas Adler (Foreign Minister, Veldovian) say "We sent no boats to Marisca"
	// form direct, polarity deny, said on 2025-03-14 (explicit, "Friday")
	// cue span [70,74): "said"
}
