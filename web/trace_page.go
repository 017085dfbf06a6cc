package web

import (
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/claimtrail/claimtrail"
)

// tracePage is the view of one claim's trace.
type tracePage struct {
	Claim    string
	Trace    *claimtrail.Trace
	Rows     []traceRow
	Shown    int
	Timeline *timeline
	Counts   map[string]int
	// Narrated counts the narration entries (the outlets' own voice,
	// never the earliest assertion or denial) by stance
	Narrated map[string]int
	// filters (query parameters stance and speaker)
	Stance, Speaker string
	Speakers        []string
	First, FirstDen *refView
	Origins         []originView
	Conflicts       []conflictView
	Citations       []citationView
	Message         string // instead of a trace: why there is none
	JSONURL         string
	ClearQuery      string // the query without the filters
}

type traceRow struct {
	claimtrail.TracedStatement
	I       int
	ID      string
	When    string
	Pub     bool // dated by publication, not said_on
	Undated bool
	Shown   bool
	Flags   []string // "first assertion", "contradicts origin", …
}

// refView is a statement reference as a link: to its table row when the
// trace lists it, else to its article.
type refView struct {
	Label string
	Href  string
	Date  string
}

type originView struct {
	claimtrail.OriginStory
	By             *refView
	ContradictedBy []refView
	Article        string
}

type conflictView struct {
	claimtrail.DateConflict
	Refs []refView
}

type citationView struct {
	claimtrail.Citation
	Refs []refView
}

// GET /trace?claim=…[&stance=&speaker=&from=&to=&limit=]
func (s *server) pageTrace(w http.ResponseWriter, r *http.Request) {
	p := newParams(r)
	claim, opt := traceOptions(p)
	stance := p.str("stance", 20)
	speaker := p.str("speaker", maxQueryBytes)
	switch stance {
	case "", claimtrail.Asserts, claimtrail.Denies, claimtrail.Neutral:
	default:
		p.invalid("stance must be asserts, denies or neutral")
	}
	if claim == "" && p.q.Get("claim") == "" {
		// the bare page: a search box
		s.render(w, r, http.StatusOK, "trace", layout{Title: "Trace a claim", Nav: "trace",
			Page: tracePage{Message: "Type a claim in plain words, for example “the council sold the harbour”."}})
		return
	}
	if p.err != nil {
		s.render(w, r, http.StatusBadRequest, "trace", layout{Title: "Trace a claim", Nav: "trace", Claim: claim,
			Page: tracePage{Claim: claim, Message: claimtrail.ErrorMessage(p.err)}})
		return
	}
	tr, err := s.trace(r.Context(), claim, opt)
	if err != nil {
		status, _, msg := s.errorStatus(r, err)
		s.render(w, r, status, "trace", layout{Title: "Trace a claim", Nav: "trace", Claim: claim,
			Page: tracePage{Claim: claim, Message: msg}})
		return
	}
	v := buildTrace(tr, stance, speaker)
	v.JSONURL = "/api/trace?" + url.Values{"claim": {claim}}.Encode()
	s.render(w, r, http.StatusOK, "trace", layout{Title: claim + " · trace", Nav: "trace", Claim: claim, Page: v})
}

// buildTrace turns a trace into the page's view: rows, the timeline and
// the call-outs.
func buildTrace(tr *claimtrail.Trace, stance, speaker string) *tracePage {
	b := &traceBuilder{tr: tr, rowOf: map[rowKey]int{}, items: make([]tlItem, len(tr.Statements)),
		v: &tracePage{Claim: tr.Claim, Trace: tr, Stance: stance, Speaker: speaker, Counts: map[string]int{}, Narrated: map[string]int{}}}
	b.rows(stance, speaker)
	b.earliest()
	b.origins()
	b.conflictsAndCitations()
	for i := range b.items {
		b.items[i].Extra = strings.TrimSpace(b.items[i].Extra)
	}
	v := b.v
	v.Timeline = layoutTimeline(b.items, b.events)
	v.Timeline.describe("statements about the claim")
	v.Timeline.label("▲ asserts", "asserts", "▼ denies", "denies")
	v.ClearQuery = url.Values{"claim": {tr.Claim}}.Encode()
	return v
}

