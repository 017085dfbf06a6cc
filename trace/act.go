package trace

import (
	"strings"
	"unicode"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/lang"
	"github.com/claimtrail/claimtrail/match"
)

// actCues is the cue lexicon (lang.Cues): every form of a reporting word.
type actCues map[string]lang.Cue

// newActCues loads the cue lexicon of a language.
func newActCues(code string) (actCues, error) {
	cues, err := lang.Cues(code)
	return actCues(cues), err
}

// speechAct reports whether the claim is about a speech act: its
// predicate, as the claim writes it, is a reporting word ("Brown denied
// the rift", "Microsoft confirmed the deal"). Such a claim is stated by
// a statement whose speaker is the claim's actor and whose cue is that
// act: "Mr Brown denied there was a rift" holds "denied" in its cue, not
// its content.
func (ac actCues) speechAct(c *match.Claim) bool {
	pred := predicate(c)
	if pred < 0 || len(ac) == 0 {
		return false
	}
	_, ok := ac[strings.ToLower(c.Items[pred].Text)]
	return ok
}

// sameActClasses are the cue classes (cues.tsv) whose every word performs
// one act: "rejected the allegations", "dismissed the claims" and "ruled
// out" deny as "denied" does, while "insisted" and "confirmed" (assert)
// or "said" and "told" (speech) are not the same act.
var sameActClasses = map[string]bool{"deny": true}

// denialAct returns the claim's predicate as written ("denied") when the
// claim is a speech act of a sameActClasses class, else "".
func (ac actCues) denialAct(c *match.Claim) string {
	pred := predicate(c)
	if pred < 0 {
		return ""
	}
	word := strings.ToLower(c.Items[pred].Text)
	if cue, ok := ac[word]; ok && sameActClasses[cue.Class] {
		return word
	}
	return ""
}

// actCue returns a statement's cue as the claim's act reads it: each
// word of the act's class written as the claim's act (actWord, from
// denialAct), so that "Mr Ebbers rejected allegations" is scored as
// "denied allegations" for "Ebbers denied the allegations" — the
// synonym concepts keep "reject" (refusing a thing) apart from "deny".
func (ac actCues) actCue(cue, actWord string) string {
	if actWord == "" || cue == "" {
		return cue
	}
	class := ac[actWord].Class
	words := strings.Fields(cue)
	for i, w := range words {
		if c, ok := ac[strings.ToLower(w)]; ok && c.Class == class {
			words[i] = actWord
		}
	}
	return strings.Join(words, " ")
}

// withCue returns the statement to score for a speech-act claim: its
// content read after its cue (actCue), so that the act ("denied",
// "dismissed") matches the claim's predicate and the content its object.
func (ac actCues) withCue(st *claimtrail.Statement, actWord string) *claimtrail.Statement {
	if st.Cue.Text == "" {
		return st
	}
	out := *st
	out.Content.Text = ac.actCue(st.Cue.Text, actWord) + " " + st.Content.Text
	return &out
}

// actor returns the claim's items before its predicate: who performs the
// speech act ("Brown" of "Brown denied the rift").
func actor(c *match.Claim) []int {
	pred := predicate(c)
	var out []int
	for i := 0; i < pred; i++ {
		out = append(out, i)
	}
	return out
}

// actScore holds a speech-act claim to its act. A statement that names
// none of the actor (as its speaker or in its content) is someone else's
// act — "Mr Milburn dismissed claims of a rift" is not Brown denying it,
// even in an article whose title names Brown — and keeps nothing of its
// match, nor does it point back at the claim (Reference). The act's
// object is what was denied or confirmed: a statement whose content
// says something of its own must hold each of the claim's words after
// the act (but a reference noun: "the claims", "the report") at least
// at deepPredicate — "Mr Brown denied that he was raising taxes to fill
// a spending gap" denies no rift ("gap" is a broader word). actByCue is
// set when the statement's cue is the act itself ("denied",
// "dismissed"): the statement asserts that the act happened, whatever it
// denies.
func (t *Tracer) actScore(c *match.Claim, s *scoredStatement) {
	held := false
	for _, i := range actor(c) {
		held = held || i < len(s.Strengths) && s.Strengths[i] > 0
	}
	pred := predicate(c)
	if !held || !s.Reference && !objectHeld(c, s.Strengths, pred) {
		s.kept, s.Reference = 0, false
		return
	}
	cue := t.scoreText(c, t.cues.actCue(s.st.Cue.Text, t.actWord))
	s.actByCue = pred < len(cue.Strengths) && cue.Strengths[pred] >= deepPredicate
}

// objectHeld reports whether strengths hold each of the claim's items
// after its predicate but its reference nouns at least at deepPredicate.
func objectHeld(c *match.Claim, strengths []float64, pred int) bool {
	for i := pred + 1; i < len(strengths) && i < len(c.Items); i++ {
		if !c.Items[i].Ref && strengths[i] < deepPredicate {
			return false
		}
	}
	return true
}

// reportingClasses are the cue classes (cues.tsv) of a word that tells
// of someone's words: a sentence holding one reports a source. Belief
// ("is widely expected") and intent are the reporter's own words too,
// and so may the verbs of refusing and asking be ("sales declined",
// "the question is").
var reportingClasses = map[string]bool{"speech": true, "assert": true, "deny": true, "nominal": true}

// reports reports whether a sentence holds a reporting word (a cue form
// of reportingClasses) outside quotation marks: "Mr Howard pointed to
// predictions that …", "…, he claims".
func (ac actCues) reports(sentence string) bool {
	for i, part := range strings.Split(sentence, "\"") {
		if i%2 == 1 {
			continue // inside the marks
		}
		for _, w := range strings.FieldsFunc(strings.ToLower(part), notWordRune) {
			if cue, ok := ac[w]; ok && reportingClasses[cue.Class] {
				return true
			}
		}
	}
	return false
}

// notWordRune reports a rune that parts words.
func notWordRune(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\'' }
