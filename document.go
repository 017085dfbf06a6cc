package claimtrail

import (
	"strings"
	"time"
)

// Document is one article as claimtrail analyses it. Text is the canonical
// UTF-8 text every span in the document's statements points into: a plain
// text file's bytes, or the main text extracted from HTML.
type Document struct {
	ID        string    `json:"id"`
	URL       string    `json:"url,omitempty"`
	Source    string    `json:"source,omitempty"` // the outlet or site ("reuters.com")
	Title     string    `json:"title,omitempty"`
	Author    string    `json:"author,omitempty"`
	Lang      string    `json:"lang,omitempty"` // ISO 639-1; "" means English
	Published time.Time `json:"published,omitzero"`
	Text      string    `json:"text"`
	// Key identifies the article across versions when it has no URL: ingest
	// sets it to a file's absolute path, so files that share a name in
	// different folders stay apart; stores return the key an article is
	// stored under here. See ArticleKey.
	Key string `json:"key,omitempty"`
	// Origin names where the document was read from (a path, a path and
	// line, a URL), for error messages.
	Origin string `json:"-"`
}

// HasPublished reports whether the publication date is known.
func (d *Document) HasPublished() bool { return !d.Published.IsZero() }

// Language returns the document's language code, English by default.
func (d *Document) Language() string {
	if d.Lang == "" {
		return "en"
	}
	return strings.ToLower(d.Lang)
}

// ParseDate reads a publication date as the contract allows: YYYY-MM-DD or
// RFC 3339. It returns EINVALID naming the value when neither fits.
func ParseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t, nil
	}
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02T15:04"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, Errorf(EINVALID, "unparseable date %q (want YYYY-MM-DD or RFC 3339)", s)
}
