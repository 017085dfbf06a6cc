// Package ingest reads inputs into claimtrail documents: plain text files
// with optional NAME.meta.json beside them, JSON Lines records (streamed one
// at a time), standard input, and folders of these. A bad input is reported
// with its name and skipped; the rest is read.
package ingest

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/claimtrail/claimtrail"
)

// Options controls reading.
type Options struct {
	// Published overrides every document's publication date when set.
	Published time.Time
	// DocID overrides the id of a single document.
	DocID string
	// MaxBytes bounds one document (and one JSON Lines record); larger
	// ones are reported and skipped. Default 64 MiB.
	MaxBytes int
	// Stdin is read for the input "-".
	Stdin io.Reader
	// Format forces the format of "-" ("txt" or "jsonl"); by default stdin
	// is JSON Lines when its first byte is '{', else text.
	Format string
}

// Error is a failure of one input, named.
type Error struct {
	Input string // path, path:line, or "-"
	Err   error
}

func (e *Error) Error() string { return e.Input + ": " + e.Err.Error() }
func (e *Error) Unwrap() error { return e.Err }

// Warning is a problem found in an input that was still read.
type Warning = Error

// Handler receives documents, errors and warnings as they are read. Doc
// returning an error stops reading.
type Handler struct {
	Doc  func(*claimtrail.Document) error
	Fail func(*Error)
	Warn func(*Warning)
}

// Read reads every input in order: files, folders (recursively, files with
// a known extension, in name order) and "-" for standard input.
func Read(ctx context.Context, inputs []string, opt Options, h Handler) error {
	if opt.MaxBytes <= 0 {
		opt.MaxBytes = 64 << 20
	}
	if h.Fail == nil {
		h.Fail = func(*Error) {}
	}
	if h.Warn == nil {
		h.Warn = func(*Warning) {}
	}
	r := reader{opt: opt, h: h}
	for _, in := range inputs {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := r.input(ctx, in); err != nil {
			return err
		}
	}
	return nil
}

type reader struct {
	opt Options
	h   Handler
}

// errStop wraps an error from the handler, which stops reading.
type errStop struct{ error }

func (r *reader) emit(d *claimtrail.Document) error {
	if !r.opt.Published.IsZero() {
		d.Published = r.opt.Published
	}
	if r.opt.DocID != "" {
		d.ID = r.opt.DocID
	}
	if err := r.h.Doc(d); err != nil {
		return errStop{err}
	}
	return nil
}

func (r *reader) input(ctx context.Context, in string) error {
	if in == "-" {
		if r.opt.Stdin == nil {
			r.h.Fail(&Error{Input: "-", Err: errors.New("no standard input")})
			return nil
		}
		br := bufio.NewReaderSize(r.opt.Stdin, 64<<10)
		format := r.opt.Format
		if format == "" {
			if b, err := br.Peek(1); err == nil && b[0] == '{' {
				format = "jsonl"
			}
		}
		if format == "jsonl" {
			return r.jsonl(ctx, "-", br)
		}
		data, err := readLimited(br, r.opt.MaxBytes)
		if err != nil {
			r.h.Fail(&Error{Input: "-", Err: err})
			return nil
		}
		return r.text("-", "stdin", data, nil)
	}
	st, err := os.Stat(in)
	if err != nil {
		r.h.Fail(&Error{Input: in, Err: cleanPathErr(err)})
		return nil
	}
	if st.IsDir() {
		var files []string
		err := filepath.WalkDir(in, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				r.h.Fail(&Error{Input: p, Err: cleanPathErr(err)})
				return nil
			}
			if !d.IsDir() && Known(p) {
				files = append(files, p)
			}
			return nil
		})
		if err != nil {
			return err
		}
		sort.Strings(files)
		for _, f := range files {
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := r.file(ctx, f); err != nil {
				return err
			}
		}
		return nil
	}
	return r.file(ctx, in)
}

// Known reports whether path has an extension ingest reads.
func Known(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".txt", ".text", ".jsonl", ".ndjson":
		return true
	}
	return false
}

