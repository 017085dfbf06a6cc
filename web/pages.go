package web

import (
	"bytes"
	"embed"
	"html/template"
	"io/fs"
	"net/http"
	"net/url"
	"path"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/claimtrail/claimtrail"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// pages holds one template set per page, each with the shared layout.
type pages struct {
	t map[string]*template.Template
}

var funcs = template.FuncMap{
	"safeURL":    safeURL,
	"speakerURL": speakerURL,
	"articleURL": articleURL,
	"date":       claimtrail.FormatDate,
	"stanceWord": stanceWord,
	"glyph":      glyph,
	"percent":    func(f float64) string { return strconv.Itoa(int(f*100+0.5)) + "%" },
	"plural": func(n int, one, many string) string {
		if n == 1 {
			return "1 " + one
		}
		return strconv.Itoa(n) + " " + many
	},
	"num": func(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) },
	"add": func(a, b int) int { return a + b },
}

func mustPages() *pages {
	p := &pages{t: map[string]*template.Template{}}
	names, err := fs.Glob(templateFS, "templates/*.html")
	if err != nil {
		panic(err)
	}
	for _, n := range names {
		base := path.Base(n)
		if base == "layout.html" {
			continue
		}
		t := template.Must(template.New("layout.html").Funcs(funcs).ParseFS(templateFS, "templates/layout.html", n))
		p.t[strings.TrimSuffix(base, ".html")] = t
	}
	return p
}

// layout is what every page passes to the layout template.
type layout struct {
	Title string
	Nav   string // the active section
	Claim string // pre-fills the search box in the header
	Page  any
}

// render executes a page into a buffer first, so a template error becomes
// a clean 500 rather than half a page.
func (s *server) render(w http.ResponseWriter, r *http.Request, status int, name string, l layout) {
	var buf bytes.Buffer
	if err := s.pages.t[name].Execute(&buf, l); err != nil {
		s.log.Error("render page", "page", name, "err", err)
		status = http.StatusInternalServerError
		buf.Reset()
		buf.WriteString("<!doctype html><title>Internal error</title><p>Internal error.</p>\n")
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		w.Write(buf.Bytes())
	}
}

type errorPage struct {
	Status  int
	Heading string
	Message string
}

func (s *server) pageError(w http.ResponseWriter, r *http.Request, status int, msg string) {
	s.render(w, r, status, "error", layout{Title: http.StatusText(status),
		Page: errorPage{Status: status, Heading: http.StatusText(status), Message: msg}})
}

// pageFail renders err as an error page.
func (s *server) pageFail(w http.ResponseWriter, r *http.Request, err error) {
	status, _, msg := s.errorStatus(r, err)
	s.pageError(w, r, status, msg)
}

// safeURL returns u when it is an absolute http or https URL, else "": only
// such URLs become links (no javascript:, data:, relative tricks).
func safeURL(u string) string {
	u = strings.TrimSpace(u)
	p, err := url.Parse(u)
	if err != nil || p.Host == "" || p.User != nil {
		return ""
	}
	if s := strings.ToLower(p.Scheme); s != "http" && s != "https" {
		return ""
	}
	return p.String()
}

func speakerURL(name string) string { return "/speakers/" + url.PathEscape(name) }

func articleURL(id int64, n int) string {
	u := "/articles/" + strconv.FormatInt(id, 10)
	if n > 0 {
		u += "#s-" + strconv.Itoa(n)
	}
	return u
}

func stanceWord(s string) string {
	switch s {
	case claimtrail.Asserts:
		return "asserts"
	case claimtrail.Denies:
		return "denies"
	case claimtrail.Affirm:
		return "affirms"
	case claimtrail.Deny:
		return "denies"
	case claimtrail.Discusses:
		return "discusses"
	}
	return "neutral"
}

// glyph is the legend's shape for a stance or polarity, in text.
func glyph(s string) string {
	switch s {
	case claimtrail.Asserts, claimtrail.Affirm:
		return "▲"
	case claimtrail.Denies, claimtrail.Deny:
		return "▼"
	}
	return "◆"
}

