package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/claimtrail/claimtrail"
)

// Record is a JSON Lines input record (and the shape of NAME.meta.json).
type Record struct {
	ID        string `json:"id"`
	URL       string `json:"url"`
	Published string `json:"published"`
	Source    string `json:"source"`
	Title     string `json:"title"`
	Author    string `json:"author"`
	Lang      string `json:"lang"`
	Text      string `json:"text"`
	HTML      string `json:"html"`
}

// metaPath names the metadata sidecar of path: NAME.meta.json (for
// NAME.html.gz too).
func metaPath(path string) string {
	if strings.EqualFold(filepath.Ext(path), ".gz") {
		path = path[:len(path)-3]
	}
	return strings.TrimSuffix(path, filepath.Ext(path)) + ".meta.json"
}

func readMeta(path string) (*Record, error) {
	b, err := os.ReadFile(metaPath(path))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	} else if err != nil {
		return nil, err
	}
	var m Record
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("bad metadata: %w", err)
	}
	return &m, nil
}

// text checks a text input and emits it as a document.
func (r *reader) text(input, id string, data []byte, meta *Record) error {
	if err := checkText(data); err != nil {
		r.fail(input, err)
		return nil
	}
	if !utf8.Valid(data) || bytes.IndexByte(data, 0) >= 0 {
		// each invalid byte (and NUL) becomes one space: the analysed
		// text is valid UTF-8 and every offset still matches the file
		r.warn(input, fmt.Errorf("invalid UTF-8 at byte %d; invalid bytes are read as spaces, offsets match the file's bytes", max(firstInvalid(data), bytes.IndexByte(data, 0))))
		data = spaceInvalid(data)
	}
	d := &claimtrail.Document{ID: id, Text: string(data), Origin: input}
	if meta != nil {
		if err := applyRecord(d, meta); err != nil {
			r.fail(metaPath(input), err)
			return nil
		}
		d.Text = string(data)
	}
	if d.Title == "" {
		d.Title = textTitle(d.Text)
	}
	if d.URL == "" && input != "-" {
		if abs, err := filepath.Abs(input); err == nil {
			d.Key = "file://" + filepath.ToSlash(abs)
		}
	}
	return r.emit(d)
}

// maxTitleBytes bounds a title line (BBC's are under 80 bytes).
const maxTitleBytes = 200

// textTitle returns the first line of a plain text when it is a title,
// as BBC's are: not blank, at most maxTitleBytes, followed by a blank
// line and more text, and not ending as a sentence or a clause does
// ('.', ',', ';', ':'). The title is not cut from the text: offsets
// point into the text whole, title line included.
func textTitle(text string) string {
	line, rest, ok := strings.Cut(text, "\n")
	if !ok {
		return ""
	}
	line = strings.TrimSpace(line)
	blank, rest, ok := strings.Cut(rest, "\n")
	if line == "" || len(line) > maxTitleBytes || !ok || strings.TrimSpace(blank) != "" || strings.TrimSpace(rest) == "" {
		return ""
	}
	switch line[len(line)-1] {
	case '.', ',', ';', ':':
		return ""
	}
	return line
}

// spaceInvalid returns data with each byte of an invalid UTF-8 sequence,
// and each NUL, replaced by a space.
func spaceInvalid(data []byte) []byte {
	out := make([]byte, 0, len(data))
	for i := 0; i < len(data); {
		r, sz := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && sz == 1 || r == 0 {
			out = append(out, ' ')
			i++
			continue
		}
		out = append(out, data[i:i+sz]...)
		i += sz
	}
	return out
}

// checkText rejects binary data: NUL bytes or mostly control bytes in the
// first 8 KiB.
func checkText(data []byte) error {
	head := data[:min(len(data), 8<<10)]
	if bytes.IndexByte(head, 0) >= 0 {
		return errors.New("binary file (NUL bytes): not text")
	}
	ctl := 0
	for _, c := range head {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctl++
		}
	}
	if len(head) > 64 && ctl*10 > len(head) {
		return errors.New("binary file (control bytes): not text")
	}
	return nil
}

func firstInvalid(b []byte) int {
	for i := 0; i < len(b); {
		r, sz := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && sz == 1 {
			return i
		}
		i += sz
	}
	return -1
}

// applyRecord copies a record's metadata (and text) into d.
func applyRecord(d *claimtrail.Document, rec *Record) error {
	if rec.ID != "" {
		d.ID = rec.ID
	} else if d.ID == "" {
		d.ID = rec.URL
	}
	d.URL, d.Source, d.Title, d.Author, d.Lang = rec.URL, rec.Source, rec.Title, rec.Author, rec.Lang
	if rec.Published != "" {
		t, err := claimtrail.ParseDate(rec.Published)
		if err != nil {
			return err
		}
		d.Published = t
	}
	d.Text = rec.Text
	return nil
}

// overlay copies the metadata a record gives over a document made from a
// page: what the record says wins, what it leaves empty the page fills.
func overlay(d *claimtrail.Document, rec *Record) error {
	if rec.ID != "" {
		d.ID = rec.ID
	}
	for _, f := range []struct {
		dst *string
		src string
	}{
		{&d.URL, rec.URL}, {&d.Source, rec.Source}, {&d.Title, rec.Title},
		{&d.Author, rec.Author}, {&d.Lang, rec.Lang},
	} {
		if f.src != "" {
			*f.dst = f.src
		}
	}
	if rec.Published != "" {
		t, err := claimtrail.ParseDate(rec.Published)
		if err != nil {
			return err
		}
		d.Published = t
	}
	return nil
}