func (r *reader) file(ctx context.Context, path string) error {
	f, err := os.Open(path)
	if err != nil {
		r.h.Fail(&Error{Input: path, Err: cleanPathErr(err)})
		return nil
	}
	defer f.Close()
	switch strings.ToLower(filepath.Ext(path)) {
	case ".jsonl", ".ndjson":
		return r.jsonl(ctx, path, bufio.NewReaderSize(f, 64<<10))
	}
	data, err := readLimited(f, r.opt.MaxBytes)
	if err != nil {
		r.h.Fail(&Error{Input: path, Err: err})
		return nil
	}
	meta, err := readMeta(path)
	if err != nil {
		r.h.Fail(&Error{Input: metaPath(path), Err: err})
		return nil
	}
	id := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	return r.text(path, id, data, meta)
}

func cleanPathErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// readLimited reads at most max bytes; more is an error.
func readLimited(rd io.Reader, max int) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(rd, int64(max)+1))
	if err != nil {
		return nil, err
	}
	if len(data) > max {
		return nil, fmt.Errorf("larger than the limit of %d bytes (see --max-bytes)", max)
	}
	return data, nil
}

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

func metaPath(path string) string {
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
		r.h.Fail(&Error{Input: input, Err: err})
		return nil
	}
	d := &claimtrail.Document{ID: id, Text: string(data), Origin: input}
	if meta != nil {
		if err := applyRecord(d, meta); err != nil {
			r.h.Fail(&Error{Input: metaPath(input), Err: err})
			return nil
		}
		d.Text = string(data)
	}
	if !utf8.Valid(data) {
		r.h.Warn(&Warning{Input: input, Err: fmt.Errorf("invalid UTF-8 at byte %d; invalid bytes are read as spaces, offsets are into the file's bytes", firstInvalid(data))})
	}
	return r.emit(d)
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

// jsonl streams records one line at a time; a bad line is reported with
// its line number and skipped.
func (r *reader) jsonl(ctx context.Context, input string, br *bufio.Reader) error {
	line := 0
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		b, tooLong, err := readLine(br, r.opt.MaxBytes)
		if len(b) == 0 && err != nil {
			if err != io.EOF {
				r.h.Fail(&Error{Input: input, Err: err})
			}
			return nil
		}
		line++
		where := fmt.Sprintf("%s:%d", input, line)
		if tooLong {
			r.h.Fail(&Error{Input: where, Err: fmt.Errorf("record larger than the limit of %d bytes (see --max-bytes)", r.opt.MaxBytes)})
		} else if len(bytes.TrimSpace(b)) > 0 {
			var rec Record
			if err := json.Unmarshal(b, &rec); err != nil {
				r.h.Fail(&Error{Input: where, Err: fmt.Errorf("bad JSON record: %w", err)})
			} else if e := r.record(where, &rec); e != nil {
				return e
			}
		}
		if err != nil {
			if err != io.EOF {
				r.h.Fail(&Error{Input: input, Err: err})
			}
			return nil
		}
	}
}

func (r *reader) record(where string, rec *Record) error {
	if rec.Text == "" && rec.HTML != "" {
		r.h.Fail(&Error{Input: where, Err: errors.New("record has only html: HTML extraction is not built yet; send text")})
		return nil
	}
	d := &claimtrail.Document{Origin: where}
	if err := applyRecord(d, rec); err != nil {
		r.h.Fail(&Error{Input: where, Err: err})
		return nil
	}
	if d.ID == "" {
		d.ID = where
	}
	return r.emit(d)
}

// readLine reads one line without keeping more than max bytes of it; a
// longer line is consumed and reported as tooLong.
func readLine(br *bufio.Reader, max int) (line []byte, tooLong bool, err error) {
	var buf []byte
	for {
		frag, e := br.ReadSlice('\n')
		if !tooLong {
			if len(buf)+len(frag) > max+1 {
				tooLong, buf = true, nil
			} else {
				buf = append(buf, frag...)
			}
		}
		if e == bufio.ErrBufferFull {
			continue
		}
		if tooLong {
			return []byte{'x'}, true, e
		}
		return buf, false, e
	}
}
