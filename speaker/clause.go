package speaker

import (
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/mention"
	"github.com/claimtrail/claimtrail/token"
)

// clauseSource returns the run that names the speaker of g by the
// grammar of its sentence, when the tagger's source is missing or
// cannot be it, and false otherwise:
//   - a participle set off by a comma ("A Dorset man is suing Veltro
//     (VS), saying …"; "…, the OTB claimed, adding …"; "For years, the
//     industry has been wary of the rules, blaming them …") says what
//     the subject of the clause before it says: the noun phrase before
//     that clause's finite verb, not the verb's object the tagger may
//     have taken;
//   - a finite cue without a source ("Mr Ashdown, who will unveil his
//     plans on Monday, said …") has the noun phrase right before it, or
//     before a relative clause set off by commas, as its subject.
//
// shares is set when g would share the speaker of the statement before
// in its sentence ("X denied the claims and said …"): then only the
// participle's rule applies.
func (r *Resolver) clauseSource(g attrib.Group, shares bool) (attrib.Run, bool) {
	d := r.d
	k := g.Cue.First
	if d.POS == nil || k == 0 || d.Sent[k-1] != d.Sent[k] {
		return attrib.Run{}, false
	}
	if f, ok := r.reportParticiple(k); ok && (len(g.Sources) == 0 || g.Source.Last != k) {
		return attrib.Run{Role: g.Source.Role, First: f, Last: k}, true // "has denied a report claiming …"
	}
	if len(g.Sources) > 0 && g.Source.First > k || d.Cue[k].N > 1 {
		return attrib.Run{}, false // "…, said Ida Brandt"; "…, according to X"
	}
	if r.participle(k) {
		v := r.finiteBefore(k)
		if v < 0 {
			return attrib.Run{}, false
		}
		f, l := r.subjectBefore(v)
		if f == l || len(g.Sources) > 0 && g.Source.First < v {
			return attrib.Run{}, false // none, or the tagger's source is the subject's
		}
		return attrib.Run{Role: g.Source.Role, First: f, Last: l}, true
	}
	v := r.cueVerb(g) // "also stressed": the verb after the adverb
	if len(g.Sources) > 0 || !r.finite(v) || r.passive(v) {
		return attrib.Run{}, false
	}
	if shares {
		return r.newSubject(g, k)
	}
	return r.ownSubject(g, k)
}

// newSubject returns the subject of the finite cue at token k that would
// share the speaker of the statement before in its sentence, when a
// clause of its own names one after a comma and a conjunction: in
// "'…,' said Ada Quill, while Tove Randall said it was not" Tove Randall
// speaks; in "X denied the claims and said …" no one new does.
func (r *Resolver) newSubject(g attrib.Group, k int) (attrib.Run, bool) {
	d := r.d
	f, l := r.subjectBefore(k)
	if f == l || f < 2 || !isComma(d, f-2) || r.pos(f-1) != "IN" && r.pos(f-1) != "CC" {
		return attrib.Run{}, false
	}
	for q := f; q < l; q++ {
		if d.Toks[q].Kind == token.Word && layer.Capitalised(d.Toks[q].Text(d.Text)) {
			return attrib.Run{Role: g.Source.Role, First: f, Last: l}, true
		}
	}
	return attrib.Run{}, false // "…, and officials said": left to the tagger
}

// expletive reports whether g's source is an "it" that names no one: the
// subject of a passive cue ("It is predicted that …", "It was reported
// that …").
func (r *Resolver) expletive(g attrib.Group) bool {
	d := r.d
	if g.Source.Last-g.Source.First != 1 || d.POS == nil {
		return false
	}
	if r.pos(g.Source.First) == "EX" {
		return true // "There were reports that …"
	}
	if !layer.IsExpletive(d.Low[g.Source.First]) {
		return false
	}
	k := g.Cue.First
	if k == g.Source.Last && k+1 < len(d.Toks) && r.passive(k) {
		v := k + 1
		for v+1 < len(d.Toks) && v < g.Cue.Last && r.pos(v) == "RB" {
			v++ // "It was initially reported that …"
		}
		return strings.HasPrefix(r.pos(v), "VBN") || r.pos(k) == "VBN"
	}
	return false
}

