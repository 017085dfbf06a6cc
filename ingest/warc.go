package ingest

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"context"
	"crypto/sha1"
	"encoding/base32"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httputil"
	"net/textproto"
	"strconv"
	"strings"
	"time"

	gowarc "github.com/nlnwa/gowarc/v3"
)

// WARC reading. gowarc parses each record, its HTTP block and digests; the
// framing around it is ours, because gowarc caches every block whole (to a
// temporary file past 1 MiB) before it can be read, which would let one
// huge or decompression-bomb record fill the disk. Here a record's header
// is read first and a record larger than the limit is skipped as it
// streams past, so memory stays within about two records of MaxBytes.

// maxWARCHeader bounds one record's WARC header block.
const maxWARCHeader = 64 << 10

// warc reads an archive. gz says the stream is a series of gzip members
// (a .warc.gz), which are inflated here so that damage can be named by
// its offset in the file.
func (r *reader) warc(ctx context.Context, src *source, br *bufio.Reader, gz bool) error {
	var members *memberReader
	var in io.Reader = br
	if gz {
		members = &memberReader{src: br}
		in = members
	}
	limit := int64(r.opt.MaxBytes) + maxWARCHeader
	fr := &framer{br: bufio.NewReaderSize(in, 64<<10), limit: limit, garbage: int64(r.opt.MaxBytes)}
	// fileOff names a record by where it starts in the file: for a
	// .warc.gz, the gzip member holding it, as CDX indexes do.
	fileOff := func(off int64) int64 {
		if members != nil {
			return members.fileOffset(off)
		}
		return off
	}
	u := gowarc.NewUnmarshaler(gowarc.WithBufferMaxMemBytes(limit + 1))
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		rec, off, err := fr.next()
		var ge *gzipError
		var fe *frameError
		switch {
		case err == io.EOF:
			if fr.records == 0 {
				r.fail(src.input, errors.New("no WARC records"))
			}
			return nil
		case errors.As(err, &ge):
			r.fail(fmt.Sprintf("%s@%d", src.input, ge.offset), fmt.Errorf("%w; %d records before it were read, the rest of the file is skipped", ge, fr.records))
			return nil
		case errors.As(err, &fe) && fe.fatal:
			r.fail(fmt.Sprintf("%s@%d", src.input, fileOff(fe.offset)), fmt.Errorf("%w; the rest of the file is skipped", fe.err))
			return nil
		case errors.As(err, &fe):
			r.fail(fmt.Sprintf("%s@%d", src.input, fileOff(fe.offset)), fe.err)
			continue
		case err != nil:
			r.fail(src.input, err)
			return nil
		}
		where := fmt.Sprintf("%s@%d", src.input, fileOff(off))
		if members != nil {
			members.forget(off)
		}
		if fr.skipped > 0 {
			// Read the record found, but say so: damage between records
			// is common in hand-joined archives.
			r.warn(where, fmt.Errorf("%d bytes before this record are no WARC record; skipped", fr.skipped))
		}
		if err := r.warcRecord(u, where, rec); err != nil {
			return err
		}
	}
}

// warcRecord turns one record into a document when it is a 200 response
// (or resource) with an HTML or plain-text payload not read before.
func (r *reader) warcRecord(u gowarc.Unmarshaler, where string, raw []byte) (stop error) {
	defer func() {
		if v := recover(); v != nil {
			r.fail(where, fmt.Errorf("WARC record parser failed on this record (recovered panic: %v)", v))
			stop = nil
		}
	}()
	rec, _, _, err := u.Unmarshal(bufio.NewReader(bytes.NewReader(raw)))
	if err != nil {
		r.fail(where, fmt.Errorf("bad WARC record: %w", err))
		return nil
	}
	defer rec.Close()
	wh := rec.WarcHeader()
	target := strings.Trim(wh.Get(gowarc.WarcTargetURI), "<> ")
	body, hdr, ok := r.warcPayload(rec, where, target)
	if !ok {
		return nil
	}
	ctype := hdr.Get("Content-Type")
	format := contentFormat(ctype)
	if format != fHTML && format != fText && format != "sniff" {
		r.skip(where, SkipContentType, ctype+" "+target)
		return nil
	}
	payload, err := io.ReadAll(body)
	if err != nil {
		r.fail(where, fmt.Errorf("read payload: %w", err))
		return nil
	}
	if r.seenPayload(wh.Get(gowarc.WarcPayloadDigest), payload) {
		r.skip(where, SkipDuplicate, target)
		return nil
	}
	data, err := decodeBody(payload, hdr, r.opt.MaxBytes)
	if err != nil {
		r.fail(where, err)
		return nil
	}
	if format == "sniff" {
		if format = sniffBytes(data[:min(len(data), 4<<10)]); format != fHTML {
			r.skip(where, SkipContentType, ctype+" "+target)
			return nil
		}
	}
	captured, _ := wh.GetTime(gowarc.WarcDate)
	return r.warcDocument(where, target, captured, ctype, format, data)
}

