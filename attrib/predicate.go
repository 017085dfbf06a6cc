package attrib

import (
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// withPredicate carries a content the tagger cut after its clause's
// subject on to the clause's predicate: after a cue that reports a
// clause (reportsClause: "said", "added", "think", "hinted that"), a content that is only a noun phrase ("Police
// think [the pair] were driving a van", "the bank added [that
// underlying lending] rose by £4m") is followed by a finite verb outside
// any quotation. The content runs on over the words no group's run
// holds to its sentence's end, or to a cue or source of the tagger's
// when punctuation or a coordinator parts it from the clause ("claims
// its downfall was punishment … [and] has vowed to sue": the speaker's
// next act); stopped anywhere else, mid-clause, it is left as it was.
// The frame's rules then end it where the reporter's words start.
func (t *Tagger) withPredicate(d *layer.Doc, g *Group, all []Group, labs []uint8) {
	if d.POS == nil || len(g.Contents) == 0 {
		return
	}
	c := &g.Contents[len(g.Contents)-1]
	v := c.Last
	if c.First < g.Cue.Last || v+1 >= len(d.Toks) || d.Sent[v] != d.Sent[c.First] || !d.FiniteVerb(v) ||
		d.Quote[v] >= 0 || labs[v] != labO || !bareSubject(d, c.First, c.Last) ||
		d.Toks[v+1].Kind == token.Quote && !d.Toks[v+1].Space {
		return // "the law lords' ruling": a possessive the tagger read as a verb
	}
	h, _ := t.cueHead(d, g.Cue.First, g.Cue.Last)
	if h < 0 || !isVerb(d, h) || !reportsClause(d, h) {
		return
	}
	end := d.Sents[d.Sent[v]].Last
	k := v
	for k < end && d.Toks[k].Kind != token.Quote && (labs[k] == labO || roleOf(labs[k]) == 2 && !othersContent(g, all, k)) {
		k++
	}
	stop := k
	for k > v && (d.Toks[k-1].Kind == token.Punct || stop < end && d.POSNames[d.POS[k-1]] == "CC") {
		k-- // the full stop; before a cue or source, the comma or "and" that parts it
	}
	if stop < end && k == stop {
		return // cut mid-clause ("was [one of the leaders]"): no end to trust
	}
	c.Last = k
}

// othersContent reports whether token k lies in a content of a group
// of all other than g.
func othersContent(g *Group, all []Group, k int) bool {
	for i := range all {
		if all[i].Cue == g.Cue {
			continue
		}
		for _, c := range all[i].Contents {
			if inRun(c, k) {
				return true
			}
		}
	}
	return false
}

// reportsClause reports whether the verb at h, a cue's head, reports the
// clause after it: "that" follows, or the lexicon's class for it is one
// of saying ("added underlying lending rose", whose gerund Complement
// may read as an object's), or, for a verb of belief or evidence or a
// word the lexicon knows as a noun too ("claims"), Complement reads a
// clause. "decided no change is needed", "favours [the side] and a
// likelier plan is …" report nothing.
func reportsClause(d *layer.Doc, h int) bool {
	comp := Complement(d, h)
	switch layer.CueClasses[d.Cue[h].Class] {
	case "speech", "deny", "assert":
		return true
	case "belief", "evidence", "nominal":
		return comp == CompThat || comp == CompClause
	}
	return comp == CompThat
}

// bareSubject reports whether tokens [first, last) are a noun phrase a
// clause's verb may follow, after an optional "that": no verb but a
// participle or gerund modifying a noun ("underlying lending", "the man
// arrested"), no quotation mark, no punctuation but a possessive's.
// frame's headedSubject asks more, on purpose: there a comma and an
// aside follow the words, so they must end at their head noun to be the
// subject the aside describes; here the clause's finite verb follows
// the last word itself, and a phrase with no verb of its own before it
// can be nothing but its subject, whatever word it ends with ("those
// polled", "the pair").
func bareSubject(d *layer.Doc, first, last int) bool {
	if first < last && layer.IsComplementizer(d.Low[first]) {
		first++
	}
	if first >= last {
		return false
	}
	for k := first; k < last; k++ {
		tag := d.POSNames[d.POS[k]]
		switch {
		case d.Toks[k].Kind == token.Quote || d.Toks[k].Kind == token.Punct:
			return false
		case tag == "VBG" || tag == "VBN":
		case isVerb(d, k) || tag == "WDT" || tag == "WP" || tag == "IN" && k == first:
			return false
		}
	}
	return true
}
