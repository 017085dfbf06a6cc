// Package attrib is the attribution tagger (docs/design.md,
// "Extraction", steps 2 and 3): a two-pass linear-chain perceptron labels
// each line's tokens as source, cue or content (BIOES); the labelled runs
// are grouped into attributions, a cue with its sources and contents, and
// the rules a reader applies to spans before any speaker is known are
// applied to them (rules.go). A transcript is read by rule
// (transcript.go).
package attrib

import (
	"strings"
	"sync"

	"github.com/claimtrail/claimtrail/internal/seqtag"
	"github.com/claimtrail/claimtrail/lang"
	"github.com/claimtrail/claimtrail/layer"
)

// Models are the two passes of the attribution tagger: the second reads
// the first's predictions (stacking).
type Models struct {
	First, Second *seqtag.Model
	// Filter, when set, is the learned statement filter (filter.go).
	Filter *Filter

	once sync.Once
	p    *seqtag.Pair
}

// Prepare builds the run-time table of both passes now, not in the first
// Tag. First and Second must not change after it.
func (ms *Models) Prepare() { ms.pair() }

// pair returns the shared table of both passes, nil without a second
// pass. First and Second must not change once it is built.
func (ms *Models) pair() *seqtag.Pair {
	ms.once.Do(func() {
		if ms.Second != nil {
			ms.p = seqtag.NewPair(ms.First, ms.Second)
		}
	})
	return ms.p
}

// maxSeq bounds a tagger sequence: a longer line is cut at sentence ends
// into pieces of about this many tokens (a paragraph rarely is longer; a
// text with no line breaks would otherwise be one huge sequence).
const maxSeq = 400

// Tagger labels the attributions of layer documents and groups them.
// It holds the scratch buffers of one document: it is not safe for
// concurrent use (keep one per goroutine).
type Tagger struct {
	models          *Models
	nonSpeakers     *lang.Table        // transcript labels that name no speaker
	channels        layer.Phrases      // the channel phrases that end a content (cutChannel)
	channelNouns    layer.Phrases      // the channel phrases a preposition and modifiers may open (cutChannel): no meeting
	allChannels     layer.Phrases      // every channel phrase (cutCueChannel)
	channelPreps    *lang.Table        // the prepositions that open a channel phrase
	cueHeads        *lang.Table        // the heads of cues PolNeAR annotates (attributionCue)
	cueFrames       map[string]compSet // the complements with which an act's word reports (attributionCue)
	actObjects      *lang.Table        // "offer", "bid": a refusal of one is an act (attributionCue)
	messageNouns    *lang.Table        // "congratulations": offering them reports (attributionCue)
	inferenceCues   *lang.Table        // "which would suggest": the writer infers (attributionCue)
	nounSenses      *lang.Table        // "the awards show", "top seed": a noun, no cue (nounSense)
	possibleOnly    *lang.Table        // "might", "could": a cue under one is a mere possibility (attributionCue)
	quantifiers     *lang.Table        // "many", "some": alone before a belief, its holder (heldClause)
	cueContexts     *lang.Table        // "you", "than": around a cue, it reports nothing (nonspeech.go)
	personNouns     *lang.Table        // "actor": a noun naming a person (causalThing)
	roles           *lang.Table        // "minister", "officials": a role's head word (causalThing)
	headStats       CueStats           // their counts, per complement
	negations       *lang.Table        // "not", "never": a negated cue (attributionCue)
	contrasts       map[string]bool    // "but", "yet": a comma before one ends a content (extendContent)
	pronouns        *lang.Table        // the first person (writerSpeaks)
	reflexives      *lang.Table        // "himself": alone, a content that asserts nothing (lonePerson)
	documents       *lang.Table        // "survey", "figures": what shows a finding (thingShown)
	actForms        map[string]string  // a cue head's act-objects.tsv form, by word (actLemma)
	toWhom          map[string]bool    // "told": an addressee may follow a reporting clause that ends a sentence (tailClause)
	addresseeLemmas *lang.Table        // "tell": a cue run may close on its addressee (cutCueAddressee)
	addresseeNouns  *lang.Table        // "court", "audience": a singular noun heading an addressee (cutCueAddressee)
	topicPreps      *lang.Table        // "of", "to": a cue run's phrase about what or whom it was said (cutCueTopic)
	expressionVerbs *lang.Table        // "expressed", "voiced": a verb giving voice to an attitude (attitudeIntoCue)
	expressionNouns *lang.Table        // "concern", "support": the attitude, part of the cue after one (attitudeIntoCue)
	noComment       layer.Phrases      // contents that assert nothing (assertsNothing)
	silentNegations *lang.Table        // "did not [say] which", "made no [mention] of" (silentNegation)
	unvoicedWords   *lang.Table        // "The Bill [proposes]", "What X [wanted] was" (unvoiced.go)
	accusations     *lang.Table        // "accused" "of": a passive one's subject is the accused (accused.go)
	frameWords      *lang.Table        // "quoted", "as saying" (quotedAsSaying)
	reportingNouns  *lang.Table        // "claim", "warning" (stopAtMainVerb)
	quoteAs         layer.Phrases
	viaPhrases      layer.Phrases // "according to" (absorbAccording)
	ft              featurizer
	seq             seqtag.Seq
	seq2            seqtag.Seq
	dec             seqtag.Decoder
	labs            []uint8
	stage1          []uint8
	out             []uint8
	turns           []labelLine // a transcript's lines (transcript.go)
	at              []int32
	runs            []Run
	trace           func(why string, g Group)                  // SetTrace
	sample          func(feats []string, v Verdicts, g *Group) // FilterSamples
	feats           features                                   // a group's filter features (filter.go)
}

