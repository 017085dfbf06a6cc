package frame

import (
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/mention"
	"github.com/claimtrail/claimtrail/token"
)

// Channel sets the channel of st, the statement of g, and its
// addressee: the channel phrase of the cue's sentence nearest the cue
// outside the content ("telephone conversation with X" → addressee X;
// "interview with Al-Monitor" → venue), else what the cue says itself
// ("tweeted"; "told CNN" → an interview, "told the minister" → the
// addressee).
func (r *Reader) Channel(d *layer.Doc, g *attrib.Group, st *claimtrail.Statement) {
	first, last := scope(d, g)
	r.channelPhrase(d, g, st, first, last)
	lemma := st.Cue.Lemma
	object := r.cueChannels.Field(lemma, 2) == "object"
	if st.Channel.Kind == "" {
		st.Channel.Kind = claimtrail.ChannelUnknown
		if kind := r.cueChannels.Field(lemma, 0); kind != "" && !object {
			st.Channel = claimtrail.Channel{Kind: kind, Text: st.Cue.Text, Venue: r.cueChannels.Field(lemma, 1)}
		}
	}
	if object && st.Channel.Kind != claimtrail.ChannelToldReporters && g.Cue.Last < last && !inContent(g, g.Cue.Last) {
		// "told CNN" names an outlet; "told the minister" a person
		if name, typ := r.nameAfter(d, g.Cue.Last, last, g); name != "" {
			if typ == claimtrail.SpeakerPublication {
				st.Channel = claimtrail.Channel{Kind: r.cueChannels.Field(lemma, 0), Text: st.Cue.Text, Venue: name}
			} else if st.Addressee == "" {
				st.Addressee = name
			}
		}
	}
}

// channelPhrase sets st's channel from the phrase of tokens [first,
// last) nearest the cue, outside the content, and the addressee or venue
// its object names.
func (r *Reader) channelPhrase(d *layer.Doc, g *attrib.Group, st *claimtrail.Statement, first, last int) {
	bestD := 1 << 30
	for k := first; k < last; k++ {
		if inContent(g, k) {
			continue
		}
		for _, ph := range r.channelAt[d.Low[k]] {
			if k+len(ph) > last || !matchAt(d, k, ph) {
				continue
			}
			dist := abs(k - g.Cue.First)
			if dist >= bestD {
				continue
			}
			bestD = dist
			key := strings.Join(ph, " ")
			sp := claimtrail.Span{Start: d.Toks[k].Start, End: d.Toks[k+len(ph)-1].End}
			st.Channel = claimtrail.Channel{Kind: r.channels.Field(key, 0), Text: d.Text[sp.Start:sp.End], Venue: r.channels.Field(key, 1), Span: &sp}
			// "… with X": an interview's outlet, a call's other party
			if j := k + len(ph); j < last && r.words.Field(d.Low[j], 0) == "object" {
				if name, typ := r.nameAfter(d, j+1, last, g); name != "" {
					if typ == claimtrail.SpeakerPublication || (st.Channel.Kind == claimtrail.ChannelInterview && typ != claimtrail.SpeakerPerson) {
						st.Channel.Venue = name
					} else {
						st.Addressee = name
					}
				}
			}
			break
		}
	}
}

// nameAfter reads the noun phrase starting at token k (up to a comma,
// a cue or the end of the scope) as a mention and returns its name and
// speaker type.
func (r *Reader) nameAfter(d *layer.Doc, k, end int, g *attrib.Group) (string, string) {
	j := k
	for j < end && !inContent(g, j) && j != g.Cue.First {
		t := d.Toks[j]
		if t.Kind == token.Punct || t.Kind == token.Quote {
			break
		}
		if j > k && (r.words.Field(d.Low[j], 0) == "stop" || d.Cue[j].Class != 0 && !layer.Capitalised(t.Text(d.Text))) {
			break
		}
		j++
	}
	if j <= k {
		return "", ""
	}
	m := r.mentions.ReadOwn(d, k, j)
	if m.Name == "" || m.Kind == mention.Descriptor || m.Kind == mention.Definite {
		return "", ""
	}
	return m.Name, m.Type
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