// warcPayload returns the payload and HTTP header of a 200 response or a
// resource record; false for any other record, reported as skipped or
// failed when it is worth saying.
func (r *reader) warcPayload(rec gowarc.WarcRecord, where, target string) (io.Reader, http.Header, bool) {
	switch rec.Type() {
	case gowarc.Revisit:
		r.skip(where, SkipRevisit, target)
	case gowarc.Response:
		block, ok := rec.Block().(gowarc.HttpResponseBlock)
		if !ok {
			return nil, nil, false // dns:, whois: and other non-HTTP responses
		}
		if code := block.HttpStatusCode(); code != http.StatusOK {
			r.skip(where, SkipStatus, strconv.Itoa(code)+" "+target)
			return nil, nil, false
		}
		// Our own parse of the header: net/http's (which gowarc uses)
		// drops Transfer-Encoding, and we must undo chunking.
		hdr := httpHeader(block.ProtocolHeaderBytes())
		body, err := block.PayloadBytes()
		if err != nil {
			r.fail(where, fmt.Errorf("read payload: %w", err))
			return nil, nil, false
		}
		return body, hdr, true
	case gowarc.Resource:
		hdr := http.Header{"Content-Type": {rec.WarcHeader().Get(gowarc.ContentType)}}
		body, err := rec.Block().RawBytes()
		if err != nil {
			r.fail(where, fmt.Errorf("read payload: %w", err))
			return nil, nil, false
		}
		return body, hdr, true
	}
	return nil, nil, false // warcinfo, request, metadata, conversion
}

// seenPayload reports whether a payload with this digest was read before,
// and marks it read. Without a digest, the payload's own is taken.
func (r *reader) seenPayload(digest string, payload []byte) bool {
	if digest == "" {
		sum := sha1.Sum(payload)
		digest = "sha1:" + base32.StdEncoding.EncodeToString(sum[:])
	}
	if r.digests[digest] {
		return true
	}
	r.digests[digest] = true
	return false
}

// warcDocument emits the document of a record's decoded payload data,
// captured at the given time from target.
func (r *reader) warcDocument(where, target string, captured time.Time, ctype, format string, data []byte) error {
	id := r.urlID(target, captured.UTC().Format("20060102150405"))
	if target == "" {
		id = where
	}
	if format == fText {
		d, err := r.textDoc(where, id, data)
		if err != nil {
			r.fail(where, err)
			return nil
		}
		d.URL, d.Source, d.Published = target, hostOf(target), captured
		return r.emit(d)
	}
	maxDate := r.opt.Now
	if !captured.IsZero() {
		maxDate = captured // a page is not published after it was captured
	}
	pg, err := r.extract(where, data, ctype, target, maxDate)
	if err != nil {
		r.fail(where, err)
		return nil
	}
	d := pg.document(where)
	d.ID = id
	if d.Published.IsZero() {
		d.Published = captured
	}
	return r.emit(d)
}

// httpHeader parses the header lines after an HTTP status line, leniently:
// what parses before a bad line is kept.
func httpHeader(b []byte) http.Header {
	tp := textproto.NewReader(bufio.NewReader(bytes.NewReader(b)))
	if _, err := tp.ReadLine(); err != nil {
		return http.Header{}
	}
	h, _ := tp.ReadMIMEHeader()
	if h == nil {
		return http.Header{}
	}
	return http.Header(h)
}

// decodeBody undoes chunked transfer-encoding and gzip/deflate
// Content-Encoding, reading at most max inflated bytes. A body that says
// it is chunked but is not (crawlers often store it de-chunked and keep
// the header) is read as it is.
func decodeBody(payload []byte, hdr http.Header, max int) ([]byte, error) {
	var rd io.Reader = bytes.NewReader(payload)
	if strings.Contains(strings.ToLower(hdr.Get("Transfer-Encoding")), "chunked") {
		dechunked, err := io.ReadAll(httputil.NewChunkedReader(bytes.NewReader(payload)))
		if err == nil {
			rd = bytes.NewReader(dechunked)
		}
	}
	switch ce := strings.ToLower(strings.TrimSpace(hdr.Get("Content-Encoding"))); ce {
	case "", "identity", "none":
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(rd)
		if err != nil {
			return nil, fmt.Errorf("gzip Content-Encoding: %w", err)
		}
		rd = zr
	case "deflate":
		// "deflate" is zlib by the spec and raw deflate by some servers.
		br := bufio.NewReader(rd)
		if b, _ := br.Peek(2); len(b) == 2 && b[0]&0x0f == 8 && (uint16(b[0])<<8|uint16(b[1]))%31 == 0 {
			zr, err := zlib.NewReader(br)
			if err != nil {
				return nil, fmt.Errorf("deflate Content-Encoding: %w", err)
			}
			rd = zr
		} else {
			rd = flate.NewReader(br)
		}
	default:
		return nil, fmt.Errorf("Content-Encoding %q is not supported", ce)
	}
	data, err := readLimited(rd, max)
	if err != nil {
		return nil, fmt.Errorf("payload: %w", err)
	}
	return data, nil
}