// NewTagger returns a Tagger of language code with models ms.
func NewTagger(code string, ms *Models) (*Tagger, error) {
	t := &Tagger{models: ms}
	var channels, preps, noComment, clauses, addressees *lang.Table
	for _, l := range []struct {
		name string
		dst  **lang.Table
	}{
		{"transcript-nonspeakers", &t.nonSpeakers}, {"channels", &channels}, {"channel-prepositions", &preps},
		{"cue-heads", &t.cueHeads}, {"no-comment", &noComment}, {"frame-words", &t.frameWords},
		{"reporting-nouns", &t.reportingNouns}, {"negations", &t.negations}, {"stance-clauses", &clauses},
		{"pronouns", &t.pronouns}, {"act-objects", &t.actObjects}, {"message-nouns", &t.messageNouns},
		{"inference-cues", &t.inferenceCues}, {"noun-senses", &t.nounSenses}, {"possibility-modals", &t.possibleOnly},
		{"quantifier-subjects", &t.quantifiers}, {"cue-contexts", &t.cueContexts}, {"person-nouns", &t.personNouns},
		{"roles", &t.roles}, {"reflexives", &t.reflexives}, {"document-nouns", &t.documents},
		{"addressee-cues", &addressees}, {"silent-negations", &t.silentNegations},
		{"addressee-nouns", &t.addresseeNouns}, {"cue-topic-prepositions", &t.topicPreps},
		{"expression-verbs", &t.expressionVerbs}, {"expression-nouns", &t.expressionNouns},
		{"unvoiced", &t.unvoicedWords}, {"accusations", &t.accusations},
	} {
		tab, err := lang.Load(code, l.name)
		if err != nil {
			return nil, err
		}
		*l.dst = tab
	}
	t.addresseeLemmas = addressees
	t.toWhom = map[string]bool{}
	for _, k := range addressees.Order {
		for _, f := range strings.Split(addressees.Field(k, 0), ",") {
			t.toWhom[f] = true
		}
	}
	frames, err := loadFrames(code)
	if err != nil {
		return nil, err
	}
	var quoteAs, vias []string
	for _, k := range t.frameWords.Order {
		switch t.frameWords.Field(k, 0) {
		case "quote-as":
			quoteAs = append(quoteAs, k)
		case "via":
			vias = append(vias, k)
		}
	}
	var cuts, nouns []string // the channel phrases that end a content; those a preposition may open
	for _, k := range channels.Order {
		w, _, _ := strings.Cut(k, " ")
		switch {
		case preps.Has(w):
			cuts = append(cuts, k)
		case channels.Field(k, 0) != "meeting":
			nouns = append(nouns, k) // "a meeting", "talks": where the content's own act may take place
		}
	}
	t.channelNouns = layer.NewPhrases(nouns)
	t.channels, t.allChannels, t.channelPreps = layer.NewPhrases(cuts), layer.NewPhrases(channels.Order), preps
	t.cueFrames, t.headStats, t.contrasts = frames, parseHeads(t.cueHeads), contrasts(clauses)
	t.noComment, t.quoteAs, t.viaPhrases = layer.NewPhrases(noComment.Order), layer.NewPhrases(quoteAs), layer.NewPhrases(vias)
	return t, nil
}

