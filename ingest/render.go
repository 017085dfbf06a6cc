package ingest

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/text/unicode/norm"
)

// renderText turns extracted HTML into the canonical document text every
// offset points into. The rules are few and fixed, so the same markup
// always gives the same bytes:
//
//   - each block element (p, h1–h6, li, blockquote, pre, tr, div, …) is
//     a paragraph; paragraphs are separated by one blank line ("\n\n");
//   - <br> is a single "\n" inside its paragraph, never two;
//   - runs of whitespace (and no-break or other Unicode spaces) are one
//     space; paragraphs and lines are trimmed; table cells are spaced;
//   - control characters and soft hyphens are dropped, invalid UTF-8
//     becomes U+FFFD, and the text is NFC-normalised;
//   - script, style, and other non-text elements are skipped.
func renderText(root *html.Node) string {
	var t textRenderer
	t.node(root)
	t.flush()
	return norm.NFC.String(t.out.String())
}

// renderFragment renders an HTML fragment (a feed item's content) by the
// same rules as renderText.
func renderFragment(s string) string {
	body := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
	nodes, err := html.ParseFragment(strings.NewReader(s), body)
	if err != nil {
		return ""
	}
	var t textRenderer
	for _, n := range nodes {
		t.node(n)
	}
	t.flush()
	return norm.NFC.String(t.out.String())
}

type textRenderer struct {
	out   strings.Builder // finished paragraphs
	par   []byte          // the paragraph being built
	space bool            // a space is due before the next character
	pre   int             // depth inside <pre>
}

// skipped elements hold no article text.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Head: true, atom.Title: true, atom.Iframe: true, atom.Object: true,
	atom.Embed: true, atom.Svg: true, atom.Math: true, atom.Button: true,
	atom.Select: true, atom.Textarea: true, atom.Input: true, atom.Form: true,
	atom.Nav: true, atom.Figure: true, atom.Img: true, atom.Picture: true,
	atom.Video: true, atom.Audio: true, atom.Canvas: true, atom.Map: true,
}

// blocks start and end a paragraph.
var blocks = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Body: true, atom.Caption: true, atom.Center: true, atom.Dd: true,
	atom.Details: true, atom.Dialog: true, atom.Div: true, atom.Dl: true,
	atom.Dt: true, atom.Fieldset: true, atom.Figcaption: true, atom.Footer: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true,
	atom.H6: true, atom.Header: true, atom.Hgroup: true, atom.Hr: true,
	atom.Li: true, atom.Main: true, atom.Ol: true, atom.P: true, atom.Pre: true,
	atom.Section: true, atom.Summary: true, atom.Table: true, atom.Tbody: true,
	atom.Thead: true, atom.Tfoot: true, atom.Tr: true, atom.Ul: true,
	atom.Html: true, atom.Legend: true, atom.Menu: true,
}

func (t *textRenderer) node(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		t.text(n.Data)
		return
	case html.DocumentNode:
	case html.ElementNode:
		a := elemAtom(n)
		if skipped[a] {
			return
		}
		switch a {
		case atom.Br:
			t.newline()
			return
		case atom.Td, atom.Th:
			t.space = true
		}
		if blocks[a] {
			t.flush()
			if a == atom.Pre {
				t.pre++
				defer func() { t.pre-- }()
			}
			defer t.flush()
		}
	default: // comments, doctypes
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		t.node(c)
	}
	if a := elemAtom(n); a == atom.Td || a == atom.Th {
		t.space = true
	}
}

// elemAtom is n's atom; trafilatura builds elements by name alone.
func elemAtom(n *html.Node) atom.Atom {
	if n.DataAtom != 0 {
		return n.DataAtom
	}
	return atom.Lookup([]byte(strings.ToLower(n.Data)))
}

func (t *textRenderer) text(s string) {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == '\n' && t.pre > 0:
				t.newline()
			case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f':
				t.space = true
			case c < 0x20 || c == 0x7f:
				// control: dropped
			default:
				t.put(c)
			}
			continue
		}
		r, sz := utf8.DecodeRuneInString(s[i:])
		i += sz
		switch {
		case r == utf8.RuneError && sz == 1:
			t.putRune(utf8.RuneError)
		case r == 0xA0 || r == 0x1680 || (r >= 0x2000 && r <= 0x200A) || r == 0x202F || r == 0x205F || r == 0x3000 || r == 0x2028 || r == 0x2029 || r == 0x85:
			t.space = true
		case r == 0xAD || (r >= 0x80 && r < 0xA0) || r == 0xFEFF:
			// soft hyphen, C1 controls, BOM: dropped
		default:
			t.putRune(r)
		}
	}
}

func (t *textRenderer) put(c byte) {
	if t.space && len(t.par) > 0 && t.par[len(t.par)-1] != '\n' {
		t.par = append(t.par, ' ')
	}
	t.space = false
	t.par = append(t.par, c)
}

func (t *textRenderer) putRune(r rune) {
	if t.space && len(t.par) > 0 && t.par[len(t.par)-1] != '\n' {
		t.par = append(t.par, ' ')
	}
	t.space = false
	t.par = utf8.AppendRune(t.par, r)
}

// newline breaks the line inside the paragraph, once.
func (t *textRenderer) newline() {
	t.space = false
	if len(t.par) > 0 && t.par[len(t.par)-1] != '\n' {
		t.par = append(t.par, '\n')
	}
}

// flush ends the paragraph being built.
func (t *textRenderer) flush() {
	t.space = false
	p := t.par
	for len(p) > 0 && (p[len(p)-1] == '\n' || p[len(p)-1] == ' ') {
		p = p[:len(p)-1]
	}
	for len(p) > 0 && (p[0] == '\n' || p[0] == ' ') {
		p = p[1:]
	}
	if len(p) > 0 {
		if t.out.Len() > 0 {
			t.out.WriteString("\n\n")
		}
		t.out.Write(p)
	}
	t.par = t.par[:0]
}