// framer cuts an inflated WARC stream into records without holding more
// than one record (up to limit bytes) in memory.
type framer struct {
	br      *bufio.Reader
	pos     int64 // inflated bytes consumed
	limit   int64 // largest record kept
	garbage int64 // most bytes scanned for a record start before giving up
	records int
	skipped int64 // bytes before the last record that were no record
}

// frameError is a problem at an inflated offset: a skipped record, or
// (fatal) the end of what can be read.
type frameError struct {
	offset int64
	err    error
	fatal  bool
}

func (e *frameError) Error() string { return e.err.Error() }
func (e *frameError) Unwrap() error { return e.err }

var warcMagic = []byte("WARC/")

// next returns the next record (header, block and end marker) and its
// offset, io.EOF at the end, a *gzipError or a *frameError.
func (f *framer) next() ([]byte, int64, error) {
	skipped, err := f.seek()
	if err != nil {
		if err == io.EOF && skipped > 0 {
			return nil, 0, &frameError{offset: f.pos - skipped, err: fmt.Errorf("%d bytes of trailing data are no WARC record", skipped), fatal: true}
		}
		return nil, 0, err
	}
	start := f.pos
	f.skipped = skipped
	hdr, err := f.header(start)
	if err != nil {
		return nil, start, err
	}
	n, ok := contentLength(hdr)
	if !ok {
		return nil, start, &frameError{offset: start, err: errors.New("WARC record without a valid Content-Length; skipped"), fatal: false}
	}
	if n > 16*f.limit {
		// Skipping it would mean inflating it: a bomb, or junk.
		return nil, start, &frameError{offset: start, err: fmt.Errorf("WARC record declares %d bytes, far past the limit", n), fatal: true}
	}
	if int64(len(hdr))+n > f.limit {
		if _, err := io.CopyN(io.Discard, f.br, n); err != nil {
			f.pos += n
			return nil, start, f.truncated(start, err)
		}
		f.pos += n
		f.records++
		return nil, start, &frameError{offset: start, err: fmt.Errorf("WARC record of %d bytes is %w; skipped", n, errTooLarge(int(f.limit-maxWARCHeader)))}
	}
	var buf bytes.Buffer
	buf.Grow(len(hdr) + int(min(n, 1<<20)) + 4)
	buf.Write(hdr)
	got, err := buf.ReadFrom(io.LimitReader(f.br, n))
	f.pos += got
	if err != nil {
		return nil, start, f.truncated(start, err)
	}
	if got < n {
		return nil, start, f.truncated(start, io.ErrUnexpectedEOF)
	}
	f.skipEndMarker()
	buf.WriteString("\r\n\r\n")
	f.records++
	return buf.Bytes(), start, nil
}

// header reads the WARC header block of the record at start, up to and
// including the blank line that ends it.
func (f *framer) header(start int64) ([]byte, error) {
	var hdr []byte
	for {
		line, err := f.br.ReadSlice('\n')
		if len(hdr)+len(line) > maxWARCHeader {
			return nil, &frameError{offset: start, err: fmt.Errorf("WARC header longer than %d bytes", maxWARCHeader), fatal: true}
		}
		hdr = append(hdr, line...)
		f.pos += int64(len(line))
		if err == bufio.ErrBufferFull {
			continue
		}
		if err != nil {
			return nil, f.truncated(start, err)
		}
		if len(line) <= 2 && strings.TrimRight(string(line), "\r\n") == "" && len(hdr) > len(line) {
			return hdr, nil
		}
	}
}

// skipEndMarker reads the end-of-record marker, tolerating it short,
// missing or made of bare LFs.
func (f *framer) skipEndMarker() {
	if b, _ := f.br.Peek(4); len(b) > 0 {
		k := 0
		for k < len(b) && (b[k] == '\r' || b[k] == '\n') {
			k++
		}
		f.br.Discard(k)
		f.pos += int64(k)
	}
}

func (f *framer) truncated(start int64, err error) error {
	var ge *gzipError
	if errors.As(err, &ge) {
		return ge
	}
	if err == io.EOF || err == io.ErrUnexpectedEOF {
		return &frameError{offset: start, err: errors.New("truncated: the record starting here is incomplete"), fatal: true}
	}
	return &frameError{offset: start, err: err, fatal: true}
}