// Tag returns the attributions of d in text order of their cues: each a
// cue with its sources and contents, the rules of rules.go applied.
// Only groups with a content are returned.
func (t *Tagger) Tag(d *layer.Doc) []Group {
	return t.group(d, t.Label(d))
}

// Labeled is what Label read of one document, kept so that a group of
// documents is labelled one after another, the tagger's tables staying
// in the processor's cache, before the rules read each (TagLabeled).
type Labeled struct {
	labs  []uint8
	turns []labelLine
}

// LabelInto labels d, as Label does, into l (its buffers reused).
func (t *Tagger) LabelInto(d *layer.Doc, l *Labeled) {
	l.labs = append(l.labs[:0], t.Label(d)...)
	l.turns = append(l.turns[:0], t.turns...)
}

// TagLabeled is Tag of d, whose labels LabelInto read into l: the same
// groups as Tag(d).
func (t *Tagger) TagLabeled(d *layer.Doc, l *Labeled) []Group {
	t.labs = append(t.labs[:0], l.labs...)
	t.turns = append(t.turns[:0], l.turns...)
	return t.group(d, t.labs)
}

// group reads the groups of d from its labels labs, the rules applied.
func (t *Tagger) group(d *layer.Doc, labs []uint8) []Group {
	t.runs = appendLabelRuns(t.runs[:0], labs) // groupRuns copies what it keeps
	gs := groupRuns(d, t.runs)
	if t.trace != nil {
		for i := range gs {
			t.trace("grouped", gs[i]) // the runs as grouped, before any rule
		}
	}
	nest(d, gs)
	carryQuotations(d, gs)
	gs = t.absorbAccording(d, t.applyRules(d, gs, labs))
	gs = cutWire(d, t.headlineGroups(d, t.tailGroups(d, t.innerGroups(d, gs))))
	finishQuotations(d, gs)
	joinContinuations(d, gs)
	return gs
}

// lines calls fn for each line's token range.
func (ft *featurizer) lines(fn func(first, last int)) {
	start := 0
	for i := 1; i <= len(ft.Toks); i++ {
		if i == len(ft.Toks) || ft.Line[i] != ft.Line[i-1] {
			ft.chunks(start, i, fn)
			start = i
		}
	}
}

// chunks calls fn on [first, last), cut at sentence ends into pieces of
// at most about maxSeq tokens.
func (ft *featurizer) chunks(first, last int, fn func(first, last int)) {
	for last-first > maxSeq {
		cut := first + maxSeq
		for cut > first+1 && ft.Sent[cut] == ft.Sent[cut-1] {
			cut--
		}
		if cut <= first+1 {
			cut = first + maxSeq // one enormous sentence: cut anyway
		}
		fn(first, cut)
		first = cut
	}
	fn(first, last)
}

