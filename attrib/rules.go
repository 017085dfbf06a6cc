package attrib

import (
	"sort"

	"github.com/claimtrail/claimtrail/layer"
)

// The rules here are those of docs/design.md's step 3 that a reader
// applies to an attribution's spans before knowing who speaks: a
// sourceless question cue makes no statement, a stray content before the
// source is dropped, a content runs on to its sentence's end or stops
// before a channel phrase, a source sheds a prepositional phrase it
// swallowed. This file holds their order (applyRules, boundContent); the
// rules live by idea: a source's run, sourcespan.go; a content's tail,
// contentrun.go; a channel phrase, channelcut.go; a reporting noun's
// clause and the main verb, mainverb.go; a cue raised over a verb of
// saying, raised.go and quotedas.go. Which cues make a statement is
// cue.go's; the reporting clause around a content, clause.go's;
// statements nested in a content and headlines, nested.go's; "according
// to" inside another statement, according.go's. They live with the
// tagger because they read its labels and change only the group's runs;
// the rules that need the statements before are speaker's (a shared
// source) and extract's (a cited source joins the statement before).

// applyRules applies the span rules to each group with a content, in
// place, and returns those that keep one.
func (t *Tagger) applyRules(d *layer.Doc, gs []Group, labs []uint8) []Group {
	relativeSources(d, gs)
	relativeToMain(d, gs)
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
		t.trimCue(d, &g)
		dropStrayContents(d, &g)
		if len(g.Contents) == 0 {
			t.dropped("stray-content", &g)
			continue
		}
		if t.assertsNothing(d, &g) {
			if len(g.Sources) > 0 {
				silent = nearest(g.Sources, g.Cue)
				lender = silent
			}
			t.dropped("asserts-nothing", &g)
			continue
		}
		t.boundContent(d, &g, gs, labs)
		t.attitudeIntoCue(d, &g)
		if whOnly(d, &g) {
			t.dropped("wh-only", &g)
			continue // "twice what analysts had been expecting": no content said
		}
		t.dropChannelObjects(d, &g)
		chooseSource(d, &g)
		passive, says := t.impersonal(d, &g)
		if passive && !says {
			t.dropped("impersonal-belief", &g)
			continue
		}
		g.Impersonal = passive
		t.clearAccused(d, &g)
		out = append(out, g)
	}
	if len(handed) > 0 {
		out = append(out, handed...)
		sort.SliceStable(out, func(i, j int) bool { return out[i].Cue.First < out[j].Cue.First })
	}
	return out
}

// trimCue cuts from g's cue what is no reporting word — a channel, an
// adjunct, the addressee, the topic, a condition — and takes a fronted
// "Said X:" verb for the cue; in this order, as each reads the cue the
// one before left.
func (t *Tagger) trimCue(d *layer.Doc, g *Group) {
	t.cutCueChannel(d, g)
	t.cutCueAdjunct(d, g)
	t.cutCueAddressee(d, g)
	t.cutCueTopic(d, g)
	frontedVerbCue(d, g)
	conditionOutOfCue(d, g)
}

// chooseSource sets g.Source to the source run nearest the cue outside
// asides, trimmed of a trailing time and topic; TimedEnd keeps where the
// run with its time ended, as PolNeAR marks the span.
func chooseSource(d *layer.Doc, g *Group) {
	if len(g.Sources) == 0 {
		return
	}
	whole := trimSource(d, nearest(outsideAsides(d, g.Sources, g.Cue), g.Cue))
	timeless := dropTrailingTime(d, whole)
	g.Source = dropTopicTail(d, g.Cue, timeless)
	if g.Source.Last == timeless.Last && timeless.Last < whole.Last {
		g.TimedEnd = whole.Last
	}
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
	t.cutChannel(d, g)
}
