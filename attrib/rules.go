package attrib

import (
	"strings"

	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// The rules here are those of docs/design.md's step 3 that a reader
// applies to an attribution's spans before knowing who speaks: a
// sourceless question cue makes no statement, a stray content before the
// source is dropped, a content runs on to its sentence's end or stops
// before a channel phrase, a source sheds a prepositional phrase it
// swallowed. They live with the tagger because
// they read its labels and change only the group's runs; the rules that
// need the statements before are speaker's (a shared source) and
// extract's (a cited source joins the statement before).

// applyRules applies the span rules to each group with a content, in
// place, and returns those that keep one.
func (t *Tagger) applyRules(d *layer.Doc, gs []Group, labs []uint8) []Group {
	out := gs[:0]
	for _, g := range gs {
		if !t.attributionCue(d, g.Cue) || t.passiveSubject(d, &g) || t.writerSpeaks(d, &g) || !nominalSource(d, &g) {
			continue
		}
		t.quotedAsSaying(d, &g)
		subjectToContent(&g)
		g.Cites = t.citeCue(d, g.Cue)
		postposedContent(d, &g)
		parentheticalContent(d, &g)
		if len(g.Contents) == 0 {
			preposedAccording(d, &g)
		}
		if len(g.Contents) == 0 {
			continue
		}
		if len(g.Sources) == 0 && d.CueClass(g.Cue.First, g.Cue.Last) == "question" {
			continue // "When asked if …": the asker is not the speaker
		}
		t.cutCueChannel(d, &g)
		dropStrayContents(d, &g)
		if len(g.Contents) == 0 {
			continue
		}
		if t.assertsNothing(d, &g) {
			continue
		}
		extendContent(d, &g, labs)
		t.skipReportingNoun(d, &g)
		stopAtQuoteClose(d, &g)
		t.stopAtMainVerb(d, &g)
		cutChannel(d, t.channels, &g)
		if whOnly(d, &g) {
			continue // "twice what analysts had been expecting": no content said
		}
		if len(g.Sources) > 0 {
			g.Source = dropTrailingTime(d, trimSource(d, nearest(g.Sources, g.Cue)))
		}
		out = append(out, g)
	}
	return out
}

// dropStrayContents drops a content ending before the group's source,
// outside quotes: it belongs to some clause without a cue ("Amid
// speculations that …,").
func dropStrayContents(d *layer.Doc, g *Group) {
	if len(g.Sources) == 0 {
		return
	}
	src := nearest(g.Sources, g.Cue)
	if src.Last > g.Cue.First || !contentAfter(g) {
		// a source after its cue, or no content after the cue: the
		// content before is the statement's ("…, sources said.")
		return
	}
	// a parenthetical (", Mr Obama said,") keeps the clause ending at
	// the comma before it
	end := max(src.Last, g.Cue.Last)
	paren := end < len(d.Toks) && isComma(d, end)
	kept := g.Contents[:0]
	for _, c := range g.Contents {
		if c.Last <= src.First && !quoted(d, c) && !(paren && c.Last+1 == src.First && isComma(d, c.Last)) {
			continue
		}
		kept = append(kept, c)
	}
	g.Contents = kept
}

// contentAfter reports whether g has a content after its cue.
func contentAfter(g *Group) bool {
	for _, c := range g.Contents {
		if c.First >= g.Cue.Last {
			return true
		}
	}
	return false
}

// quoted reports whether a run opens inside a quotation (its first token,
// or the one after an opening mark).
func quoted(d *layer.Doc, r Run) bool {
	return d.Quote[r.First] >= 0 || r.First+1 < r.Last && d.Quote[r.First+1] >= 0
}

// nearest returns the source run closest to the cue: a sentence may hold
// a stray source of a cue-less clause ("Amid speculations that …, Iran
// rejects …").
func nearest(srcs []Run, cue Run) Run {
	best := srcs[0]
	for _, s := range srcs[1:] {
		if distance(s, cue) < distance(best, cue) {
			best = s
		}
	}
	return best
}

// extendContent carries a content that follows its cue on to the end of
// its sentence when the tokens left are unlabelled and hold no time
// expression: the tagger often stops short of a clause's last words
// ("… that speculations that Iran is supplying UAVs [are not true]").
func extendContent(d *layer.Doc, g *Group, labs []uint8) {
	if len(g.Contents) == 0 {
		return
	}
	c := &g.Contents[len(g.Contents)-1]
	if c.First < g.Cue.Last {
		return
	}
	s := d.Sents[d.Sent[c.Last-1]]
	end := s.Last
	for end > c.Last && (d.Toks[end-1].Kind == token.Punct || d.Toks[end-1].Kind == token.Quote) {
		end--
	}
	if end <= c.Last || end-c.Last > 12 {
		return
	}
	for k := c.Last; k < end; k++ {
		if labs[k] != labO {
			return
		}
	}
	lo, hi := d.Toks[c.Last].Start, d.Toks[end-1].End
	if len(d.TimexIn(lo, hi)) > 0 {
		return
	}
	c.Last = end
}

// cutChannel ends a content that follows its cue where a channel phrase
// starts ("dismissed the reports as baseless [in a statement on
// Wednesday]"): the phrase says how the statement was made, not what.
// channels holds the phrases that may end a content: those of
// channels.tsv that open with a word of channel-prepositions.tsv.
func cutChannel(d *layer.Doc, channels layer.Phrases, g *Group) {
	if len(g.Contents) == 0 {
		return
	}
	c := &g.Contents[len(g.Contents)-1]
	if c.First < g.Cue.Last {
		return
	}
	for k := c.First + 2; k < c.Last; k++ {
		if d.Quote[k] >= 0 {
			continue
		}
		for _, ph := range channels[d.Low[k]] {
			n := len(ph)
			if k+n > c.Last {
				continue
			}
			ok := true
			for j := 1; j < n; j++ {
				if d.Low[k+j] != ph[j] {
					ok = false
					break
				}
			}
			if ok {
				c.Last = k
				g.ChannelCut = true
				return
			}
		}
	}
}

// trimSource drops a prepositional phrase the tagger swept into a source:
// "[with his counterpart Pekka Haavisto, Foreign Minister Hossein
// Amirabdollahian] said" keeps the part after the comma.
func trimSource(d *layer.Doc, r Run) Run {
	// the run, or the determiners and possessives just before it, must
	// follow a preposition: "with [his counterpart X, Minister Y]"
	k := r.First - 1
	for k >= 0 && layer.IsDeterminer(d.Toks[k].Text(d.Text)) {
		k--
	}
	j := r.First
	for j < r.Last && layer.IsDeterminer(d.Toks[j].Text(d.Text)) {
		j++
	}
	if k < 0 || (!layer.IsPreposition(d.Toks[k].Text(d.Text)) && !(j > r.First && layer.IsPreposition(d.Toks[r.First-1].Text(d.Text)))) {
		return r
	}
	for k := r.Last - 2; k > r.First; k-- {
		if t := d.Toks[k]; t.Kind == token.Punct && d.Text[t.Start] == ',' {
			return Run{Role: r.Role, First: k + 1, Last: r.Last}
		}
	}
	return r
}

// cutCueChannel ends a cue run before a channel phrase it swallowed
// ("said [in a written statement]", "wrote [on Twitter]"): the statement's
// channel is read from it (frame), the cue is the speech act.
func (t *Tagger) cutCueChannel(d *layer.Doc, g *Group) {
	head := g.Cue.First
	for k := g.Cue.First; k < g.Cue.Last; k++ {
		if d.Cue[k].Class != 0 {
			head = k
			break
		}
	}
	for k := head + 1; k < g.Cue.Last; k++ {
		if !t.channelPreps.Has(d.Low[k]) {
			continue
		}
		// the phrase may follow a determiner and an adjective or two
		// ("in a written statement", "in an interview")
		for j := k; j < g.Cue.Last && j <= k+3; j++ {
			if phraseAt(d, t.allChannels, j, g.Cue.Last) {
				g.Cue.Last = k
				return
			}
		}
	}
}

// phraseAt reports whether one of phrases starts at token k and ends by
// token end.
func phraseAt(d *layer.Doc, phrases layer.Phrases, k, end int) bool {
	for _, ph := range phrases[d.Low[k]] {
		if k+len(ph) <= end && wordsAt(d, k, ph) {
			return true
		}
	}
	return false
}

// wordsAt reports whether the words of ph follow from token k on (the
// caller checks they fit).
func wordsAt(d *layer.Doc, k int, ph []string) bool {
	for j := range ph {
		if d.Low[k+j] != ph[j] {
			return false
		}
	}
	return true
}

// postposedContent gives a reporting clause that closes its sentence
// (", sources said.", ", said the source.", ", the council said on
// Tuesday.", ", Mr Blair told the Guardian newspaper.") the clause
// before its comma, when it has no content or only unquoted pieces of
// that clause: the tagger gives the clause to an attribution nested in
// it ("X called for Y, sources said"; `He understood that "…", Mr Blair
// told …`), to none ("The NYPD overruled that request, the source
// added") or only part of it ("The bridge [will reopen], …"). An
// appositive before the source is the source's ("…, its director,
// Kasimir Oduya, said").
func postposedContent(d *layer.Doc, g *Group) {
	if len(g.Sources) == 0 || d.CueClass(g.Cue.First, g.Cue.Last) == "" {
		return
	}
	src := nearest(g.Sources, g.Cue)
	first, last := min(src.First, g.Cue.First), max(src.Last, g.Cue.Last)
	if src.Last != g.Cue.First && g.Cue.Last != src.First {
		return // the clause is the source and its cue, adjacent
	}
	s := d.Sents[d.Sent[first]]
	comma := first - 1
	if comma > s.First && d.Toks[comma].Kind == token.Quote {
		comma-- // `… at the top,'' Mr. Kamin said.`
	}
	if comma <= s.First || !isComma(d, comma) || !trailingFrame(d, last, s.Last) {
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
	if !ok {
		return
	}
	g.Contents = []Run{{Role: 2, First: start, Last: end}}
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

// parentheticalContent gives a reporting clause set off by commas
// inside its sentence (", Mr. Obama said,", ", he added,") and having
// no content of its own, or only the words after it, the clause around it: the words before its
// first comma and after its second, as two fragments ("During his
// years in office, Mr. Obama said, a majority of Americans …").
func parentheticalContent(d *layer.Doc, g *Group) {
	if len(g.Sources) == 0 || d.CueClass(g.Cue.First, g.Cue.Last) == "" {
		return
	}
	src := nearest(g.Sources, g.Cue)
	first, last := min(src.First, g.Cue.First), max(src.Last, g.Cue.Last)
	if src.Last != g.Cue.First && g.Cue.Last != src.First {
		return
	}
	s := d.Sents[d.Sent[first]]
	open := first - 1
	if open <= s.First || !isComma(d, open) || last >= s.Last || !isComma(d, last) {
		return
	}
	if len(g.Contents) > 1 || len(g.Contents) == 1 && g.Contents[0].First != last+1 {
		return // a content of its own, other than the words after the clause
	}
	end := s.Last
	for end > last+1 && (d.Toks[end-1].Kind == token.Punct || d.Toks[end-1].Kind == token.Quote) {
		end--
	}
	if end-last < 3 || !hasVerb(d, last+1, end) && !hasVerb(d, s.First, open) {
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
		if d.Toks[k].Kind != token.Word || d.Low[k] == "that" || d.POS != nil && isVerb(d, k) {
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

// attributionCue reports whether cue run r is an attribution cue: a
// transcript's colon, or a cue whose head (its first word past
// auxiliaries, negations and adverbs) PolNeAR's annotators make a cue's
// head often enough in the training split with the complement it has
// here (cue-heads.tsv, CueStats: "warned that" 12 of 12, "plans to" 23
// of 81, "put" before a preposition 6 of 55), or, a head they seldom
// saw, a word of the cue lexicon. The tagger also marks words that
// report nothing ("suffered", "programme", a name), and words that
// report only now and then ("saw its profits fall", "making a film
// about"): a statement on them would be invented. An intention or an
// expectation is no statement whatever PolNeAR marks ("plans to",
// "wants", "is expected to"), nor a belief or finding without the
// proposition held ("see these phones as", "figures show growth"), nor
// a negated cue before a question word ("did not say why").
func (t *Tagger) attributionCue(d *layer.Doc, r Run) bool {
	lexicon := uint8(0)
	for k := r.First; k < r.Last; k++ {
		if c := d.Cue[k].Class; lexicon == 0 || c != 0 && saysSomething(c) && !saysSomething(lexicon) {
			lexicon = c // "appeared to confirm": the act is a confirmation
		}
	}
	negated := false
	for k := r.First; k < r.Last; k++ {
		if tk := d.Toks[k]; tk.Kind == token.Punct || tk.Kind == token.Quote {
			continue
		}
		switch t.cueHeads.Field(d.Low[k], 0) {
		case "skip", "be":
			negated = negated || t.negations.Field(d.Low[k], 0) == "not"
			continue
		}
		c := Complement(d, k)
		if !t.reportsWith(lexicon, c, negated) {
			return false
		}
		hc := t.headStats[d.Low[k]]
		if hc == nil {
			return lexicon != 0
		}
		return headShare(hc, c) >= minHeadShare
	}
	return true // punctuation only: a transcript's colon
}

// reportsWith reports whether a cue of lexicon class cls with
// complement c can report something said or held at all.
func (t *Tagger) reportsWith(cls uint8, c Comp, negated bool) bool {
	if negated && c == CompWh {
		return false // "did not say why": nothing is asserted
	}
	if cls == 0 && c == CompTo {
		return false // "tried to", "tend to", "is poised to": no word of saying
	}
	switch layer.CueClasses[cls] {
	case "intent":
		return c == CompThat || c == CompClause || c == CompQuote // "hopes that …", not "plans to"
	case "belief", "evidence":
		return c != CompTo && c != CompObjAs && c != CompWh // "expect prices to rise" holds a view
	}
	return true
}

// saysSomething reports whether lexicon class cls is an act of saying.
func saysSomething(cls uint8) bool {
	switch layer.CueClasses[cls] {
	case "speech", "deny", "assert":
		return true
	}
	return false
}

// headShare is how often a word with complement c heads a cue in
// PolNeAR train: its share with c when seen minSeen times or more with
// it, else that share smoothed toward the word's share over all its
// complements (backoff occurrences of it).
func headShare(hc *HeadCount, c Comp) float64 {
	all := float64(hc.Heads) / float64(max(hc.Seen, 1))
	if hc.Seen < minSeen {
		return 1 // seldom seen: the tagger and the lexicon decide
	}
	bc := hc.ByComp[c]
	if bc.Seen >= minSeen {
		return float64(bc.Heads) / float64(bc.Seen)
	}
	return (float64(bc.Heads) + backoff*all) / (float64(bc.Seen) + backoff)
}

// A cue head seen minSeen times or more in PolNeAR's training text must
// head an annotated cue in at least minHeadShare of them, with the
// complement it has (smoothed by backoff occurrences of its overall
// share where that complement is rare).
const (
	minSeen      = 10
	minHeadShare = 0.1
	backoff      = 3
)

// preposedAccording gives an "According to X," opening a clause without
// a content the rest of its sentence after the comma, past a relative
// clause describing X ("According to Ada Quill, whose party lost, …").
func preposedAccording(d *layer.Doc, g *Group) {
	if len(g.Contents) > 0 || len(g.Sources) == 0 || d.CueClass(g.Cue.First, g.Cue.Last) != "nominal" ||
		!strings.EqualFold(d.Toks[g.Cue.First].Text(d.Text), "according") {
		return
	}
	if k := g.Cue.First; k > d.Sents[d.Sent[k]].First && (!isComma(d, k-1) || k >= 2 && d.Low[k-2] == "that") {
		return // not opening a clause: "said that, according to X, …" is the speaker's
	}
	src := nearest(g.Sources, g.Cue)
	comma := src.Last
	if src.First < g.Cue.Last-1 || comma >= len(d.Toks) || !isComma(d, comma) {
		return
	}
	s := d.Sents[d.Sent[comma]]
	if comma+1 < s.Last && layer.IsRelative(d.Low[comma+1]) {
		for comma++; comma < s.Last && !isComma(d, comma); comma++ {
		}
	}
	end := s.Last
	for end > comma+1 && (d.Toks[end-1].Kind == token.Punct || d.Toks[end-1].Kind == token.Quote) {
		end--
	}
	if end-comma > 2 {
		g.Contents = []Run{{Role: 2, First: comma + 1, Last: end}}
	}
}

func isComma(d *layer.Doc, k int) bool {
	t := d.Toks[k]
	return t.Kind == token.Punct && d.Text[t.Start:t.End] == ","
}

// stopAtQuoteClose ends a content at a closing quotation mark that ends
// a sentence when the content runs on into a next sentence outside any
// quotation: what follows is the reporter's ("… 'the election will come
// when it comes.' It is widely expected to be 5 May"), not the
// speaker's. Within one sentence words after the close are often still
// the speaker's ("'… lethal defensive weapons' to Ukraine").
func stopAtQuoteClose(d *layer.Doc, g *Group) {
	dropLaterSentences(d, g)
	for i := range g.Contents {
		c := &g.Contents[i]
		if c.First >= g.Cue.Last && !afterColon(d, c.First) {
			stopAtSentence(d, c)
		}
		for k := c.First; k+1 < c.Last; k++ {
			if k == c.First || d.Quote[k-1] < 0 || d.Quotes[d.Quote[k-1]].Close != k ||
				d.Sent[k+1] == d.Sent[k] || d.Quote[k+1] >= 0 || d.Toks[k+1].Kind == token.Quote {
				continue // not a closing mark ending a sentence outside quotes
			}
			c.Last = k + 1
			break
		}
	}
}

// dropLaterSentences drops a content fragment after the cue that opens
// a later sentence outside any quotation and not after a colon: in
// '"…," said Mr Short. More and more firms are …' the next sentence is
// the reporter's.
func dropLaterSentences(d *layer.Doc, g *Group) {
	kept := g.Contents[:0]
	for _, c := range g.Contents {
		if c.First >= g.Cue.Last && d.Sent[c.First] != d.Sent[g.Cue.Last-1] && !quoted(d, c) &&
			d.Toks[c.First].Kind != token.Quote && !afterColon(d, c.First) {
			continue
		}
		kept = append(kept, c)
	}
	g.Contents = kept
}

// afterColon reports whether token k follows a colon ("KESSLER: I am
// certain. We test …", "He said: …"): speech, quoted or not, may run on.
func afterColon(d *layer.Doc, k int) bool {
	for k--; k >= 0 && d.Toks[k].Kind == token.Quote; k-- {
	}
	return k >= 0 && d.Toks[k].Kind == token.Punct && d.Text[d.Toks[k].Start] == ':'
}

// stopAtSentence ends a content at the end of a sentence when the next
// sentence opens outside any quotation: a paraphrase ends with its
// sentence ("questioned what would be exempted. He was keen to know …"
// is the reporter's); only a quotation runs on.
func stopAtSentence(d *layer.Doc, c *Run) {
	for k := c.First + 1; k < c.Last; k++ {
		if d.Sent[k] != d.Sent[k-1] && d.Quote[k] < 0 && d.Toks[k].Kind != token.Quote {
			c.Last = k
			return
		}
	}
}

// passiveCue reports whether cue run r is passive: a form of "be"
// before a past participle, auxiliaries and adverbs aside ("is
// believed", "has been accused of", "was confirmed").
func (t *Tagger) passiveCue(d *layer.Doc, r Run) bool {
	if d.POS == nil {
		return false
	}
	be := false
	for k := r.First; k < r.Last; k++ {
		switch t.cueHeads.Field(d.Low[k], 0) {
		case "skip":
			continue
		case "be":
			be = true
			continue
		}
		if !be || d.POSNames[d.POS[k]] != "VBN" {
			return false
		}
		for j := k + 1; j < r.Last; j++ {
			if d.Cue[j].Class != 0 {
				return false // "was quoted as saying": its subject speaks
			}
		}
		return true
	}
	return false
}

// passiveSubject reports whether g's cue is passive and its source, the
// cue's subject, is no speaker: "The poll is believed to be …". An
// expletive "it" ("It was reported that …") leaves an unnamed speaker.
//
// A passive cue without a source names no speaker unless an expletive
// "it" opens it ("It is understood that …"); in "double the time that
// had been expected" it is a relative clause, no statement.
func (t *Tagger) passiveSubject(d *layer.Doc, g *Group) bool {
	if !t.passiveCue(d, g.Cue) {
		return false
	}
	if len(g.Sources) == 0 {
		k := g.Cue.First - 1
		return k < 0 || d.Low[k] != "it"
	}
	src := nearest(g.Sources, g.Cue)
	return src.Last <= g.Cue.First && !(src.Last-src.First == 1 && d.Low[src.First] == "it")
}

// assertsNothing reports whether g's content says its speaker asserted
// nothing: "declined [to comment]", "did not respond to [a request for
// comment]" (no-comment.tsv, the whole content or its opening words).
func (t *Tagger) assertsNothing(d *layer.Doc, g *Group) bool {
	for k := g.Cue.First + 1; k < g.Cue.Last && d.CueClass(g.Cue.First, g.Cue.Last) == "oppose"; k++ {
		// the tagger may take the phrase into a refusal's cue:
		// "refused [to comment on] reports that …"
		if phraseAt(d, t.noComment, k, len(d.Toks)) {
			return true
		}
	}
	for _, c := range g.Contents {
		if c.First < g.Cue.Last {
			continue
		}
		k := c.First
		for k < c.Last && d.Toks[k].Kind != token.Word {
			k++
		}
		return k < c.Last && phraseAt(d, t.noComment, k, c.Last)
	}
	return false
}

// quotedAsSaying reads "X quoted Y as saying …": Y is the speaker and X
// whom the statement is cited through (a via), whether the tagger made
// "quoted Y as saying" the cue or "Y as saying …" part of the content.
// The cue becomes "as saying".
func (t *Tagger) quotedAsSaying(d *layer.Doc, g *Group) {
	if len(g.Sources) == 0 {
		return
	}
	src := nearest(g.Sources, g.Cue)
	k := g.Cue.First
	for k < g.Cue.Last && t.frameWords.Field(d.Low[k], 0) != "quote-verb" {
		k++
	}
	if k == g.Cue.Last || src.Last > k {
		return
	}
	s := d.Sents[d.Sent[k]]
	for j := k + 2; j < s.Last && j <= k+10; j++ {
		for _, ph := range t.quoteAs[d.Low[j]] {
			if j+len(ph) > s.Last || !wordsAt(d, j, ph) {
				continue
			}
			end := j + len(ph)
			g.Vias = append(g.Vias, src)
			g.Sources = []Run{{Role: 0, First: k + 1, Last: j}}
			g.Cue = Run{Role: 1, First: j, Last: end}
			var kept []Run
			for _, c := range g.Contents {
				if c.Last <= end {
					continue
				}
				c.First = max(c.First, end)
				kept = append(kept, c)
			}
			g.Contents = kept
			return
		}
	}
}

// stopAtMainVerb ends the "that" clause of a reporting noun where the
// sentence's main verb starts: in "Kessler's claim that the vote was
// rigged has not been proven" the claim is "the vote was rigged". The
// main verb is a finite verb after the clause's own one, not chained to
// it by an auxiliary ("had misled") nor opening a new clause after a
// conjunction or comma ("… and said").
func (t *Tagger) stopAtMainVerb(d *layer.Doc, g *Group) {
	if d.POS == nil || len(g.Contents) == 0 || !t.reportingNouns.Has(d.Low[g.Cue.Last-1]) {
		return
	}
	c := &g.Contents[len(g.Contents)-1]
	if c.First < g.Cue.Last || d.Low[c.First] != "that" {
		return
	}
	seen := false
	for k := c.First + 1; k < c.Last; k++ {
		if d.Quote[k] >= 0 {
			return
		}
		if d.Toks[k].Kind != token.Word || strings.ContainsAny(d.Low[k], "'’") {
			continue // "the bank's": no verb
		}
		switch d.POSNames[d.POS[k]] {
		case "VBD", "VBZ", "VBP", "MD":
		case "CC", ",", ":", "WDT", "WP", "IN":
			if seen && d.Low[k] != "by" {
				return // a new clause: leave it to the tagger
			}
			continue
		default:
			continue
		}
		prev := d.Low[k-1]
		if seen && t.cueHeads.Field(prev, 0) == "" && d.POSNames[d.POS[k-1]] != "RB" {
			c.Last = k
			return
		}
		seen = true
	}
}

// dropTrailingTime drops a time expression the tagger swept into the end
// of a source ("The prime minister [on Sunday] said", "angry Labour MPs
// [this week] warned"): it dates the statement, it is no part of who
// speaks.
func dropTrailingTime(d *layer.Doc, r Run) Run {
	lo, hi := d.Toks[r.First].Start, d.Toks[r.Last-1].End
	tx := d.TimexIn(lo, hi)
	if len(tx) == 0 || tx[len(tx)-1].Span.End != hi {
		return r
	}
	cut := r.Last - 1
	for cut > r.First && d.Toks[cut].Start > tx[len(tx)-1].Span.Start {
		cut--
	}
	if d.POS != nil && cut > r.First && (d.POSNames[d.POS[cut-1]] == "VBN" ||
		cut == r.Last-1 && d.POSNames[d.POS[cut]] == "NNP" && d.POSNames[d.POS[cut-1]] == "NNP") {
		return r // "a poll released last week", "USA Today": the time is part of the name
	}
	if cut > r.First && layer.IsPreposition(d.Toks[cut-1].Text(d.Text)) {
		cut--
	}
	if cut > r.First {
		r.Last = cut
	}
	return r
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
	if k+2 < c.Last && t.reportingNouns.Has(d.Low[k]) && d.Low[k+1] == "that" {
		c.First = k + 2
	}
}

// writerSpeaks reports whether g's source is a first-person pronoun
// outside any quotation and transcript ("I do not think …", "we should
// not see these phones as …" in a columnist's text): the writer's own
// voice, which the article asserts rather than reports.
func (t *Tagger) writerSpeaks(d *layer.Doc, g *Group) bool {
	if len(g.Sources) == 0 || len(t.turns) > 0 {
		return false
	}
	src := nearest(g.Sources, g.Cue)
	return src.Last-src.First == 1 && d.Quote[src.First] < 0 && d.Quote[g.Cue.First] < 0 &&
		t.pronouns.Field(d.Low[src.First], 2) == "first"
}

// citeCue reports whether a cue names a source being cited ("citing",
// "quoting": a `cite-lemma` of frame-words.tsv).
func (t *Tagger) citeCue(d *layer.Doc, r Run) bool {
	for k := r.First; k < r.Last; k++ {
		if d.Cue[k].Class != 0 && t.frameWords.Field(d.Cue[k].Lemma, 0) == "cite-lemma" {
			return true
		}
	}
	return false
}

// nominalSource reports whether g has no source or one holding a noun,
// pronoun or number: "Having said that, …" and "Let's say …" name no
// one, and a reader takes them for no attribution.
func nominalSource(d *layer.Doc, g *Group) bool {
	if len(g.Sources) == 0 || d.POS == nil {
		return true
	}
	src := nearest(g.Sources, g.Cue)
	for k := src.First; k < src.Last; k++ {
		switch d.POSNames[d.POS[k]] {
		case "NN", "NNS", "NNP", "NNPS", "PRP", "PRP$", "POS", "WP", "WP$", "WDT", "CD", "DT", "EX", "JJ", "FW":
			return true
		}
	}
	return false
}

// whOnly reports whether g's contents are one relative or question word
// and punctuation: the cue's object is a clause around it, not
// something said.
func whOnly(d *layer.Doc, g *Group) bool {
	if d.POS == nil {
		return false
	}
	words, wh := 0, false
	for _, c := range g.Contents {
		for k := c.First; k < c.Last; k++ {
			if d.Toks[k].Kind != token.Word {
				continue
			}
			words++
			tag := d.POSNames[d.POS[k]]
			wh = tag == "WP" || tag == "WDT"
		}
	}
	return words == 1 && wh
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
