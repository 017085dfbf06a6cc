package attrib

import "github.com/claimtrail/claimtrail/layer"

// A person or a team "shows" by deeds: "Wales showed not only their
// physical attributes but their mental resolve", "Taylor showed him how
// it should be done", "had to show safe hands" are the writer's reading
// of a match, nobody's statement (BBC readers, session 12; first tried
// by s12-cue7 as a cue verdict, here a rule on the group, otherRule).
// Evidence shows ("figures show that …", "the survey showed …"), a
// clause after the verb ("he showed he can control a game") and a
// person who reveals, tells or says something are left to the other
// rules.

// deedShown reports whether g's cue is a verb of showing by deed
// (cue-contexts `deed`: "show", "demonstrate") outside any quotation and
// transcript, with a bare object (no clause or quotation: a person
// "showed that …" is often a poll's or a study's in the tagger's
// reading), whose source names a person
// or a team (personHead) by its first phrase's head and by its last word,
// and is no preposition's object.
func (t *Tagger) deedShown(d *layer.Doc, g *Group) bool {
	if len(g.Sources) == 0 || d.POS == nil || len(t.turns) > 0 {
		return false
	}
	k, _ := t.cueHead(d, g.Cue.First, g.Cue.Last)
	if k < 0 || d.Quote[k] >= 0 || t.cueContexts.Field(d.Cue[k].Lemma, 0) != "deed" || proposition(Complement(d, k)) {
		return false // "he has shown he could be in form", "X showed that 65 percent …" (a poll's) are left alone
	}
	src := nearest(g.Sources, g.Cue)
	head := subjectHead(d, src)
	if head < 0 || src.Last > g.Cue.First || prepositionObject(d, src.Last-1) {
		return false // "figures from [the MDA] show": the source is no subject
	}
	return t.personHead(d, head) && t.personHead(d, src.Last-1) // not "[Bank of England] figures", "[University of Michigan] barometer"
}

// personHead reports whether token m names a person or a team: a proper
// name, a personal pronoun, or a person noun or role.
func (t *Tagger) personHead(d *layer.Doc, m int) bool {
	if n := d.Toks[m]; len(d.TimexIn(n.Start, n.End)) > 0 {
		return false // "a poll released Sunday showed …"
	}
	switch d.POSNames[d.POS[m]] {
	case "NNP", "NNPS":
		return true
	case "PRP":
		kind := t.pronouns.Field(d.Low[m], 0)
		return kind == "person" || kind == "group"
	case "NN", "NNS":
		return !t.thingNoun(d, m)
	}
	return false
}