// GET /static/{file}
func (s *server) static(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("file")
	b, err := staticFS.ReadFile("static/" + name)
	if err != nil || strings.Contains(name, "/") {
		s.pageError(w, r, http.StatusNotFound, "There is no such file.")
		return
	}
	switch path.Ext(name) {
	case ".css":
		w.Header().Set("Content-Type", "text/css; charset=utf-8")
	case ".js":
		w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
	case ".svg":
		w.Header().Set("Content-Type", "image/svg+xml")
	default:
		w.Header().Set("Content-Type", "application/octet-stream")
	}
	w.Header().Set("Cache-Control", "public, max-age=3600")
	http.ServeContent(w, r, name, time.Time{}, bytes.NewReader(b))
}

func (s *server) favicon(w http.ResponseWriter, r *http.Request) {
	b, _ := staticFS.ReadFile("static/icon.svg")
	w.Header().Set("Content-Type", "image/svg+xml")
	w.Header().Set("Cache-Control", "public, max-age=86400")
	w.Write(b)
}

// home page

type homePage struct {
	Stats    *claimtrail.Stats
	Speakers []*claimtrail.SpeakerSummary
}

// GET /
func (s *server) pageHome(w http.ResponseWriter, r *http.Request) {
	st, err := s.store.Stats(r.Context())
	if err != nil {
		s.pageFail(w, r, err)
		return
	}
	sp, _, err := s.store.FindSpeakers(r.Context(), claimtrail.SpeakerFilter{Limit: 16})
	if err != nil {
		s.pageFail(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "home", layout{Title: "claimtrail", Nav: "home", Page: homePage{Stats: st, Speakers: sp}})
}

// article page

type articlePage struct {
	Article    *claimtrail.Article
	Statements []*claimtrail.StoredStatement
	Segments   []segment
}

// GET /articles/{id}
func (s *server) pageArticle(w http.ResponseWriter, r *http.Request) {
	b, err := s.findArticle(r)
	if err != nil {
		s.pageFail(w, r, err)
		return
	}
	title := b.Article.Title
	if title == "" {
		title = b.Article.Document.ID
	}
	s.render(w, r, http.StatusOK, "article", layout{Title: title, Nav: "articles",
		Page: articlePage{Article: b.Article, Statements: b.Statements, Segments: highlight(b.Article.Text, b.Statements)}})
}

// speakers

type speakersPage struct {
	Query    string
	Speakers []*claimtrail.SpeakerSummary
	Total    int
}

// GET /speakers?q=
func (s *server) pageSpeakers(w http.ResponseWriter, r *http.Request) {
	p := newParams(r)
	q := p.str("q", maxQueryBytes)
	if p.err != nil {
		s.pageFail(w, r, p.err)
		return
	}
	sp, total, err := s.store.FindSpeakers(r.Context(), claimtrail.SpeakerFilter{Query: q, Limit: 200})
	if err != nil {
		s.pageFail(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "speakers", layout{Title: "Speakers", Nav: "speakers", Page: speakersPage{Query: q, Speakers: sp, Total: total}})
}

type speakerPage struct {
	Name       string
	Summary    *claimtrail.SpeakerSummary
	Statements []speakerRow
	Total      int
	Timeline   *timeline
}

type speakerRow struct {
	*claimtrail.StoredStatement
	ID   string
	When string
	Pub  bool // dated by publication
}

// GET /speakers/{name}
func (s *server) pageSpeaker(w http.ResponseWriter, r *http.Request) {
	name := strings.TrimSpace(r.PathValue("name"))
	if name == "" || len(name) > maxQueryBytes {
		s.pageError(w, r, http.StatusBadRequest, "A speaker's name is needed.")
		return
	}
	sts, total, err := s.store.FindStatements(r.Context(), claimtrail.StatementFilter{Speaker: &name, Latest: true, Limit: 1000})
	if err != nil {
		s.pageFail(w, r, err)
		return
	}
	sp, _, err := s.store.FindSpeakers(r.Context(), claimtrail.SpeakerFilter{Query: name, Limit: 50})
	if err != nil {
		s.pageFail(w, r, err)
		return
	}
	var sum *claimtrail.SpeakerSummary
	for _, x := range sp {
		if strings.EqualFold(x.Name, name) {
			sum = x
			break
		}
	}
	if len(sts) == 0 && sum == nil {
		s.pageError(w, r, http.StatusNotFound, "No statements by this speaker are stored.")
		return
	}
	rows, items := speakerRows(sts)
	if sum != nil {
		name = sum.Name
	}
	tl := layoutTimeline(items, nil)
	tl.describe("statements by " + name)
	tl.label("▲ affirms", "asserts", "▼ denies", "denies")
	s.render(w, r, http.StatusOK, "speaker", layout{Title: name, Nav: "speakers",
		Page: speakerPage{Name: name, Summary: sum, Statements: rows, Total: total, Timeline: tl}})
}

// speakerRows makes a table row and a timeline mark of each of a speaker's
// statements, oldest first, undated last: affirmations above the axis,
// denials below.
func speakerRows(sts []*claimtrail.StoredStatement) ([]speakerRow, []tlItem) {
	rows := make([]speakerRow, len(sts))
	items := make([]tlItem, len(sts))
	for i, st := range sts {
		d, when, pub := statementDate(st)
		rows[i] = speakerRow{StoredStatement: st, When: when, Pub: pub}
		lane := -1
		if st.Polarity == claimtrail.Deny {
			lane = 1
		}
		items[i] = tlItem{Date: d, Lane: lane, Class: polarityClass(st.Polarity)}
	}
	// oldest first; undated last
	idx := make([]int, len(rows))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return dateLess(items[idx[a]].Date, items[idx[b]].Date) })
	sortedRows := make([]speakerRow, len(rows))
	sortedItems := make([]tlItem, len(items))
	for k, i := range idx {
		sortedRows[k], sortedItems[k] = rows[i], items[i]
		sortedRows[k].ID = "st-" + strconv.Itoa(k)
		it := &sortedItems[k]
		st := rows[i].StoredStatement
		it.I, it.Doc, it.N = k, st.Doc, st.N
		it.Href = "#" + sortedRows[k].ID
		it.Speaker, it.When, it.Quote, it.Source = st.Speaker.Name, rows[i].When, st.Content.Text, sourceOf(st)
		it.Stance, it.Article = stanceWord(st.Polarity), articleURL(st.ArticleID, st.N)
		it.Title = it.When + " · " + it.Stance + "\n" + it.Quote
	}
	return sortedRows, sortedItems
}

