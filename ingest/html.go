package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/claimtrail/claimtrail"
	dps "github.com/markusmobius/go-dateparser"
	htmldate "github.com/markusmobius/go-htmldate"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
)

// page is what one HTML page yields: its main text and metadata.
type page struct {
	text      string
	title     string
	author    string
	site      string // site name, else the host without "www."
	url       string // canonical URL, else the URL it was read from
	lang      string // ISO 639-1
	published time.Time
}

// document makes a document of the page; its ID is left for the caller.
func (p *page) document(origin string) *claimtrail.Document {
	return &claimtrail.Document{
		URL: p.url, Source: p.site, Title: p.title, Author: p.author,
		Lang: p.lang, Published: p.published, Text: p.text, Origin: origin,
	}
}

// htmlFile reads a .html file (or an HTML stdin or URL body handed over as
// a file): page metadata, then NAME.meta.json over it, then the file name
// as the id.
func (r *reader) htmlFile(src *source, data []byte) error {
	pg, err := r.extract(src.input, data, src.ctype, src.url, r.opt.Now)
	if err != nil {
		r.fail(src.input, err)
		return nil
	}
	d := pg.document(src.input)
	d.ID = src.id
	if src.url != "" {
		// Fetched: the URL asked for is the id, the URL answered the URL.
		d.URL = src.url
	}
	if src.path != "" {
		meta, err := readMeta(src.path)
		if err != nil {
			r.fail(metaPath(src.path), err)
			return nil
		}
		if meta != nil {
			if err := overlay(d, meta); err != nil {
				r.fail(metaPath(src.path), err)
				return nil
			}
		}
	}
	return r.emit(d)
}

// errNoText is returned for a page without main text.
var errNoText = errors.New("no main text found in the page")

// extract finds the main text and metadata of an HTML page. pageURL (may
// be "") resolves relative links and is the URL when the page names no
// canonical one; page dates after maxDate's day are not believed. A
// library panic on hostile markup is recovered and returned as an error.
func (r *reader) extract(input string, data []byte, ctype, pageURL string, maxDate time.Time) (pg *page, err error) {
	defer func() {
		if v := recover(); v != nil {
			pg, err = nil, fmt.Errorf("HTML extraction failed on this page (recovered panic: %v)", v)
		}
	}()
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, errors.New("empty page")
	}
	if err := checkText(data); err != nil {
		return nil, fmt.Errorf("%w, not HTML", err)
	}
	decoded, name := decodeHTML(data, ctype)
	if name == "utf-8" && !utf8.Valid(decoded) {
		r.warn(input, fmt.Errorf("invalid UTF-8 at byte %d of the page; invalid bytes are read as U+FFFD", firstInvalid(decoded)))
	}
	if estimateNodes(decoded, maxHTMLNodes) > maxHTMLNodes {
		return nil, errTooComplex // before parsing: the tree itself would be the cost
	}
	doc, err := html.Parse(bytes.NewReader(decoded))
	if err != nil {
		return nil, fmt.Errorf("parse HTML: %w", err)
	}
	if countNodes(doc, maxHTMLNodes) > maxHTMLNodes {
		return nil, errTooComplex // the estimate missed a parser quirk
	}
	return extractDoc(doc, pageURL, maxDate)
}