// rowKey names a statement of the trace by document and ordinal, as
// statement references do.
type rowKey struct {
	doc string
	n   int
}

// traceBuilder holds what the parts of buildTrace share: the view being
// built, the table row of each statement, the timeline's marks (one per
// statement, in row order) and call-outs.
type traceBuilder struct {
	tr     *claimtrail.Trace
	v      *tracePage
	rowOf  map[rowKey]int
	items  []tlItem
	events []tlEvent
}

// rows makes a table row and a timeline mark of every statement; the
// filters decide which rows are shown.
func (b *traceBuilder) rows(stance, speaker string) {
	v := b.v
	speakers := map[string]bool{}
	for i := range b.tr.Statements {
		st := b.tr.Statements[i]
		d, when, pub := statementDate(&st.StoredStatement)
		row := traceRow{TracedStatement: st, I: i, ID: "st-" + strconv.Itoa(i), When: when, Pub: pub, Undated: d.IsZero()}
		row.Shown = (stance == "" || st.Stance == stance) && (speaker == "" || strings.EqualFold(st.Speaker.Name, speaker))
		if row.Shown {
			v.Shown++
		}
		v.Counts[stanceClass(st.Stance)]++
		if st.Form == claimtrail.FormNarration {
			v.Narrated[stanceClass(st.Stance)]++
		}
		if st.Speaker.Name != "" {
			speakers[st.Speaker.Name] = true
		}
		b.rowOf[rowKey{st.Doc, st.N}] = i
		b.items[i] = traceItem(&row, d)
		v.Rows = append(v.Rows, row)
	}
	for n := range speakers {
		v.Speakers = append(v.Speakers, n)
	}
	sort.Strings(v.Speakers)
}

// traceItem is the timeline mark of a row dated d: above the axis when it
// asserts, below when it denies; a filtered-out row links to its article.
func traceItem(row *traceRow, d time.Time) tlItem {
	st := &row.TracedStatement
	lane := 0
	switch st.Stance {
	case claimtrail.Asserts:
		lane = -1
	case claimtrail.Denies:
		lane = 1
	}
	href := "#" + row.ID
	if !row.Shown {
		href = articleURL(st.ArticleID, st.N)
	}
	who := st.Speaker.Name
	if who == "" {
		who = st.Speaker.Mention
	}
	if who == "" {
		who = "unknown speaker"
	}
	it := tlItem{Date: d, Lane: lane, Class: stanceClass(st.Stance), Href: href,
		I: row.I, Doc: st.Doc, N: st.N, Speaker: who, When: row.When, Quote: st.Content.Text,
		Source: sourceOf(&st.StoredStatement), Stance: stanceClass(st.Stance), Article: articleURL(st.ArticleID, st.N)}
	if !row.Shown {
		it.Extra = "filtered"
	}
	it.Title = who + " · " + row.When + " · " + stanceClass(st.Stance) + "\n“" + st.Content.Text + "”\n" + it.Source
	return it
}

// ref links a statement reference: to its row when the row is shown, else
// to its article; its label is the speaker, else document and ordinal.
func (b *traceBuilder) ref(r claimtrail.StatementRef) refView {
	label := r.Speaker
	if label == "" {
		label = r.Doc + " #" + strconv.Itoa(r.N)
	}
	date := r.SaidOn
	if date == "" {
		date = r.Published
	}
	i, ok := b.rowOf[rowKey{r.Doc, r.N}]
	if !ok {
		if r.ArticleID > 0 {
			return refView{Label: label, Href: articleURL(r.ArticleID, r.N), Date: date}
		}
		return refView{Label: label, Date: date}
	}
	row := &b.v.Rows[i]
	if label == r.Doc+" #"+strconv.Itoa(r.N) && row.Speaker.Name != "" {
		label = row.Speaker.Name
	}
	if date == "" {
		date = row.When
	}
	if row.Shown {
		return refView{Label: label, Href: "#" + row.ID, Date: date}
	}
	return refView{Label: label, Href: articleURL(row.ArticleID, r.N), Date: date}
}

