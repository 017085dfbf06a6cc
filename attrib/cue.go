package attrib

import (
	"strings"

	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// Which cues make a statement (docs/design.md, step 3): a cue is an
// attribution cue — judged by its head, its complement and PolNeAR
// train's evidence (cue-heads.tsv, CueStats) — or the statement is not
// emitted; a passive cue's subject, the writer's own first person, a
// source naming no one and a content saying nothing make none either.

// attributionCue reports whether cue run r is an attribution cue: a
// transcript's colon, or a cue whose head (cueHead: its first word past
// auxiliaries, negations and adverbs) PolNeAR's annotators make a cue's
// head often enough in the training split with the complement it has
// here (cue-heads.tsv, CueStats: "warned that" 12 of 12, "plans to" 23
// of 81, "put" before a preposition 6 of 55), or, a head they seldom
// saw, a word of the cue lexicon itself ("calmed worries about" has one,
// "worries", but its head is "calmed"). The tagger also marks words that
// report nothing ("suffered", "programme", a name), and words that
// report only now and then ("saw its profits fall", "making a film
// about"): a statement on them would be invented. An intention or an
// expectation is no statement whatever PolNeAR marks ("plans to",
// "wants", "is expected to"), nor a belief or finding without the
// proposition held ("see these phones as", "figures show growth"), nor
// a negated cue before a question word ("did not say why"), nor an
// infinitive after a noun ("talks to discuss"), nor an act's word in
// an act's frame ("offers free calls", "rejected the offer", "called
// off": actFrame), nor a compound's noun ("community service orders"),
// nor the writer's inference ("…, which would suggest": writerInfers)
// or assessment ("Mr X knows that …" outside a quotation: writerKnows),
// nor a noun that names a thing ("the awards show": nounSense),
// nor a mere possibility ("some might call them racist":
// merePossibility), nor a counted act or a phrasal verb (actFrame).
// A belief word with the clause it holds is one even when PolNeAR's
// annotators seldom marked it (heldClause).
func (t *Tagger) attributionCue(d *layer.Doc, r Run) bool {
	return t.cueVerdict(d, r) == ""
}

// cueVerdict names the hand rule that makes cue run r no attribution
// cue, "" when none does (attributionCue): the learned filter reads the
// name as a feature and re-admits only the cues the head-share test
// alone dropped (filter.go).
func (t *Tagger) cueVerdict(d *layer.Doc, r Run) string {
	lexicon := uint8(0)
	for k := r.First; k < r.Last; k++ {
		if c := d.Cue[k].Class; lexicon == 0 || c != 0 && saysSomething(c) && !saysSomething(lexicon) {
			lexicon = c // "appeared to confirm": the act is a confirmation
		}
	}
	k, negated := t.cueHead(d, r.First, r.Last)
	switch {
	case k < 0:
		return "" // punctuation only: a transcript's colon
	case nounInfinitive(d, r):
		return "noun-infinitive"
	case compoundNoun(d, k):
		return "compound-noun"
	case t.writerInfers(d, r, k):
		return "writer-infers"
	case t.writerKnows(d, k):
		return "writer-knows"
	case t.nounSense(d, k):
		return "noun-sense"
	case modifyingGerundRun(d, r):
		return "modifying-gerund"
	case attributiveRun(d, r):
		return "attributive-participle"
	}
	k = t.sayingAfterFrame(d, r, k)
	c := Complement(d, k)
	switch {
	case c != CompQuote && t.merePossibility(d, r, k, negated):
		return "possibility" // "some might call them racist"; "could only quip: …" quotes what was said
	case !t.reportsWith(lexicon, c, negated):
		return "reports-with"
	case t.actFrame(d, k, c):
		return "act-frame"
	case t.refusedAct(d, k, c):
		return "refused-act"
	case t.attitudeObject(d, k, c):
		return "attitude-object"
	case possessiveModifier(d, k, c):
		return "possessive-modifier"
	case maybeViews(d, r, k, c):
		return "maybe-views"
	}
	if why := t.stanceObject(d, k, c, negated); why != "" {
		return why // "also oppose the plans", "underlined the issue of …"
	}
	if t.talkTopic(d, r, k) {
		return "talk-topic" // "wrote about a woman who …"
	}
	hc := t.headStats[d.Low[k]]
	switch {
	case hc == nil && d.Cue[k].Class == 0:
		return "unknown-head"
	case hc == nil, headShare(hc, c) >= minHeadShare, t.heldClause(d, r, k, c):
		return ""
	case saysSomething(d.Cue[k].Class) && proposition(c) && d.POS != nil && isVerb(d, k) && !nounInCue(d, r, k):
		return "head-share" // "the rule states that …": the filter may re-admit it
	}
	return "rare-head" // "returned their attention to", "kept an open mind about"
}

// nounInCue reports whether a reporting noun of the lexicon follows the
// head k in cue run r: in "was speaking [amid claims] that …" the
// clause is the noun's, not the speaker's.
func nounInCue(d *layer.Doc, r Run, k int) bool {
	for j := k + 1; j < r.Last; j++ {
		if layer.CueClasses[d.Cue[j].Class] == "nominal" {
			return true
		}
	}
	return false
}

// proposition reports whether complement c holds what is said: a
// clause or a quotation.
func proposition(c Comp) bool {
	switch c {
	case CompThat, CompClause, CompQuote, CompObjThat:
		return true
	}
	return false
}

// cueHead returns the head of the cue in tokens [first, last), -1 when
// it holds no word, and whether a negation comes before it. The head is
// the first word that is no auxiliary, negation or adverb (a `skip` or
// `be` row of cue-heads.tsv, or an adverb by its part of speech before
// a verb: "openly admires", "promptly voted against") — or, when that
// word is no noun and says nothing by the lexicon, a verb of saying
// after it in the cue: "went on to say", "continues to insist", "had
// the gall to deny" are judged as "say", "insist" and "deny", "a
// campaign to explain" as "campaign". Both the cue filter and the
// counts behind cue-heads.tsv (CountCues) read heads this way.
func (t *Tagger) cueHead(d *layer.Doc, first, last int) (int, bool) {
	negated := false
	for k := first; k < last; k++ {
		if tk := d.Toks[k]; tk.Kind != token.Word {
			continue
		}
		switch t.cueHeads.Field(d.Low[k], 0) {
		case "skip", "be":
			negated = negated || t.negations.Field(d.Low[k], 0) == "not"
			continue
		}
		if t.adverbBeforeWord(d, k, last) {
			continue
		}
		if !saysSomething(d.Cue[k].Class) && d.POS != nil && !strings.HasPrefix(d.POSNames[d.POS[k]], "NN") {
			for j := k + 1; j < last; j++ {
				if saysSomething(d.Cue[j].Class) && d.POS != nil && isVerb(d, j) {
					return j, negated // a verb: "is in talks to" is judged as "in"
				}
			}
		}
		return k, negated
	}
	return -1, negated
}

// adverbBeforeWord reports whether token k is an adverb by its part of
// speech right before a verb of the cue, which ends at last: "openly
// admires", not "very upbeat about".
func (t *Tagger) adverbBeforeWord(d *layer.Doc, k, last int) bool {
	return d.POS != nil && isAdverb(d.POSNames[d.POS[k]]) && k+1 < last && isVerb(d, k+1)
}

// nounInfinitive reports whether cue run r opens with the "to" of an
// infinitive after a noun: "for talks [to discuss] a debt moratorium",
// "Rover's decision [to talk publicly about] the deal", "competitions
// [to reveal] the best players" purpose or describe; no one says
// anything.
func nounInfinitive(d *layer.Doc, r Run) bool {
	return d.POS != nil && r.First > 0 && d.POSNames[d.POS[r.First]] == "TO" &&
		strings.HasPrefix(d.POSNames[d.POS[r.First-1]], "NN")
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
	case "belief":
		return c != CompTo && c != CompWh // "expect prices to rise" holds a view; "see X as Y" holds that X is Y
	case "evidence":
		return c != CompTo && c != CompObjAs && c != CompWh
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

// participleModifier reports whether g's cue is a participle that
// modifies its source, the subject of a verb later in the sentence:
// "Figures [showing] growth of 2 percent were published on Friday" says
// the figures were published; it reports nothing they show. The cue
// has no auxiliary, is no verb of saying, follows its source with no
// comma between, takes a bare object, and a finite verb follows that
// object before any new clause opens.
func (t *Tagger) participleModifier(d *layer.Doc, g *Group) bool {
	if d.POS == nil || len(g.Sources) == 0 || nearest(g.Sources, g.Cue).Last != g.Cue.First {
		return false
	}
	k, _ := t.cueHead(d, g.Cue.First, g.Cue.Last)
	if k != g.Cue.First || d.POSNames[d.POS[k]] != "VBG" || saysSomething(d.Cue[k].Class) || Complement(d, k) != CompObj {
		return false // "analysts saying sales of $600m were possible" say it
	}
	for j := k + 1; j < d.Sents[d.Sent[k]].Last; j++ {
		if d.FiniteVerb(j) {
			return true
		}
		switch d.POSNames[d.POS[j]] {
		case ",", ":", "CC", "WDT", "WP", "WRB":
			return false // a new clause or phrase: "…, saying", "showing growth and …"
		}
		if d.Toks[j].Kind == token.Quote || layer.IsComplementizer(d.Low[j]) {
			return false
		}
	}
	return false
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
		if t.adverbBeforeWord(d, k, r.Last) {
			continue // "was carefully stage-managed"
		}
		if tag := d.POSNames[d.POS[k]]; !be || tag != "VBN" && tag != "VBD" {
			return false // after "be", a past form is the participle: "is said" tagged VBD
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
		return k < 0 || !layer.IsExpletive(d.Low[k])
	}
	src := nearest(g.Sources, g.Cue)
	return src.Last <= g.Cue.First && !(src.Last-src.First == 1 && layer.IsExpletive(d.Low[src.First]))
}

// passiveAgent makes the agent of a passive cue its group's source: in
// "It was confirmed by the ministry that two soldiers had died" the
// ministry confirmed it. The agent is the noun phrase between the
// agent word (frame-words "by") and the content, at most six tokens.
func (t *Tagger) passiveAgent(d *layer.Doc, g *Group) {
	k := g.Cue.Last
	if len(g.Contents) == 0 || k >= len(d.Toks) || t.frameWords.Field(d.Low[k], 0) != "agent" || !t.passiveCue(d, g.Cue) {
		return
	}
	end := g.Contents[0].First
	for end > k+1 && isComma(d, end-1) {
		end--
	}
	if end <= k+1 || end-k-1 > 6 || !nounHead(d, end-1) {
		return
	}
	agent := Run{Role: 0, First: k + 1, Last: end}
	g.Sources, g.Source = []Run{agent}, agent
}

// assertsNothing reports whether g's content says its speaker asserted
// nothing: "declined [to comment]", "did not respond to [a request for
// comment]" (no-comment.tsv, the whole content or its opening words), or
// its negated cue does ("would not [comment] on its progress", "made no
// comment about …").
func (t *Tagger) assertsNothing(d *layer.Doc, g *Group) bool {
	if head, negated := t.cueHead(d, g.Cue.First, g.Cue.Last); negated && head >= 0 && phraseAt(d, t.noComment, head, len(d.Toks)) {
		return true // "would not comment on its progress"
	}
	if t.silentNegation(d, g) {
		return true // "did not say which …", "made no mention of …"
	}
	for k := g.Cue.First + 1; k < g.Cue.Last; k++ {
		// the tagger may take the phrase into a refusal's cue:
		// "refused [to comment on] reports that …"; a negation before it
		// refuses too: "made [no comment] about the future of …"
		if (d.CueClass(g.Cue.First, g.Cue.Last) == "oppose" || t.negations.Has(d.Low[k-1])) && phraseAt(d, t.noComment, k, len(d.Toks)) {
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
		return k < c.Last && (phraseAt(d, t.noComment, k, c.Last) || t.requestForComment(d, k, c.Last) || t.lonePerson(d, k, c.Last))
	}
	return false
}

// lonePerson reports whether the content [k, end) is one pronoun of a
// person, or a reflexive, with no verb after it: "attacked [him]",
// "defended [himself]", "identified [her]" name whom the act touched, not
// a claim. A subject pronoun before a verb is a content cut short
// ("claims [she] underwent …"): that is left to the content's extension.
func (t *Tagger) lonePerson(d *layer.Doc, k, end int) bool {
	for end > k && d.Toks[end-1].Kind != token.Word {
		end--
	}
	if end != k+1 || !(t.pronouns.Field(d.Low[k], 0) == "person" || t.reflexives.Has(d.Low[k])) {
		return false
	}
	return end >= len(d.Toks) || d.POS == nil || !strings.HasPrefix(d.POSNames[d.POS[end]], "VB")
}

// requestForComment reports whether the content [k, end) is a short noun
// phrase a no-comment phrase opening with a participle describes: "did
// not reply to [an email asking for comment]", "[two calls seeking
// comment]". The phrase says what was asked of the speaker, not what
// the speaker said.
func (t *Tagger) requestForComment(d *layer.Doc, k, end int) bool {
	if d.POS == nil {
		return false
	}
	j := k
	for j < end && j-k < 4 {
		switch d.POSNames[d.POS[j]] {
		case "DT", "CD", "JJ", "NN", "NNS", "PRP$":
			j++
			continue
		}
		break
	}
	return j > k && j < end && d.POSNames[d.POS[j]] == "VBG" && phraseAt(d, t.noComment, j, end)
}

// writerSpeaks reports whether g's source is a first-person pronoun
// outside any quotation and transcript ("I do not think …", "we should
// not see these phones as …" in a columnist's text): the writer's own
// voice, which the article asserts rather than reports.
func (t *Tagger) writerSpeaks(d *layer.Doc, g *Group) bool {
	k, ok := t.narratorWord(d, g)
	return ok && t.pronouns.Field(d.Low[k], 2) == "first"
}

// narratorWord returns g's source when it is one word outside any
// quotation and transcript, its cue outside quotations too: the word a
// pronoun of the writer ("I", "we") or of the reader ("you") stands as.
func (t *Tagger) narratorWord(d *layer.Doc, g *Group) (int, bool) {
	if len(g.Sources) == 0 || len(t.turns) > 0 {
		return 0, false
	}
	src := nearest(g.Sources, g.Cue)
	ok := src.Last-src.First == 1 && d.Quote[src.First] < 0 && d.Quote[g.Cue.First] < 0
	return src.First, ok
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
