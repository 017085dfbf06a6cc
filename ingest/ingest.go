// Package ingest reads inputs into claimtrail documents: plain text files
// with optional NAME.meta.json beside them, JSON Lines records (streamed one
// at a time), HTML pages, RSS/Atom/JSON feeds, WARC archives, http(s) URLs,
// standard input, and folders of these. A bad input is reported with its
// name and skipped; the rest is read.
//
// Every reader bounds its memory: one document, record or feed is at most
// Options.MaxBytes (after decompression), and larger ones are reported and
// skipped without being held in memory.
//
// Document ids: the JSON Lines "id" (or NAME.meta.json's), else the file
// name without its extensions (a.html.gz → "a"), which in a folder is
// preceded by its path from the folder given ("business/001" for
// business/001.txt in bbc: names repeat across subfolders), else the URL: a fetched
// page's requested URL, a WARC record's WARC-Target-URI, a feed item's
// link (else its GUID, else FILE#N). A URL met again in one Read (a second
// capture) gets "@" and the WARC-Date as yyyymmddhhmmss, or "@N".
//
// HTML: Document.Text is the main text found by go-trafilatura, rendered
// by fixed rules (see renderText): paragraphs separated by a blank line,
// whitespace collapsed, NFC. The same bytes always give the same text, so
// offsets stay valid. Metadata comes from the page (title, author, site
// name → Source, canonical URL → URL when none is given, <html lang> or a
// language guess → Lang, go-htmldate → Published); what a record or
// NAME.meta.json gives wins.
package ingest

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/claimtrail/claimtrail"
)

// Options controls reading.
type Options struct {
	// Published overrides every document's publication date when set.
	Published time.Time
	// DocID overrides the id of a single document.
	DocID string
	// MaxBytes bounds one document, JSON Lines record, feed, WARC record
	// or HTTP body, measured after decompression; larger ones are reported
	// and skipped. Default 64 MiB.
	MaxBytes int
	// LimitHint says how to raise MaxBytes (the command line's "see
	// --max-bytes"); it is added to the errors of inputs over the limit.
	// Empty: nothing is added (an upload's limit is the server's).
	LimitHint string
	// Stdin is read for the input "-".
	Stdin io.Reader
	// StdinURL, when set, is the URL standard input was fetched from (a
	// feed a Poller fetched): it names the input in errors and ids, and
	// the feed's relative links resolve against it.
	StdinURL string
	// Format forces the format of "-": "txt", "jsonl", "html", "feed" or
	// "warc". By default stdin is JSON Lines when its first byte is '{'
	// (unless it is a JSON Feed), a WARC when it starts with "WARC/", gzip
	// is decompressed and sniffed again, HTML and XML feeds are recognised
	// by their first tag, and anything else is text.
	Format string

	// Follow makes a feed item's linked page be fetched and read instead
	// of the feed's own content for the item.
	Follow bool
	// RatePerHost is the most requests per second sent to one host
	// (robots.txt included). Default 1.
	RatePerHost float64
	// UserAgent is sent with every request and matched against robots.txt
	// groups by its product token (the part before the first '/').
	// Default "claimtrail/1 (+https://github.com/claimtrail/claimtrail)".
	UserAgent string
	// Timeout bounds one request from dial to the last body byte.
	// Default 30s.
	Timeout time.Duration
	// ConnectTimeout bounds connecting (and the TLS handshake). Default 10s.
	ConnectTimeout time.Duration
	// MaxRedirects is the most redirects followed per request. Default 5.
	MaxRedirects int
	// Transport, when set, sends the requests (tests, proxies); timeouts
	// other than Timeout are then its own.
	Transport http.RoundTripper
	// Now is the reading time: the latest publication date believed from
	// a page's own markup. Default the clock when Read starts.
	Now time.Time
	// Clock paces requests to each host (rate, Crawl-delay). Default the
	// wall clock; tests give a fake one, so that no test waits or depends
	// on how loaded the machine is.
	Clock Clock
}

// Clock tells the time and waits.
type Clock interface {
	Now() time.Time
	// Sleep waits d, or until ctx is done (then it returns ctx's error).
	Sleep(ctx context.Context, d time.Duration) error
}

// WallClock is the real Clock.
type WallClock struct{}

func (WallClock) Now() time.Time { return time.Now() }

// Sleep returns ctx's error at once when ctx is done, even for d <= 0.
func (WallClock) Sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// Error is a failure of one input, named.
type Error struct {
	Input string // path, path:line, path@offset (WARC), URL, or "-"
	Err   error
}

