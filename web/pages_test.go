package web_test

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/claimtrail/claimtrail/web"
	"golang.org/x/net/html"
)

// page fetches an HTML page, checks its status and that it is safe
// (checkSafe), and returns its body.
func page(t *testing.T, h http.Handler, target string, status int) string {
	t.Helper()
	w := do(t, h, "GET", target, nil)
	if w.Code != status {
		t.Fatalf("%s: status %d, want %d: %.300s", target, w.Code, status, w.Body)
	}
	if ct := w.Header().Get("Content-Type"); ct != "text/html; charset=utf-8" {
		t.Errorf("%s: Content-Type %q", target, ct)
	}
	checkSafe(t, target, w.Body.String())
	return w.Body.String()
}

// checkSafe parses a page as a browser would and fails on anything that
// could run script: a script element other than the site's own file, an
// event-handler attribute, a link or source whose URL is not a site path,
// an anchor, or http(s).
func checkSafe(t *testing.T, name, body string) {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(body))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			if n.Data == "script" {
				src := attr(n, "src")
				if src != "/static/app.js" || n.FirstChild != nil {
					t.Errorf("%s: a script element that is not the site's (src %q)", name, src)
				}
			}
			if n.Data == "style" || n.Data == "iframe" || n.Data == "object" || n.Data == "embed" || n.Data == "img" || n.Data == "base" {
				t.Errorf("%s: unexpected <%s> element", name, n.Data)
			}
			for _, a := range n.Attr {
				key := strings.ToLower(a.Key)
				if strings.HasPrefix(key, "on") || key == "style" || key == "srcdoc" || key == "formaction" {
					t.Errorf("%s: <%s %s=%q>", name, n.Data, a.Key, a.Val)
				}
				if key == "href" || key == "src" || key == "action" || key == "xlink:href" {
					if !safeLink(a.Val) {
						t.Errorf("%s: <%s %s=%q> is not a safe link", name, n.Data, a.Key, a.Val)
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
}

func safeLink(v string) bool {
	v = strings.TrimSpace(v)
	if strings.HasPrefix(v, "#") || strings.HasPrefix(v, "?") || (strings.HasPrefix(v, "/") && !strings.HasPrefix(v, "//")) {
		return true
	}
	u, err := url.Parse(v)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// find returns the elements matching pred, in document order.
func find(t *testing.T, body string, pred func(*html.Node) bool) []*html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	var out []*html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && pred(n) {
			out = append(out, n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return out
}

func hasClass(n *html.Node, c string) bool {
	for _, f := range strings.Fields(attr(n, "class")) {
		if f == c {
			return true
		}
	}
	return false
}

func text(n *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

func TestPage_Home(t *testing.T) {
	h, _ := newHandler(t, web.Options{})
	body := page(t, h, "/", 200)
	for _, want := range []string{`action="/trace"`, `name="claim"`, "Ana Reyes", `href="/speakers/Ana%20Reyes"`, "<dd>7</dd>"} {
		if !strings.Contains(body, want) {
			t.Errorf("home lacks %q", want)
		}
	}
	if w := do(t, h, "HEAD", "/", nil); w.Code != 200 || w.Body.Len() != 0 {
		t.Errorf("HEAD /: %d, %d bytes", w.Code, w.Body.Len())
	}
}

func TestPage_Trace(t *testing.T) {
	h, _ := newHandler(t, web.Options{})
	body := page(t, h, "/trace?claim="+url.QueryEscape(testClaim), 200)
	marks := find(t, body, func(n *html.Node) bool { return hasClass(n, "mark") })
	if len(marks) != 7 {
		t.Fatalf("%d marks, want one per statement (7)", len(marks))
	}
	stances := map[string]int{}
	for _, m := range marks {
		if attr(m, "data-doc") == "" || attr(m, "data-n") == "" {
			t.Errorf("mark without data-doc/data-n: %v", m.Attr)
		}
		for _, s := range []string{"asserts", "denies", "neutral"} {
			if hasClass(m, s) {
				stances[s]++
			}
		}
		// without JS: a <title> and a link to the table row
		href := attr(m, "href")
		if m.FirstChild == nil || len(find(t, "<svg>"+renderNode(m)+"</svg>", func(n *html.Node) bool { return n.Data == "title" })) != 1 {
			t.Errorf("mark %s has no <title>", href)
		}
		if !strings.HasPrefix(href, "#st-") {
			t.Errorf("mark links to %q, not a table row", href)
		} else if len(find(t, body, func(n *html.Node) bool { return attr(n, "id") == href[1:] })) != 1 {
			t.Errorf("mark links to %s, which is not on the page", href)
		}
	}
	if stances["asserts"] != 3 || stances["denies"] != 3 || stances["neutral"] != 1 {
		t.Errorf("stance classes %v", stances)
	}
	// assertions above the axis, denials below, neutral on it
	axis := find(t, body, func(n *html.Node) bool { return n.Data == "line" && attr(n, "class") == "axis" })[0]
	ay := attr(axis, "y1")
	for _, m := range marks {
		c := find(t, "<svg>"+renderNode(m)+"</svg>", func(n *html.Node) bool { return hasClass(n, "hit") })[0]
		y := attr(c, "cy")
		switch {
		case hasClass(m, "asserts") && !(atof(y) < atof(ay)),
			hasClass(m, "denies") && !(atof(y) > atof(ay)),
			hasClass(m, "neutral") && y != ay:
			t.Errorf("mark %v at y %s, axis at %s", attr(m, "class"), y, ay)
		}
	}
	if len(find(t, body, func(n *html.Node) bool {
		return attr(n, "href") == "/api/trace?claim=Orvan+council+sold+the+water+plant"
	})) != 1 {
		t.Error("no link to the trace's JSON")
	}
	for _, want := range []string{
		"First asserted 2025-04-01 · Ana Reyes", "First denied 2025-04-02 · Ilya Brandt", // timeline call-outs
		"Origin story: Orvan Courier 2025-04-03 — contradicted by 2 earlier",
		"The story started from a report published on 3 April in the Orvan Courier",
		"<strong>Contradicted:</strong>", "Date conflicts", "2025-04-01</span> vs <span class=\"date\">2025-04-07",
		"Who cites whom", "earliest assertion", "said before the origin story", `class="mark asserts earliest contradicts"`,
		"2025-04-10 <span class=\"basis\"", // undated in the text: placed by publication
	} {
		if !strings.Contains(body, want) {
			t.Errorf("trace page lacks %q", want)
		}
	}
}

func TestPage_Trace_Filters(t *testing.T) {
	h, _ := newHandler(t, web.Options{})
	rows := func(body string) []*html.Node {
		return find(t, body, func(n *html.Node) bool { return n.Data == "tr" && hasClass(n, "row") })
	}
	body := page(t, h, "/trace?claim=x&stance=denies", 200)
	if r := rows(body); len(r) != 3 {
		t.Errorf("stance=denies: %d rows", len(r))
	}
	// the timeline keeps every statement; filtered-out marks link to their article
	marks := find(t, body, func(n *html.Node) bool { return hasClass(n, "mark") })
	if len(marks) != 7 {
		t.Errorf("%d marks with a filter", len(marks))
	}
	for _, m := range marks {
		if hasClass(m, "filtered") != !hasClass(m, "denies") {
			t.Errorf("mark %q filtered wrongly", attr(m, "class"))
		}
		if hasClass(m, "filtered") && !strings.HasPrefix(attr(m, "href"), "/articles/") {
			t.Errorf("filtered mark links to %q", attr(m, "href"))
		}
	}
	if !strings.Contains(body, `<option value="denies" selected>`) {
		t.Error("the stance filter does not show its value")
	}
	body = page(t, h, "/trace?claim=x&speaker=ilya+brandt", 200)
	if r := rows(body); len(r) != 2 {
		t.Errorf("speaker filter: %d rows", len(r))
	}
	page(t, h, "/trace?claim=x&stance=maybe", 400)
	page(t, h, "/trace", 200)
	page(t, h, "/trace?claim=++", 400)
	page(t, h, "/trace?claim=invalid", 400)
	if body := page(t, h, "/trace?claim=fail", 500); strings.Contains(body, "secret") {
		t.Error("internal error leaked into the page")
	}
}

func TestPage_Article(t *testing.T) {
	h, _ := newHandler(t, web.Options{})
	body := page(t, h, "/articles/1", 200)
	art := find(t, body, func(n *html.Node) bool { return hasClass(n, "article-text") })
	if len(art) != 1 {
		t.Fatal("no article text")
	}
	// the pieces give the text back, and the spans are where they should be
	if got := text(art[0]); got != saleText {
		t.Errorf("article text changed:\n got %q\nwant %q", got, saleText)
	}
	byKind := map[string][]string{}
	for _, sp := range find(t, renderNode(art[0]), func(n *html.Node) bool { return hasClass(n, "hl") }) {
		for _, k := range []string{"speaker", "cue", "content", "date"} {
			if hasClass(sp, "hl-"+k) {
				byKind[k] = append(byKind[k], text(sp))
			}
		}
	}
	want := map[string][]string{
		"speaker": {"Councillor Ana Reyes", "Mayor Ilya Brandt"},
		"cue":     {"said", "denied"},
		"content": {"the council had sold the water plant to Kestrel Holdings", "the plant had been sold"},
		"date":    {"on Tuesday"},
	}
	for k, w := range want {
		if strings.Join(byKind[k], "|") != strings.Join(w, "|") {
			t.Errorf("%s spans %q, want %q", k, byKind[k], w)
		}
	}
	for _, want := range []string{`id="s-1"`, `id="s-2"`, `href="https://brackwater.example/2025/04/orvan-plant-sale"`, "published 2025-04-02"} {
		if !strings.Contains(body, want) {
			t.Errorf("article page lacks %q", want)
		}
	}
	page(t, h, "/articles/999", 404)
	page(t, h, "/articles/x", 400)
}

func TestPage_Speakers(t *testing.T) {
	h, _ := newHandler(t, web.Options{})
	body := page(t, h, "/speakers/Ana%20Reyes", 200)
	if n := len(find(t, body, func(n *html.Node) bool { return hasClass(n, "mark") })); n != 2 {
		t.Errorf("%d marks for Ana Reyes", n)
	}
	// case-insensitive, oldest first
	body = page(t, h, "/speakers/ilya%20brandt", 200)
	if i, j := strings.Index(body, "2025-04-02"), strings.Index(body, "2025-04-10"); i < 0 || j < 0 || i > j {
		t.Errorf("Ilya Brandt's statements are not oldest first")
	}
	page(t, h, "/speakers/Nobody%20Here", 404)
	body = page(t, h, "/speakers?q=reyes", 200)
	if !strings.Contains(body, "Ana Reyes") || strings.Contains(body, "Tove Lind") {
		t.Error("speaker search")
	}
	page(t, h, "/speakers", 200)
}

func TestPage_ErrorsAndStatic(t *testing.T) {
	h, _ := newHandler(t, web.Options{})
	if body := page(t, h, "/no/such/page", 404); !strings.Contains(body, "There is no page at this address") {
		t.Error("404 page")
	}
	if w := do(t, h, "POST", "/", nil); w.Code != 405 || w.Header().Get("Allow") == "" {
		t.Errorf("POST /: %d", w.Code)
	}
	w := do(t, h, "GET", "/static/app.js", nil)
	if w.Code != 200 || !strings.HasPrefix(w.Header().Get("Content-Type"), "text/javascript") || !strings.Contains(w.Body.String(), "textContent") {
		t.Errorf("app.js: %d %s", w.Code, w.Header().Get("Content-Type"))
	}
	if w := do(t, h, "GET", "/static/style.css", nil); w.Code != 200 || !strings.HasPrefix(w.Header().Get("Content-Type"), "text/css") {
		t.Errorf("style.css: %d", w.Code)
	}
	page(t, h, "/static/nope.js", 404)
	page(t, h, "/static/..%2fweb.go", 404)
	if w := do(t, h, "GET", "/favicon.ico", nil); w.Code != 200 {
		t.Errorf("favicon: %d", w.Code)
	}
}

// TestPage_Hostile renders every page that shows the hostile article and
// checks that its markup stays text: checkSafe fails on any live script,
// event handler or javascript: link.
func TestPage_Hostile(t *testing.T) {
	h, _ := newHandler(t, web.Options{})
	hostileClaim := url.QueryEscape(`<script>alert(1)</script>" onmouseover="x`)
	pages := []string{
		"/articles/4",
		"/trace?claim=" + hostileClaim,
		"/trace?claim=x&speaker=" + url.QueryEscape(`<b>Evil</b>" onmouseover="alert(1)`),
		"/speakers/" + url.PathEscape(`<b>Evil</b>" onmouseover="alert(1)`),
		"/speakers?q=" + url.QueryEscape(`<b>`),
		"/",
	}
	for _, p := range pages {
		body := page(t, h, p, 200)
		for _, bad := range []string{"<script>alert", "<b>Evil", `" onmouseover="alert`, "<img src=x", `href="javascript:`} {
			if strings.Contains(body, bad) {
				t.Errorf("%s: raw %q in the page", p, bad)
			}
		}
	}
	// the text is still there, as text
	body := page(t, h, "/articles/4", 200)
	art := find(t, body, func(n *html.Node) bool { return hasClass(n, "article-text") })[0]
	if text(art) != hostileText {
		t.Errorf("hostile text not shown as written:\n got %q\nwant %q", text(art), hostileText)
	}
	if !strings.Contains(body, "javascript:alert(document.cookie)") {
		t.Error("a non-http URL should be shown as text")
	}
	for _, a := range find(t, body, func(n *html.Node) bool { return n.Data == "a" }) {
		if strings.Contains(attr(a, "href"), "javascript") {
			t.Errorf("live javascript: link %q", attr(a, "href"))
		}
	}
	// the API sends the same text as JSON, escaped for HTML contexts too
	w := do(t, h, "GET", "/api/articles/4", nil)
	if strings.Contains(w.Body.String(), "<script>") {
		t.Error("JSON carries raw <script>")
	}
}

func renderNode(n *html.Node) string {
	var b strings.Builder
	html.Render(&b, n)
	return b.String()
}

func atof(s string) float64 {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return -1
	}
	return f
}