// participle reports whether token k is a present participle opening a
// clause after a comma: ", saying", ", adding", ", blaming".
func (r *Resolver) participle(k int) bool {
	d := r.d
	return isComma(d, k-1) && strings.HasSuffix(d.Low[k], "ing") && strings.HasPrefix(r.pos(k), "VBG")
}

// finiteBefore returns the first finite verb (or modal) of the clause
// ending at the comma before token k — the stretch back to the comma
// before it, or the one before that when it holds none ("For years, the
// industry has been wary …, blaming"; "…, the OTB claimed, adding") —
// -1 when there is none outside quotations.
func (r *Resolver) finiteBefore(k int) int {
	d := r.d
	end := k - 1 // the comma
	for seg := 0; seg < 3 && end > 0; seg++ {
		start := end - 1
		for start >= 0 && d.Sent[start] == d.Sent[k] && !isComma(d, start) {
			start--
		}
		for v := start + 1; v < end; v++ {
			if r.finite(v) && d.Quote[v] < 0 {
				return v
			}
		}
		if start < 0 || d.Sent[start] != d.Sent[k] {
			break
		}
		end = start
	}
	return -1
}

// finite reports whether token k is a finite verb or a modal.
func (r *Resolver) finite(k int) bool { return r.d.FiniteVerb(k) }

// passive reports whether the cue at token k is a passive ("is
// expected", "was said"): its subject is no speaker.
func (r *Resolver) passive(k int) bool {
	d := r.d
	switch d.Low[k] {
	case "is", "was", "are", "were", "be", "been":
		return true
	}
	return k > 0 && r.pos(k) == "VBN"
}

// subjectBefore returns the noun phrase ending right before the verb at
// token v (an adverb between them aside: "has also said"): the words
// back to the sentence's start, a comma or a clause word, at most
// eight; first == last when there is none or it holds a verb.
func (r *Resolver) subjectBefore(v int) (first, last int) {
	d := r.d
	last = v
	for last > 0 && r.pos(last-1) == "RB" && d.Sent[last-1] == d.Sent[v] {
		last--
	}
	first = last
	for first > 0 && d.Sent[first-1] == d.Sent[v] && last-first < 8 {
		t := d.Toks[first-1]
		if t.Kind == token.Punct && d.Text[t.Start] != '(' && d.Text[t.Start] != ')' && d.Text[t.Start] != '.' && d.Text[t.Start] != '&' ||
			t.Kind == token.Quote || layer.IsRelative(d.Low[first-1]) || strings.HasPrefix(r.pos(first-1), "VB") && !r.adjectival(first-1) || r.pos(first-1) == "MD" {
			break
		}
		first--
	}
	for first < last && (d.Toks[first].Kind != token.Word || r.pos(first) == "IN" || r.pos(first) == "CC") {
		first++ // "(HP)" closing, a preposition or conjunction opening: no subject's start
	}
	for last > first && len(d.TimexIn(d.Toks[last-1].Start, d.Toks[last-1].End)) > 0 {
		last-- // "Mr Blair this week defended …"
	}
	for last > first && last < v && r.pos(last-1) == "IN" {
		last-- // "Veldovia on Thursday rejected …": the time's preposition
	}
	opened := first > 1 && first < last && isComma(d, first-2) && (r.pos(first-1) == "IN" || r.pos(first-1) == "CC") // ", while Tove Randall said"
	if opened && layer.IsEmptySubject(d.Low[last-1]) {
		return 0, 0 // "…, but this time it appears": no one
	}
	if last-first >= 8 || first > 0 && d.Sent[first-1] == d.Sent[v] && !isComma(d, first-1) && !layer.IsRelative(d.Low[first-1]) && !opened && !r.opener(first-1) && !r.quotedSentenceEnd(first-1) {
		return 0, 0 // too long, or it starts inside another phrase
	}
	return first, last
}

