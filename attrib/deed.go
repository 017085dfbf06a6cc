package attrib

import (
	"strings"

	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// A person or a team "shows" by deeds: "Wales showed not only their
// physical attributes but their mental resolve", "Taylor showed him how
// it should be done", "had to show safe hands" are the writer's reading
// of a match, nobody's statement (BBC readers, session 12; first tried
// by s12-cue7 as a cue verdict, here a rule on the group, otherRule).
// So does a person who "shows he is well aware of …" (selfShown).
// Evidence shows ("figures show that …", "the survey showed …"), a
// clause about anything else after the verb ("he showed that the figures
// were wrong") and a person who reveals, tells or says something are
// left to the other rules.

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
	if k < 0 || d.Quote[k] >= 0 || t.cueContexts.Field(d.Cue[k].Lemma, 0) != "deed" || proposition(Complement(d, k)) && !t.selfShown(d, k) && !scareQuoted(d, k) {
		return false // "X showed that 65 percent …" (a poll's) is left alone
	}
	src := nearest(g.Sources, g.Cue)
	head := subjectHead(d, src)
	if head < 0 || src.Last > g.Cue.First || prepositionObject(d, src.Last-1) {
		return false // "figures from [the MDA] show": the source is no subject
	}
	return t.personHead(d, head) && t.personHead(d, src.Last-1) // not "[Bank of England] figures", "[University of Michigan] barometer"
}

// selfShown reports whether the clause after the verb of showing at
// token k ("that" read past) opens with a personal pronoun of a person
// (pronouns.tsv, not the first person) and a finite verb: "Varn shows
// she is tired of fame", "he showed he can control a game" tell of the
// subject's own trait or skill, the writer's reading of a deed (session
// 17 round 2). "He showed that the figures were wrong" is left alone.
func (t *Tagger) selfShown(d *layer.Doc, k int) bool {
	end := d.Sents[d.Sent[k]].Last
	j := k + 1
	if j < end && layer.IsComplementizer(d.Low[j]) {
		j++
	}
	return j+1 < end && d.POSNames[d.POS[j]] == "PRP" && t.pronouns.Field(d.Low[j], 0) == "person" &&
		t.pronouns.Field(d.Low[j], 2) != "first" && d.FiniteVerb(j+1)
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

// callMade reports whether g's cue is a verb of contacting (act-objects
// `contact-verb`: "call") outside any quotation and transcript, before a
// bare object headed by a noun or a pronoun with nothing the object
// could be called after it — no second noun phrase, no adjective, no
// quotation, no name: "She called her bank", "are not calling voters
// registered with the service", "called the party leader back to
// Downing Street" make a telephone call or a summons; nobody states
// anything (BBC readers, session 13). "called Tomas Brell a liar",
// "called the plan "a disgrace"", "called the sale illegal" name
// something and stay; so do "what he called harbour pirates" and "a
// man he called a hero", whose object is the phrase before the source
// (a wh-word or a noun there: a relative clause).
func (t *Tagger) callMade(d *layer.Doc, g *Group) bool {
	if len(g.Sources) == 0 || d.POS == nil || len(t.turns) > 0 {
		return false
	}
	k, _ := t.cueHead(d, g.Cue.First, g.Cue.Last)
	if k < 0 || d.Quote[k] >= 0 || t.actObjects.Field(d.Cue[k].Lemma, 0) != "contact-verb" || Complement(d, k) != CompObj {
		return false
	}
	src := nearest(g.Sources, g.Cue)
	if src.Last > g.Cue.First || src.First > 0 && d.Sent[src.First-1] == d.Sent[k] && relativeBefore(d.POSNames[d.POS[src.First-1]]) {
		return false // "what he called suicide bombers": a naming
	}
	end := d.Sents[d.Sent[k]].Last
	m := firstPhraseEnd(d, k+1, end)
	if m == k+1 {
		return false
	}
	switch d.POSNames[d.POS[m-1]] {
	case "NN", "NNS", "NNP", "NNPS", "PRP":
	default:
		return false // "a move he called pragmatic"
	}
	for j := m; j < end; j++ {
		if d.Toks[j].Kind == token.Quote {
			return false // "as the Herald called them in an article, ''harbour pirates''"
		}
	}
	if m == end {
		return true
	}
	next := d.POSNames[d.POS[m]]
	if t.personHead(d, m-1) {
		return !isNominal(next) && next != "CC" && d.Toks[m].Kind != token.Quote
	}
	// a thing may be called something after a phrase of its own ("called
	// her vote in favour of the war a mistake", "called the citation and
	// the demand a ploy"): only a comma, an adverb or a participle ends it
	return next == "RB" || next == "RP" || next == "VBN" || d.Toks[m].Kind == token.Punct && d.Low[m] != ":"
}

// firstPhraseEnd returns the token after the first noun phrase from
// token j (by end): it stops where a second phrase opens — a determiner
// or a pronoun after its first word, an adjective after a noun — so that
// "him [a liar]" and "the company [greedy]" end after "him" and
// "company".
func firstPhraseEnd(d *layer.Doc, j, end int) int {
	m := j
	for m < end && m < j+maxObject && isNominal(d.POSNames[d.POS[m]]) {
		tag := d.POSNames[d.POS[m]]
		if m > j {
			prev := d.POSNames[d.POS[m-1]]
			switch {
			case tag == "DT" || tag == "PDT" || tag == "PRP" || tag == "PRP$":
				return m
			case strings.HasPrefix(tag, "JJ") && (strings.HasPrefix(prev, "NN") || prev == "PRP"):
				return m
			}
		}
		m++
	}
	return m
}

// relativeBefore reports whether a word tagged tag, right before a
// clause's subject, opens a relative clause whose gap may be the
// clause's object: a wh-word ("what he called …") or a noun ("a man he
// called …").
func relativeBefore(tag string) bool {
	switch tag {
	case "WP", "WDT", "NN", "NNS", "NNP", "NNPS":
		return true
	}
	return false
}

// voteCast reports whether g's cue is a verb of voting (act-objects
// `vote-verb`) outside any quotation and transcript with no proposition
// after its head: "voted for a quarter-point rise", "voted against the
// bill", "voted in favour of the Bill" cast a vote; nobody states
// anything (BBC readers, session 13; PolNeAR marks some votes, measured
// in docs/evaluation.md). "voted to say in law that …" keeps its clause.
func (t *Tagger) voteCast(d *layer.Doc, g *Group) bool {
	if d.POS == nil || len(t.turns) > 0 {
		return false
	}
	k, _ := t.cueHead(d, g.Cue.First, g.Cue.Last)
	if k < 0 || d.Quote[k] >= 0 {
		return false
	}
	lemma := d.Cue[k].Lemma
	if lemma == "" {
		lemma = t.HeadLemma(d, g.Cue)
	}
	if t.actObjects.Field(lemma, 0) != "vote-verb" {
		return false
	}
	end := min(g.Cue.Last+2, d.Sents[d.Sent[k]].Last)
	for j := k; j < end; j++ {
		if proposition(Complement(d, j)) && (j < g.Cue.Last || d.Cue[j].Class != 0) {
			return false // "voted by 229 to 206 to say in law that …", "voted [to] say that …"
		}
	}
	return true
}
