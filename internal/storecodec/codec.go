// Package storecodec holds the value encoding both stores share: input
// checks, the statement columns and their values (args.go) and the
// scanning of statement rows (row.go), span and via JSON, the first day a
// said_on value covers, the speaker key, and the splitting of user search
// text into terms. Each store keeps only what its driver needs of its own
// (date values, the FTS5 MATCH or tsquery syntax).
package storecodec

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/internal/subsets"
)

// DateLayout is the form dates are stored in.
const DateLayout = "2006-01-02"

// MaxTerms bounds a search: FTS5 rejects expressions deeper than 256, and
// nobody types more than a few words.
const MaxTerms = 32

// ValidateInput returns EINVALID when in cannot be stored: no document,
// no key or hash, text that is not UTF-8 or holds NUL bytes (PostgreSQL
// rejects both, so SQLite does too), or spans that are reversed or fall
// outside the text.
func ValidateInput(i int, in *claimtrail.ArticleInput) error {
	if in.Doc == nil {
		return claimtrail.Errorf(claimtrail.EINVALID, "input %d: no document", i)
	}
	d := in.Doc
	key := claimtrail.ArticleKey(d)
	if key == "" {
		return claimtrail.Errorf(claimtrail.EINVALID, "input %d: no key (the document has neither URL nor id)", i)
	}
	bad := func(format string, args ...any) error {
		return claimtrail.Errorf(claimtrail.EINVALID, "input %d (%s): %s", i, key, fmt.Sprintf(format, args...))
	}
	if in.Hash == "" {
		return bad("no hash")
	}
	for _, f := range [...]struct{ name, v string }{
		{"id", d.ID}, {"url", d.URL}, {"source", d.Source}, {"title", d.Title},
		{"author", d.Author}, {"lang", d.Lang}, {"text", d.Text}, {"hash", in.Hash},
	} {
		if !CleanText(f.v) {
			return bad("%s is not UTF-8 or holds a NUL byte", f.name)
		}
	}
	size := len(d.Text)
	seen := make(map[int]bool, len(in.Statements))
	for j := range in.Statements {
		st := &in.Statements[j]
		if seen[st.N] {
			return bad("statement n=%d appears twice", st.N)
		}
		seen[st.N] = true
		for _, sp := range st.Spans() {
			if !sp.Valid(size) {
				return bad("statement n=%d: span %v outside the text's %d bytes", st.N, sp, size)
			}
		}
		if !st.Span.Valid(size) {
			return bad("statement n=%d: span %v outside the text's %d bytes", st.N, st.Span, size)
		}
		for _, v := range StatementStrings(st) {
			if !CleanText(v) {
				return bad("statement n=%d: a field is not UTF-8 or holds a NUL byte", st.N)
			}
		}
	}
	return nil
}

func StatementStrings(st *claimtrail.Statement) []string {
	out := []string{
		st.Doc, st.Speaker.Name, st.Speaker.Mention, st.Speaker.Role, st.Speaker.Affiliation,
		st.Speaker.Type, st.Cue.Text, st.Cue.Lemma, st.Content.Text, st.Form, st.Polarity, st.PolarityBy,
		st.Channel.Kind, st.Channel.Text, st.Channel.Venue, st.Addressee,
	}
	if t := st.SaidOn; t != nil {
		out = append(out, t.Value, t.Grain, t.Text, t.Basis)
	}
	if e := st.SaidOnExpr; e != nil {
		out = append(out, e.Text, e.Timex)
	}
	for _, v := range st.Via {
		out = append(out, v.Name)
	}
	return out
}

// CheckVersion is the error both stores give for an extractor version
// they cannot hold (EINVALID), nil for one they can.
func CheckVersion(version string) error {
	if !CleanText(version) {
		return claimtrail.Errorf(claimtrail.EINVALID, "extractor version is not UTF-8 or holds a NUL byte")
	}
	return nil
}

func CleanText(s string) bool {
	return utf8.ValidString(s) && strings.IndexByte(s, 0) < 0
}

// SpeakerKey folds a speaker name for case-insensitive comparison. It is
// computed in Go, not SQL, so both stores fold alike.
func SpeakerKey(name string) string { return strings.ToLower(name) }

// EncodeSpans writes spans as JSON [[s,e],...]; nil stays NULL so that a
// nil slice reads back nil and an empty one empty.
func EncodeSpans(spans []claimtrail.Span) any {
	if spans == nil {
		return nil
	}
	b := make([]byte, 0, 2+len(spans)*12)
	b = append(b, '[')
	for i, s := range spans {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, '[')
		b = strconv.AppendInt(b, int64(s.Start), 10)
		b = append(b, ',')
		b = strconv.AppendInt(b, int64(s.End), 10)
		b = append(b, ']')
	}
	return string(append(b, ']'))
}

func DecodeSpans(s *string) ([]claimtrail.Span, error) {
	return decodeList[claimtrail.Span](s, "spans")
}

// EncodeVia writes via as a JSON array; nil stays NULL (an empty list
// is "[]": the two read back differently).
func EncodeVia(via []claimtrail.Via) (any, error) {
	if via == nil {
		return nil, nil
	}
	return encodeJSON(via, "via")
}

// encodeJSON is v as JSON text for a column, its error naming what.
func encodeJSON(v any, what string) (any, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return nil, fmt.Errorf("encode %s: %w", what, err)
	}
	return string(b), nil
}

