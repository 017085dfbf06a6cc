// Package dating dates statements (docs/design.md, "Extraction", step
// 6: said_on): a time expression of the cue's sentence outside the
// contents, else the date a publication the statement rests on is said
// to have been published, else the date of the same speaker's statement
// just before, else the publication date for a cue in the present tense.
package dating

import (
	"strings"
	"sync"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/lang"
	"github.com/claimtrail/claimtrail/layer"
)

// Dater dates the statements of one document in text order; it
// remembers the last one's date, which a statement of the same speaker
// in the same or the next paragraph shares.
type Dater struct {
	d         *layer.Doc
	doc       *claimtrail.Document
	prevLine  int32
	prevDate  *claimtrail.TimeRef
	prevExpr  *claimtrail.TimeExpr
	prevName  string
	prevDated bool
}

// New returns a Dater of doc, whose layers (of its text or a window of
// it) are d.
func New(d *layer.Doc, doc *claimtrail.Document) Dater {
	return Dater{d: d, doc: doc, prevLine: -1}
}

// SaidOn returns the date of st, the statement of group g, and
// remembers it for the next statement. A date that names no calendar
// value is not returned: it goes to st.SaidOnExpr (see calendar). named and article are where the
// text names the publication the speaker is and the one an "In the
// article" of the cue's sentence points at (speaker.Result), -1 for none.
func (dt *Dater) SaidOn(g attrib.Group, st *claimtrail.Statement, named, article int) *claimtrail.TimeRef {
	d, doc := dt.d, dt.doc
	line := d.Line[g.Cue.First]
	var on *claimtrail.TimeRef
	if t := explicitDate(d, g); t != nil {
		on = timeRef(t, claimtrail.BasisExplicit, true)
	} else if t := publicationDate(d, named); t != nil {
		on = timeRef(t, claimtrail.BasisContext, false)
	} else if t := publicationDate(d, article); t != nil {
		on = timeRef(t, claimtrail.BasisContext, false)
	} else if t := datelineDate(d, g.Cue.First); t != nil {
		on = timeRef(t, claimtrail.BasisContext, false)
	} else if (dt.prevDate != nil || dt.prevExpr != nil) && dt.prevName == st.Speaker.Name && st.Speaker.Name != "" && line-dt.prevLine <= 1 {
		on = dt.inherited(st)
	} else if doc.HasPublished() && presentTense(d, g.Cue) {
		on = &claimtrail.TimeRef{Value: doc.Published.Format("2006-01-02"), Grain: claimtrail.GrainDay, Basis: claimtrail.BasisPublished}
	}
	on = calendar(on, st)
	dt.prevLine, dt.prevDate, dt.prevExpr, dt.prevName = line, on, st.SaidOnExpr, st.Speaker.Name
	return on
}

// inherited returns the previous statement's date for st, of the same
// occasion; an unresolved expression is shared through st.SaidOnExpr.
func (dt *Dater) inherited(st *claimtrail.Statement) *claimtrail.TimeRef {
	if dt.prevDate == nil {
		e := *dt.prevExpr
		e.Span = nil
		st.SaidOnExpr = &e
		return nil
	}
	c := *dt.prevDate
	if c.Basis != claimtrail.BasisPublished {
		// a date the text gave: this statement is dated by its context;
		// the publication date stays what it is, not "context" with no text
		c.Basis, c.Span = claimtrail.BasisContext, nil
	}
	return &c
}

// publicationVerbs are the words that say a publication published
// something (table publication-verbs). Dater names no language yet, so
// they are English's (as layer's word classes are).
var publicationVerbs = sync.OnceValue(func() []string {
	return lang.MustLoad("en", "publication-verbs").Order
})

// saysPublished reports whether sentence holds a publication verb.
func saysPublished(sentence string) bool {
	for _, v := range publicationVerbs() {
		if strings.Contains(sentence, v) {
			return true
		}
	}
	return false
}

// datelineDate returns the date of the wire dateline that opens the
// paragraph of token k ("WASHINGTON, Dec 19 (Reuters) -"), nil without one: the day
// the agency filed the report, when its lead's statements were made.
func datelineDate(d *layer.Doc, k int) *claimtrail.Timex {
	i := d.Sent[k]
	para := d.Sents[i].Para
	for i > 0 && d.Sents[i-1].Para == para {
		i--
	}
	s := d.Sents[i]
	if !s.Dateline() || s.First >= s.Last {
		return nil
	}
	lo, hi := d.Toks[s.First].Start, d.Toks[s.Last-1].End
	in := d.TimexIn(lo, hi)
	for j := range in {
		if t := &in[j]; t.Span.Start >= lo && t.Span.End <= hi && statementDate(t) {
			return t
		}
	}
	return nil
}

// publicationDate returns the date the sentence of token at byte offset
// at gives as when a publication named there published ("an article
// published on 29 August in the Washington Post"), nil when at < 0 or
// there is none.
func publicationDate(d *layer.Doc, at int) *claimtrail.Timex {
	if at < 0 {
		return nil
	}
	k := d.TokenAt(at)
	if k >= len(d.Toks) {
		return nil
	}
	s := d.Sents[d.Sent[k]]
	lo, hi := d.Toks[s.First].Start, d.Toks[s.Last-1].End
	if !saysPublished(d.Text[lo:hi]) {
		return nil
	}
	in := d.TimexIn(lo, hi)
	for j := range in {
		if t := &in[j]; t.Span.Start >= lo && t.Span.End <= hi && statementDate(t) {
			return t
		}
	}
	return nil
}
