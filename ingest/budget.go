package ingest

import (
	"bytes"
	"fmt"

	"golang.org/x/net/html"
)

// Extraction cost is bounded by the number of nodes in the parsed page:
// go-trafilatura clones the tree three times and walks it many times, at
// some microseconds per node. Bytes do not bound nodes: the HTML parser
// re-opens every still-active formatting element (<b>, <font>, ...) at each
// new paragraph, so a few KiB of "<p><b a=1>…<b a=400></p><p>x<p>x…" grow
// into hundreds of thousands of nodes and seconds of work, and a MiB of it
// into billions of nodes. So a page is priced before it is parsed, and one
// priced over maxHTMLNodes is refused rather than extracted.

// maxHTMLNodes bounds the nodes of a page read, estimated before parsing
// and counted after: about a second or two of extraction. Real pages,
// even long live blogs, have tens of thousands.
const maxHTMLNodes = 300_000

// errTooComplex is returned for a page over maxHTMLNodes.
var errTooComplex = fmt.Errorf("page too complex: more than %d HTML nodes; not extracted", maxHTMLNodes)

// formatting are the HTML formatting elements: the parser reconstructs
// them when they are active but no longer open.
var formatting = map[string]bool{
	"a": true, "b": true, "big": true, "code": true, "em": true, "font": true,
	"i": true, "nobr": true, "s": true, "small": true, "strike": true,
	"strong": true, "tt": true, "u": true,
}

// barriers are the elements that put a scope marker in the list of active
// formatting elements, or bound the scope an end tag looks in: an end tag
// may leave formatting elements before one active, so the estimate never
// lets it reach past one.
var barriers = map[string]bool{
	"applet": true, "caption": true, "marquee": true, "object": true,
	"td": true, "template": true, "th": true, "table": true, "html": true,
	"foreignobject": true, "desc": true, "title": true, "mi": true,
	"mo": true, "mn": true, "ms": true, "mtext": true, "annotation-xml": true,
}

// afeEntry is one element of the simulated list of active formatting
// elements, or a marker (tag "").
type afeEntry struct {
	tag, attrs string
}

// estimateNodes prices a page in HTML nodes without building a tree: one
// node per start tag or text, plus, per start tag or text, every
// formatting element that may be reconstructed there, the part that grows
// faster than the input. The list of active formatting elements is simulated
// pessimistically: barriers are never cleared, so entries before one stay
// counted. It stops counting past limit.
func estimateNodes(data []byte, limit int) int {
	z := html.NewTokenizer(bytes.NewReader(data))
	var afe []afeEntry
	active := 0 // non-marker entries in afe
	nodes := 0
	for nodes <= limit {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return nodes
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			tag := string(name)
			nodes += 1 + active
			switch {
			case barriers[tag] && tt == html.StartTagToken:
				afe = append(afe, afeEntry{})
			case formatting[tag] && tt == html.StartTagToken:
				var attrs []byte
				for hasAttr {
					var k, v []byte
					k, v, hasAttr = z.TagAttr()
					attrs = append(append(append(append(attrs, k...), '='), v...), 0)
				}
				e := afeEntry{tag: tag, attrs: string(attrs)}
				// The parser keeps at most three equal entries after the
				// last marker, and one <a>.
				same := 0
				for i := len(afe) - 1; i >= 0 && afe[i].tag != ""; i-- {
					if afe[i] == e || tag == "a" && afe[i].tag == "a" {
						same++
					}
				}
				if same >= 3 || tag == "a" && same >= 1 {
					afe = removeLast(afe, e, tag == "a")
					active--
				}
				afe = append(afe, e)
				active++
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			// The adoption agency may clone a few elements here (its
			// loops are bounded by 8 and 3): linear in the input, so
			// left to the count after parsing.
			if tag := string(name); formatting[tag] {
				if i := lastAfter(afe, tag); i >= 0 {
					afe = append(afe[:i], afe[i+1:]...)
					active--
				}
			}
		case html.TextToken, html.CommentToken, html.DoctypeToken:
			nodes += 1 + active
		}
	}
	return nodes
}

// lastAfter returns the index of the last entry with tag after the last
// marker, or -1.
func lastAfter(afe []afeEntry, tag string) int {
	for i := len(afe) - 1; i >= 0 && afe[i].tag != ""; i-- {
		if afe[i].tag == tag {
			return i
		}
	}
	return -1
}

// removeLast drops the earliest entry equal to e (any <a> if anyA) after
// the last marker, as the parser does.
func removeLast(afe []afeEntry, e afeEntry, anyA bool) []afeEntry {
	first := -1
	for i := len(afe) - 1; i >= 0 && afe[i].tag != ""; i-- {
		if afe[i] == e || anyA && afe[i].tag == "a" {
			first = i
		}
	}
	if first < 0 {
		return afe
	}
	return append(afe[:first], afe[first+1:]...)
}

// countNodes counts the nodes of a tree, stopping past limit.
func countNodes(doc *html.Node, limit int) int {
	n := 0
	for x := doc; x != nil && n <= limit; {
		n++
		switch {
		case x.FirstChild != nil:
			x = x.FirstChild
		default:
			for x != nil && x.NextSibling == nil {
				x = x.Parent
			}
			if x != nil {
				x = x.NextSibling
			}
		}
	}
	return n
}