// Error names the input and says what failed. An application error in
// the chain (a bad date in a record) is said by its message: its own
// Error names its code, which is for logs, not for people.
func (e *Error) Error() string {
	msg := e.Err.Error()
	var ce *claimtrail.Error
	if errors.As(e.Err, &ce) {
		msg = strings.Replace(msg, ce.Error(), ce.Message, 1)
	}
	return e.Input + ": " + msg
}
func (e *Error) Unwrap() error { return e.Err }

// Warning is a problem found in an input that was still read.
type Warning = Error

// Handler receives documents, errors and warnings as they are read. Doc
// returning an error stops reading.
type Handler struct {
	Doc  func(*claimtrail.Document) error
	Fail func(*Error)
	Warn func(*Warning)
	// Skip, when set, is told about records that were read but are
	// deliberately not documents: WARC revisits and duplicate payloads,
	// non-200 responses, non-text content, feed files in a folder that are
	// not feeds. Skips are not failures.
	Skip func(*Skip)
}

// Skip is a record read but deliberately not made a document.
type Skip struct {
	Input  string // where, as in Error.Input
	Reason SkipReason
	Detail string // e.g. the URL or content type
}

// SkipReason says why a record is not a document.
type SkipReason string

// Reasons for Skip.
const (
	SkipRevisit     SkipReason = "revisit"      // a WARC revisit record
	SkipDuplicate   SkipReason = "duplicate"    // a payload already read (same digest)
	SkipStatus      SkipReason = "status"       // an HTTP status other than 200
	SkipContentType SkipReason = "content-type" // neither HTML nor plain text
	SkipNotFeed     SkipReason = "not-feed"     // a .xml/.json file in a folder that is no feed
	SkipNotArticle  SkipReason = "not-article"  // a README, LICENSE… in a folder (see NotArticle)
)

// Read reads every input in order: files, folders (recursively, files that
// Known accepts, in name order, less those NotArticle names), http(s)
// URLs and "-" for standard input.
func Read(ctx context.Context, inputs []string, opt Options, h Handler) error {
	if opt.MaxBytes <= 0 {
		opt.MaxBytes = 64 << 20
	}
	if opt.Now.IsZero() {
		opt.Now = time.Now()
	}
	if h.Fail == nil {
		h.Fail = func(*Error) {}
	}
	if h.Warn == nil {
		h.Warn = func(*Warning) {}
	}
	if h.Skip == nil {
		h.Skip = func(*Skip) {}
	}
	r := &reader{opt: opt, h: h, digests: map[string]bool{}, ids: map[string]int{}}
	defer r.close()
	for _, in := range inputs {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := r.input(ctx, in); err != nil {
			var stop errStop
			if errors.As(err, &stop) {
				return stop.error
			}
			return err
		}
	}
	return nil
}

type reader struct {
	opt Options
	h   Handler
	web *fetcher // created on the first URL
	// digests holds the payload digests of WARC records already read, so
	// the same capture in two archives is one document.
	digests map[string]bool
	// ids counts document ids made from URLs, so two captures of one URL
	// get distinct ids.
	ids map[string]int
	// br is the buffered reader of the file being read, reset for each
	// file: a folder of many small articles then allocates (and the
	// collector clears) one 64 KB buffer, not one per file.
	br *bufio.Reader
}

func (r *reader) close() {
	if r.web != nil {
		r.web.close()
	}
}

// errStop wraps an error from the handler, which stops reading.
type errStop struct{ error }

func (r *reader) fail(input string, err error) {
	if tl := (*TooLargeError)(nil); r.opt.LimitHint != "" && errors.As(err, &tl) {
		err = fmt.Errorf("%w (%s)", err, r.opt.LimitHint)
	}
	r.h.Fail(&Error{Input: input, Err: err})
}
func (r *reader) warn(input string, err error) { r.h.Warn(&Warning{Input: input, Err: err}) }
func (r *reader) skip(input string, why SkipReason, detail string) {
	r.h.Skip(&Skip{Input: input, Reason: why, Detail: detail})
}

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

// urlID returns the id of a document known by its URL: the URL itself, and
// for later documents with the same URL the URL plus "@" and a stamp
// (a WARC date, an item number) so that ids stay unique and stable.
func (r *reader) urlID(u, stamp string) string {
	r.ids[u]++
	if n := r.ids[u]; n > 1 {
		if stamp == "" {
			stamp = fmt.Sprint(n)
		}
		return u + "@" + stamp
	}
	return u
}

