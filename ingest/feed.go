package ingest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"unicode/utf8"

	"github.com/claimtrail/claimtrail"
	"github.com/mmcdole/gofeed"
	jsonfeed "github.com/mmcdole/gofeed/json"
	"golang.org/x/text/unicode/norm"
)

// feed reads an RSS, Atom or JSON Feed document (already bounded by
// MaxBytes, because gofeed parses whole documents): one document per item.
func (r *reader) feed(ctx context.Context, src *source, data []byte) error {
	if !utf8.Valid(data) && utf8Declared(data) {
		// The XML parser stops at the first bad byte; text readers warn
		// and go on.
		r.warn(src.input, fmt.Errorf("invalid UTF-8 at byte %d; invalid bytes are read as U+FFFD", firstInvalid(data)))
		data = bytes.ToValidUTF8(data, []byte("\uFFFD"))
	}
	f, err := parseFeed(data)
	if err != nil {
		if src.walked && errors.Is(err, errNotFeed) {
			r.skip(src.input, SkipNotFeed, "")
			return nil
		}
		r.fail(src.input, err)
		return nil
	}
	var orig *jsonfeed.Feed
	if o, ok := f.OriginalFeed().(*jsonfeed.Feed); ok {
		orig = o
	}
	base := src.url
	if base == "" {
		base = absURL(f.Link)
	}
	if len(f.Items) == 0 {
		r.warn(src.input, errors.New("feed has no items"))
	}
	for i, it := range f.Items {
		if err := ctx.Err(); err != nil {
			return err
		}
		if it == nil {
			continue
		}
		where := fmt.Sprintf("%s#%d", src.input, i+1)
		isHTML := true
		if orig != nil && i < len(orig.Items) && orig.Items[i] != nil && orig.Items[i].ContentHTML == "" {
			isHTML = false // JSON Feed content_text
		}
		d, err := r.item(ctx, f, it, where, base, isHTML)
		if err != nil {
			r.fail(where, err)
			continue
		}
		if d.ID == "" {
			d.ID = fmt.Sprintf("%s#%d", src.id, i+1)
		}
		if err := r.emit(d); err != nil {
			return err
		}
	}
	return nil
}

// utf8Declared reports whether a feed is UTF-8 by its XML declaration (or
// by having none, or by being JSON).
func utf8Declared(data []byte) bool {
	head := bytes.ToLower(data[:min(len(data), 256)])
	if !bytes.HasPrefix(bytes.TrimLeft(head, "\xef\xbb\xbf \t\r\n"), []byte("<?xml")) {
		return true
	}
	decl, _, _ := bytes.Cut(head, []byte("?>"))
	_, enc, ok := bytes.Cut(decl, []byte("encoding"))
	return !ok || bytes.Contains(enc, []byte("utf-8")) || bytes.Contains(enc, []byte("utf8"))
}

var errNotFeed = errors.New("not a feed (RSS, Atom or JSON Feed)")

// parseFeed parses a feed, turning a parser panic on hostile input into an
// error.
func parseFeed(data []byte) (f *gofeed.Feed, err error) {
	defer func() {
		if v := recover(); v != nil {
			f, err = nil, fmt.Errorf("feed parser failed on this input (recovered panic: %v)", v)
		}
	}()
	switch gofeed.DetectFeedType(bytes.NewReader(data)) {
	case gofeed.FeedTypeUnknown:
		return nil, errNotFeed
	case gofeed.FeedTypeJSON:
		// Any JSON object passes gofeed's check; a JSON Feed names its
		// version near the top.
		if !isJSONFeed(data[:min(len(data), 64<<10)]) {
			return nil, errNotFeed
		}
	}
	p := gofeed.NewParser()
	p.KeepOriginalFeed = true // to tell JSON Feed content_html from content_text
	f, err = p.Parse(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("bad feed: %w", err)
	}
	return f, nil
}

// item makes one item's document: the item's own fields win over what its
// page says, and the page's text wins over the feed's when followed.
func (r *reader) item(ctx context.Context, f *gofeed.Feed, it *gofeed.Item, where, base string, isHTML bool) (*claimtrail.Document, error) {
	d := &claimtrail.Document{Origin: where}
	d.URL = resolve(base, it.Link)
	if d.URL == "" && len(it.Links) > 0 {
		d.URL = resolve(base, it.Links[0])
	}
	d.Source = cleanMeta(f.Title)
	d.Title = cleanMeta(it.Title)
	if len(it.Authors) > 0 && it.Authors[0] != nil {
		d.Author = cleanMeta(it.Authors[0].Name)
	}
	d.Lang = langCode(f.Language)
	switch {
	case it.PublishedParsed != nil:
		d.Published = it.PublishedParsed.UTC()
	case it.UpdatedParsed != nil:
		d.Published = it.UpdatedParsed.UTC()
	}
	content := it.Content
	if strings.TrimSpace(content) == "" {
		content = it.Description
		isHTML = true // RSS descriptions are HTML by the spec's practice
	}
	if isHTML {
		d.Text = renderFragment(content)
	} else {
		d.Text = plainText(content)
	}
	if r.opt.Follow && d.URL != "" {
		pg, err := r.fetchPage(ctx, d.URL)
		switch {
		case err != nil && ctx.Err() != nil:
			return nil, ctx.Err()
		case err != nil && d.Text == "":
			return nil, fmt.Errorf("follow %s: %w", d.URL, err)
		case err != nil:
			r.warn(where, fmt.Errorf("follow %s: %w; the feed's content is read instead", d.URL, err))
		default:
			d.Text = pg.text
			fill(&d.Title, pg.title)
			fill(&d.Author, pg.author)
			fill(&d.Lang, pg.lang)
			if d.Published.IsZero() {
				d.Published = pg.published
			}
		}
	}
	if d.Text == "" {
		return nil, errors.New("item has no content")
	}
	switch {
	case d.URL != "":
		d.ID = r.urlID(d.URL, "")
	case strings.TrimSpace(it.GUID) != "":
		d.ID = r.urlID(strings.TrimSpace(it.GUID), "")
	}
	return d, nil
}

func fill(dst *string, v string) {
	if *dst == "" {
		*dst = v
	}
}

// resolve makes link absolute against base; "" when it is no http(s) URL.
func resolve(base, link string) string {
	link = strings.TrimSpace(link)
	if link == "" {
		return ""
	}
	u, err := url.Parse(link)
	if err != nil {
		return ""
	}
	if !u.IsAbs() && base != "" {
		if b, err := url.Parse(base); err == nil {
			u = b.ResolveReference(u)
		}
	}
	return absURL(u.String())
}

// plainText normalises plain text from a feed the way renderText does
// HTML: paragraphs at blank lines, separated by "\n\n"; single line breaks
// kept; other whitespace runs one space; NFC.
func plainText(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	var out strings.Builder
	var lines []string
	flush := func() {
		if len(lines) > 0 {
			if out.Len() > 0 {
				out.WriteString("\n\n")
			}
			out.WriteString(strings.Join(lines, "\n"))
			lines = lines[:0]
		}
	}
	for _, l := range strings.Split(s, "\n") {
		if l = strings.Join(strings.Fields(dropControls(l)), " "); l == "" {
			flush() // a blank line ends a paragraph
		} else {
			lines = append(lines, l)
		}
	}
	flush()
	return norm.NFC.String(out.String())
}

func dropControls(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x20 && r != '\t' || r == 0x7f || r >= 0x80 && r < 0xA0 || r == 0xAD {
			return -1
		}
		return r
	}, s)
}
