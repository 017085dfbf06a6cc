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
// 244 of 256 with s9-content's eight content-boundary cases (a
// free-standing quotation, a clause reporting another statement, a
// participle of saying after the object, a quotation after a colon);
// s9-polarity's 19 cases of a content's polarity (mixed quotes, negated
// complements, contrast, litotes) — 263 of 275 merged; s9-cuegate's 11
// act-frame cases (an act's word reports only in its reporting frames,
// a rejected offer is an act) — 275 of 286; s9-assembly's five (shared
// subjects, a participle opening the sentence) — 280 of 291;
// s9-speakers' five pronoun and description antecedents (a long
// quotation's pronoun, a title and surname, a possessive subject,
// "airline X … the airline", a bare "who" antecedent) — 285 of 296;
// s9-cuegate2's twelve (an act with a counted object, e-mails and
// figures that show, a naming participle, leading participles, "asked
// not to be named", a survey that shows, cues of mere possibility) —
// 297 of 308; s9-speakers2's four (an unread name typed by its
// statement's "it" or a company word, "the paper" as the outlet that
// spoke; one guard) — 301 of 312; s9-speakers3's two ("the company"
// as the body that spoke by name, past an unnamed "the company" or six
// sentences back) and one more ("A Kestrel statement said … The
// statement added": Kestrel) — 304 of 315; s10-content's s10c cases
// (a quotation carried over paragraphs, the matter of a warning past
// its addressee, a quotation after the reporter's sentence, a quotation
// opening the next paragraph), s10-filter's seven (acts: "agreed a
// deal", "showed off", "such as", a relative clause without its
// pronoun, "ignored the survey"; "many think …"; "agreed that …"),
// s10-speakers' nine (a pronoun whose person was named sentences back
// or after a role word the tags call a body, "she" past a man's given
// name; an office named by the next sentence's subject; "MP" before or
// after a name is no part of it; a long description set off after a
// name; guards) and the lead's s10 cases (a subject before an aside,
// "As X reported", impersonal passives) — 333 of 344; s10-cue3's
// cases (a verb of knowing outside a quotation, "have backed the plan",
// "shows no sign of", "is considering building", "top seed", "the awards
// show will", "think carefully about") — 345 of 356; the lead's "X, not
// Y" — 346 of 357; s10-speakers2's pronoun genders, reflexives, "who"
// after a body, a possessive body opening the content, a full name of
// three words (spk5-*) — 352 of 363; the lead's "claimed the top spot"
// (a prize won) — 353 of 364; s11-content3's content boundaries and
// polarity (s11-content3-*: a quotation after a paraphrase, the
// reporter's words around a cue, a verb joined to the cue, a negated
// infinitive, "far from", a content resuming after a relative clause) —
// 364 of 375; s11-speakers3's glued descriptions, documents by their
// author, relative pronouns, knights, "the firm" (s11-speakers3-*) —
// 371 of 382; s11-cue4's cues that report nothing (s11-cue4-*: a
// reader's "you", a lone participle, a topic, "calls" as a noun, acts on
// events, scores and stories) — 382 of 393; the lead's names that look
// like cues and titles after a quotation (s11-lead-*; 03, "Mr Prior
// sees", fails: the surname is tagged as a verb) — 384 of 396;
// s11-cue5's sourceless noun and participle cues and the writer's "it
// seems" (s11-cue5-*) and s11-speakers4's own subject before a carried
// speaker (s11-speakers4-*) — 398 of 413; s11-content4's contents that
// swallow the next clause, ", but", split reporting clauses
// (s11-content4-*) — 405 of 421; the lead's participle describing a
// noun ("the proposed scheme") — 406 of 422; s11-speakers5's leftover
// "it" and pronouns after an acronym (s11-speakers5-*) and s11-cue6's
// posted results, qualities shown and future displays (s11-cue6-*) —
// 417 of 433; the lead's topic after a post-posed speaker and one
// quotation printed whole, a content parted in mid-clause (s12-lead-*)
// — 421 of 437; session 12's helpers (s12-mentions-*, s12-speakers6-*,
// s12-speakers7-*, s12-recall-*, s12-content5-*, s12-cue7-*) — 481 of
// 497; round 2 (s12-content6-*, s12-speakers9-*, s12-mentions2-*,
// s12-cue8-*, and noncue-11) — 514 of 529; session 13's helpers
// (s13-speakers-*, s13-mentions-*, s13-cues-*, s13-content-*,
// s13-tracestance-*, s13-pronouns-*) — 549 of 564; a place's government
// (s13-speakers2-01…03) — 552 of 567; "the firm" after a body whose
// reported result is no statement (s13-speakers2-04, 05) — 554 of 569; a
// name before a description closed before the cue (s13-speakers2-06) —
// 555 of 570; round 3 (s13-cues3-*, s13-content2-*) — 571 of 586.
// Session 14's rounds 1–2 — 613 of 628; asides glued to a name
// (s14-speakers3-01…05) — 618 of 633; a document after the comma
// (s14-speakers3-06, a guard) — 619 of 634; descriptions the article
// resolves: a document's owner, a survey's respondents, the one company
// (s15-descriptions-01…05, 05 a guard) — 624 of 639; the merged round 1
// — 659 of 675; "calls"/"show" as nouns (s15-sne2-01…03, 03 a guard)
// — 662 of 678; "those reported to" (s15-sne2-04) — 663 of 679;
// "Let's hope" (s15-sne2-05) — 664 of 680; session 15 merged — 680 of
// 696; bodies no "he" means, a modifier, "It was initially reported",
// the article's person past a governed rival (s16-speakers-01…07, 01 and
// 06 guards) — 687 of 703; "the bank" the body that spoke near it, not
// one named long before (s16-speakers-08) — 688 of 704; a name listed
// after a preposition (s16-speakers-09) — 689 of 705 on that branch;
// session 16's rounds 1 and 2 merged (s16-lead-*, s16-content-*,
// s16-sne-*, s16-names-*, s16-speakers-*, s16-recall-*, s16-polcue-*,
// s16-quotecont-*, s16-sne2-*, s16-content2-*, s16-speakers2-*) — 810
// of 826; round 3 (s16-roles-*, s16-descriptions3-*) — 818 of 834;
// session 17's round-1 merge — 899 of 916; laws, campaigns, clefts,
// definitions and compounds that voice nothing, an idiom of caution, an
// application for approval, a page that "said" (s17-sne3-01…21; 08…17,
// 20 and 21 guards) — 920 of 937 on that branch.
// Passive accusations whose subject is the accused (s17-accused-01…05;
// 04 and 05 guards) — 1,018 of 1,036 on that branch.
// Raise it when extract improves; a drop fails the test.
const passedAtLeast = 1045

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
