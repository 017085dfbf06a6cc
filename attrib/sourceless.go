package attrib

import "github.com/claimtrail/claimtrail/layer"

// Cues with no source of their own (session 11, round 2). A group the
// tagger gives no source borrows the speaker before it (package
// speaker); that is right for a participle that continues its
// sentence's speaker ("…, adding that …") but wrong for a noun that
// names a feeling or an act abroad ("fears that the banks would …",
// "calls for intervention", "the allegations …"), for a participle
// with only an object or a topic ("announcing the winner", "talking
// about the morality"), and for the writer's own hedge ("it seems
// almost certain that …").

// sourcelessNoun reports whether g has no source and its cue is a
// common noun (no verb before it in the cue): "[fears] that Asian
// central banks were about to …", "there have been [calls for] …",
// "[Worries about] …" attach nobody's name; a noun that names its
// owner ("his claims", "Japan's fears") has a source, and the
// existential "There were reports that …" is given one before this.
func (t *Tagger) sourcelessNoun(d *layer.Doc, g *Group) bool {
	if len(g.Sources) > 0 || d.POS == nil || len(t.turns) > 0 {
		return false
	}
	k, _ := t.cueHead(d, g.Cue.First, g.Cue.Last)
	if k < 0 || phraseAt(d, t.viaPhrases, k, g.Cue.Last) {
		return false
	}
	for j := g.Cue.First; j < k; j++ {
		if isVerb(d, j) {
			return false // "have sparked calls for": a verb with its subject before
		}
	}
	switch d.POSNames[d.POS[k]] {
	case "NN", "NNS":
		return true
	}
	return false
}

// sourcelessParticiple reports whether g has no source and its cue is a
// present participle standing first in the cue with no proposition
// after it (an object, a topic, nothing), and no comma or conjunction
// before it that would join it to a speaker: "announcing the winner",
// "talking about the basic morality", "declaring their assets" do
// something; nobody is reported. A verb of saying with a clause the
// complement's reading missed ("by saying Tory attitudes had helped")
// stays. "…, adding that …", "…, referring to
// the convention" continue the sentence's speaker (PolNeAR marks them),
// and "urging them to leave" keeps its addressee's task.
func (t *Tagger) sourcelessParticiple(d *layer.Doc, g *Group) bool {
	if len(g.Sources) > 0 || d.POS == nil || len(t.turns) > 0 {
		return false
	}
	k, _ := t.cueHead(d, g.Cue.First, g.Cue.Last)
	if k != g.Cue.First || d.POSNames[d.POS[k]] != "VBG" || phraseAt(d, t.viaPhrases, k, g.Cue.Last) {
		return false
	}
	if k > 0 && d.Sent[k-1] == d.Sent[k] && (isComma(d, k-1) || d.POSNames[d.POS[k-1]] == "CC") {
		return false // "…, referring to the convention": the sentence's speaker goes on
	}
	switch c := Complement(d, k); c {
	case CompObj, CompPrep, CompEnd, CompObjAs:
		return !saysSomething(d.Cue[k].Class) || !clauseBeforeCommaIn(d, g)
	case CompTo:
		return k > 0 && d.Sent[k-1] == d.Sent[k] && d.POSNames[d.POS[k-1]] == "IN" // "Despite urging to ease the peg, officials …": whose urging, the text does not say
	}
	return false
}

// clauseBeforeCommaIn reports whether a finite verb stands in g's
// contents before their first comma: "by saying Tory attitudes had
// helped …", "telling activists at a meeting that he wanted …" report a
// clause the complement's reading missed; "By declaring their assets
// and paying the tax, people would be able …" has its verb past the
// comma, in the sentence the phrase opens.
func clauseBeforeCommaIn(d *layer.Doc, g *Group) bool {
	for _, c := range g.Contents {
		for k := c.First; k < c.Last && !isComma(d, k); k++ {
			if d.FiniteVerb(k) {
				return true
			}
		}
	}
	return false
}

// writerHedge reports whether g's source is an expletive "it" and its
// cue a verb of seeming (cue-contexts `raising`: "it seems almost
// certain that …", "it appears the talks have failed"): the writer's
// hedge, as "it is thought that …" (impersonal); no one is reported.
// The "it" may stand right before a cue the tagger left sourceless.
// A "to" after the verb makes "it" a thing ("it appears to have
// worked").
func (t *Tagger) writerHedge(d *layer.Doc, g *Group) bool {
	switch {
	case len(g.Sources) == 1 && expletiveOnly(d, g.Sources[0]):
	case len(g.Sources) == 0 && g.Cue.First > 0 && layer.IsExpletive(d.Low[g.Cue.First-1]):
		// the tagger left "It" out of the group
	default:
		return false
	}
	k, _ := t.cueHead(d, g.Cue.First, g.Cue.Last)
	if k < 0 || t.cueContexts.Field(d.Low[k], 0) != "raising" {
		return false
	}
	return k+1 >= len(d.Toks) || !layer.IsInfinitive(d.Low[k+1])
}
