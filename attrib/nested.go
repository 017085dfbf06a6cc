package attrib

import (
	"sort"
	"strings"

	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// A statement may report another: in "Officials said the ministry had
// denied the report" the officials speak, and by their account so did
// the ministry. PolNeAR gives each token one label, so the tagger marks
// the outer attribution only and the inner one's words as its content.
// innerGroups reads the inner attribution out of such a content by rule:
// a subject opening the content (after "that", or after a phrase set off
// by a comma), a reporting verb after it that is an attribution cue with
// its complement (attributionCue), and the rest of the content as what
// the inner speaker said. The outer statement keeps its whole content.

// innerGroups appends to gs the attributions nested in the contents of
// gs that the tagger left unlabelled, and those a reporting noun's
// "that" clause holds (nounClauseGroups) or a relay verb reports
// (quotedAsGroups), and returns gs in text order of the cues.
func (t *Tagger) innerGroups(d *layer.Doc, gs []Group) []Group {
	if d.POS == nil {
		return gs
	}
	gs = t.quotedAsGroups(d, t.nounClauseGroups(d, gs))
	n := len(gs)
	for i := 0; i < n; i++ {
		for _, c := range gs[i].Contents {
			if c.First < gs[i].Cue.Last || quoted(d, c) {
				continue
			}
			if g, ok := t.innerGroup(d, c, gs, false); ok {
				gs[i].InnerFrom = g.Contents[0].First
				gs = append(gs, g)
			}
		}
	}
	if len(gs) > n {
		sort.SliceStable(gs, func(i, j int) bool { return gs[i].Cue.First < gs[j].Cue.First })
	}
	return gs
}

// innerGroup reads the attribution that opens content c, if any. Its
// complement must be a clause, a quotation, a gerund ("reported hearing
// shots") or, for a denial, an object ("denied the report"); with anyObject any object will do: the caller
// knows c holds a statement.
func (t *Tagger) innerGroup(d *layer.Doc, c Run, gs []Group, anyObject bool) (Group, bool) {
	for k := c.First + 1; k < c.Last-1 && k < c.First+16; k++ {
		if d.Quote[k] >= 0 || !innerCue(d, k) || cueAt(gs, k) {
			continue
		}
		src, ok := t.subjectBefore(d, c, k)
		if !ok {
			continue
		}
		cue := Run{Role: 1, First: k, Last: k + 1}
		switch Complement(d, k) {
		case CompThat, CompClause, CompQuote:
		case CompObjThat:
			if addressee(d, k+1) == k+1 {
				return Group{}, false // "tells so many lies that": no addressee
			}
		case CompObj:
			if !anyObject && layer.CueClasses[d.Cue[k].Class] != "deny" && !gerundAfter(d, k) {
				return Group{}, false // "denied the report"; "announced a loss" is an act
			}
		default:
			return Group{}, false
		}
		if !t.attributionCue(d, cue) {
			return Group{}, false
		}
		from := k + 1
		if a := addressee(d, from); a > from && a < c.Last {
			from = a
			if layer.IsComplementizer(d.Low[from]) {
				from++
			}
		}
		if from >= c.Last {
			return Group{}, false
		}
		g := Group{Cue: cue, Sources: []Run{src}, Source: src, Nested: true,
			Contents: []Run{{Role: 2, First: from, Last: c.Last}}}
		return g, true
	}
	return Group{}, false
}

// gerundAfter reports whether a gerund follows the verb at token k, a
// clause of its own: "witnesses had reported [hearing shots]", "admitted
// taking the money".
func gerundAfter(d *layer.Doc, k int) bool {
	return k+1 < len(d.Toks) && d.Sent[k+1] == d.Sent[k] && d.POSNames[d.POS[k+1]] == "VBG"
}

// subjectBefore returns the subject of the verb at token k: the noun
// phrase (with an appositive set off by commas: "her adviser, Felix
// Amundsen,") ending just before k's auxiliaries, which must open
// content c, follow its "that", or follow a comma.
func (t *Tagger) subjectBefore(d *layer.Doc, c Run, k int) (Run, bool) {
	e := k
	for e > c.First && t.readPast(d.Low[e-1]) && !layer.IsComplementizer(d.Low[e-1]) {
		e--
	}
	s := e
	appositive := s > c.First && isComma(d, s-1)
	if appositive {
		s--
	}
	for round := 0; round < 2; round++ {
		for s > c.First && d.Toks[s-1].Kind == token.Word && isNominal(d.POSNames[d.POS[s-1]]) {
			s--
		}
		if !appositive || round == 1 || s == c.First || !isComma(d, s-1) {
			break
		}
		s--
	}
	if appositive && isComma(d, e-1) {
		e-- // the subject ends at the appositive's closing comma
	}
	if s >= e || s == k || !nounHead(d, e-1) {
		return Run{}, false
	}
	switch {
	case s == c.First, s-1 == c.First && layer.IsComplementizer(d.Low[c.First]):
		return Run{Role: 0, First: s, Last: e}, true
	case isComma(d, s-1) && !hasVerb(d, c.First, s-1):
		// after a fronted phrase: "that, during the talks, Varnia had"
		return Run{Role: 0, First: s, Last: e}, true
	}
	return Run{}, false
}

// addressee returns the token after an addressee that opens at token
// from ("told her the deal …", "assured Kessler that …", "told BBC News:
// …"): a pronoun or a name before "that", a quotation, a colon or a
// clause's subject; from when there is none.
func addressee(d *layer.Doc, from int) int {
	k := from
	for k < len(d.Toks) && k < from+3 {
		tag := d.POSNames[d.POS[k]]
		if tag == "PRP" || tag == "NNP" || tag == "NNPS" ||
			tag == "PRP$" && k+1 < len(d.Toks) && isDeterminerTag(d.POSNames[d.POS[k+1]]) {
			k++
			continue
		}
		break
	}
	if k == from || k >= len(d.Toks) {
		return from
	}
	if layer.IsComplementizer(d.Low[k]) || d.Toks[k].Kind == token.Quote || isNominal(d.POSNames[d.POS[k]]) ||
		d.Toks[k].Kind == token.Punct && d.Text[d.Toks[k].Start] == ':' {
		return k
	}
	return from
}

func isDeterminerTag(tag string) bool { return tag == "DT" || tag == "PDT" || tag == "PRP" }

// innerCue reports whether token k may be the cue of a nested
// statement: a finite or perfect reporting verb of the lexicon that
// says something ("had told", "denied", "insists"), not one of belief,
// intent or evidence ("thinks", "plans", "shows"), which the tagger
// leaves to the outer speaker.
func innerCue(d *layer.Doc, k int) bool {
	switch layer.CueClasses[d.Cue[k].Class] {
	case "speech", "deny", "assert":
	default:
		return false
	}
	switch d.POSNames[d.POS[k]] {
	case "VBD", "VBZ", "VBP":
		return true
	case "VBN":
		return k > 0 && layer.IsPerfect(d.Low[k-1])
	}
	return false
}

// cueAt reports whether a group's cue covers token k.
func cueAt(gs []Group, k int) bool {
	for i := range gs {
		if gs[i].Cue.First <= k && k < gs[i].Cue.Last {
			return true
		}
	}
	return false
}

// nounHead reports whether token k can end a subject: a noun, a proper
// noun or a personal pronoun.
func nounHead(d *layer.Doc, k int) bool {
	switch d.POSNames[d.POS[k]] {
	case "NN", "NNS", "NNP", "NNPS", "PRP":
		return true
	}
	return false
}

// isVerb reports whether token k is tagged a verb or a modal.
func isVerb(d *layer.Doc, k int) bool {
	tag := d.POSNames[d.POS[k]]
	return strings.HasPrefix(tag, "VB") || tag == "MD"
}

// headlineGroups appends the attribution of each headline the tagger
// left without one, read as innerGroup reads a content: "Ellison says
// budget will balance", "Bank says profits doubled". PolNeAR has few
// headlines of that form; news has many.
func (t *Tagger) headlineGroups(d *layer.Doc, gs []Group) []Group {
	if d.POS == nil {
		return gs
	}
	n := len(gs)
	for _, s := range d.Sents {
		if !s.Headline() || s.Last-s.First < 3 || cueIn(gs[:n], s.First, s.Last) {
			continue
		}
		end := s.Last
		for end > s.First && d.Toks[end-1].Kind != token.Word {
			end--
		}
		if g, ok := t.innerGroup(d, Run{Role: 2, First: s.First, Last: end}, gs, true); ok {
			g.Nested = false
			gs = append(gs, g)
		}
	}
	if len(gs) > n {
		sort.SliceStable(gs, func(i, j int) bool { return gs[i].Cue.First < gs[j].Cue.First })
	}
	return gs
}

// cueIn reports whether a group's cue starts within tokens [first, last).
func cueIn(gs []Group, first, last int) bool {
	for i := range gs {
		if gs[i].Cue.First >= first && gs[i].Cue.First < last {
			return true
		}
	}
	return false
}
