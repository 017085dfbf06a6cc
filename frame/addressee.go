package frame

import (
	"strings"

	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// maxAddressee bounds the words of an addressee splitAddressee reads
// ("his RBS 6 Nations Championship rivals").
const maxAddressee = 10

// splitAddressee starts content c, which opens right after the cue verb
// v of addressee-cues.tsv and which dropAddressee left whole, where what
// was said opens past a longer addressee than objectEnd reads: a
// possessive, a programme's or paper's name, a list ("told the BBC's
// Politics Show [she believed …]", "told the BBC News website [Ford did
// not …]", "told the Sunday Times [Mr Campbell would …]", "warned Labour
// and the Tories [they were …]", "warned his RBS 6 Nations Championship
// rivals [that …]", "warned Mr Blair and Mr Brown [about the dangers
// …]"). The split is the first word, within maxAddressee words of a
// noun phrase, that follows a noun and opens "that", the matter's
// preposition, or a clause whose subject is a new phrase
// (opensSubject); not a to-infinitive ("told [the government not to
// …]" is PolNeAR's whole content).
func (r *Reader) splitAddressee(d *layer.Doc, v int, c *attrib.Run, asks bool) {
	end := min(c.Last, c.First+maxAddressee)
	for j := c.First + 1; j < end; j++ {
		if !addresseeWord(d, j-1) {
			return
		}
		if !addresseeEnd(d, j-1, c.First) {
			continue
		}
		switch {
		case layer.IsComplementizer(d.Low[j]), r.opensMatter(d, v, j, c.Last),
			r.opensSubject(d, j) && opensSaid(d, j, c.Last, asks):
			c.First = j
			return
		}
	}
}

// addresseeWord reports whether token k may be a word of an addressee:
// a word or number of a noun phrase, a conjunction joining two, or a capitalised
// word of a name the tagger read as a verb ("Politics Show").
func addresseeWord(d *layer.Doc, k int) bool {
	if kind := d.Toks[k].Kind; kind != token.Word && kind != token.Number {
		return false
	}
	tag := d.POSNames[d.POS[k]]
	return nominalTag(tag) || tag == "CC" || layer.Capitalised(d.Toks[k].Text(d.Text))
}

// addresseeEnd reports whether token k may end an addressee that opens
// at token first: a noun, a capitalised word the tagger read as a verb,
// or a pronoun alone ("told [her] he was …").
func addresseeEnd(d *layer.Doc, k, first int) bool {
	tag := d.POSNames[d.POS[k]]
	switch {
	case strings.HasPrefix(tag, "NN"):
		return true
	case strings.HasPrefix(tag, "VB"):
		return k > first && layer.Capitalised(d.Toks[k].Text(d.Text))
	}
	return k == first && (tag == "PRP" || tag == "PRP$")
}

// opensSubject reports whether token k, after an addressee's noun,
// opens a new noun phrase rather than going on with it: a personal
// pronoun or "there", a determiner, a title or given name after a
// capitalised word ("the BBC [Michael Howard] has", "the Sunday Times
// [Mr Campbell] would"; after a common noun it is the noun's apposition:
// "the candidate Michael Howard"), or any word after an outlet's noun
// ("the BBC News website [Ford] did").
func (r *Reader) opensSubject(d *layer.Doc, k int) bool {
	switch d.POSNames[d.POS[k]] {
	case "PRP", "EX", "DT", "PRP$":
		return true
	}
	prev := d.Toks[k-1].Text(d.Text)
	switch {
	case r.outlets.Has(d.Low[k-1]):
		return true
	case !layer.Capitalised(prev) || !layer.Capitalised(d.Toks[k].Text(d.Text)):
		return false
	}
	return r.mentions.IsTitle(d.Toks[k].Text(d.Text)) || r.givenNames.Has(d.Low[k])
}

// dropChannelAddressee starts g's first content past the addressee of a
// channel phrase between the cue and it ("said in a statement to [the
// stock exchange] that …", "said in a letter to [shareholders] that
// …"): the tagger left the channel's "to" out of the content but kept
// its object, which is who heard the statement, not what was said. The
// words between the cue and "to" are a noun phrase after a preposition
// (no verb), the addressee is a noun phrase of at most maxAddressee
// words, and "that" follows it, where the content starts.
func dropChannelAddressee(d *layer.Doc, g *attrib.Group) {
	if len(g.Contents) == 0 {
		return
	}
	c := &g.Contents[0]
	to := c.First - 1
	if to <= g.Cue.Last+1 || tag(d, to) != "TO" || !strings.HasPrefix(tag(d, to-1), "NN") || d.Quote[c.First] >= 0 {
		return
	}
	for k := g.Cue.Last; k < to; k++ {
		if t := tag(d, k); d.Toks[k].Kind != token.Word || t != "IN" && !nominalTag(t) {
			return
		}
	}
	end := min(c.Last, c.First+maxAddressee)
	for j := c.First + 1; j < end; j++ {
		if !addresseeWord(d, j-1) {
			return
		}
		if layer.IsComplementizer(d.Low[j]) && addresseeEnd(d, j-1, c.First) {
			c.First = j
			return
		}
	}
}