// Label labels every token of d by both passes, line by line, then
// reads a transcript by rule (transcript.go). The second pass reuses the
// first pass's features and adds what the first predicted; it runs only on
// the sentences where the first pass found something, since one the first
// pass leaves empty holds no attribution the second would find.
func (t *Tagger) Label(d *layer.Doc) []uint8 {
	ms := t.models
	ft := t.ft.prepare(d)
	t.labs = t.labs[:0]
	if len(ft.Toks) == 0 {
		return t.labs
	}
	if cap(t.stage1) < len(ft.Toks) {
		t.stage1 = make([]uint8, len(ft.Toks))
	}
	t.stage1 = t.stage1[:len(ft.Toks)]
	clear(t.stage1)
	t.labs = append(t.labs, t.stage1...) // all O
	pair := ms.pair()
	ft.lines(func(first, last int) {
		t.seq.Reset()
		ft.features(&t.seq, first, last)
		if pair == nil {
			t.out = ms.First.Decode(&t.dec, &t.seq, t.out[:0])
		} else {
			t.out = pair.DecodeFirst(&t.dec, &t.seq, t.out[:0])
		}
		copy(t.labs[first:last], t.out)
		if pair == nil || allO(t.out) {
			return
		}
		t.secondPass(ft, pair, first, last)
	})
	t.turns = t.transcriptLines(d, t.turns[:0])
	readTranscript(t.labs, t.turns)
	return t.labs
}

// secondPass relabels line [first, last), which the first pass labelled
// (t.out) with something, with the second pass.
func (t *Tagger) secondPass(ft *featurizer, pair *seqtag.Pair, first, last int) {
	copy(t.stage1[first:last], t.out)
	// the second pass reads the sentences where the first found
	// something: one left empty holds nothing the second would find
	// (PolNeAR dev scores the same either way), and 30 % of the
	// tokens are spared
	t.at = t.at[:0]
	for k := first; k < last; {
		si, e, has := ft.Sent[k], k, false
		for ; e < last && ft.Sent[e] == si; e++ {
			has = has || t.stage1[e] != labO
		}
		if has {
			for j := k; j < e; j++ {
				t.at = append(t.at, int32(j-first))
			}
		}
		k = e
	}
	// the second pass: the first pass's sums (kept by DecodeFirst)
	// plus the features of the first pass's predictions
	ft.stage1 = t.stage1
	ft.stackPrep(first, last)
	t.seq2.Reset()
	for _, k := range t.at {
		i := first + int(k)
		inq := byte(0)
		if ft.Quote[i] >= 0 {
			inq = 1
		}
		t.seq2.Feats = ft.stackFeatures(t.seq2.Feats, i, ft.WordHash[i], inq)
		t.seq2.EndToken()
	}
	ft.stage1 = nil
	t.out = pair.DecodeSecond(&t.dec, &t.seq2, t.at, t.out[:0])
	for j, k := range t.at {
		t.labs[first+int(k)] = t.out[j]
	}
}

func allO(labs []uint8) bool {
	for _, l := range labs {
		if l != labO {
			return false
		}
	}
	return true
}

// tag labels every token of d with model m alone (training: the
// first-pass predictions the second pass learns from).
func (t *Tagger) tag(d *layer.Doc, m *seqtag.Model) []uint8 {
	ft := t.ft.prepare(d)
	t.labs = t.labs[:0]
	if len(ft.Toks) == 0 {
		return t.labs
	}
	ft.lines(func(first, last int) {
		t.seq.Reset()
		ft.features(&t.seq, first, last)
		t.labs = m.Decode(&t.dec, &t.seq, t.labs)
	})
	return t.labs
}

// contrasts returns the words of table stance-clauses that end a scope and
// open no subordinate clause: the coordinating contrasts ("but", "yet").
func contrasts(clauses *lang.Table) map[string]bool {
	out := map[string]bool{}
	for w, row := range clauses.Rows {
		roles := ","
		if len(row) > 0 {
			roles += row[0] + ","
		}
		if strings.Contains(roles, ",scope-end,") && !strings.Contains(roles, ",subordinate,") {
			out[w] = true
		}
	}
	return out
}