// quotedSentenceEnd reports whether token k closes a quotation that
// ends a sentence the splitter ran on from ('asked: "What is …?" The
// Pro-Life Alliance said'): a subject may start after it.
func (r *Resolver) quotedSentenceEnd(k int) bool {
	d := r.d
	if k < 1 || d.Toks[k].Kind != token.Quote || d.Toks[k-1].Kind != token.Punct {
		return false
	}
	switch d.Text[d.Toks[k-1].Start] {
	case '.', '?', '!':
		return true
	}
	return false
}

// adjectival reports whether the participle at token k modifies the
// noun after it ("the remaining members"): a determiner comes before.
func (r *Resolver) adjectival(k int) bool {
	p := r.pos(k)
	return (p == "VBG" || p == "VBN") && k > 0 && r.d.Sent[k-1] == r.d.Sent[k] && r.pos(k-1) == "DT"
}

// opener reports whether token k opens its sentence before a subject
// without a comma: a conjunction ("But Lord Brandt … said") or a
// participle ("Commenting Mr Hale said").
func (r *Resolver) opener(k int) bool {
	d := r.d
	if k != d.Sents[d.Sent[k]].First || k+1 >= len(d.Toks) {
		return false
	}
	if r.pos(k) == "VBG" {
		// a cue word ("Commenting", "Speaking"): not "According to X",
		// nor a name's first word ("Downing Street")
		return d.Cue[k].N > 0 && r.pos(k+1) != "TO" && r.pos(k+1) != "IN" && (d.NER == nil || d.NERNames[d.NER[k]] == "O")
	}
	return r.pos(k) == "CC"
}

// pos returns the part-of-speech tag of token k.
func (r *Resolver) pos(k int) string { return r.d.POSNames[r.d.POS[k]] }

// windowStart returns the byte where the sentence two before sent
// starts (or the text's first sentence): a description or a document
// noun looks back that far for the body it means.
func windowStart(d *layer.Doc, sent int32) int {
	return d.Toks[d.Sents[max(sent-2, 0)].First].Start
}

// isComma reports whether token k is a comma.
func isComma(d *layer.Doc, k int) bool {
	return k >= 0 && k < len(d.Toks) && d.Toks[k].Kind == token.Punct && d.Text[d.Toks[k].Start] == ','
}

// appositiveHead returns src widened to the name it describes when src is
// a description set off after a name that opens its sentence, follows
// the cue right away or is closed by a comma before the cue: in "Wipro,
// India's third-biggest software firm, has reported …", "…, said
// Michael Briggs, the senator's spokesman" or "… the day after Sir Ada
// Vell, the new commissioner, said …" the tagger may give the
// description alone, but the name's owner speaks. A name after the
// comma keeps no words of g's content before it ("Sorry, Osei said",
// "The council, Marsh said, had failed"): what was said is no name.
func (r *Resolver) appositiveHead(g attrib.Group, src attrib.Run) attrib.Run {
	d, cue := r.d, g.Cue
	f := src.First
	if f < 2 || !isComma(d, f-1) || d.Sent[f-2] != d.Sent[f] {
		return src
	}
	k := f - 1
	for k > 0 && d.Sent[k-1] == d.Sent[f] && d.Toks[k-1].Kind == token.Word && layer.Capitalised(d.Toks[k-1].Text(d.Text)) {
		k--
	}
	opens := k == d.Sents[d.Sent[f]].First || k == cue.Last && cue.Last > cue.First
	// "… the day after Sir Ada Vell, the new commissioner, said": a
	// description closed by a comma right before the cue
	closed := src.Last+1 == cue.First && isComma(d, src.Last) || src.Last == cue.First && isComma(d, src.Last-1)
	// "…, but Ada Vell, head of the unit at the firm says": a name
	// opening a clause after a comma and a conjunction, its description
	// running to the cue
	closed = closed || src.Last == cue.First && k >= 2 && r.pos(k-1) == "CC" && isComma(d, k-2)
	if k == f-1 || !opens && !closed || !r.properRun(k, f-1) {
		return src // no name, or one that neither opens the sentence nor follows the cue
	}
	m := r.read(f, src.Last)
	if !opens && (m.Kind != mention.Definite && m.Kind != mention.Descriptor || r.joiners.Has(d.Low[k-1]) || layer.IsDeterminer(d.Low[k-1])) {
		return src // "The head of Lloyd's of London, the insurance market, has …", "the Office for the Deputy Prime Minister, responsible for …": another's name, a title
	}
	if m.Kind != mention.Definite && m.Kind != mention.Descriptor && !layer.IsDeterminer(d.Low[f]) && inContent(g, k) {
		return src // "Sorry, Osei said": the words before the comma were said; "CENTR, the Council of …" describes
	}
	if m.Kind == mention.Proper && m.Type == claimtrail.SpeakerPerson || m.Kind == mention.Pronoun {
		return src // "Ravi Kell, Ada Quill said": a name of its own
	}
	if k == cue.Last && m.Kind != mention.Definite && m.Kind != mention.Descriptor {
		return src // "according to Mr Waller, Exxon was …": the name after the comma opens the clause
	}
	return attrib.Run{Role: src.Role, First: k, Last: src.Last}
}

