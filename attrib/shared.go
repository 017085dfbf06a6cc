package attrib

import (
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// A statement whose cue the tagger gave no source may share the
// subject of the clause it is joined to: the verb before it in a
// coordination ("Wealth-X keeps its finances secret but says …"), or
// the main clause a participle opens ("Noting that …, Schlafly put …").
// The speaker's shared-subject rule covers a source that belongs to a
// statement printed before; the rules here cover a subject that
// belongs to no statement: one the rules dropped, or none the tagger
// labelled.

// sharedSource gives a sourceless group the source of a group dropped
// before it in its sentence when a conjunction joins their verbs
// ("Police declined to comment further but said two men had been
// questioned"): the dropped group cannot lend it to speaker's
// shared-subject rule. A no-comment group (silent) lends its source to
// any cue after it; any other group dropped (lender) only to the
// group right after it whose cue is a verb of saying (no
// to-infinitive: "… and to offer a warning"), after a
// conjunction or as a participle after a comma ("Ada Quill tied the
// scores to the reform, saying it helped", "Bo Lind was asked about
// the plan and said it would fail"). A citing cue borrows none ("…,
// the paper reported, citing satellite images": what is cited joins
// the statement before, in extract).
func (t *Tagger) sharedSource(d *layer.Doc, g *Group, silent, lender Run) {
	k := g.Cue.First
	if len(g.Sources) > 0 || k == 0 || d.POS == nil || t.citeCue(d, g.Cue) {
		return
	}
	joined := d.POSNames[d.POS[k-1]] == "CC"
	if joined && sameSentBefore(d, silent, k) {
		g.Sources = []Run{silent}
		return
	}
	if (joined || commaParticiple(d, k)) && d.POSNames[d.POS[k]] != "TO" &&
		sameSentBefore(d, lender, k) && !ownerOnly(d, lender) && !layer.IsRelative(d.Low[lender.First]) && saysByVerb(d, g.Cue) {
		g.Sources = []Run{lender}
	}
}

// commaParticiple reports whether token k is a participle after a
// comma, or after a comma and one adverb: "…, saying it helped", "…,
// simply adding in a PS: …".
func commaParticiple(d *layer.Doc, k int) bool {
	if d.POSNames[d.POS[k]] != "VBG" {
		return false
	}
	return isComma(d, k-1) || k > 1 && isAdverb(d.POSNames[d.POS[k-1]]) && isComma(d, k-2)
}

// ownerOnly reports whether run r is a possessive ("her detailed
// views", "Ms Villalba's claim"): the owner of a thing, no subject to
// share.
func ownerOnly(d *layer.Doc, r Run) bool {
	last := d.POSNames[d.POS[r.Last-1]]
	return last == "POS" || r.Last-r.First == 1 && last == "PRP$"
}

// sameSentBefore reports whether run r (none when r.First < 0) ends
// before token k in k's sentence.
func sameSentBefore(d *layer.Doc, r Run, k int) bool {
	return r.First >= 0 && r.Last <= k && d.Sent[r.First] == d.Sent[k]
}

// coordinatedSubject gives a sourceless group whose cue, a finite verb
// of saying, follows a conjunction the subject that opens its clause,
// when the tagger left it unlabelled and a finite verb follows it
// ("Wealth-X keeps its finances secret but says its business has
// tripled", "During the election, Mitt Romney ran on the economy and
// accused Obama of …"). No statement kept before it in the sentence
// (speaker's shared-subject rule lends its source), and no quotation,
// clause mark or verb of saying between the subject and the cue.
// speaker's Resolver.coordinatedSubject reads the same construction
// later, and only where this rule labelled nothing (the group has a
// source then): it looks back from the conjunction to the nearest
// finite verb outside what a statement before says and takes the
// subject before it ("The group 'welcomed' the plan, but said"), a
// looser reading. The two stay apart on purpose: a source labelled
// here is the group's before the learned statement filter reads it
// (sourceFeatures), and only the strict reading should make one; what
// it leaves, speaker may still resolve. Making one rule of them would
// move statements (not done in a byte-identical change).
func (t *Tagger) coordinatedSubject(d *layer.Doc, g *Group, kept []Group) {
	k := g.Cue.First
	if n := len(kept); n > 0 && d.Sent[kept[n-1].Cue.First] == d.Sent[k] {
		return
	}
	if len(g.Sources) > 0 || k < 3 || d.POS == nil || d.POSNames[d.POS[k-1]] != "CC" || !hasFiniteVerb(d, k, k+1) ||
		!saysByVerb(d, g.Cue) || t.passiveCue(d, g.Cue) {
		return // "… and has been described as": the subject is not the speaker
	}
	s := d.Sents[d.Sent[k]]
	first, ok := clauseStart(d, s.First, k)
	if !ok {
		return
	}
	last := first
	for last < k && d.Toks[last].Kind == token.Word && isNominal(d.POSNames[d.POS[last]]) && d.POSNames[d.POS[last]] != "PRP$" {
		last++
	}
	if last == first || last >= k-2 {
		return
	}
	v := last
	for v < k && isAdverb(d.POSNames[d.POS[v]]) {
		v++
	}
	if !hasFiniteVerb(d, v, v+1) {
		return // no verb of its own after it: no subject
	}
	prep := false
	for j := last; j < k; j++ {
		if d.Toks[j].Kind == token.Quote || layer.IsComplementizer(d.Low[j]) || layer.IsRelative(d.Low[j]) ||
			d.POSNames[d.POS[j]] == "CC" && j != k-1 || prep && hasFiniteVerb(d, j, j+1) ||
			saysSomething(d.Cue[j].Class) && isVerb(d, j) {
			// another clause ("The key is if Gerrard comes out and
			// says"), coordination, or verb of saying between ("The
			// market is improving, Eurotunnel said, but warned"):
			// the shared subject is not the one opening the clause
			return
		}
		prep = prep || d.POSNames[d.POS[j]] == "IN"
	}
	g.Sources = []Run{{Role: 0, First: first, Last: last}}
}

// frontedParticiples gives a sourceless group whose cue is a participle
// opening its sentence ("Noting that …, Schlafly put her finger on …",
// "Declaring that he alone …, the mogul offered …") the source that
// follows the comma ending its content: the participle's subject is
// the main clause's. The participle must be a verb of saying with a
// "that" clause or a quotation.
func frontedParticiples(d *layer.Doc, gs []Group) {
	if d.POS == nil {
		return
	}
	for i := range gs {
		g := &gs[i]
		k := g.Cue.First
		if len(g.Sources) > 0 || len(g.Contents) == 0 || k != d.Sents[d.Sent[k]].First || d.POSNames[d.POS[k]] != "VBG" ||
			!saysByVerb(d, g.Cue) || !opensClause(d, g.Contents[0]) {
			continue // "Speaking ahead of the meeting, …", "Explaining his reasons, …": no statement
		}
		end := g.Contents[len(g.Contents)-1].Last
		for j := i + 1; j < len(gs) && d.Sent[gs[j].Cue.First] == d.Sent[k]; j++ {
			for _, s := range gs[j].Sources {
				if s.First > end && s.First-end <= 2 && isComma(d, s.First-1) {
					g.Sources = []Run{s}
				}
			}
		}
	}
}

// saysByVerb reports whether a verb of cue run r is a verb of saying
// ("has said", "also warned"; not the noun of "have notes").
func saysByVerb(d *layer.Doc, r Run) bool {
	for k := r.First; k < r.Last; k++ {
		if saysSomething(d.Cue[k].Class) && isVerb(d, k) {
			return true
		}
	}
	return false
}

// opensClause reports whether content c opens with "that" or a
// quotation.
func opensClause(d *layer.Doc, c Run) bool {
	return layer.IsComplementizer(d.Low[c.First]) || d.Toks[c.First].Kind == token.Quote || d.Quote[c.First] >= 0
}
