package timex

import (
	"time"

	"github.com/claimtrail/claimtrail"
)

const (
	tDate = claimtrail.TimexDate
	tTime = claimtrail.TimexTime
	tDur  = claimtrail.TimexDuration
	tSet  = claimtrail.TimexSet
)

// match is one recognised expression over tokens [s, e).
type match struct {
	s, e          int
	typ, val, mod string
	ago           bool      // counted from an anchor ("two weeks ago"): a written date right after replaces it
	explicit      bool      // a written date (a month and a day, a year), not a relative one
	partial       string    // the value after its year when the year was inferred ("-Q3"), so "of 1989" can replace it
	day           time.Time // the resolved day, for later anchors
	anaph         bool      // refers back to a quarter of the text ("the 1988 period"): names no new one
}

// parser holds the state of one Find call.
type parser struct {
	r       *Recognizer
	t       []tok
	text    string
	ref     time.Time
	has     bool      // ref is known
	anchor  time.Time // the last day-grain date of the text, else ref
	ctx     time.Time // the last date of the text at any grain ("in 1995", "March 1998")
	ctxG    byte      // its grain: 'Y', 'M' or 'D'; 0 when the text named none
	lastQ   string    // the last quarter value mentioned ("1989-Q3")
	lastAgo bool
	lastEnd int
}

var endTok = tok{w: noWord, num: -1, c: 0xff, brk: true, space: true}

func (p *parser) at(j int) *tok {
	if j >= 0 && j < len(p.t) {
		return &p.t[j]
	}
	return &endTok
}

// adj reports whether token j follows the previous one without white space.
func (p *parser) adj(j int) bool { return j >= 0 && j < len(p.t) && !p.t[j].space }

func (p *parser) isPunct(j int, c byte) bool { return j >= 0 && j < len(p.t) && p.t[j].c == c }

func (p *parser) role(j int) string { return p.at(j).w.role }

// joinable reports whether only connecting words ("on", "in", a comma) lie
// between tokens a and b.
func (p *parser) joinable(a, b int) bool {
	if b-a > 2 || b < a {
		return false
	}
	for k := a; k < b; k++ {
		t := p.at(k)
		if t.brk || !(t.c == ',' || t.w.role == "on" || t.w.role == "in") {
			return false
		}
	}
	return true
}

// phraseAt returns the longest multi-word table entry starting at token j
// and the token after it. Apostrophes inside are skipped ("new year's").
func (p *parser) phraseAt(j int) (*phrase, int) {
	var best *phrase
	bestEnd := -1
	for _, ph := range p.at(j).w.phrases {
		k := j
		ok := true
		for n, w := range ph.ws {
			if n > 0 && p.isPunct(k, '\'') {
				k++
			}
			t := p.at(k)
			if !t.word() || t.w != w || (n > 0 && t.brk) {
				ok = false
				break
			}
			k++
		}
		if ok && k > bestEnd {
			best, bestEnd = ph, k
		}
	}
	return best, bestEnd
}

// clauseEnd reports whether token k ends a clause (punctuation or a break).
func (p *parser) clauseEnd(k int) bool {
	t := p.at(k)
	return t.brk || t.c == '.' || t.c == ',' || t.c == ';' || t.c == 0xff || t.c == ')'
}
