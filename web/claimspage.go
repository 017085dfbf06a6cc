package web

import (
	"bytes"
	"cmp"
	"encoding/xml"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/claimtrail/claimtrail"
)

// GET /claims: the saved claims.
func (s *server) pageClaims(w http.ResponseWriter, r *http.Request) {
	cs, err := s.claimSummaries(r)
	if err != nil {
		s.pageFail(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "claims", layout{Title: "Saved claims", Nav: "claims", Page: cs})
}

// alertView is one alert on a claim's page: the alert and the passage of
// its article around the statement, the statement highlighted.
type alertView struct {
	*claimtrail.Alert
	Before, After bool // the passage starts (ends) inside the article
	Segments      []segment
}

type claimAlertsPage struct {
	*claimAlerts
	Views []alertView
}

// GET /claims/{id}: a claim's alerts, newest first, each new statement
// highlighted in its article.
func (s *server) pageClaimAlerts(w http.ResponseWriter, r *http.Request) {
	ca, err := s.findClaimAlerts(r)
	if err != nil {
		s.pageFail(w, r, err)
		return
	}
	texts := map[int64]string{}
	views := make([]alertView, len(ca.Alerts))
	for i, a := range ca.Alerts {
		text, ok := texts[a.Statement.ArticleID]
		if !ok {
			art, err := s.store.FindArticleByID(r.Context(), a.Statement.ArticleID)
			if err != nil && claimtrail.ErrorCode(err) != claimtrail.ENOTFOUND {
				s.pageFail(w, r, err)
				return
			}
			if art != nil {
				text = art.Text
			}
			texts[a.Statement.ArticleID] = text
		}
		views[i] = passage(a, text)
	}
	s.render(w, r, http.StatusOK, "alerts", layout{Title: "Alerts: " + ca.Claim.Text, Nav: "claims",
		Claim: ca.Claim.Text, Page: claimAlertsPage{claimAlerts: ca, Views: views}})
}

// passageContext is how much text around a statement its passage shows
// at most on each side, within its paragraph.
const passageContext = 400

// passage cuts the paragraph around a's statement out of its article's
// text and highlights the statement in it.
func passage(a *claimtrail.Alert, text string) alertView {
	v := alertView{Alert: a}
	sp := a.Statement.Span
	if !sp.Valid(len(text)) || sp.Empty() {
		return v
	}
	start := max(0, sp.Start-passageContext)
	if i := strings.LastIndex(text[start:sp.Start], "\n\n"); i >= 0 {
		start += i + 2
	}
	end := min(len(text), sp.End+passageContext)
	if i := strings.Index(text[sp.End:end], "\n\n"); i >= 0 {
		end = sp.End + i
	}
	start, end = runeStart(text, start), runeStart(text, end)
	st := shifted(&a.Statement, -start)
	v.Segments = highlight(text[start:end], []*claimtrail.StoredStatement{st})
	v.Before, v.After = start > 0, end < len(text)
	return v
}

// shifted returns a copy of st whose spans are moved by off bytes.
func shifted(st *claimtrail.StoredStatement, off int) *claimtrail.StoredStatement {
	c := *st
	move := func(sp *claimtrail.Span) *claimtrail.Span {
		if sp == nil {
			return nil
		}
		m := claimtrail.Span{Start: sp.Start + off, End: sp.End + off}
		return &m
	}
	c.Speaker.Span = move(st.Speaker.Span)
	c.Cue.Span = *move(&st.Cue.Span)
	c.Content.Spans = nil
	for _, sp := range st.Content.Spans {
		c.Content.Spans = append(c.Content.Spans, *move(&sp))
	}
	if st.SaidOn != nil {
		said := *st.SaidOn
		said.Span = move(st.SaidOn.Span)
		c.SaidOn = &said
	}
	return &c
}

// The Atom 1.0 (RFC 4287) feed of a claim's alerts, written with
// encoding/xml: the format is small and fixed, and web stays on the
// standard library.
type atomFeed struct {
	XMLName xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	ID      string      `xml:"id"`
	Title   string      `xml:"title"`
	Updated string      `xml:"updated"`
	Links   []atomLink  `xml:"link"`
	Author  atomAuthor  `xml:"author"`
	Entries []atomEntry `xml:"entry"`
}

type atomLink struct {
	Rel  string `xml:"rel,attr"`
	Type string `xml:"type,attr,omitempty"`
	Href string `xml:"href,attr"`
}

type atomAuthor struct {
	Name string `xml:"name"`
}

type atomEntry struct {
	ID        string       `xml:"id"`
	Title     string       `xml:"title"`
	Updated   string       `xml:"updated"`
	Published string       `xml:"published,omitempty"`
	Links     []atomLink   `xml:"link"`
	Category  atomCategory `xml:"category"`
	Summary   string       `xml:"summary"`
}

type atomCategory struct {
	Term string `xml:"term,attr"`
}

// atomAlerts bounds a feed's entries: the newest alerts.
const atomAlerts = 100

// GET /claims/{id}/alerts.atom
func (s *server) claimAtom(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	q.Set("limit", strconv.Itoa(atomAlerts))
	r.URL.RawQuery = q.Encode()
	ca, err := s.findClaimAlerts(r)
	if err != nil {
		s.pageFail(w, r, err)
		return
	}
	base := baseURL(r)
	page := base + "/claims/" + strconv.FormatInt(ca.Claim.ID, 10)
	f := atomFeed{ID: page, Title: "claimtrail alerts: " + ca.Claim.Text, Updated: atomTime(ca.Claim.Created),
		Links: []atomLink{{Rel: "self", Type: "application/atom+xml", Href: page + "/alerts.atom"},
			{Rel: "alternate", Type: "text/html", Href: page}},
		Author: atomAuthor{Name: "claimtrail"}}
	for _, a := range ca.Alerts {
		f.Entries = append(f.Entries, atomEntryOf(a, base, page))
	}
	if len(ca.Alerts) > 0 {
		f.Updated = atomTime(ca.Alerts[0].FirstSeen)
	}
	var buf bytes.Buffer
	buf.WriteString(xml.Header)
	if err := xml.NewEncoder(&buf).Encode(f); err != nil {
		s.pageFail(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "application/atom+xml; charset=utf-8")
	w.Write(buf.Bytes())
}

// atomEntryOf is an alert as a feed entry: its statement, who said it
// and its stance, linked to its article here and to the original.
func atomEntryOf(a *claimtrail.Alert, base, page string) atomEntry {
	st := &a.Statement
	who := st.Speaker.Name
	if who == "" {
		who = cmp.Or(st.Speaker.Mention, "An unnamed source")
	}
	title := who + " " + stanceWord(a.Stance) + ": " + clipText(st.Content.Text, 120)
	if a.Earliest {
		first := "assertion"
		if a.Stance == claimtrail.Denies {
			first = "denial"
		}
		title = "Earliest " + first + " · " + title
	}
	e := atomEntry{ID: page + "#alert-" + strconv.FormatInt(a.ID, 10), Title: title, Updated: atomTime(a.FirstSeen),
		Links:    []atomLink{{Rel: "alternate", Type: "text/html", Href: base + articleURL(st.ArticleID, st.N)}},
		Category: atomCategory{Term: a.Stance},
		Summary:  "“" + st.Content.Text + "” — " + who + " (" + st.Cue.Text + "), " + cmp.Or(st.Source, "unknown source") + ", match " + strconv.FormatFloat(a.Match, 'f', 2, 64)}
	if !st.Published.IsZero() {
		e.Published = atomTime(st.Published)
	}
	if u := safeURL(st.URL); u != "" {
		e.Links = append(e.Links, atomLink{Rel: "related", Type: "text/html", Href: u})
	}
	return e
}

func atomTime(t time.Time) string { return t.UTC().Format(time.RFC3339) }

// baseURL is the server's own address as the request names it.
func baseURL(r *http.Request) string {
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	return scheme + "://" + r.Host
}

func clipText(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:runeStart(s, n)] + "…"
}
