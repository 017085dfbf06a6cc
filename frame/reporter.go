package frame

import (
	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// The reporter's words around a reporting clause (issue s11-content3):
// what the reporter adds after the cue to a content said before it, and
// a verb the reporter joins to the cue, are no part of what was said.

// dropReporterWords cuts the reporter's words out of g's fragments after
// its cue, in the cue's sentence, when what was said opens before the cue
// (g's first fragment ends before it):
//   - after a quotation ('"We worked hard," he said ahead of signing his
//     new deal, "and it shows."') a fragment that opens outside
//     quotation marks starts at the quotation that resumes in it, and
//     one with no quotation is dropped ('"…," he said after the
//     meeting.'): the content is the quoted parts only;
//   - after a paraphrase ('The plant would close, she said, and she was
//     made redundant') a fragment that opens with a conjunction and the
//     source's own pronoun is the reporter's clause about the speaker,
//     joined to the reporting clause, and is dropped; one about someone
//     else ("…, Ann says, and he felt free to …") may go on with what
//     was said.
//
// A fragment right after a cue that ends with a preposition ("said of
// the plan") names what was said of it, and stays.
func dropReporterWords(d *layer.Doc, g *attrib.Group) {
	if len(g.Contents) < 2 || g.Contents[0].Last > g.Cue.First {
		return
	}
	topic := d.POSNames[d.POS[g.Cue.Last-1]] == "IN" // "said of", "said about": what it was said of
	quotedFirst := isQuoted(d, g.Contents[0])
	cueSent := d.Sent[g.Cue.Last-1]
	kept := g.Contents[:1]
	for _, c := range g.Contents[1:] {
		if c.First < g.Cue.Last || d.Sent[c.First] != cueSent || isQuoted(d, c) || topic && c.First == g.Cue.Last {
			kept = append(kept, c)
			continue
		}
		switch {
		case quotedFirst:
			k := quoteOpening(d, c)
			if k < 0 {
				continue // '"…," he said after the meeting.'
			}
			c.First = k
		case d.POSNames[d.POS[c.First]] == "CC" && sameSubject(d, g.Source, c.First+1):
			continue // ', she said, and she was made redundant'
		}
		kept = append(kept, c)
	}
	g.Contents = kept
}

// sameSubject reports whether the personal pronoun at token j is the word
// that ends source run src ("she said, and she was …").
func sameSubject(d *layer.Doc, src attrib.Run, j int) bool {
	return src.Last > src.First && j < len(d.Toks) && d.POSNames[d.POS[j]] == "PRP" && d.Low[j] == d.Low[src.Last-1]
}

// isQuoted reports whether run c opens with a quotation mark or inside a
// quotation.
func isQuoted(d *layer.Doc, c attrib.Run) bool {
	return d.Toks[c.First].Kind == token.Quote || d.Quote[c.First] >= 0
}

// quoteOpening returns the first token of run c that opens a quotation
// running on in c after a comma or colon, the quotation resuming ('…
// ahead of the vote, "and it shows."'), -1 when none: a quotation inside
// the reporter's words ('a firm with the motto "Gold to Market"') is
// theirs.
func quoteOpening(d *layer.Doc, c attrib.Run) int {
	for k := c.First + 1; k+1 < c.Last; k++ {
		if d.Toks[k].Kind == token.Quote && d.Quote[k+1] >= 0 && d.Quotes[d.Quote[k+1]].Open == k {
			if p := d.Toks[k-1]; p.Kind == token.Punct && (d.Text[p.Start] == ',' || d.Text[p.Start] == ':') {
				return k
			}
			return -1
		}
	}
	return -1
}

// stopAtSharedVerb ends content c, which follows its cue, before a
// conjunction outside quotation marks that joins to the cue a verb of
// the cue's own subject: no subject after the conjunction, the verb in
// the cue's tense (both simple past, or both present), and a verb of
// saying that says something out, a clause or a quotation ("said he
// would stay and added that …"; not "were unfriendly or offered less
// protection"), or of naming
// (naming-verbs: "said he hardly watched the awards and labelled them
// 'idiotic'"). That is the reporter telling what else the speaker did.
// A verb of another kind ("said he watched it and laughed") stays: the
// tense alone cannot tell whose it is; so does one after a negation
// ("and never called a donor") or after an auxiliary that it may share
// ("has held A and called B"). The content must hold a finite verb
// before the conjunction.
func (r *Reader) stopAtSharedVerb(d *layer.Doc, c *attrib.Run, cueTag string) {
	if cueTag != "VBD" && cueTag != "VBZ" {
		return
	}
	verb := -1 // the last finite verb before k
	for k := c.First; k+1 < c.Last; k++ {
		if d.Quote[k] >= 0 || d.Toks[k].Kind == token.Quote {
			continue
		}
		if d.FiniteVerb(k) {
			verb = k
			continue
		}
		if verb < 0 || d.POSNames[d.POS[k]] != "CC" || r.wordRole(d.Low[verb], "auxiliary") {
			continue // "has not held A and called B": the participle may share "has"
		}
		j := k + 1
		for j < c.Last && d.POSNames[d.POS[j]] == "RB" && !r.negations.Has(d.Low[j]) {
			j++
		}
		if j >= c.Last || d.POSNames[d.POS[j]] != cueTag {
			continue // "and never called a donor": a negation is the speaker's way of putting it
		}
		if r.naming.Has(d.Low[j]) || saysOut(d.CueClass(j, j+1)) && saysSomething(d, j+1, c.Last) {
			end := k
			for end > c.First && isBreak(d, end-1) {
				end--
			}
			c.Last = end
			return
		}
	}
}

// saysSomething reports whether what a verb of saying says opens in the
// clause from token j to end: a complementizer ("added that"), or a
// quotation before the next comma or conjunction ("called it "a
// disgrace"").
func saysSomething(d *layer.Doc, j, end int) bool {
	if j < end && layer.IsComplementizer(d.Low[j]) {
		return true
	}
	for k := j; k < end; k++ {
		switch {
		case d.Toks[k].Kind == token.Quote:
			return true
		case isBreak(d, k), d.POSNames[d.POS[k]] == "CC", d.Sent[k] != d.Sent[j]:
			return false
		}
	}
	return false
}
