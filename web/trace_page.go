package web

import (
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"

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
	claimtrail.Origin
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
	tr, err := s.tracer.Trace(r.Context(), claim, opt)
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
	v := &tracePage{Claim: tr.Claim, Trace: tr, Stance: stance, Speaker: speaker, Counts: map[string]int{}}
	type key struct {
		doc string
		n   int
	}
	rowOf := map[key]int{}
	speakers := map[string]bool{}
	items := make([]tlItem, len(tr.Statements))
	for i := range tr.Statements {
		st := tr.Statements[i]
		d, when, pub := statementDate(&st.StoredStatement)
		row := traceRow{TracedStatement: st, I: i, ID: "st-" + strconv.Itoa(i), When: when, Pub: pub, Undated: d.IsZero()}
		row.Shown = (stance == "" || st.Stance == stance) && (speaker == "" || strings.EqualFold(st.Speaker.Name, speaker))
		if row.Shown {
			v.Shown++
		}
		v.Counts[stanceClass(st.Stance)]++
		if st.Speaker.Name != "" {
			speakers[st.Speaker.Name] = true
		}
		rowOf[key{st.Doc, st.N}] = i
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
		items[i] = tlItem{Date: d, Lane: lane, Class: stanceClass(st.Stance), Href: href,
			I: i, Doc: st.Doc, N: st.N, Speaker: who, When: when, Quote: st.Content.Text,
			Source: sourceOf(&st.StoredStatement), Stance: stanceClass(st.Stance), Article: articleURL(st.ArticleID, st.N)}
		if !row.Shown {
			items[i].Extra = "filtered"
		}
		items[i].Title = who + " · " + when + " · " + stanceClass(st.Stance) + "\n“" + st.Content.Text + "”\n" + items[i].Source
		v.Rows = append(v.Rows, row)
	}
	for n := range speakers {
		v.Speakers = append(v.Speakers, n)
	}
	sort.Strings(v.Speakers)

	ref := func(r claimtrail.StatementRef) refView {
		label := r.Speaker
		if label == "" {
			label = r.Doc + " #" + strconv.Itoa(r.N)
		}
		date := r.SaidOn
		if date == "" {
			date = r.Published
		}
		if i, ok := rowOf[key{r.Doc, r.N}]; ok {
			if label == r.Doc+" #"+strconv.Itoa(r.N) && tr.Statements[i].Speaker.Name != "" {
				label = tr.Statements[i].Speaker.Name
			}
			if date == "" {
				date = v.Rows[i].When
			}
			if v.Rows[i].Shown {
				return refView{Label: label, Href: "#" + v.Rows[i].ID, Date: date}
			}
			return refView{Label: label, Href: articleURL(tr.Statements[i].ArticleID, r.N), Date: date}
		}
		if r.ArticleID > 0 {
			return refView{Label: label, Href: articleURL(r.ArticleID, r.N), Date: date}
		}
		return refView{Label: label, Date: date}
	}
	flag := func(r claimtrail.StatementRef, f string) int {
		if i, ok := rowOf[key{r.Doc, r.N}]; ok {
			v.Rows[i].Flags = append(v.Rows[i].Flags, f)
			return i
		}
		return -1
	}

	var events []tlEvent
	// the earliest assertion (above the axis) and denial (below)
	for _, e := range []struct {
		r           *claimtrail.StatementRef
		view        **refView
		flag, label string
		row         int
		class       string
	}{
		{tr.EarliestAssertion, &v.First, "earliest assertion", "First asserted ", 0, "callout asserts"},
		{tr.EarliestDenial, &v.FirstDen, "earliest denial", "First denied ", 2, "callout denies"},
	} {
		if e.r == nil {
			continue
		}
		rv := ref(*e.r)
		*e.view = &rv
		if i := flag(*e.r, e.flag); i >= 0 {
			items[i].Extra += " earliest"
			events = append(events, tlEvent{Date: items[i].Date, Row: e.row, Label: e.label + rv.Date + " · " + rv.Label, Class: e.class, Mark: i})
		}
	}
	for _, o := range tr.Origins {
		ov := originView{Origin: o}
		if o.Statement != nil {
			rv := ref(*o.Statement)
			ov.By = &rv
		}
		if o.ArticleID > 0 {
			ov.Article = articleURL(o.ArticleID, 0)
		}
		for _, c := range o.ContradictedBy {
			ov.ContradictedBy = append(ov.ContradictedBy, ref(c))
			if i := flag(c, "said before the origin story"); i >= 0 && !strings.Contains(items[i].Extra, "contradicts") {
				items[i].Extra += " contradicts"
			}
		}
		v.Origins = append(v.Origins, ov)
		if d, _, ok := claimtrail.DateRange(o.Date); ok {
			label := "Origin story: " + o.Names + " " + o.Date
			if o.Names == "" {
				label = "Origin story " + o.Date
			}
			if n := len(o.ContradictedBy); n > 0 {
				label += " — contradicted by " + strconv.Itoa(n) + " earlier"
			}
			events = append(events, tlEvent{Date: d, Row: 1, Label: label, Class: "callout origin", Mark: -1})
		}
	}
	for _, c := range tr.DateConflicts {
		cv := conflictView{DateConflict: c}
		for _, r := range c.Statements {
			cv.Refs = append(cv.Refs, ref(r))
			flag(r, "dated differently elsewhere")
		}
		v.Conflicts = append(v.Conflicts, cv)
	}
	for _, c := range tr.Citations {
		cv := citationView{Citation: c}
		for _, r := range c.Statements {
			cv.Refs = append(cv.Refs, ref(r))
		}
		v.Citations = append(v.Citations, cv)
	}
	for i := range items {
		items[i].Extra = strings.TrimSpace(items[i].Extra)
	}
	v.Timeline = layoutTimeline(items, events)
	v.Timeline.describe("statements about the claim")
	v.Timeline.label("▲ asserts", "asserts", "▼ denies", "denies")
	v.ClearQuery = url.Values{"claim": {tr.Claim}}.Encode()
	return v
}

// stanceClass maps a stance to one of the three classes the page uses.
func stanceClass(s string) string {
	switch s {
	case claimtrail.Asserts, claimtrail.Denies:
		return s
	}
	return claimtrail.Neutral
}
