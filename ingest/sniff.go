package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
)

// sniff guesses the format of a stream from its first bytes without
// consuming them: "gz", fWARC, fJSONL, fFeed, fHTML, else fText.
func sniff(br *bufio.Reader) string {
	head, _ := br.Peek(4 << 10)
	return sniffBytes(head)
}

func sniffBytes(head []byte) string {
	if len(head) >= 2 && head[0] == 0x1f && head[1] == 0x8b {
		return "gz"
	}
	if isWARCMagic(head) {
		return fWARC
	}
	b := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")), " \t\r\n")
	if len(b) > 0 && b[0] == '{' {
		if isJSONFeed(head) {
			return fFeed
		}
		return fJSONL
	}
	if xmlFeedRoot(b) {
		return fFeed
	}
	if looksHTML(b) {
		return fHTML
	}
	return fText
}

func isWARCMagic(b []byte) bool { return bytes.HasPrefix(b, []byte("WARC/")) }

// isJSONFeed looks for the JSON Feed version URL near the start.
func isJSONFeed(head []byte) bool {
	return bytes.Contains(head, []byte("jsonfeed.org/version/"))
}

// looksHTML reports whether b (trimmed) starts like an HTML document.
func looksHTML(b []byte) bool {
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body", "<!--", "<meta", "<title", "<article", "<p>", "<div"} {
		if len(b) >= len(p) && bytes.EqualFold(b[:len(p)], []byte(p)) {
			return true
		}
	}
	return false
}

// xmlFeedRoot reports whether b is XML whose root element is rss, feed
// (Atom) or rdf:RDF (RSS 1.0): it skips the XML declaration, comments,
// processing instructions and a doctype.
func xmlFeedRoot(b []byte) bool {
	for len(b) > 0 {
		b = bytes.TrimLeft(b, " \t\r\n")
		switch {
		case bytes.HasPrefix(b, []byte("<?")):
			i := bytes.Index(b, []byte("?>"))
			if i < 0 {
				return false
			}
			b = b[i+2:]
		case bytes.HasPrefix(b, []byte("<!--")):
			i := bytes.Index(b, []byte("-->"))
			if i < 0 {
				return false
			}
			b = b[i+3:]
		case bytes.HasPrefix(b, []byte("<!")):
			i := bytes.IndexByte(b, '>')
			if i < 0 {
				return false
			}
			b = b[i+1:]
		case bytes.HasPrefix(b, []byte("<")):
			name := b[1:]
			end := bytes.IndexAny(name, " \t\r\n>/")
			if end < 0 {
				end = len(name)
			}
			name = name[:end]
			if i := bytes.IndexByte(name, ':'); i >= 0 && !bytes.EqualFold(name, []byte("rdf:RDF")) {
				name = name[i+1:] // a namespace prefix: <atom:feed>
			}
			switch string(bytes.ToLower(name)) {
			case "rss", "feed", "rdf:rdf", "rdf":
				return true
			}
			return false
		default:
			return false
		}
	}
	return false
}

// newGzip opens a gzip stream; every member is read (multistream).
func newGzip(r io.Reader) (*gzip.Reader, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("not gzip: %w", err)
	}
	return zr, nil
}