// flag adds a flag to the row of a statement reference and returns the
// row's index, or -1 when the trace does not list the statement.
func (b *traceBuilder) flag(r claimtrail.StatementRef, f string) int {
	if i, ok := b.rowOf[rowKey{r.Doc, r.N}]; ok {
		b.v.Rows[i].Flags = append(b.v.Rows[i].Flags, f)
		return i
	}
	return -1
}

// earliest calls out the earliest assertion (above the axis) and denial
// (below).
func (b *traceBuilder) earliest() {
	for _, e := range []struct {
		r           *claimtrail.StatementRef
		view        **refView
		flag, label string
		row         int
		class       string
	}{
		{b.tr.EarliestAssertion, &b.v.First, "earliest assertion", "First asserted ", 0, "callout asserts"},
		{b.tr.EarliestDenial, &b.v.FirstDen, "earliest denial", "First denied ", 2, "callout denies"},
	} {
		if e.r == nil {
			continue
		}
		rv := b.ref(*e.r)
		*e.view = &rv
		if i := b.flag(*e.r, e.flag); i >= 0 {
			b.items[i].Extra += " earliest"
			b.events = append(b.events, tlEvent{Date: b.items[i].Date, Row: e.row, Label: e.label + rv.Date + " · " + rv.Label, Class: e.class, Mark: i})
		}
	}
}

// origins lists the origin stories, flags the statements said before
// them and calls out their dates.
func (b *traceBuilder) origins() {
	for _, o := range b.tr.Origins {
		ov := originView{OriginStory: o}
		if o.Statement != nil {
			rv := b.ref(*o.Statement)
			ov.By = &rv
		}
		if o.ArticleID > 0 {
			ov.Article = articleURL(o.ArticleID, 0)
		}
		for _, c := range o.ContradictedBy {
			ov.ContradictedBy = append(ov.ContradictedBy, b.ref(c))
			if i := b.flag(c, "said before the origin story"); i >= 0 && !strings.Contains(b.items[i].Extra, "contradicts") {
				b.items[i].Extra += " contradicts"
			}
		}
		b.v.Origins = append(b.v.Origins, ov)
		if d, _, ok := claimtrail.DateRange(o.Date); ok {
			label := "Origin story: " + o.Names + " " + o.Date
			if o.Names == "" {
				label = "Origin story " + o.Date
			}
			if n := len(o.ContradictedBy); n > 0 {
				label += " — contradicted by " + strconv.Itoa(n) + " earlier"
			}
			b.events = append(b.events, tlEvent{Date: d, Row: 1, Label: label, Class: "callout origin", Mark: -1})
		}
	}
}

// conflictsAndCitations lists the date conflicts, flagging their rows, and
// the citations.
func (b *traceBuilder) conflictsAndCitations() {
	for _, c := range b.tr.DateConflicts {
		cv := conflictView{DateConflict: c}
		for _, r := range c.Statements {
			cv.Refs = append(cv.Refs, b.ref(r))
			b.flag(r, "dated differently elsewhere")
		}
		b.v.Conflicts = append(b.v.Conflicts, cv)
	}
	for _, c := range b.tr.Citations {
		cv := citationView{Citation: c}
		for _, r := range c.Statements {
			cv.Refs = append(cv.Refs, b.ref(r))
		}
		b.v.Citations = append(b.v.Citations, cv)
	}
}

// stanceClass maps a stance to one of the three classes the page uses.
func stanceClass(s string) string {
	switch s {
	case claimtrail.Asserts, claimtrail.Denies:
		return s
	}
	return claimtrail.Neutral
}
