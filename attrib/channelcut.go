package attrib

import (
	"strings"

	"github.com/claimtrail/claimtrail/layer"
)

// cutChannel ends a content that follows its cue where a channel phrase
// starts ("dismissed the reports as baseless [in a statement on
// Wednesday]"): the phrase says how the statement was made, not what.
// A content the tagger already ended where the phrase starts is marked
// as cut too, so a date after the phrase is the statement's (dating).
// The phrases that may end a content: those of channels.tsv that open
// with a word of channel-prepositions.tsv (t.channels), and a word of
// channel-prepositions.tsv with determiners and adjectives before a
// channel noun ("[in a recent interview] with …", "[during his opening
// statement]", "[in prepared remarks]"; channelNounAt) after a content
// with no finite verb of its own (VerblessHead).
func (t *Tagger) cutChannel(d *layer.Doc, g *Group) {
	channels := t.channels
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
		if d.Quote[k] < 0 && (channelAt(d, channels, k, c.Last) || VerblessHead(d, c.First, k) && t.channelNounAt(d, k, c.Last)) {
			c.Last = k
			g.ChannelCut = true
			return
		}
	}
}

// channelNounAt reports whether a preposition of channel-prepositions.tsv
// at token k opens a phrase ending by token end whose head is a channel
// noun (t.channelNouns, read as a noun), after up to three determiners,
// possessives, adjectives or nouns, the first a determiner or a
// possessive; a preposition marked "noun" in
// channel-prepositions.tsv: "in a recent interview", "during the press
// conference", "in his opening statement". A meeting or talks are no
// channel here: "agreed the deal at talks in Geneva" is what was said.
func (t *Tagger) channelNounAt(d *layer.Doc, k, end int) bool {
	if t.channelPreps.Field(d.Low[k], 0) != "noun" {
		return false // "would not comment [on the speech]": its topic
	}
	if k+1 >= end || d.POSNames[d.POS[k+1]] != "DT" && d.POSNames[d.POS[k+1]] != "PRP$" {
		return false // "examples of plagiarism [in political speech]": speech as a topic
	}
	for j := k + 1; j < end && j <= k+4; j++ {
		if strings.HasPrefix(d.POSNames[d.POS[j]], "NN") && phraseAt(d, t.channelNouns, j, end) {
			return true
		}
		if !channelModifier(d.POSNames[d.POS[j]]) {
			return false
		}
	}
	return false
}

// VerblessHead reports whether tokens [first, end) are a noun phrase
// with no finite verb of its own: any finite verb stands in a relative
// clause that a relative pronoun opens after a noun ("her support for
// the immigrants [who have moved to the city]"). A channel phrase after
// such a phrase says how the speaker said it; after a clause it may be
// the clause's own ("said Obama trumpeted the plan during his address").
func VerblessHead(d *layer.Doc, first, end int) bool {
	relative := false
	for k := first; k < end; k++ {
		tag := d.POSNames[d.POS[k]]
		if (tag == "WDT" || tag == "WP") && k > first && strings.HasPrefix(d.POSNames[d.POS[k-1]], "NN") {
			relative = true
		}
		if d.FiniteVerb(k) && !relative {
			return false
		}
	}
	return true
}

// channelModifier reports whether a word tagged tag may stand between a
// channel phrase's preposition and its noun: a determiner, a possessive,
// an adjective, a modifying participle ("opening", "prepared") or a
// noun or name ("a CNN interview", "Fox News's interview").
func channelModifier(tag string) bool {
	switch tag {
	case "DT", "PRP$", "JJ", "JJS", "JJR", "VBG", "VBN", "NN", "NNP", "NNPS", "POS":
		return true
	}
	return false
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
