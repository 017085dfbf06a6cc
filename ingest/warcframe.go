package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// The framing of a WARC stream into records (see warc.go for why it is
// ours): the framer cuts the inflated stream, the memberReader inflates a
// .warc.gz member by member and maps offsets back to the file.

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
