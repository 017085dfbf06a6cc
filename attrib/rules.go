package attrib

import (
	"sort"
	"strings"

	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// The rules here are those of docs/design.md's step 3 that a reader
// applies to an attribution's spans before knowing who speaks: a
// sourceless question cue makes no statement, a stray content before the
// source is dropped, a content runs on to its sentence's end or stops
// before a channel phrase, a source sheds a prepositional phrase it
// swallowed. Which cues make a statement is cue.go's; the reporting
// clause around a content, clause.go's; statements nested in a content
// and headlines, nested.go's; "according to" inside another statement,
// according.go's. They live with the tagger because they read its labels
// and change only the group's runs; the rules that need the statements
// before are speaker's (a shared source) and extract's (a cited source
// joins the statement before).

// applyRules applies the span rules to each group with a content, in
// place, and returns those that keep one.
func (t *Tagger) applyRules(d *layer.Doc, gs []Group, labs []uint8) []Group {
	relativeSources(d, gs)
	gs = t.accordingSubjects(d, gs)
	gs = t.thatAfterChannel(d, gs)
	frontedParticiples(d, gs)
	out := gs[:0]
	silent := Run{First: -1}             // the source of the last no-comment group
	lender := Run{First: -1}             // the source of the group just dropped
	var handed []Group                   // statements a dropped naming held (namedSpeaker)
	namedSubject, namedNext := Run{}, -1 // appositiveSubject of the naming just dropped
	for _, g := range gs {
		prev := lender
		lender = Run{First: -1}
		if len(g.Sources) == 0 && namedNext >= 0 && g.Cue.First == namedNext {
			g.Sources = []Run{namedSubject}
		}
		namedNext = -1
		t.asideSubject(d, &g)
		t.sharedSource(d, &g, silent, prev)
		t.coordinatedSubject(d, &g, out)
		t.existentialSource(d, &g)
		t.raisedSaying(d, &g)
		t.raisedSubject(d, &g)
		if why := t.rejected(d, &g); why != "" {
			if why != "writer" && why != "reader" && why != "not-nominal-source" && len(g.Sources) > 0 {
				lender = nearest(g.Sources, g.Cue)
			}
			if why == "naming-participle" {
				handed = t.namedSpeaker(d, g, gs, handed)
				namedSubject, namedNext = appositiveSubject(d, g)
			}
			t.dropped(why, &g)
			continue
		}
		t.quotedAsSaying(d, &g)
		t.passiveAgent(d, &g)
		subjectToContent(&g)
		g.Cites = t.citeCue(d, g.Cue)
		invertedSource(d, &g)
		t.postposedContent(d, &g)
		parentheticalContent(d, &g)
		blockContent(d, &g)
		if len(g.Contents) == 0 {
			t.clauseAfterCue(d, &g)
			t.deniedObject(d, &g)
			preposedAccording(d, &g)
			t.preposedAs(d, &g)
		}
		if len(g.Contents) == 0 {
			if len(g.Sources) > 0 {
				lender = nearest(g.Sources, g.Cue)
			}
			t.dropped("no-content", &g)
			continue
		}
		if len(g.Sources) == 0 && d.CueClass(g.Cue.First, g.Cue.Last) == "question" {
			t.dropped("question", &g)
			continue // "When asked if …": the asker is not the speaker
		}
		t.cutCueChannel(d, &g)
		t.cutCueAdjunct(d, &g)
		conditionOutOfCue(d, &g)
		dropStrayContents(d, &g)
		if len(g.Contents) == 0 {
			t.dropped("stray-content", &g)
			continue
		}
		if t.assertsNothing(d, &g) {
			if len(g.Sources) > 0 {
				silent = nearest(g.Sources, g.Cue)
			}
			t.dropped("asserts-nothing", &g)
			continue
		}
		t.boundContent(d, &g, gs, labs)
		if whOnly(d, &g) {
			t.dropped("wh-only", &g)
			continue // "twice what analysts had been expecting": no content said
		}
		t.dropChannelObjects(d, &g)
		if len(g.Sources) > 0 {
			g.Source = dropTopicTail(d, g.Cue, dropTrailingTime(d, trimSource(d, nearest(g.Sources, g.Cue))))
		}
		passive, says := t.impersonal(d, &g)
		if passive && !says {
			t.dropped("impersonal-belief", &g)
			continue
		}
		g.Impersonal = passive
		out = append(out, g)
	}
	if len(handed) > 0 {
		out = append(out, handed...)
		sort.SliceStable(out, func(i, j int) bool { return out[i].Cue.First < out[j].Cue.First })
	}
	return out
}

// boundContent sets where the content of g, a group that makes a
// statement, begins and ends: run on where the tagger stopped short (a
// clause, a list, a predicate, a gap of words or a negation), cut where
// it ran into a reporting noun, a closed quotation, the main verb or a
// channel phrase; in this order, as each reads the spans the one before
// left.
func (t *Tagger) boundContent(d *layer.Doc, g *Group, gs []Group, labs []uint8) {
	closeBracket(d, g)
	t.extendContent(d, g, labs)
	t.extendList(d, g, labs)
	t.withPredicate(d, g, gs, labs)
	t.joinNegatedGaps(d, g)
	joinWordGaps(d, g, gs)
	t.verbBeforeReportingNoun(d, g)
	t.skipReportingNoun(d, g)
	stopAtQuoteClose(d, g)
	t.stopAtMainVerb(d, g)
	cutChannel(d, t.channels, g)
}

// relativeSources joins a relative clause the tagger read as an
// attribution of its own to the source it describes: in "…, a
// spokesperson who declined to be named said." the tagger makes "who"
// a source and "declined to be named" a cue, and leaves "said" without
// a source; the speaker is "a spokesperson who declined to be named".
// The clause's cue must end where the next cue starts, and hold no
// content of its own.
func relativeSources(d *layer.Doc, gs []Group) {
	if d.POS == nil {
		return
	}
	for i := 1; i < len(gs); i++ {
		rel, g := &gs[i-1], &gs[i]
		if len(g.Sources) > 0 || len(rel.Contents) > 0 || len(rel.Sources) != 1 || rel.Cue.Last != g.Cue.First {
			continue
		}
		who := rel.Sources[0]
		if who.Last-who.First != 1 || who.Last != rel.Cue.First || !layer.IsRelative(d.Low[who.First]) {
			continue
		}
		first := who.First
		for first > 0 && d.Sent[first-1] == d.Sent[who.First] && isNominal(d.POSNames[d.POS[first-1]]) {
			first--
		}
		if first == who.First {
			continue // no noun phrase for the clause to describe
		}
		g.Sources = []Run{{Role: 0, First: first, Last: rel.Cue.Last}}
		rel.Sources = nil
	}
}

// raisedSaying reads a passive cue of belief or report raised over a
// verb of saying with a clause ("The bank [is believed] to have told
// investors that …", "is said to have warned that …"): the statement is
// the inner verb's, hedged by the outer, so the cue runs on to that verb and the
// content starts after it (past an addressee, at its "that"). The
// tagger gives the outer cue alone, and the filter drops a belief
// before a to-infinitive ("is expected to rise").
func (t *Tagger) raisedSaying(d *layer.Doc, g *Group) {
	if len(g.Contents) == 0 || d.POS == nil || !t.passiveCue(d, g.Cue) {
		return
	}
	c := &g.Contents[0]
	k := g.Cue.Last
	if c.First != k || k+2 >= c.Last || d.POSNames[d.POS[k]] != "TO" {
		return
	}
	k++
	if t.cueHeads.Field(d.Low[k], 0) == "skip" {
		k++ // "to have told"
	}
	if k+1 >= c.Last || !isVerb(d, k) || !saysSomething(d.Cue[k].Class) {
		return
	}
	switch Complement(d, k) {
	case CompThat, CompClause, CompObjThat, CompQuote:
	default:
		return // "is said to have discussed the idea with": an act, no proposition
	}
	g.Cue.Last = k + 1
	c.First = k + 1
	if Complement(d, k) == CompObjThat {
		for c.First < c.Last && !layer.IsComplementizer(d.Low[c.First]) {
			c.First++ // "told investors [that …]"
		}
	}
}

// existentialSource gives a sourceless group whose cue follows an
// existential "there" (POS EX) and holds a reporting noun that word as
// its source: "There were reports that …" is said by no one named, as
// "It is understood that …" (speaker reads both as expletives). A
// feeling no one voices ("there are fears that …") gets none, and is
// dropped (existentialFeeling).
func (t *Tagger) existentialSource(d *layer.Doc, g *Group) {
	k := g.Cue.First
	if len(g.Sources) > 0 || k == 0 || d.POS == nil || d.POSNames[d.POS[k-1]] != "EX" {
		return
	}
	for j := k; j < g.Cue.Last; j++ {
		if t.reportingNouns.Has(d.Low[j]) && voicedNoun(d, j) {
			// "were reports": the noun is the cue; "there is no doubt
			// that …", "are extremely worrying" report no one's words
			g.Sources = []Run{{Role: 0, First: k - 1, Last: k}}
			g.Cue.First = j
			return
		}
	}
}

// dropChannelObjects drops a source that is the object of a channel
// phrase (frame-words "object": "Omar Benedek, in an interview with [the
// Daily Ledger], said …") when the group has another: the outlet is
// where the speaker spoke, not who.
func (t *Tagger) dropChannelObjects(d *layer.Doc, g *Group) {
	if len(g.Sources) < 2 {
		return
	}
	kept := g.Sources[:0]
	for _, s := range g.Sources {
		if s.First > 1 && t.frameWords.Field(d.Low[s.First-1], 0) == "object" && phraseAt(d, t.allChannels, s.First-2, s.First-1) {
			continue // "interview with X"; not "with some fans criticising"
		}
		kept = append(kept, s)
	}
	if len(kept) > 0 {
		g.Sources = kept
	}
}

// dropStrayContents drops a content ending before the group's source,
// outside quotes: it belongs to some clause without a cue ("Amid
// speculations that …,").
func dropStrayContents(d *layer.Doc, g *Group) {
	if len(g.Sources) == 0 {
		return
	}
	src := nearest(g.Sources, g.Cue)
	if src.Last > g.Cue.First || !contentAfter(d, g, false) {
		// a source after its cue, or no content after the cue: the
		// content before is the statement's ("…, sources said.")
		return
	}
	// a parenthetical (", Mr Obama said,") keeps the clause ending at
	// the comma before it, and so does a reporting clause that ends its
	// sentence when what follows the cue opens the next one ("…, he
	// added. "At least …"")
	end := max(src.Last, g.Cue.Last)
	paren := end < len(d.Toks) && isComma(d, end) || !contentAfter(d, g, true)
	kept := g.Contents[:0]
	for _, c := range g.Contents {
		if c.Last <= src.First && !quoted(d, c) && !(paren && endsAtComma(d, c, src.First)) {
			continue
		}
		kept = append(kept, c)
	}
	g.Contents = kept
}

// endsAtComma reports whether content c ends at the comma just before
// token src, the comma perhaps inside a closing quotation mark: the
// clause before a parenthetical reporting clause ("X means \"Y,\" she
// says, \"Z\"").
func endsAtComma(d *layer.Doc, c Run, src int) bool {
	j := src
	if j > 0 && d.Toks[j-1].Kind == token.Quote {
		j--
	}
	return j > 0 && isComma(d, j-1) && c.Last >= j-1 && c.Last <= src
}

// contentAfter reports whether g has a content after its cue; with
// sameSent, one that starts in the cue's sentence.
func contentAfter(d *layer.Doc, g *Group, sameSent bool) bool {
	for _, c := range g.Contents {
		if c.First >= g.Cue.Last && (!sameSent || d.Sent[c.First] == d.Sent[g.Cue.Last-1]) {
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
// A tail that opens with a comma and a contrast ("but", "yet": clause
// words that end a scope and subordinate nothing, table stance-clauses)
// is another clause, the writer's as often as the speaker's, and is left
// out; not a contrast the content itself draws ("… in principle, but not
// in practice").
// It also stops at a bracketed aside ("a profit of $261.9m [(£135.6m)],
// …"): an aside the sentence goes on after is taken in, and when a word
// follows it, the clause it interrupted runs on for up to maxAfterAside
// tokens more.
func (t *Tagger) extendContent(d *layer.Doc, g *Group, labs []uint8) {
	if len(g.Contents) == 0 {
		return
	}
	c := &g.Contents[len(g.Contents)-1]
	if c.First < g.Cue.Last {
		return
	}
	s := d.Sents[d.Sent[c.Last-1]]
	limit := maxTail
	resumed := isBracket(d, c.Last-1, ')') && c.Last < s.Last && d.Toks[c.Last].Kind == token.Word
	if resumed {
		limit = maxAfterAside // closeBracket's: the clause resumes after the bracket, its time too
	}
	if k := asideEnd(d, c.Last, s.Last, labs); k > 0 {
		c.Last = k
		if d.Toks[k].Kind == token.Word {
			limit = maxAfterAside
		}
	}
	end := s.Last
	for end > c.Last && (d.Toks[end-1].Kind == token.Punct || d.Toks[end-1].Kind == token.Quote) {
		end--
	}
	if end <= c.Last || end-c.Last > limit {
		return
	}
	for k := c.Last; k < end; k++ {
		if labs[k] != labO {
			return
		}
	}
	if isComma(d, c.Last) && c.Last+2 < end && t.contrasts[d.Low[c.Last+1]] && !t.negations.Has(d.Low[c.Last+2]) {
		return // "denies having any role[, but offices have had to close]"
	}
	lo, hi := d.Toks[c.Last].Start, d.Toks[end-1].End
	if !resumed && len(d.TimexIn(lo, hi)) > 0 {
		return
	}
	c.Last = end
}

// Tails extendContent carries a content over: after its last word, after
// a bracketed aside that interrupted its clause.
const (
	maxTail       = 12
	maxAfterAside = 30
	maxAside      = 10 // tokens inside the brackets
)

// asideEnd returns the token after the ")" closing a bracketed aside that
// opens at token k, holds no label and is followed by more of the
// sentence that ends at token end (exclusive); 0 when there is none. An
// aside that ends the sentence ("… opened (reported by a local paper).")
// is the writer's, and is left out.
func asideEnd(d *layer.Doc, k, end int, labs []uint8) int {
	if k >= end || d.Toks[k].Kind != token.Punct || d.Text[d.Toks[k].Start] != '(' {
		return 0
	}
	for j := k + 1; j < end && j <= k+maxAside+1; j++ {
		if labs[j] != labO || d.Toks[j].Lines > 0 {
			return 0
		}
		if d.Toks[j].Kind == token.Punct && d.Text[d.Toks[j].Start] == ')' {
			if j+1 >= end || d.Toks[j+1].Kind != token.Word && !isComma(d, j+1) {
				return 0
			}
			return j + 1
		}
	}
	return 0
}

// cutChannel ends a content that follows its cue where a channel phrase
// starts ("dismissed the reports as baseless [in a statement on
// Wednesday]"): the phrase says how the statement was made, not what.
// A content the tagger already ended where the phrase starts is marked
// as cut too, so a date after the phrase is the statement's (dating).
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
	if c.Last < len(d.Toks) && d.Sent[c.Last] == d.Sent[c.Last-1] && channelAt(d, channels, c.Last, len(d.Toks)) {
		g.ChannelCut = true
		return
	}
	for k := c.First + 2; k < c.Last; k++ {
		if d.Quote[k] < 0 && channelAt(d, channels, k, c.Last) {
			c.Last = k
			g.ChannelCut = true
			return
		}
	}
}

// channelAt reports whether a channel phrase starts at token k and ends
// by token end.
func channelAt(d *layer.Doc, channels layer.Phrases, k, end int) bool {
	for _, ph := range channels[d.Low[k]] {
		n := len(ph)
		if k+n > end {
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
			return true
		}
	}
	return false
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
	head := firstCueWord(d, g)
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
	if c.First < g.Cue.Last || !layer.IsComplementizer(d.Low[c.First]) {
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
		case "VBN":
			if seen && t.participleMainVerb(d, g, k) {
				c.Last = k
				return
			}
			continue // "the man arrested", "had been paid"
		case "CC", ",", ":", "WDT", "WP", "IN":
			if seen && t.frameWords.Field(d.Low[k], 0) != "agent" {
				return // a new clause: leave it to the tagger
			}
			continue
		default:
			continue
		}
		// chained to an auxiliary ("had misled") it is the clause's own;
		// after a word that heads no cue, or after another verb ("would
		// keep running was"), the main one
		if seen && t.mainVerbAfter(d, k-1) {
			c.Last = k
			return
		}
		seen = true
	}
}

// mainVerbAfter reports whether a finite verb after token p, in a
// reporting noun's clause that has its verb, is the sentence's main
// verb: p is no auxiliary nor adverb, and heads no cue or is a verb.
func (t *Tagger) mainVerbAfter(d *layer.Doc, p int) bool {
	tag := d.POSNames[d.POS[p]]
	switch h := t.cueHeads.Field(d.Low[p], 0); {
	case tag == "RB" || h == "skip" || h == "be":
		return false
	case h == "":
		return true
	}
	return strings.HasPrefix(tag, "VB")
}

// participleMainVerb reports whether the participle at token k, after
// the "that" clause's own verb, is the sentence's main verb: in "[The
// union's warning] that the strike could spread alarmed ministers" the
// noun phrase is the subject and the POS tagger read the past tense as
// a participle. It must have an object and no auxiliary, and no verb may
// stand before the reporting noun ("rejected reports that it had sold
// armed boats": the participle is an adjective).
func (t *Tagger) participleMainVerb(d *layer.Doc, g *Group, k int) bool {
	h := t.cueHeads.Field(d.Low[k-1], 0)
	return h != "skip" && h != "be" && d.POSNames[d.POS[k-1]] != "RB" && objectAfter(d, k) && !verbBefore(d, g.Cue.Last-1)
}

// verbBefore reports whether a verb stands in token k's sentence before
// it.
func verbBefore(d *layer.Doc, k int) bool {
	for j := d.Sents[d.Sent[k]].First; j < k; j++ {
		if isVerb(d, j) {
			return true
		}
	}
	return false
}

// objectAfter reports whether a noun phrase opens after token k: a
// determiner, a noun or a pronoun.
func objectAfter(d *layer.Doc, k int) bool {
	if k+1 >= len(d.Toks) {
		return false
	}
	switch d.POSNames[d.POS[k+1]] {
	case "DT", "NN", "NNS", "NNP", "NNPS", "PRP", "PRP$":
		return true
	}
	return false
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
