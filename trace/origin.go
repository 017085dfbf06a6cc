package trace

import (
	"context"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/lang"
	"github.com/claimtrail/claimtrail/match"
	"github.com/claimtrail/claimtrail/segment"
	"github.com/claimtrail/claimtrail/timex"
	"github.com/claimtrail/claimtrail/token"
)

// originMatch is the match a sentence needs with the claim to be an origin
// story of it (lower than a statement's: "Everything about Iran's possible
// military aid …" names the claim loosely).
const originMatch = 0.4

// originReader finds origin stories in article text: sentences holding an
// origin cue ("started from", "first reported"), about the claim, naming a
// source and, usually, a date.
type originReader struct {
	matcher *match.Matcher
	scores  *textScores // a trace's memo
	timex   *timex.Recognizer
	seg     *segment.Segmenter
	tok     *token.Tokenizer
	cues    [][]string // lower-case word sequences
	outlets *lang.Table
	months  *lang.Table
	days    *lang.Table
	// joiners join the words of a name ("of", "-"), matched as written.
	joiners *lang.Table
}

func newOriginReader(code string, m *match.Matcher, tx *timex.Recognizer) (*originReader, error) {
	seg, err := segment.New(code)
	if err != nil {
		return nil, err
	}
	r := &originReader{matcher: m, timex: tx, seg: seg, tok: token.New(seg.Abbrev())}
	cues, err := lang.Load(code, "origin-cues")
	if err != nil {
		return nil, err
	}
	for _, k := range cues.Order {
		r.cues = append(r.cues, strings.Fields(k))
	}
	for _, t := range []struct {
		name string
		dst  **lang.Table
	}{{"publications", &r.outlets}, {"months", &r.months}, {"weekdays", &r.days}, {"origin-name-joiners", &r.joiners}} {
		if *t.dst, err = lang.Load(code, t.name); err != nil {
			return nil, err
		}
	}
	return r, nil
}

// read finds the origin stories of the claim in the given articles and
// checks each against the traced statements.
// originWindow bounds the text of each article read for origin stories:
// a news article is a few thousand bytes; a 20 MB document must not make
// a trace read all of it.
const originWindow = 200_000

// window returns text's first n bytes, cut at a character boundary.
func window(text string, n int) string {
	if len(text) <= n {
		return text
	}
	for n > 0 && !utf8.RuneStart(text[n]) {
		n--
	}
	return text[:n]
}

func (r *originReader) read(ctx context.Context, st claimtrail.Store, c *match.Claim, articles []int64, traced []claimtrail.TracedStatement) ([]claimtrail.OriginStory, error) {
	out := []claimtrail.OriginStory{}
	var toks []token.Token
	var sents []segment.Sentence
	var tx []claimtrail.Timex
	for _, id := range articles {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		a, err := st.FindArticleByID(ctx, id)
		if err != nil {
			if claimtrail.ErrorCode(err) == claimtrail.ENOTFOUND {
				continue
			}
			return nil, err
		}
		text := window(a.Text, originWindow)
		toks = r.tok.Tokenize(toks[:0], text)
		sents = r.seg.Split(sents[:0], text, toks)
		for _, s := range sents {
			if s.Kind != segment.Body {
				continue
			}
			words := lowerWords(text, toks[s.First:s.Last])
			cue := r.findCue(words)
			if cue < 0 {
				continue
			}
			sentence := text[s.Start:s.End]
			if r.scores.score(r.matcher, c, sentence).Value < originMatch {
				continue
			}
			o := claimtrail.OriginStory{Doc: a.Document.ID, ArticleID: a.ID, Text: sentence, Span: s.Span, ContradictedBy: []claimtrail.StatementRef{}}
			o.Names = r.source(text, toks[s.First:s.Last], cue)
			tx = r.timex.Find(tx[:0], sentence, a.Published)
			for _, x := range tx {
				if x.Type == claimtrail.TimexDate {
					if _, _, ok := claimtrail.DateRange(x.Value); ok {
						o.Date = x.Value
						break
					}
				}
			}
			for i := range traced {
				ts := &traced[i]
				if ts.ArticleID == a.ID && ts.Span.Start <= s.Start && s.End <= ts.Span.End {
					ref := Ref(ts)
					o.Statement = &ref
				}
			}
			o.ContradictedBy = contradictions(o.Date, traced)
			out = append(out, o)
		}
	}
	return out, nil
}

// lowerWords returns the lower-cased text of tokens.
func lowerWords(text string, toks []token.Token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = strings.ToLower(t.Text(text))
	}
	return out
}

// findCue returns the index of the word after the first origin cue in
// words, or -1.
func (r *originReader) findCue(words []string) int {
	for i := range words {
	cues:
		for _, c := range r.cues {
			if i+len(c) > len(words) {
				continue
			}
			for k, w := range c {
				if words[i+k] != w {
					continue cues
				}
			}
			return i + len(c)
		}
	}
	return -1
}

// source returns the source an origin story names: the capitalised name
// after the cue that holds an outlet word ("the Washington Post"), else
// the first capitalised name after it that is not a date.
func (r *originReader) source(text string, toks []token.Token, from int) string {
	var names []string
	for i := from; i < len(toks); {
		if !r.nameWord(text, toks[i]) {
			i++
			continue
		}
		j := i
		for j < len(toks) && (r.nameWord(text, toks[j]) || j > i && j+1 < len(toks) && r.nameWord(text, toks[j+1]) && r.joiners.Has(toks[j].Text(text))) {
			j++
		}
		names = append(names, text[toks[i].Start:toks[j-1].End])
		i = j
	}
	for _, n := range names {
		for _, w := range strings.Fields(strings.ToLower(n)) {
			if r.outlets.Field(w, 0) == "name" {
				return n
			}
		}
	}
	if len(names) > 0 {
		return names[0]
	}
	return ""
}

// nameWord reports a capitalised word that is not a month or weekday name.
func (r *originReader) nameWord(text string, t token.Token) bool {
	w := t.Text(text)
	first, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(first) {
		return false
	}
	low := strings.ToLower(strings.TrimSuffix(w, "."))
	return !r.months.Has(low) && !r.days.Has(low)
}

// contradictions lists the traced statements said before an origin's date
// (their whole date range ends before it begins): a claim cannot have
// started after it was asserted or denied. Only statements dated by the
// text count, not those bounded by publication alone.
func contradictions(date string, traced []claimtrail.TracedStatement) []claimtrail.StatementRef {
	out := []claimtrail.StatementRef{}
	start, _, ok := claimtrail.DateRange(date)
	if !ok {
		return out
	}
	for i := range traced {
		ts := &traced[i]
		if ts.SaidOn == nil || ts.SaidOn.Basis == claimtrail.BasisPublished || ts.Stance == claimtrail.Neutral {
			continue
		}
		if _, last, ok := ts.SaidOn.Range(); ok && last.Before(start) {
			out = append(out, Ref(ts))
		}
	}
	return out
}
