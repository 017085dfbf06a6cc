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