// seek moves to the next "WARC/" and returns the bytes it skipped; line
// breaks between records are not counted.
func (f *framer) seek() (int64, error) {
	var skipped int64
	for {
		b, err := f.br.Peek(f.br.Size())
		if len(b) == 0 {
			if err == nil {
				err = io.EOF
			}
			return skipped, err
		}
		lead := 0
		for lead < len(b) && (b[lead] == '\r' || b[lead] == '\n') {
			lead++
		}
		if skipped == 0 && lead > 0 {
			f.br.Discard(lead)
			f.pos += int64(lead)
			continue
		}
		if i := bytes.Index(b, warcMagic); i >= 0 {
			f.br.Discard(i)
			f.pos += int64(i)
			return skipped + int64(i), nil
		}
		k := len(b) - len(warcMagic) + 1 // keep a possible partial magic
		if err != nil || k <= 0 {
			k = len(b)
		}
		f.br.Discard(k)
		f.pos += int64(k)
		skipped += int64(k)
		if err != nil && err != bufio.ErrBufferFull {
			if err == io.EOF {
				continue
			}
			return skipped, err
		}
		if skipped > f.garbage {
			return skipped, &frameError{offset: f.pos - skipped, err: fmt.Errorf("no WARC record in %d bytes (a decompression bomb or not a WARC)", skipped), fatal: true}
		}
	}
}

// contentLength reads Content-Length from a WARC header block.
func contentLength(hdr []byte) (int64, bool) {
	for _, line := range bytes.Split(hdr, []byte("\n")) {
		k, v, ok := bytes.Cut(line, []byte(":"))
		if ok && strings.EqualFold(string(bytes.TrimSpace(k)), "Content-Length") {
			n, err := strconv.ParseInt(string(bytes.TrimSpace(v)), 10, 64)
			return n, err == nil && n >= 0
		}
	}
	return 0, false
}

// memberReader inflates a series of gzip members and remembers where each
// began in the file, to name damage and records by file offset.
type memberReader struct {
	src     *bufio.Reader // the file; a ByteReader, so gzip reads no further than a member
	zr      *gzip.Reader
	in      bool  // inside a member
	out     int64 // inflated bytes delivered
	cur     int64 // file offset of the current member
	starts  []memberStart
	counter *countReader
}

type memberStart struct{ out, file int64 }

// gzipError is damage in a .warc.gz, at the file offset of its member.
type gzipError struct {
	offset int64
	err    error
}

func (e *gzipError) Error() string {
	if errors.Is(e.err, io.ErrUnexpectedEOF) {
		return "truncated gzip member: the file ends inside the record starting here"
	}
	return "damaged gzip member: " + e.err.Error()
}
func (e *gzipError) Unwrap() error { return e.err }

type countReader struct {
	r io.Reader
	n int64
}

func (c *countReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

func (m *memberReader) Read(p []byte) (int, error) {
	if m.counter == nil {
		// Count the file bytes under a buffer of our own, so the file
		// offset is counted minus what is buffered but unread.
		m.counter = &countReader{r: m.src}
		m.src = bufio.NewReaderSize(m.counter, 64<<10)
	}
	for {
		if !m.in {
			m.cur = m.counter.n - int64(m.src.Buffered())
			if _, err := m.src.Peek(1); err != nil {
				if err == io.EOF {
					return 0, io.EOF
				}
				return 0, &gzipError{offset: m.cur, err: err}
			}
			var err error
			if m.zr == nil {
				m.zr, err = gzip.NewReader(m.src)
			} else {
				err = m.zr.Reset(m.src)
			}
			if err != nil {
				if err == io.EOF {
					err = io.ErrUnexpectedEOF
				}
				return 0, &gzipError{offset: m.cur, err: err}
			}
			m.zr.Multistream(false)
			m.starts = append(m.starts, memberStart{out: m.out, file: m.cur})
			m.in = true
		}
		n, err := m.zr.Read(p)
		m.out += int64(n)
		if err == io.EOF {
			m.in = false
			if n > 0 {
				return n, nil
			}
			continue
		}
		if err != nil {
			return n, &gzipError{offset: m.cur, err: err}
		}
		return n, nil
	}
}

// fileOffset maps an inflated offset to the file offset of its member.
func (m *memberReader) fileOffset(out int64) int64 {
	off := int64(0)
	for _, s := range m.starts {
		if s.out > out {
			break
		}
		off = s.file
	}
	return off
}

// forget drops member starts before the one holding out: the framer has
// moved past them.
func (m *memberReader) forget(out int64) {
	i := 0
	for i+1 < len(m.starts) && m.starts[i+1].out <= out {
		i++
	}
	m.starts = m.starts[i:]
}
