// Package tempeval reads TimeML (.tml) corpora such as TempEval-3's
// TBAQ-cleaned and scores a timex.Recognizer on them with the TempEval-3
// time-expression metrics: strict and relaxed span match, value F1 and type
// accuracy.
package tempeval

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/internal/prf"
	"github.com/claimtrail/claimtrail/timex"
)

// Gold is one annotated TIMEX3 of a document.
type Gold struct {
	Span  claimtrail.Span `json:"span"`
	Text  string          `json:"text"`
	Type  string          `json:"type"`
	Value string          `json:"value"`
}

// Doc is one TimeML document: its creation time and its TEXT with every
// tag removed; gold spans are byte offsets into Text.
type Doc struct {
	Name     string    `json:"name"` // path relative to the loaded folder
	DCT      time.Time `json:"dct"`
	DCTValue string    `json:"dct_value"`
	Text     string    `json:"text"`
	Timexes  []Gold    `json:"timexes"`
}

// Load reads every .tml file under dir, in path order.
func Load(dir string) ([]Doc, error) {
	var docs []Doc
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !strings.HasSuffix(path, ".tml") {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		name, _ := filepath.Rel(dir, path)
		doc, err := Parse(name, string(b))
		if err != nil {
			return err
		}
		docs = append(docs, doc)
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(docs) == 0 {
		return nil, fmt.Errorf("tempeval: no .tml files under %s", dir)
	}
	return docs, nil
}

// Parse reads one TimeML document.
func Parse(name, s string) (Doc, error) {
	doc := Doc{Name: name}
	doc.DCTValue, doc.DCT = readDCT(s)
	i := strings.Index(s, "<TEXT>")
	j := strings.LastIndex(s, "</TEXT>")
	if i < 0 || j < i {
		return doc, fmt.Errorf("tempeval: %s: no <TEXT> element", name)
	}
	var tr textReader
	if err := tr.read(s[i+len("<TEXT>") : j]); err != nil {
		return doc, fmt.Errorf("tempeval: %s: %w", name, err)
	}
	doc.Text, doc.Timexes = tr.b.String(), tr.golds
	for n := range doc.Timexes {
		doc.Timexes[n].Text = doc.Timexes[n].Span.Text(doc.Text)
	}
	sort.SliceStable(doc.Timexes, func(a, c int) bool { return doc.Timexes[a].Span.Start < doc.Timexes[c].Span.Start })
	return doc, nil
}

// readDCT returns the value of the document creation time in s and the
// day it names (zero when it names none).
func readDCT(s string) (string, time.Time) {
	i := strings.Index(s, "<DCT>")
	if i < 0 {
		return "", time.Time{}
	}
	end := strings.Index(s[i:], "</DCT>")
	if end <= 0 {
		return "", time.Time{}
	}
	v, ok := attr(s[i:i+end], "value")
	if !ok {
		return "", time.Time{}
	}
	if len(v) >= 10 {
		if t, err := time.Parse("2006-01-02", v[:10]); err == nil {
			return v, t
		}
	}
	return v, time.Time{}
}

// textReader strips the tags of a TEXT element, keeping the spans of its
// TIMEX3 elements as gold expressions.
type textReader struct {
	b     strings.Builder
	stack []openTag
	golds []Gold
}

// openTag is an element not yet closed.
type openTag struct {
	start      int // offset in the stripped text
	typ, value string
	isTimex    bool
}

var errUnclosed = errors.New("unclosed tag")

func (tr *textReader) read(body string) error {
	tr.b.Grow(len(body))
	for k := 0; k < len(body); {
		switch c := body[k]; c {
		case '<':
			end := strings.IndexByte(body[k:], '>')
			if end < 0 {
				return errUnclosed
			}
			tr.tag(body[k+1 : k+end])
			k += end + 1
		case '&':
			end := strings.IndexByte(body[k:], ';')
			if end > 0 && end < 10 {
				if r, ok := entity(body[k+1 : k+end]); ok {
					tr.b.WriteString(r)
					k += end + 1
					continue
				}
			}
			tr.b.WriteByte(c)
			k++
		default:
			tr.b.WriteByte(c)
			k++
		}
	}
	return nil
}

// tag opens or closes an element: the text of one tag, without its < >.
func (tr *textReader) tag(tag string) {
	if strings.HasSuffix(tag, "/") || strings.HasPrefix(tag, "!") || strings.HasPrefix(tag, "?") {
		return
	}
	if strings.HasPrefix(tag, "/") {
		if len(tr.stack) == 0 {
			return
		}
		o := tr.stack[len(tr.stack)-1]
		tr.stack = tr.stack[:len(tr.stack)-1]
		if o.isTimex {
			tr.golds = append(tr.golds, Gold{Span: claimtrail.Span{Start: o.start, End: tr.b.Len()}, Type: o.typ, Value: o.value})
		}
		return
	}
	o := openTag{start: tr.b.Len()}
	if strings.HasPrefix(tag, "TIMEX3") {
		o.isTimex = true
		o.typ, _ = attr(tag, "type")
		o.value, _ = attr(tag, "value")
	}
	tr.stack = append(tr.stack, o)
}

// attr returns attribute name of a start tag's text.
func attr(tag, name string) (string, bool) {
	key := " " + name + "=\""
	i := strings.Index(tag, key)
	if i < 0 {
		return "", false
	}
	v := tag[i+len(key):]
	j := strings.IndexByte(v, '"')
	if j < 0 {
		return "", false
	}
	return v[:j], true
}

func entity(e string) (string, bool) {
	switch e {
	case "amp":
		return "&", true
	case "lt":
		return "<", true
	case "gt":
		return ">", true
	case "quot":
		return "\"", true
	case "apos":
		return "'", true
	}
	if strings.HasPrefix(e, "#") {
		var n uint64
		var err error
		if strings.HasPrefix(e, "#x") || strings.HasPrefix(e, "#X") {
			n, err = strconv.ParseUint(e[2:], 16, 32)
		} else {
			n, err = strconv.ParseUint(e[1:], 10, 32)
		}
		if err == nil {
			return string(rune(n)), true
		}
	}
	return "", false
}

// Item is an expression in an error list.
type Item struct {
	Span  claimtrail.Span `json:"span"`
	Text  string          `json:"text"`
	Type  string          `json:"type"`
	Value string          `json:"value"`
	// Context is the text around the expression, on one line, for reading
	// error lists.
	Context string `json:"context,omitempty"`
}

// context returns up to 60 bytes either side of sp, on one line.
func context(text string, sp claimtrail.Span) string {
	a, b := max(sp.Start-60, 0), min(sp.End+60, len(text))
	for a > 0 && !utf8.RuneStart(text[a]) {
		a--
	}
	for b < len(text) && !utf8.RuneStart(text[b]) {
		b++
	}
	s := text[a:sp.Start] + "[" + text[sp.Start:sp.End] + "]" + text[sp.End:b]
	return strings.Join(strings.Fields(s), " ")
}

// Mismatch is a relaxed match whose value or type differs from the gold.
type Mismatch struct {
	Gold      Item `json:"gold"`
	Predicted Item `json:"predicted"`
}

// FileErrors lists one document's errors.
type FileErrors struct {
	Name       string     `json:"name"`
	Missed     []Item     `json:"missed,omitempty"`
	Spurious   []Item     `json:"spurious,omitempty"`
	WrongValue []Mismatch `json:"wrong_value,omitempty"`
	WrongType  []Mismatch `json:"wrong_type,omitempty"`
}

// Report holds the TempEval-3 time-expression scores (percentages) and the
// counts behind them.
type Report struct {
	Docs      int `json:"docs"`
	Gold      int `json:"gold"`
	Predicted int `json:"predicted"`
	StrictTP  int `json:"strict_tp"`  // predictions with exactly a gold span
	RelaxedTP int `json:"relaxed_tp"` // predictions overlapping a gold expression (one to one)
	ValueTP   int `json:"value_tp"`   // relaxed matches with the gold value
	TypeTP    int `json:"type_tp"`    // relaxed matches with the gold type

	StrictP      float64 `json:"strict_p"`
	StrictR      float64 `json:"strict_r"`
	StrictF1     float64 `json:"strict_f1"`
	RelaxedP     float64 `json:"relaxed_p"`
	RelaxedR     float64 `json:"relaxed_r"`
	RelaxedF1    float64 `json:"relaxed_f1"`
	ValueP       float64 `json:"value_p"`
	ValueR       float64 `json:"value_r"`
	ValueF1      float64 `json:"value_f1"`
	TypeAccuracy float64 `json:"type_accuracy"`

	Files []FileErrors `json:"files,omitempty"`
}

// Score runs r on every document and compares its expressions with the gold.
func Score(docs []Doc, r *timex.Recognizer) Report {
	var rep Report
	var pred []claimtrail.Timex
	for _, d := range docs {
		pred = r.Find(pred[:0], d.Text, d.DCT)
		fe := FileErrors{Name: d.Name}
		rep.Docs++
		rep.Gold += len(d.Timexes)
		rep.Predicted += len(pred)
		used := make([]bool, len(pred))
		for _, g := range d.Timexes {
			gi := Item{Span: g.Span, Text: g.Text, Type: g.Type, Value: g.Value, Context: context(d.Text, g.Span)}
			best := -1
			for k, x := range pred {
				if used[k] || !x.Span.Overlaps(g.Span) {
					continue
				}
				if best < 0 || x.Span == g.Span {
					best = k
				}
			}
			if best < 0 {
				fe.Missed = append(fe.Missed, gi)
				continue
			}
			used[best] = true
			x := pred[best]
			pi := Item{Span: x.Span, Text: x.Text, Type: x.Type, Value: x.Value}
			rep.RelaxedTP++
			if x.Span == g.Span {
				rep.StrictTP++
			}
			if x.Value == g.Value {
				rep.ValueTP++
			} else {
				fe.WrongValue = append(fe.WrongValue, Mismatch{gi, pi})
			}
			if x.Type == g.Type {
				rep.TypeTP++
			} else {
				fe.WrongType = append(fe.WrongType, Mismatch{gi, pi})
			}
		}
		for k, x := range pred {
			if !used[k] {
				fe.Spurious = append(fe.Spurious, Item{Span: x.Span, Text: x.Text, Type: x.Type, Value: x.Value, Context: context(d.Text, x.Span)})
			}
		}
		if len(fe.Missed)+len(fe.Spurious)+len(fe.WrongValue)+len(fe.WrongType) > 0 {
			rep.Files = append(rep.Files, fe)
		}
	}
	rep.StrictP, rep.StrictR, rep.StrictF1 = prf.Percent(rep.StrictTP, rep.Predicted, rep.StrictTP, rep.Gold)
	rep.RelaxedP, rep.RelaxedR, rep.RelaxedF1 = prf.Percent(rep.RelaxedTP, rep.Predicted, rep.RelaxedTP, rep.Gold)
	rep.ValueP, rep.ValueR, rep.ValueF1 = prf.Percent(rep.ValueTP, rep.Predicted, rep.ValueTP, rep.Gold)
	if rep.RelaxedTP > 0 {
		rep.TypeAccuracy = 100 * float64(rep.TypeTP) / float64(rep.RelaxedTP)
	}
	return rep
}

// Write prints the scores; verbose adds each file's errors.
func (rep Report) Write(w io.Writer, verbose bool) error {
	var b strings.Builder
	fmt.Fprintf(&b, "TempEval-3 time expressions: %d docs, %d gold, %d predicted\n", rep.Docs, rep.Gold, rep.Predicted)
	fmt.Fprintf(&b, "%-8s %7s %7s %7s\n", "", "P", "R", "F1")
	fmt.Fprintf(&b, "%-8s %7.2f %7.2f %7.2f\n", "strict", rep.StrictP, rep.StrictR, rep.StrictF1)
	fmt.Fprintf(&b, "%-8s %7.2f %7.2f %7.2f\n", "relaxed", rep.RelaxedP, rep.RelaxedR, rep.RelaxedF1)
	fmt.Fprintf(&b, "%-8s %7.2f %7.2f %7.2f\n", "value", rep.ValueP, rep.ValueR, rep.ValueF1)
	fmt.Fprintf(&b, "type accuracy %.2f\n", rep.TypeAccuracy)
	if verbose {
		for _, f := range rep.Files {
			fmt.Fprintf(&b, "\n== %s\n", f.Name)
			for _, x := range f.Missed {
				fmt.Fprintf(&b, "  missed   %-32q %s %s\n           %s\n", x.Text, x.Type, x.Value, x.Context)
			}
			for _, x := range f.Spurious {
				fmt.Fprintf(&b, "  spurious %-32q %s %s\n           %s\n", x.Text, x.Type, x.Value, x.Context)
			}
			for _, x := range f.WrongValue {
				fmt.Fprintf(&b, "  value    %-32q gold %s, predicted %s %q\n           %s\n", x.Gold.Text, x.Gold.Value, x.Predicted.Value, x.Predicted.Text, x.Gold.Context)
			}
			for _, x := range f.WrongType {
				fmt.Fprintf(&b, "  type     %-32q gold %s, predicted %s\n", x.Gold.Text, x.Gold.Type, x.Predicted.Type)
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}
