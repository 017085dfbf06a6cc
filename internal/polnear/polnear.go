// Package polnear reads the PolNeAR attribution corpus (brat standoff) and
// scores predicted attribution spans against it. Offsets in the .ann files
// are code points; this package converts them to byte offsets so they
// compare with claimtrail's spans.
package polnear

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/claimtrail/claimtrail"
)

// Role is an attribution role.
type Role uint8

const (
	Source Role = iota
	Cue
	Content
	NumRoles
)

var roleNames = [...]string{"source", "cue", "content"}

func (r Role) String() string { return roleNames[r] }

// Attribution is one gold attribution: each role may be discontinuous.
type Attribution struct {
	Source, Cue, Content []claimtrail.Span
}

// Doc is one PolNeAR article with its gold attributions.
type Doc struct {
	Name         string
	Text         string
	Published    time.Time
	Attributions []Attribution
}

// Spans returns every gold fragment of role r.
func (d *Doc) Spans(r Role) []claimtrail.Span {
	var out []claimtrail.Span
	for _, a := range d.Attributions {
		out = append(out, a.Role(r)...)
	}
	return out
}

// Role returns the fragments of role r.
func (a *Attribution) Role(r Role) []claimtrail.Span {
	switch r {
	case Source:
		return a.Source
	case Cue:
		return a.Cue
	}
	return a.Content
}

// Load reads a split folder (train/ or dev/ with text/ and attributions/)
// and, when metaPath is not "", publication dates from metadata.tsv. When a
// document has several annotators' files, the first in name order is used.
func Load(dir, metaPath string) ([]Doc, error) {
	dates := map[string]time.Time{}
	if metaPath != "" {
		var err error
		if dates, err = loadDates(metaPath); err != nil {
			return nil, err
		}
	}
	anns, err := filepath.Glob(filepath.Join(dir, "attributions", "*.ann"))
	if err != nil {
		return nil, err
	}
	if len(anns) == 0 {
		return nil, fmt.Errorf("polnear: no .ann files under %s", dir)
	}
	sort.Strings(anns)
	seen := map[string]bool{}
	var docs []Doc
	for _, ann := range anns {
		base := strings.TrimSuffix(filepath.Base(ann), ".ann")
		name := base
		if i := strings.LastIndexByte(base, '_'); i > 0 {
			name = base[:i]
		}
		if seen[name] {
			continue
		}
		seen[name] = true
		text, err := os.ReadFile(filepath.Join(dir, "text", name+".txt"))
		if err != nil {
			return nil, fmt.Errorf("polnear: %w", err)
		}
		attrs, err := readAnn(ann, string(text))
		if err != nil {
			return nil, err
		}
		docs = append(docs, Doc{Name: name, Text: string(text), Published: dates[name], Attributions: attrs})
	}
	return docs, nil
}

func loadDates(path string) (map[string]time.Time, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("polnear: %w", err)
	}
	defer f.Close()
	out := map[string]time.Time{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	col, dcol := -1, -1
	for sc.Scan() {
		fields := strings.Split(sc.Text(), "\t")
		if col < 0 {
			for i, h := range fields {
				switch h {
				case "filename":
					col = i
				case "publication_date":
					dcol = i
				}
			}
			if col < 0 || dcol < 0 {
				return nil, fmt.Errorf("polnear: %s: no filename/publication_date columns", path)
			}
			continue
		}
		if len(fields) > dcol && len(fields) > col {
			if t, err := time.Parse("2006-01-02", fields[dcol]); err == nil {
				out[fields[col]] = t
			}
		}
	}
	return out, sc.Err()
}

// readAnn parses a brat file. Text fields may contain line breaks, so only
// lines that start with an id and a tab are read; offsets are code points.
func readAnn(path, text string) ([]Attribution, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("polnear: %w", err)
	}
	cp := codePointOffsets(text)
	type ent struct {
		role  string
		spans []claimtrail.Span
	}
	ents := map[string]ent{}
	var events [][]string
	for _, line := range strings.Split(string(b), "\n") {
		if len(line) < 2 || (line[0] != 'T' && line[0] != 'E') || line[1] < '0' || line[1] > '9' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 2 {
			continue
		}
		if line[0] == 'E' {
			events = append(events, strings.Fields(f[1]))
			continue
		}
		head := f[1]
		sp := strings.IndexByte(head, ' ')
		if sp < 0 {
			continue
		}
		var spans []claimtrail.Span
		for _, frag := range strings.Split(head[sp+1:], ";") {
			se := strings.Fields(frag)
			if len(se) != 2 {
				continue
			}
			s, err1 := strconv.Atoi(se[0])
			e, err2 := strconv.Atoi(se[1])
			if err1 != nil || err2 != nil || s < 0 || e < s || e >= len(cp) {
				return nil, fmt.Errorf("polnear: %s: bad offsets %q", path, frag)
			}
			spans = append(spans, claimtrail.Span{Start: cp[s], End: cp[e]})
		}
		ents[f[0]] = ent{role: head[:sp], spans: spans}
	}
	var out []Attribution
	for _, ev := range events {
		var a Attribution
		for _, arg := range ev {
			i := strings.IndexByte(arg, ':')
			if i < 0 {
				continue
			}
			e := ents[arg[i+1:]]
			switch arg[:i] {
			case "Source":
				a.Source = append(a.Source, e.spans...)
			case "Cue":
				a.Cue = append(a.Cue, e.spans...)
			case "Content":
				a.Content = append(a.Content, e.spans...)
			}
		}
		if len(a.Cue) > 0 || len(a.Content) > 0 {
			out = append(out, a)
		}
	}
	return out, nil
}

// codePointOffsets maps code point index → byte offset, with one extra
// entry for the end of the text.
func codePointOffsets(text string) []int {
	out := make([]int, 0, len(text)+1)
	for i := range text {
		out = append(out, i)
	}
	return append(out, len(text))
}

// Trim narrows s past white space, quotation marks and edge punctuation,
// as the evaluation compares spans.
func Trim(text string, s claimtrail.Span) claimtrail.Span {
	for s.Start < s.End {
		r, sz := utf8.DecodeRuneInString(text[s.Start:s.End])
		if !trimmable(r) {
			break
		}
		s.Start += sz
	}
	for s.End > s.Start {
		r, sz := utf8.DecodeLastRuneInString(text[s.Start:s.End])
		if !trimmable(r) {
			break
		}
		s.End -= sz
	}
	return s
}

func trimmable(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '"', '\'', '“', '”', '‘', '’', '«', '»', '„', '`',
		'.', ',', ';', ':', '!', '?', '(', ')', '[', ']', '—', '–', '-', '…':
		return true
	}
	return false
}
