package attrib

import (
	"strings"

	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// The clause rules of step 3: which words of a sentence are the content
// of a reporting clause placed after it (", sources said."), inside it
// (", Mr Obama said,") or before it ("According to X, …"), and where a
// content after its cue starts (past a reporting noun's "that", with a
// subject the tagger read as a source).

// postposedContent gives a reporting clause that closes its sentence
// (", sources said.", ", said the source.", ", the council said on
// Tuesday.", ", Mr Blair told the Guardian newspaper.", ", as critics
// have pointed out.") the clause
// before its comma, when it has no content or only unquoted pieces of
// that clause: the tagger gives the clause to an attribution nested in
// it ("X called for Y, sources said"; `He understood that "…", Mr Blair
// told …`), to none ("The NYPD overruled that request, the source
// added") or only part of it ("The bridge [will reopen], …"). An
// appositive before the source is the source's ("…, its director,
// Kasimir Oduya, said").
func (t *Tagger) postposedContent(d *layer.Doc, g *Group) {
	first, last, ok := reportingClause(d, g)
	if !ok {
		return
	}
	s := d.Sents[d.Sent[first]]
	comma := first - 1
	if comma > s.First && d.Toks[comma].Kind == token.Quote {
		comma-- // `… at the top,'' Mr. Kamin said.`
	}
	if comma > s.First+1 && t.frameWords.Field(d.Low[comma], 0) == "as-clause" {
		comma-- // "…, as the mayor has acknowledged.": what she acknowledged is before
	}
	if comma <= s.First || !isComma(d, comma) || !trailingFrame(d, last, t.frameEnd(d, last, s.Last)) {
		return
	}
	for _, c := range g.Contents {
		if c.Last > comma || c.First < s.First || quoted(d, c) {
			return // a content of its own: a quotation, or after the cue
		}
	}
	end := comma
	if a := appositiveBefore(d, s.First, comma); a > 0 {
		end = a
	}
	start, ok := clauseStart(d, s.First, end)
	if !ok && !mainAfterSubordinate(d, s.First, end) {
		return
	}
	g.Contents = []Run{{Role: 2, First: start, Last: end}}
}

// frameEnd returns where the words after a post-posed reporting clause
// ending at token k stop being its frame: at the first comma after it
// that opens what is no part of the sentence's clause — a participle
// (", adding that …"; not ", citing …", which names what the
// statement before cites: extract), a relative clause (", according to a report by
// X, which tracks shipping"), a number (", two days after the vote")
// or a conjunction and a verb of saying (", but warned …") — else at end. A comma before
// anything else continues the clause the reporting clause
// interrupted (", he believes, will warm to it": parentheticalContent).
func (t *Tagger) frameEnd(d *layer.Doc, k, end int) int {
	for j := k; j+1 < end; j++ {
		if !isComma(d, j) {
			continue
		}
		switch tag := d.POSNames[d.POS[j+1]]; {
		case tag == "VBG" && !t.citeCue(d, Run{First: j + 1, Last: j + 2}), tag == "CD", layer.IsRelative(d.Low[j+1]):
			return j
		case tag == "CC" && j+2 < end && isVerb(d, j+2) && saysSomething(d.Cue[j+2].Class):
			return j // ", but warned …"; not ", and a few that …", ", and could rise"
		}
		return end
	}
	return end
}

// mainAfterSubordinate reports whether tokens [first, end), which open
// with a subordinate clause or phrase, go on after its comma with a
// main clause ("Because the vote was on Monday, the council rushed the
// plan through"): the reporting clause after them reports it all, as
// PolNeAR marks it. A relative clause or a conjunction after the comma
// goes on with the subordinate one.
func mainAfterSubordinate(d *layer.Doc, first, end int) bool {
	for k := first + 2; k+2 < end; k++ {
		if !isComma(d, k) || d.Quote[k] >= 0 {
			continue
		}
		next := d.POSNames[d.POS[k+1]]
		return next != "CC" && !layer.IsRelative(d.Low[k+1]) && hasFiniteVerb(d, k+1, end)
	}
	return false
}

// invertedSource reads an inverted reporting clause that closes its
// sentence (", said the report.", ", added Ms Okafor."): a clause, a
// comma, the cue (one finite verb), and a noun phrase of a few words to the sentence's end, which the
// tagger may read as the content, with the last item of a list before
// the comma as the source ("…, France and Spain, said the report"). The
// phrase is the source, and the contents before the comma stay, for
// postposedContent to make the clause before the comma the content.
func invertedSource(d *layer.Doc, g *Group) {
	if len(g.Contents) == 0 {
		return
	}
	c := g.Contents[len(g.Contents)-1]
	comma := g.Cue.First - 1
	afterQuote := comma > 1 && d.Toks[comma].Kind == token.Quote && d.Quote[comma-1] >= 0
	if afterQuote {
		comma-- // `"… by hanging," said one person`: the comma closes the quotation
	}
	if c.First != g.Cue.Last || comma <= 0 || !isComma(d, comma) || d.Sent[comma] != d.Sent[c.First] ||
		!finiteVerb(d, g.Cue) {
		return
	}
	s := d.Sents[d.Sent[c.First]]
	if !hasFiniteVerb(d, s.First, comma) {
		return // a subject and its appositive: "Ada Quill, a spokeswoman, denied the report"
	}
	end := wordsEnd(d, s.Last, c.First)
	if c.Last+1 < end && isComma(d, c.Last) && layer.IsRelative(d.Low[c.Last+1]) {
		end = c.Last // "…, said one person, who spoke on condition of anonymity."
	}
	if c.Last < end || !trailingFrame(d, c.First, end) && !(afterQuote && sourcePhrase(d, c.First, end)) {
		return // more than a noun phrase follows the cue
	}
	for _, src := range g.Sources {
		if src.Last > g.Cue.First {
			return
		}
	}
	g.Sources = []Run{{Role: 0, First: c.First, Last: end}}
	g.Contents = g.Contents[:len(g.Contents)-1]
}

// sourcePhrase reports whether tokens [first, end) can be the speaker
// after a closed quotation and its cue ("…," says a source involved in
// the talks): a noun phrase of up to maxInverted words with no finite
// verb, quotation or "that" (a participle may describe the speaker).
func sourcePhrase(d *layer.Doc, first, end int) bool {
	if end-first > maxInverted || d.POS == nil || !isNominal(d.POSNames[d.POS[first]]) {
		return false
	}
	prep := false // a preposition before: a verb after it opens a clause
	for k := first; k < end; k++ {
		if d.Toks[k].Kind == token.Quote || layer.IsComplementizer(d.Low[k]) || hasFiniteVerb(d, k, k+1) ||
			prep && isVerb(d, k) {
			return false // "… whispered the party aide [as your reporter left]"
		}
		prep = prep || d.POSNames[d.POS[k]] == "IN"
	}
	return true
}

// maxInverted bounds the speaker phrase after a quotation (sourcePhrase).
const maxInverted = 14

// hasFiniteVerb reports whether tokens [first, last) hold a finite verb
// or a modal: a clause, not a noun phrase with a participle ("mining
// companies, including Patriot, …").
func hasFiniteVerb(d *layer.Doc, first, last int) bool {
	for k := first; k < last; k++ {
		switch d.POSNames[d.POS[k]] {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		}
	}
	return false
}

// finiteVerb reports whether cue r is one finite verb ("said", "says"),
// the only cue that inverts with its subject: not "did not respond", not
// "calling for".
func finiteVerb(d *layer.Doc, r Run) bool {
	if d.POS == nil || r.Last-r.First != 1 {
		return false
	}
	switch d.POSNames[d.POS[r.First]] {
	case "VBD", "VBZ", "VBP":
		return true
	}
	return false
}

// clauseStart returns where the main clause of tokens [first, end)
// starts past a conjunction or a sentence adverb and its comma ("But
// …", "However, …"); ok is false when the tokens open a subordinate
// clause ("As Obama appears set to veto …, Clinton disagrees"), which
// is no statement.
func clauseStart(d *layer.Doc, first, end int) (int, bool) {
	if d.POS == nil {
		return first, true
	}
	k := first
	for k < end && d.Toks[k].Kind == token.Quote {
		k++
	}
	if k < end && d.POSNames[d.POS[k]] == "CC" {
		k++
	}
	if k+1 < end && isAdverb(d.POSNames[d.POS[k]]) && isComma(d, k+1) {
		k += 2
	}
	if k >= end {
		return first, false
	}
	if tag := d.POSNames[d.POS[k]]; tag == "IN" || tag == "WRB" {
		if m := skipPhrase(d, k+1, end); tag == "IN" && m > k+1 && m < end && isComma(d, m) {
			return first, true // a fronted phrase: "Unlike Patriot, …"
		}
		return first, false
	}
	if k > first && d.Toks[first].Kind == token.Quote {
		return first, true // a quotation opening the sentence is kept whole
	}
	return k, true
}

// reportingClause returns the tokens [first, last) of g's reporting
// clause — its nearest source and a lexicon cue, adjacent ("sources
// said", "said the source") — and whether g has one.
func reportingClause(d *layer.Doc, g *Group) (first, last int, ok bool) {
	if len(g.Sources) == 0 || d.CueClass(g.Cue.First, g.Cue.Last) == "" {
		return 0, 0, false
	}
	src := nearest(g.Sources, g.Cue)
	if src.Last != g.Cue.First && g.Cue.Last != src.First {
		return 0, 0, false
	}
	return min(src.First, g.Cue.First), max(src.Last, g.Cue.Last), true
}

// parentheticalContent gives a reporting clause set off by commas
// inside its sentence (", Mr. Obama said,", ", he added,") and having
// no content of its own, or only the words after it or before it, the clause around it: the words before its
// first comma and after its second, as two fragments ("During his
// years in office, Mr. Obama said, a majority of Americans …").
func parentheticalContent(d *layer.Doc, g *Group) {
	first, last, ok := reportingClause(d, g)
	if !ok {
		return
	}
	s := d.Sents[d.Sent[first]]
	open := first - 1
	if last > first+1 && isComma(d, last-1) {
		last-- // the source's run took the closing comma (", said Ms Ruiz, a lawyer,")
	}
	if open <= s.First || !isComma(d, open) || last >= s.Last || !isComma(d, last) {
		return
	}
	// the tagger gave the clause's subject before the commas ("[The
	// ferry], according to the coastguard, sank …"): a verb the POS
	// tagger missed after it ("sank" read as a noun) is not needed
	// ("…, according to their attorneys, and said …" goes on with
	// another verb, "…, according to supporters, who are …" describes
	// them: the clause before stands alone)
	subject := len(g.Contents) == 1 && g.Contents[0].Last == open && g.Contents[0].First >= s.First && !quoted(d, g.Contents[0]) &&
		d.POS != nil && last+1 < s.Last && !layer.IsRelative(d.Low[last+1]) && d.POSNames[d.POS[last+1]] != "CC" &&
		!hasVerb(d, g.Contents[0].First, open) // a clause of its own before the commas needs nothing after them
	if len(g.Contents) > 1 || len(g.Contents) == 1 && g.Contents[0].First != last+1 && !subject {
		return // a content of its own, other than the words around the clause
	}
	end := wordsEnd(d, s.Last, last+1)
	if end-last < 3 || !subject && !hasVerb(d, last+1, end) && !hasVerb(d, s.First, open) {
		return
	}
	start, ok := clauseStart(d, s.First, open)
	if !ok {
		start = s.First // "During his years in office, …": a fronted phrase
	}
	g.Contents = []Run{{Role: 2, First: start, Last: open}, {Role: 2, First: last + 1, Last: end}}
}

// trailingFrame reports whether tokens [from, end) close a reporting
// clause: punctuation, after at most maxFrame words of an addressee, a
// channel or a time ("told the Guardian newspaper", "said on Tuesday"),
// with no verb, quotation or "that" among them.
func trailingFrame(d *layer.Doc, from, end int) bool {
	for end > from && (d.Toks[end-1].Kind == token.Punct || d.Toks[end-1].Kind == token.Quote) {
		end--
	}
	if end-from > maxFrame {
		return false
	}
	for k := from; k < end; k++ {
		if d.Toks[k].Kind != token.Word || layer.IsComplementizer(d.Low[k]) || d.POS != nil && isVerb(d, k) {
			return false
		}
	}
	return true
}

// maxFrame bounds the words after a post-posed cue (trailingFrame).
const maxFrame = 6

// appositiveBefore returns the comma opening an appositive that ends at
// the comma at token end: one to four words of a noun phrase opening
// with a determiner or possessive ("its director"); 0 when none.
func appositiveBefore(d *layer.Doc, first, end int) int {
	if d.POS == nil {
		return 0
	}
	p := end - 1
	for p > first && p >= end-5 && !isComma(d, p) {
		if !isNominal(d.POSNames[d.POS[p]]) {
			return 0
		}
		p--
	}
	if p <= first || !isComma(d, p) || p+1 >= end {
		return 0
	}
	if tag := d.POSNames[d.POS[p+1]]; tag != "PRP$" && tag != "DT" {
		return 0
	}
	return p
}

// preposedAccording gives an "According to X," opening a clause without
// a content the rest of its sentence after the comma, past a relative
// clause describing X ("According to Ada Quill, whose party lost, …").
func preposedAccording(d *layer.Doc, g *Group) {
	if len(g.Contents) > 0 || len(g.Sources) == 0 || d.CueClass(g.Cue.First, g.Cue.Last) != "nominal" ||
		!strings.EqualFold(d.Toks[g.Cue.First].Text(d.Text), "according") {
		return
	}
	if k := g.Cue.First; k > d.Sents[d.Sent[k]].First && (!isComma(d, k-1) || k >= 2 && layer.IsComplementizer(d.Low[k-2])) {
		return // not opening a clause: "said that, according to X, …" is the speaker's
	}
	src := nearest(g.Sources, g.Cue)
	for k := src.First + 1; k+1 < src.Last; k++ {
		if isComma(d, k) && layer.IsRelative(d.Low[k+1]) {
			// "According to [Ada Quill, whose party] lost the election,":
			// the tagger ran the source into the relative clause
			src.Last = k
			g.Sources = []Run{src}
			break
		}
	}
	comma := src.Last
	if src.First < g.Cue.Last-1 || comma >= len(d.Toks) || !isComma(d, comma) {
		return
	}
	s := d.Sents[d.Sent[comma]]
	if comma+1 < s.Last && layer.IsRelative(d.Low[comma+1]) {
		for comma++; comma < s.Last && !isComma(d, comma); comma++ {
		}
	}
	restOfSentence(d, g, comma)
}

// restOfSentence gives g the rest of comma's sentence after it as its
// content, when that holds more than a word or two ("According to X,
// …", "As X reported, …").
func restOfSentence(d *layer.Doc, g *Group, comma int) {
	end := wordsEnd(d, d.Sents[d.Sent[comma]].Last, comma+1)
	if end-comma > 2 {
		g.Contents = []Run{{Role: 2, First: comma + 1, Last: end}}
	}
}

// wordsEnd returns end with the punctuation and quotation marks before
// it taken off ("…," he said." ends at "said"), not below floor.
func wordsEnd(d *layer.Doc, end, floor int) int {
	for end > floor && (d.Toks[end-1].Kind == token.Punct || d.Toks[end-1].Kind == token.Quote) {
		end--
	}
	return end
}

func isComma(d *layer.Doc, k int) bool {
	t := d.Toks[k]
	return t.Kind == token.Punct && d.Text[t.Start:t.End] == ","
}

// verbBeforeReportingNoun ends a cue the tagger ran on over a verb's
// object, a reporting noun whose "that" opens the content ("[repeated
// her claim] [that the budget would balance]"), at the verb: as PolNeAR
// marks it ("reiterated" — "his belief that …", "repeated" — "his
// contention that …"), the verb is the cue and the noun phrase part of
// what it repeats, whose clause is what is said (skipReportingNoun). A
// noun cue ("the assertion that") has no verb before it and stays.
func (t *Tagger) verbBeforeReportingNoun(d *layer.Doc, g *Group) {
	n := g.Cue.Last - 1
	if d.POS == nil || len(g.Contents) == 0 || n-g.Cue.First < 1 || !t.reportingNouns.Has(d.Low[n]) {
		return
	}
	c := &g.Contents[len(g.Contents)-1]
	if c.First != g.Cue.Last || c.First+1 >= c.Last || !layer.IsComplementizer(d.Low[c.First]) {
		return
	}
	k := n
	for k > g.Cue.First && n-k < 3 && (layer.IsDeterminer(d.Toks[k-1].Text(d.Text)) || d.POSNames[d.POS[k-1]] == "PRP$" || d.POSNames[d.POS[k-1]] == "JJ") {
		k--
	}
	v := k - 1
	if k == n || v < g.Cue.First || !isVerb(d, v) || !saysSomething(d.Cue[v].Class) {
		return
	}
	g.Cue.Last = k
	c.First++
}

// skipReportingNoun starts a content that follows its cue after a
// reporting noun and its "that" opening it: in "repeated her claim that
// the budget would balance" or "refuted reports that its staff had been
// expelled" what is said is the clause (reporting-nouns.tsv).
func (t *Tagger) skipReportingNoun(d *layer.Doc, g *Group) {
	if len(g.Contents) == 0 {
		return
	}
	c := &g.Contents[len(g.Contents)-1]
	if c.First < g.Cue.Last || d.POS == nil {
		return
	}
	k := c.First
	for k < c.Last && k < c.First+2 && (layer.IsDeterminer(d.Toks[k].Text(d.Text)) || d.POSNames[d.POS[k]] == "PRP$") {
		k++
	}
	if k+2 < c.Last && t.reportingNouns.Has(d.Low[k]) && layer.IsComplementizer(d.Low[k+1]) {
		c.First = k + 2
	}
}

// subjectToContent gives back to the content a "source" the tagger read
// between the cue and the content when the group has its speaker before
// the cue: in "Developers say [the program, run by DHS,] [has expanded
// …]" the bracketed phrase is the subject of what they say.
func subjectToContent(g *Group) {
	if len(g.Sources) < 2 || len(g.Contents) == 0 {
		return
	}
	before := false
	for _, s := range g.Sources {
		before = before || s.Last <= g.Cue.First
	}
	if !before {
		return
	}
	for i, s := range g.Sources {
		if s.First != g.Cue.Last {
			continue
		}
		for j := range g.Contents {
			if c := &g.Contents[j]; c.First == s.Last {
				c.First = s.First
				g.Sources = append(g.Sources[:i:i], g.Sources[i+1:]...)
				return
			}
		}
	}
}

// clauseAfterCue gives a group with a source before its cue and no
// content the clause its cue's head governs, past an addressee, to the
// sentence's end: the tagger labels "Dorn Kessler told" in "Dorn Kessler
// told Reuters the merger was off" and leaves the rest.
func (t *Tagger) clauseAfterCue(d *layer.Doc, g *Group) {
	if len(g.Sources) == 0 || d.POS == nil || nearest(g.Sources, g.Cue).Last > g.Cue.First {
		return
	}
	head := g.Cue.First
	for head < g.Cue.Last-1 && t.readPast(d.Low[head]) {
		head++
	}
	switch Complement(d, head) {
	case CompThat, CompClause, CompObjThat, CompQuote:
	default:
		return
	}
	start := g.Cue.Last
	if a := addressee(d, start); a > start {
		start = a
	}
	for start < len(d.Toks) && (layer.IsComplementizer(d.Low[start]) || d.Toks[start].Kind == token.Punct && d.Text[d.Toks[start].Start] == ':') {
		start++
	}
	s := d.Sents[d.Sent[head]]
	end := wordsEnd(d, s.Last, start)
	if end-start >= 2 && hasVerb(d, start, end) {
		g.Contents = []Run{{Role: 2, First: start, Last: end}}
	}
}

// deniedObject gives a denial cue with a source before it and no
// content its object, a noun phrase ending the sentence: in "Kasimir
// Oduya denied [wrongdoing]" what is denied is what the statement is
// about, as PolNeAR marks a denial's object. Other cues' bare objects
// ("met the minister") say nothing.
func (t *Tagger) deniedObject(d *layer.Doc, g *Group) {
	if len(g.Sources) == 0 || d.POS == nil || nearest(g.Sources, g.Cue).Last > g.Cue.First || d.CueClass(g.Cue.First, g.Cue.Last) != "deny" {
		return
	}
	head := g.Cue.Last - 1
	if !isVerb(d, head) || Complement(d, head) != CompObj {
		return
	}
	start, end := g.Cue.Last, d.Sents[d.Sent[head]].Last
	for end > start && (d.Toks[end-1].Kind == token.Punct || d.Toks[end-1].Kind == token.Quote) {
		end--
	}
	if end <= start || end-start > 8 || !nounHead(d, end-1) || hasVerb(d, start, end) {
		return
	}
	g.Contents = []Run{{Role: 2, First: start, Last: end}}
}

// raisedSubject makes the subject of a passive cue raised over a verb of
// saying its source when the tagger took the whole raising into the cue
// and the subject for content: in "[The bank] [is believed to have told]
// investors [that …]" the bank is who told (raisedSaying reads the same
// construction when the tagger gives the outer cue alone). The subject
// is a short noun phrase just before the cue.
func (t *Tagger) raisedSubject(d *layer.Doc, g *Group) {
	if len(g.Sources) > 0 || len(g.Contents) < 2 || d.POS == nil {
		return
	}
	last := g.Cue.Last - 1
	if !isVerb(d, last) || !saysSomething(d.Cue[last].Class) {
		return
	}
	to := g.Cue.First + 1
	for to < last && d.POSNames[d.POS[to]] != "TO" {
		to++
	}
	if to >= last || !t.passiveCue(d, Run{First: g.Cue.First, Last: to}) {
		return
	}
	for i, c := range g.Contents {
		if c.Last != g.Cue.First || c.Last-c.First > 6 || !nounHead(d, c.Last-1) {
			continue
		}
		g.Sources = []Run{{Role: 0, First: c.First, Last: c.Last}}
		g.Contents = append(g.Contents[:i:i], g.Contents[i+1:]...)
		return
	}
}