func polarityClass(p string) string {
	if p == claimtrail.Deny {
		return "deny"
	}
	return "affirm"
}

// statementDate returns when a statement was made as the timeline places
// it (its first day, zero when undated), how to show it, and whether it is
// dated by its article's publication rather than said_on.
func statementDate(st *claimtrail.StoredStatement) (time.Time, string, bool) {
	d, bySaidOn, ok := st.FirstDay()
	switch {
	case !ok:
		return time.Time{}, "undated", false
	case bySaidOn:
		return d, st.SaidOn.Value, false
	}
	return d, claimtrail.FormatDate(st.Published), true
}

// dateLess orders dates oldest first, zero (undated) last.
func dateLess(a, b time.Time) bool {
	if a.IsZero() || b.IsZero() {
		return !a.IsZero() && b.IsZero()
	}
	return a.Before(b)
}

// sourceOf names where a statement was published.
func sourceOf(st *claimtrail.StoredStatement) string {
	parts := []string{}
	if st.Source != "" {
		parts = append(parts, st.Source)
	}
	if st.Title != "" {
		parts = append(parts, st.Title)
	}
	if len(parts) == 0 {
		parts = append(parts, st.Doc)
	}
	if !st.Published.IsZero() {
		parts = append(parts, "published "+claimtrail.FormatDate(st.Published))
	}
	return strings.Join(parts, " · ")
}
