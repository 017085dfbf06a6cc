package attrib

import "github.com/claimtrail/claimtrail/layer"

// Which groups the rules drop, and why: applyRules asks rejected
// first, and tells a trace, when one is set, each group it drops.

// SetTrace makes t call fn with each group a rule drops and the rule's
// name ("cue", "passive-subject", "stray-content", …), and first each
// group as grouped, before any rule, with "grouped": a diagnostic of
// what assembly loses (extract's assembly-loss test), and extract's way
// to keep the sources of dropped groups as antecedents for speaker
// resolution, so it is set in production: fn must be cheap. nil stops it.
func (t *Tagger) SetTrace(fn func(why string, g Group)) { t.trace = fn }

// rejected names the first test that makes g no attribution at all,
// or returns "": a cue that reports nothing (cue.go), a passive
// subject, the writer's "I", a source that is no noun phrase, a
// participle modifying a noun, a word of a name, a participle describing a noun. With a learned filter
// (filter.go) the hand rules' verdicts are its features and it has the
// last word ("filter" when it drops a group the rules keep).
func (t *Tagger) rejected(d *layer.Doc, g *Group) string {
	cueWhy := t.cueVerdict(d, g.Cue)
	if cueWhy == "" && t.thingShown(d, g) {
		cueWhy = "reports-with" // a word of evidence with no claim to show
	}
	filter := t.models.Filter
	if t.sample != nil {
		filter = nil // FilterSamples: the hand rules alone decide
	}
	if filter == nil && t.sample == nil {
		if cueWhy != "" {
			return "cue"
		}
		return t.otherRule(d, g)
	}
	v := Verdicts{CueWhy: cueWhy, Other: t.otherRule(d, g), Saying: t.sayingWithClause(d, g.Cue)}
	t.filterFeatures(d, g, v, &t.feats)
	if filter == nil {
		sampled := *g // a copy for the hook, so that g need not live on the heap
		t.sample(t.feats.strings(), v, &sampled)
		return v.Hand()
	}
	return filter.decide(&t.feats, v)
}

// otherRule names the first rule past the cue's that makes g no
// attribution, or returns "".
func (t *Tagger) otherRule(d *layer.Doc, g *Group) string {
	switch {
	case t.passiveSubject(d, g):
		return "passive-subject"
	case t.writerSpeaks(d, g), t.imperativeObject(d, g): // "I think …", "Let's hope …"
		return "writer"
	case t.readerAddressed(d, g):
		return "reader"
	case t.conditionalCue(d, g):
		return "conditional"
	case !nominalSource(d, g):
		return "not-nominal-source"
	case t.participleModifier(d, g):
		return "participle-modifier"
	case t.displayedFact(d, g):
		return "displayed-fact"
	case t.namingParticiple(d, g), t.namedNoun(d, g):
		return "naming-participle"
	case t.leadingParticiple(d, g):
		return "leading-participle"
	case t.reducedRelative(d, g):
		return "reduced-relative"
	case t.bareParticiple(d, g):
		return "bare-participle"
	case t.causalThing(d, g):
		return "causal-thing"
	case t.futureDisplay(d, g):
		return "future-display"
	case t.pendingAnnouncement(d, g):
		return "pending-announcement"
	case t.negativeSource(d, g):
		return "negative-source"
	case t.deedShown(d, g):
		return "deed-shown"
	case t.callMade(d, g):
		return "call-made"
	case t.voteCast(d, g):
		return "vote-cast"
	case t.nounParticiple(d, g):
		return "noun-participle"
	case t.topicOnly(d, g):
		return "topic-only"
	case existentialFeeling(d, g):
		return "existential-feeling"
	case t.sourcelessNoun(d, g):
		return "sourceless-noun"
	case t.sourcelessParticiple(d, g):
		return "sourceless-participle"
	case t.writerHedge(d, g):
		return "writer-hedge"
	case nameWordCue(d, g):
		return "name-word"
	case adjectiveCue(d, g), prepositionParticiple(d, g):
		return "adjective-cue"
	case t.auxiliaryCue(d, g):
		return "auxiliary-cue"
	case t.modifierSource(d, g):
		return "modifier-source"
	case t.withheldDenial(d, g):
		return "withheld-denial"
	case t.pledgedThing(d, g):
		return "pledged-thing"
	case t.quoteGloss(d, g):
		return "quote-gloss"
	case t.headlineRefusal(d, g):
		return "headline-refusal"
	case t.guessedSpeaker(d, g):
		return "guessed-speaker"
	case t.productAdded(d, g):
		return "product-added"
	case t.namedDemonstrative(d, g):
		return "named-demonstrative"
	case t.prospectiveSaying(d, g):
		return "prospective-saying"
	case t.biddenSaying(d, g):
		return "bidden-saying"
	case t.unvoiced(d, g):
		return "unvoiced"
	}
	return ""
}

// dropped tells the trace, when one is set, that rule why dropped g.
func (t *Tagger) dropped(why string, g *Group) {
	if t.trace != nil {
		t.trace(why, *g)
	}
}