func (r *reader) input(ctx context.Context, in string) error {
	if in == "-" {
		return r.stdin(ctx)
	}
	if isURL(in) {
		return r.url(ctx, in)
	}
	st, err := os.Stat(in)
	if err != nil {
		r.fail(in, cleanPathErr(err))
		return nil
	}
	if st.IsDir() {
		var files []string
		err := filepath.WalkDir(walkRoot(in), func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				r.fail(p, cleanPathErr(err))
				return nil
			}
			switch {
			case d.IsDir() || !Known(p):
			case NotArticle(p):
				r.skip(p, SkipNotArticle, "named like a distribution's notes, not an article")
			default:
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
			if err := r.file(ctx, f, in); err != nil {
				return err
			}
		}
		return nil
	}
	return r.file(ctx, in, "")
}

// walkRoot is the path to walk for the folder in: a symbolic link named as
// input is followed (with a trailing separator, which lstat resolves), so
// that "ingest t" reads the folder t points to. Links met inside the walk
// are not followed, which keeps a link loop from walking forever.
func walkRoot(in string) string {
	if lst, err := os.Lstat(in); err == nil && lst.Mode()&fs.ModeSymlink != 0 && !os.IsPathSeparator(in[len(in)-1]) {
		return in + string(filepath.Separator)
	}
	return in
}

// notArticleNames are the names (before the first dot, any case) that a
// folder of articles holds beside them about the folder itself: its
// README, PROVENANCE, LICENSE. They are file names of software and data
// distributions, the same whatever the articles' language, not words
// of a language, so they live here rather than in lang/data.
var notArticleNames = map[string]bool{
	"readme": true, "license": true, "licence": true, "copying": true, "copyright": true,
	"provenance": true, "notice": true, "authors": true, "contributors": true,
	"contributing": true, "changelog": true, "changes": true, "citation": true, "manifest": true,
}

// NotArticle reports whether path is named like a distribution's notes
// (README.txt, LICENSE, PROVENANCE.txt…): a folder walk skips such files
// (SkipNotArticle); named explicitly, they are read.
func NotArticle(path string) bool {
	name, _, _ := strings.Cut(filepath.Base(path), ".")
	return notArticleNames[strings.ToLower(name)]
}