func DecodeVia(s *string) ([]claimtrail.Via, error) { return decodeList[claimtrail.Via](s, "via") }

// EncodeTimeExpr writes said_on_expr as JSON {"text","span","timex"}; nil
// stays NULL.
func EncodeTimeExpr(e *claimtrail.TimeExpr) (any, error) {
	if e == nil {
		return nil, nil
	}
	return encodeJSON(e, "said_on_expr")
}

// DecodeTimeExpr reads what EncodeTimeExpr wrote: NULL is nil.
func DecodeTimeExpr(s *string) (*claimtrail.TimeExpr, error) {
	if s == nil {
		return nil, nil
	}
	e := &claimtrail.TimeExpr{}
	if err := json.Unmarshal([]byte(*s), e); err != nil {
		return nil, fmt.Errorf("decode said_on_expr: %w", err)
	}
	return e, nil
}

// decodeList reads a JSON array column: NULL is a nil slice, "[]" an
// empty one, as EncodeSpans and EncodeVia wrote them.
func decodeList[T any](s *string, what string) ([]T, error) {
	if s == nil {
		return nil, nil
	}
	out := []T{}
	if err := json.Unmarshal([]byte(*s), &out); err != nil {
		return nil, fmt.Errorf("decode %s: %w", what, err)
	}
	return out, nil
}

// FirstDay returns the first day a said_on value covers ("2022-10-07",
// "2022-10", "2022", "2022-W40", "2022-Q3"), or "" when it names none
// ("XXXX-04-24", "PRESENT_REF"); such statements are dated by their
// article's publication instead.
func FirstDay(v string) string {
	first, _, ok := claimtrail.DateRange(v)
	if !ok {
		return ""
	}
	return first.Format(DateLayout)
}

// SearchTerms splits user search text into plain terms: whitespace-separated
// chunks holding at least one letter or digit, operator words (AND, OR,
// NOT, NEAR) dropped. Every term is later quoted, so no character in it can
// act as syntax.
func SearchTerms(q string) []string {
	q = strings.ToValidUTF8(q, " ")
	var out []string
	for _, f := range strings.FieldsFunc(q, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsControl(r) }) {
		switch f {
		case "AND", "OR", "NOT", "NEAR":
			continue
		}
		if len(f) > 100 || strings.IndexFunc(f, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0 {
			continue
		}
		out = append(out, f)
		if len(out) == MaxTerms {
			break
		}
	}
	return out
}

// Bounds of a concept search (StatementFilter.Concepts): beyond them
// groups and terms are dropped, so a long claim cannot build a query that
// the backends refuse or take seconds over.
const (
	MaxConceptGroups = 8
	MaxGroupTerms    = 40
	maxCombinations  = 70
)

// ConceptExpr writes a concept search (ConceptQuery) as one boolean
// expression: the combinations joined by or, each the groups in it joined
// by and, each group its terms joined by or, every part in parentheses.
// term renders one term; it is called once per term, however many
// combinations share its group (a backend may bind it as a parameter).
// It returns "" when there is nothing to search for.
func ConceptExpr(groups [][]string, min int, term func(string) string, or, and string) string {
	terms, combos := ConceptQuery(groups, min)
	if combos == nil {
		return ""
	}
	group := make([]string, len(terms))
	for g, ts := range terms {
		var b strings.Builder
		b.WriteByte('(')
		for k, t := range ts {
			if k > 0 {
				b.WriteString(or)
			}
			b.WriteString(term(t))
		}
		b.WriteByte(')')
		group[g] = b.String()
	}
	var b strings.Builder
	b.WriteByte('(')
	for i, c := range combos {
		if i > 0 {
			b.WriteString(or)
		}
		b.WriteByte('(')
		for j, g := range c {
			if j > 0 {
				b.WriteString(and)
			}
			b.WriteString(group[g])
		}
		b.WriteByte(')')
	}
	b.WriteByte(')')
	return b.String()
}

// ConceptQuery cleans the groups of a concept search and lists the
// combinations of group indices of which one must match entirely: every
// MinConcepts-subset of the groups. Terms without a letter or digit are
// dropped, and so are groups left empty; none left returns nil.
func ConceptQuery(groups [][]string, min int) (terms [][]string, combos [][]int) {
	for _, g := range groups {
		var clean []string
		for _, t := range g {
			t = strings.Join(strings.FieldsFunc(strings.ToValidUTF8(t, " "), func(r rune) bool {
				return unicode.IsSpace(r) || unicode.IsControl(r)
			}), " ")
			if t == "" || len(t) > 100 || strings.IndexFunc(t, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0 {
				continue
			}
			clean = append(clean, t)
			if len(clean) == MaxGroupTerms {
				break
			}
		}
		if len(clean) > 0 {
			terms = append(terms, clean)
		}
		if len(terms) == MaxConceptGroups {
			break
		}
	}
	n := len(terms)
	if n == 0 {
		return nil, nil
	}
	if min <= 0 || min > n {
		min = n
	}
	// Too many subsets: require more groups until they are few enough.
	for min < n && binomial(n, min) > maxCombinations {
		min++
	}
	return terms, subsets.Of(n, min)
}

func binomial(n, k int) int {
	r := 1
	for i := 1; i <= k; i++ {
		r = r * (n - k + i) / i
	}
	return r
}
