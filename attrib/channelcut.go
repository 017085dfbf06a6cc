package attrib

import (
	"github.com/claimtrail/claimtrail/layer"
)

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