func extractDoc(doc *html.Node, pageURL string, maxDate time.Time) (*page, error) {
	opts := trafilatura.Options{
		ExcludeComments: true,
		// The date comes from htmldate below, once, with our bounds.
		HtmlDateMode: trafilatura.Disabled,
	}
	if u, err := url.Parse(pageURL); err == nil && u.IsAbs() {
		opts.OriginalURL = u
	}
	res, err := trafilatura.ExtractDocument(doc, opts)
	if err != nil || res == nil {
		return nil, errNoText
	}
	pg := &page{text: renderText(res.ContentNode)}
	if pg.text == "" {
		return nil, errNoText
	}
	md := res.Metadata
	pg.title = cleanMeta(md.Title)
	pg.author = cleanMeta(md.Author)
	pg.site = cleanMeta(md.Sitename)
	pg.url = pageURL
	if pg.url == "" {
		pg.url = absURL(md.URL)
	}
	if pg.site == "" {
		pg.site = hostOf(pg.url)
	}
	pg.lang = htmlLang(doc)
	if pg.lang == "" {
		pg.lang = langCode(md.Language)
	}
	pg.published = pageDate(doc, pg.url, maxDate)
	if pg.published.IsZero() && !md.Date.IsZero() && !md.Date.After(endOfDay(maxDate)) {
		pg.published = md.Date
	}
	return pg, nil
}

// pageDate finds the publication date in the page's markup with htmldate
// in its fast mode (no free-text date parsing: it is slow and guesses),
// bounded by maxDate so that the result does not depend on the clock.
func pageDate(doc *html.Node, pageURL string, maxDate time.Time) time.Time {
	res, err := htmldate.FromDocument(doc, htmldate.Options{
		UseOriginalDate:     true,
		SkipExtensiveSearch: true,
		URL:                 pageURL,
		MaxDate:             endOfDay(maxDate),
		DateParserConfig:    &dps.Configuration{CurrentTime: maxDate},
	})
	if err != nil {
		return time.Time{}
	}
	return res.DateTime
}

func endOfDay(t time.Time) time.Time {
	t = t.UTC()
	return time.Date(t.Year(), t.Month(), t.Day(), 23, 59, 59, 0, time.UTC)
}

// decodeHTML converts a page to UTF-8: a BOM or the Content-Type charset is
// certain; otherwise bytes that are valid UTF-8 are UTF-8 (the HTML default
// of windows-1252 garbles modern pages that forget their meta charset), and
// the meta charset or windows-1252 decides the rest.
func decodeHTML(data []byte, ctype string) ([]byte, string) {
	e, name, certain := charset.DetermineEncoding(data, ctype)
	if !certain && mostlyUTF8(data) {
		return data, "utf-8"
	}
	if name == "utf-8" || e == encoding.Nop {
		return data, "utf-8"
	}
	out, err := e.NewDecoder().Bytes(data)
	if err != nil {
		return data, "utf-8"
	}
	return out, name
}

// mostlyUTF8 reports whether data is UTF-8 with at most as many invalid
// bytes than four per valid multi-byte character: a UTF-8 page with a few bad bytes,
// rather than a legacy 8-bit page.
func mostlyUTF8(data []byte) bool {
	valid, invalid := 0, 0
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, sz := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && sz == 1 {
			invalid++
		} else {
			valid++
		}
		i += sz
	}
	return invalid == 0 || valid*4 >= invalid
}

// htmlLang reads <html lang> as an ISO 639-1 code.
func htmlLang(doc *html.Node) string {
	for n := doc.FirstChild; n != nil; n = n.NextSibling {
		if n.Type == html.ElementNode && n.Data == "html" {
			for _, a := range n.Attr {
				if a.Key == "lang" || a.Key == "xml:lang" {
					return langCode(a.Val)
				}
			}
		}
	}
	return ""
}

// langCode turns "en-GB", "EN_us" or "eng" style tags into "en"; anything
// else into "".
func langCode(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.IndexAny(s, "-_"); i >= 0 {
		s = s[:i]
	}
	if len(s) != 2 || s[0] < 'a' || s[0] > 'z' || s[1] < 'a' || s[1] > 'z' {
		return ""
	}
	return s
}

// cleanMeta makes a metadata value one clean line of valid UTF-8.
func cleanMeta(s string) string {
	if s == "" {
		return ""
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	return strings.Join(strings.Fields(s), " ")
}

// absURL keeps only absolute http(s) URLs.
func absURL(s string) string {
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return u.String()
}

func hostOf(s string) string {
	u, err := url.Parse(s)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}