func isURL(s string) bool {
	l := strings.ToLower(s[:min(len(s), 8)])
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

// Known reports whether path has an extension ingest reads, and so whether
// a folder walk picks it up:
//
//	.txt .text                 plain text (+ NAME.meta.json)
//	.jsonl .ndjson             JSON Lines records
//	.html .htm .xhtml          HTML pages (+ NAME.meta.json)
//	.rss .atom .xml            RSS or Atom feeds
//	.json                      JSON Feed (but not NAME.meta.json sidecars)
//	.warc                      WARC archives
//	any of these + .gz         gzip-compressed (.warc.gz per record)
//
// A bare .gz of another name is not known: nothing says what is inside.
// In a folder, a .xml or .json file that is no feed is skipped (SkipNotFeed),
// because such folders hold other XML and JSON; named explicitly it fails.
func Known(path string) bool {
	base := strings.ToLower(filepath.Base(path))
	base = strings.TrimSuffix(base, ".gz")
	if strings.HasSuffix(base, ".meta.json") {
		return false
	}
	return FormatOfExt(filepath.Ext(base)) != ""
}

// Input formats.
const (
	fText  = "txt"
	fJSONL = "jsonl"
	fHTML  = "html"
	fFeed  = "feed"
	fWARC  = "warc"
)

// FormatOfExt is the Options.Format a file extension names (".jsonl" →
// "jsonl"), "" for an extension ingest does not read.
func FormatOfExt(ext string) string {
	switch strings.ToLower(ext) {
	case ".txt", ".text":
		return fText
	case ".jsonl", ".ndjson":
		return fJSONL
	case ".html", ".htm", ".xhtml":
		return fHTML
	case ".rss", ".atom", ".xml", ".json":
		return fFeed
	case ".warc":
		return fWARC
	}
	return ""
}

// fileFormat splits a path into its format (by extension, "" if unknown),
// whether it is gzipped, and its id (the base name without extensions).
func fileFormat(path string) (format string, gz bool, id string) {
	base := filepath.Base(path)
	if strings.EqualFold(filepath.Ext(base), ".gz") {
		gz = true
		base = base[:len(base)-3]
	}
	ext := filepath.Ext(base)
	format = FormatOfExt(ext)
	return format, gz, strings.TrimSuffix(base, ext)
}

// file reads the file at path, found in the folder root by a walk, or
// named explicitly when root is "".
func (r *reader) file(ctx context.Context, path, root string) error {
	f, err := os.Open(path)
	if err != nil {
		r.fail(path, cleanPathErr(err))
		return nil
	}
	defer f.Close()
	format, gz, id := fileFormat(path)
	src := &source{input: path, id: walkedID(root, path, id), path: path, walked: root != ""}
	var rd io.Reader = f
	if gz {
		if format == fWARC {
			// A .warc.gz is a series of gzip members, one per record: the
			// WARC reader inflates them itself to name damaged offsets.
			return r.warc(ctx, src, bufio.NewReaderSize(f, 64<<10), true)
		}
		zr, err := newGzip(f)
		if err != nil {
			r.fail(path, err)
			return nil
		}
		defer zr.Close()
		rd = zr
	}
	if r.br == nil {
		r.br = bufio.NewReaderSize(rd, 64<<10)
	}
	br := r.br
	br.Reset(rd)
	defer br.Reset(nil) // holds no file after its close
	if format == "" {
		// Named explicitly with an unknown extension: sniff, else text.
		format = sniff(br)
		if format == "gz" {
			format = fText // a .gz inside a .gz: not followed
		}
	}
	return r.stream(ctx, src, format, br)
}

// walkedID is the id of a file found under root whose name gives id:
// its path from root, so that business/001.txt and tech/001.txt in one
// folder are "business/001" and "tech/001" (a file named explicitly, or
// at root itself, is its name's id alone).
func walkedID(root, path, id string) string {
	if root == "" {
		return id
	}
	rel, err := filepath.Rel(root, path)
	if dir := filepath.Dir(rel); err == nil && dir != "." {
		return filepath.ToSlash(dir) + "/" + id
	}
	return id
}

// source describes where the bytes being read came from.
type source struct {
	input  string // for errors and Origin
	id     string // document id when the input is one document
	path   string // file path, for NAME.meta.json; "" otherwise
	url    string // the URL it was fetched from, if any
	ctype  string // the HTTP Content-Type, if any
	walked bool   // found by a folder walk rather than named
}

// stream reads one input of a known format.
func (r *reader) stream(ctx context.Context, src *source, format string, br *bufio.Reader) error {
	switch format {
	case fJSONL:
		return r.jsonl(ctx, src.input, br)
	case fWARC:
		return r.warc(ctx, src, br, false)
	}
	data, err := readLimited(br, r.opt.MaxBytes)
	if err != nil {
		r.fail(src.input, err)
		return nil
	}
	switch format {
	case fHTML:
		return r.htmlFile(src, data)
	case fFeed:
		return r.feed(ctx, src, data)
	}
	var meta *Record
	if src.path != "" {
		if meta, err = readMeta(src.path); err != nil {
			r.fail(metaPath(src.path), err)
			return nil
		}
	}
	return r.text(src.input, src.id, data, meta)
}

func (r *reader) stdin(ctx context.Context) error {
	if r.opt.Stdin == nil {
		r.fail("-", errors.New("no standard input"))
		return nil
	}
	br := bufio.NewReaderSize(r.opt.Stdin, 64<<10)
	format := r.opt.Format
	switch format {
	case "", fText, "text", fJSONL, fHTML, fFeed, fWARC:
	default:
		r.fail("-", fmt.Errorf("unknown input format %q (want txt, jsonl, html, feed or warc)", format))
		return nil
	}
	if format == "text" {
		format = fText
	}
	if format == "" {
		format = sniff(br)
		if format == "gz" {
			zr, err := newGzip(br)
			if err != nil {
				r.fail("-", err)
				return nil
			}
			defer zr.Close()
			// A whole gzip stream: a .warc.gz inside is read record by
			// record from the inflated stream, offsets counted inflated.
			br = bufio.NewReaderSize(zr, 64<<10)
			if format = sniff(br); format == "gz" {
				format = fText
			}
		}
	}
	src := &source{input: "-", id: "stdin"}
	if u := r.opt.StdinURL; u != "" {
		src = &source{input: u, id: u, url: u}
	}
	return r.stream(ctx, src, format, br)
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
		return nil, errTooLarge(max)
	}
	return data, nil
}

func errTooLarge(max int) error { return &TooLargeError{Limit: max} }

// TooLargeError is an input over Options.MaxBytes (or another reader's
// bound, named in Limit).
type TooLargeError struct{ Limit int }

func (e *TooLargeError) Error() string {
	return fmt.Sprintf("larger than the limit of %d bytes", e.Limit)
}
