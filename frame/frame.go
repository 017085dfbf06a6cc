// Package frame reads how a statement was made (docs/design.md,
// "Extraction", step 5): its channel, venue and addressee, the sources it
// cites (via), its polarity and whether it is hedged. Each is a function
// of the layer document and the attribution group; the words they look
// for are lang tables (channels, cue-channels, frame-words, negations,
// negation-exceptions, hedges, stance-clauses, polarity-words,
// content-adjuncts, naming-verbs). Bound
// ends a content where the reporter's adjunct to it starts.
package frame

import (
	"strings"

	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/lang"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/mention"
)

// Reader reads the frame of statements with the tables of one language.
// Its mention parser keeps a buffer: it is not safe for concurrent use.
type Reader struct {
	mentions    *mention.Parser
	channels    *lang.Table
	channelAt   layer.Phrases // channels' phrases by first word
	cueChannels *lang.Table
	words       *lang.Table   // frame-words: a word's role
	via         layer.Phrases // the frame words of role via
	negations   *lang.Table
	notNegating *lang.Table // negation-exceptions
	hedges      *lang.Table
	clauses     *lang.Table     // stance-clauses: words that open a clause
	polWords    *lang.Table     // polarity-words: coordinators, copulas, auxiliaries (Polarity)
	adjuncts    *lang.Table     // content-adjuncts: words opening a reporter's adjunct (Bound)
	naming      *lang.Table     // naming-verbs: "labelled", joined to the cue, the reporter's (Bound)
	bidding     *lang.Table     // bidding-verbs: "ordered", "recommended", saying the cue lexicon lacks (Bound)
	toWhom      map[string]bool // the forms of addressee-cues: "told [reporters] that" (Bound)
	matterPreps map[string]bool // a form and a preposition of addressee-cues: "warned|against" (Bound)
	saidNouns   map[string]bool // message-nouns and reporting-nouns: "told [the story] of" is no addressee (Bound)
	outlets     *lang.Table     // outlet-nouns: "told the BBC News website [Ford] did" (splitAddressee)
	givenNames  *lang.Table     // given-names: "told the BBC [Michael] Howard has" (splitAddressee)
	anon        anonymity
	sub         []bool // per token of a sentence: in a subordinate clause (markClauses)
}

// New returns a Reader of language code.
func New(code string) (*Reader, error) {
	mp, err := mention.New(code)
	if err != nil {
		return nil, err
	}
	r := &Reader{mentions: mp}
	for _, t := range []struct {
		name string
		dst  **lang.Table
	}{
		{"channels", &r.channels}, {"cue-channels", &r.cueChannels}, {"frame-words", &r.words},
		{"negations", &r.negations}, {"negation-exceptions", &r.notNegating}, {"hedges", &r.hedges},
		{"stance-clauses", &r.clauses}, {"content-adjuncts", &r.adjuncts}, {"polarity-words", &r.polWords},
		{"naming-verbs", &r.naming}, {"outlet-nouns", &r.outlets}, {"given-names", &r.givenNames},
		{"bidding-verbs", &r.bidding},
	} {
		tb, err := lang.Load(code, t.name)
		if err != nil {
			return nil, err
		}
		*t.dst = tb
	}
	r.channelAt = layer.NewPhrases(r.channels.Order)
	if r.toWhom, err = formsOf(code, "addressee-cues"); err != nil {
		return nil, err
	}
	r.matterPreps = matterPrepositions(lang.MustLoad(code, "addressee-cues"))
	r.saidNouns = map[string]bool{}
	for _, name := range []string{"message-nouns", "reporting-nouns"} {
		for _, k := range lang.MustLoad(code, name).Order {
			r.saidNouns[k] = true
		}
	}
	var via []string
	for _, k := range r.words.Order {
		if r.words.Field(k, 0) == "via" {
			via = append(via, k)
		}
	}
	r.via = layer.NewPhrases(via)
	anon, err := lang.Load(code, "anonymous")
	if err != nil {
		return nil, err
	}
	r.anon = newAnonymity(anon)
	return r, nil
}

// formsOf returns the set of the lemmas of table name and their forms,
// its first field, comma-separated.
func formsOf(code, name string) (map[string]bool, error) {
	tb, err := lang.Load(code, name)
	if err != nil {
		return nil, err
	}
	set := map[string]bool{}
	for _, k := range tb.Order {
		set[k] = true
		for _, f := range strings.Split(tb.Field(k, 0), ",") {
			if f != "" {
				set[f] = true
			}
		}
	}
	return set, nil
}

// matterPrepositions returns the set of "form|preposition" of table tb
// (addressee-cues): each form of a lemma with each preposition of its
// second field, what was said opening after the addressee
// ("warned|against": "warned [musicians] against being allied …").
func matterPrepositions(tb *lang.Table) map[string]bool {
	set := map[string]bool{}
	for _, k := range tb.Order {
		forms := append(strings.Split(tb.Field(k, 0), ","), k)
		for _, p := range strings.Split(tb.Field(k, 1), ",") {
			for _, f := range forms {
				if p != "" && f != "" {
					set[f+"|"+p] = true
				}
			}
		}
	}
	return set
}

// scope returns the token range of the cue's sentence.
func scope(d *layer.Doc, g *attrib.Group) (int, int) {
	s := d.Sents[d.Sent[g.Cue.First]]
	return s.First, s.Last
}

// inContent reports whether token k lies in one of g's contents.
func inContent(g *attrib.Group, k int) bool {
	for _, c := range g.Contents {
		if c.First <= k && k < c.Last {
			return true
		}
	}
	return false
}

// matchAt reports whether the words of phrase ph are tokens k… of d,
// lower-cased.
func matchAt(d *layer.Doc, k int, ph []string) bool {
	for n, w := range ph {
		if d.Low[k+n] != w {
			return false
		}
	}
	return true
}
