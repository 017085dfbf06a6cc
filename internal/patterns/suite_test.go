package patterns_test

import (
	"testing"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/extract"
	"github.com/claimtrail/claimtrail/internal/patterns"
)

// passedAtLeast is the ratchet: the number of suite cases extract passed
// when the suite was written (2026-12-06: 120 of 248, 48.4 %; issue 14
// asks for 95 %; 158 after the assembly rules, 174 with the speaker
// rules, 190 with s7-assembly's: complements, nested statements,
// post-posed and parenthetical clauses, "according to" as via; 211 with
// s7-patterns2's: given names, negated cues, reporting-noun clauses,
// "was quoted by X as saying", documents' authors, "the minister of X,
// NAME", passive agents, interview outlets, a no-comment subject shared,
// "There were reports that", newspaper name words — 217; s8-content's
// content boundaries (an addressee cut off by a via, a parenthetical
// "according to" around its subject, a raising verb's subject made the
// source), s8-speakers' typing (one-word names typed by shape and by
// "it"/"its", body nouns, indefinite descriptions, nested and conjoined
// speakers) and s8-cues' rules (a relative clause in a post-posed
// source, a passive belief over a verb of saying, a nested gerund
// clause, "asking for comment", "According to X, whose …,") — 237 merged;
// s9-speakers' pronoun and description antecedents (a long quotation's
// pronoun, a title and surname, a possessive subject, "airline X … the
// airline", a bare "who" antecedent) — 242.
// Raise it when extract improves; a drop fails the test.
const passedAtLeast = 242

func TestSuite(t *testing.T) {
	cases, err := patterns.Default()
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) < 200 {
		t.Fatalf("the suite holds %d cases; issue 14 asks for at least 200", len(cases))
	}
	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	rep := patterns.Report{}
	for _, c := range cases {
		rep.Results = append(rep.Results, patterns.Check(c, x.Extract(&claimtrail.Document{ID: c.ID, Text: c.Text})))
	}
	if n := rep.Passed(); n < passedAtLeast {
		t.Errorf("%d of %d cases pass, fewer than the %d passed before (claimtrail eval patterns -v lists the failures)", n, len(cases), passedAtLeast)
	} else if n > passedAtLeast {
		t.Logf("%d of %d cases pass: raise passedAtLeast from %d", n, len(cases), passedAtLeast)
	}
}