// inContent reports whether token k lies in a content run of g.
func inContent(g attrib.Group, k int) bool {
	for _, c := range g.Contents {
		if c.First <= k && k < c.Last {
			return true
		}
	}
	return false
}

// properRun reports whether tokens [first, last) are a proper name the
// part-of-speech tags mark (NNP), no time ("On Wednesday"), no opening
// word ("Overall", "Firstly") and no preposition ("At Heathrow").
func (r *Resolver) properRun(first, last int) bool {
	d := r.d
	if d.POS == nil || r.mentions.IsOpener(d.Toks[first].Text(d.Text)) || layer.IsPreposition(d.Low[first]) {
		return false
	}
	if len(d.TimexIn(d.Toks[first].Start, d.Toks[last-1].End)) > 0 {
		return false
	}
	for k := first; k < last; k++ {
		if !strings.HasPrefix(r.pos(k), "NNP") {
			return false
		}
	}
	return true
}

// nameBeforeRelative returns src cut to the name it opens with when a
// relative clause set off by a comma follows the name ("[Nadia Kerr],
// who runs the fish market, has never admitted …"): the clause
// describes the speaker, it is not part of the mention. A description
// before the clause ("a spokesperson who declined to be named") stays
// whole: there the clause is what identifies the speaker.
func (r *Resolver) nameBeforeRelative(src attrib.Run) attrib.Run {
	d := r.d
	for k := src.First + 1; k+1 < src.Last; k++ {
		if !isComma(d, k) {
			continue
		}
		if !layer.IsRelative(d.Low[k+1]) {
			return src // an appositive or list, not a relative clause
		}
		if m := r.read(src.First, k); m.Kind != mention.Proper {
			return src
		}
		return attrib.Run{Role: src.Role, First: src.First, Last: k}
	}
	return src
}

// relativeHead returns src widened back to the name a relative clause
// set off by commas describes, when src lies inside that clause and the
// clause closes with a comma right before the cue ("Tory MP Ian Pell,
// who sat on the Hale inquiry, told …": the tagger may give "the Hale
// inquiry", but Ian Pell speaks). A clause holding a comma or quotation
// mark of its own, or an antecedent that is no name, leaves src as it
// is.
func (r *Resolver) relativeHead(cue, src attrib.Run) attrib.Run {
	d := r.d
	closed := isComma(d, src.Last) && src.Last+1 == cue.First || src.Last == cue.First && isComma(d, src.Last-1)
	if !closed {
		return src
	}
	for c := src.First - 1; c > 0 && d.Sent[c] == d.Sent[src.First]; c-- {
		if d.Toks[c].Kind == token.Quote {
			return src
		}
		if !isComma(d, c) {
			continue
		}
		k := c + 1
		if k >= src.First || !layer.IsRelative(d.Low[k]) {
			return src // an apposition or a list, not a relative clause
		}
		f, l := r.relativeAntecedent(k, d.Low[k])
		if f >= l || l != c {
			return src
		}
		if m := r.read(f, l); m.Kind != mention.Proper && m.Kind != mention.Surname {
			return src
		}
		return attrib.Run{Role: src.Role, First: f, Last: src.Last}
	}
	return src
}
