package timex

import (
	"strconv"
	"strings"
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

func (p *parser) note(m match) {
	if !m.day.IsZero() {
		p.anchor = m.day
	}
	if m.typ == tDate || m.typ == tTime {
		if t, g := dateOf(m.val); g != 0 {
			p.ctx, p.ctxG = t, g
		}
	}
	if len(m.val) == 7 && m.val[4] == '-' && m.val[5] == 'Q' && m.val[0] != 'X' && !m.ago && !m.anaph {
		// results compare completed quarters: one not yet over ("the fourth
		// quarter", "the third quarter of 1990" in October 1989) is a
		// forecast, unless it "ended" or the tense is past (a fiscal quarter)
		if y, g := dateOf(m.val); g != 0 && (!p.has || y.Year() <= p.ref.Year() && (p.role(m.e) == "ending" || p.tense(m.s, m.e) < 0) || !date(y.Year(), int(m.val[6]-'0')*3+1, 1).After(p.ref)) {
			p.lastQ = m.val
		}
	}
}

// dateOf reads the calendar date a value starts with ("1995", "1995-03",
// "1995-03-14", "1995-Q3", "1995-03-14T10:00") and its grain.
func dateOf(v string) (time.Time, byte) {
	num := func(s string) (int, bool) {
		n := 0
		for i := 0; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				return 0, false
			}
			n = n*10 + int(s[i]-'0')
		}
		return n, true
	}
	if len(v) < 4 || len(v) > 4 && v[4] != '-' {
		return time.Time{}, 0
	}
	y, ok := num(v[:4])
	if !ok {
		return time.Time{}, 0
	}
	if len(v) < 7 {
		return date(y, 1, 1), 'Y'
	}
	mo, ok := num(v[5:7])
	if !ok || mo < 1 || mo > 12 {
		return date(y, 1, 1), 'Y'
	}
	if len(v) < 10 || v[7] != '-' {
		return date(y, mo, 1), 'M'
	}
	d, ok := num(v[8:10])
	if !ok || d < 1 || d > 31 {
		return date(y, mo, 1), 'M'
	}
	return date(y, mo, d), 'D'
}

// anchorFor is the base of an anaphoric unit u ("that year", "the
// following month", "a year earlier"): the last date of the text when it is
// at least as fine as u, else the last day named (or the document date).
func (p *parser) anchorFor(u string) time.Time {
	switch {
	case p.ctxG == 'D', p.ctxG == 'M' && (u == "M" || u == "Q" || u == "HALF" || u == "Y" || u == "DE" || u == "CE"),
		p.ctxG == 'Y' && (u == "Y" || u == "DE" || u == "CE"):
		return p.ctx
	}
	return p.anchor
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

// tense returns +1 (future) or -1 (past) from the nearest tense cue in the
// sentence around tokens [s, e), 0 when there is none.
func (p *parser) tense(s, e int) int8 {
	back, fwd := true, true
	for d := 1; d <= 12 && (back || fwd); d++ {
		if back {
			b := s - d
			if b < 0 || p.t[b+1].brk {
				back = false
			} else if tn := p.t[b].tense; tn != 0 {
				return p.futureAfter(b, tn)
			}
		}
		if fwd && d <= 8 {
			f := e + d - 1
			if f >= len(p.t) || p.t[f].brk || p.t[f].c == '"' || p.t[f].c == '\'' && p.isPunct(f+1, '\'') {
				fwd = false // a quotation ends: the reporting verb after it tells nothing
			} else if tn := p.t[f].tense; tn != 0 {
				return p.futureAfter(f, tn)
			}
		}
	}
	return 0
}

// futureAfter fixes "won't": the past "won" before 't is a future, and
// a past auxiliary before a future cue.
func (p *parser) futureAfter(j int, tn int8) int8 {
	if tn < 0 && p.isPunct(j+1, '\'') && p.adj(j+1) && p.at(j+2).w.tense > 0 {
		return 1
	}
	// "were planning", "was expected", "had planned": a past auxiliary
	// before a future cue looks ahead
	if tn < 0 && p.at(j+1).word() && !p.at(j+1).brk && p.at(j+1).w.tense > 0 {
		return 1
	}
	return tn
}

func (p *parser) match(i int) (match, bool) {
	ph, e := p.phraseAt(i)
	if ph == nil || ph.kind == 'd' {
		return p.parse(i, i, "")
	}
	if ph.kind == 'm' {
		return p.parse(i, e, ph.val)
	}
	var phr match
	phrOK := false
	if ph.kind == 'r' {
		phr, phrOK = match{s: i, e: e, typ: ph.typ, val: ph.val}, true
	} else {
		phr, phrOK = p.holiday(i, e, ph.val)
	}
	m, ok := p.parse(i, i, "")
	if ok && (!phrOK || m.e > phr.e) {
		return m, true
	}
	if !phrOK {
		return m, false
	}
	// "in the past" loses to "the past two months"
	for k := i + 1; k < e; k++ {
		if m, ok := p.parse(k, k, ""); ok && m.e > e {
			return m, true
		}
	}
	return phr, true
}

// parse reads an expression starting at token i whose core starts at j,
// after a modifier phrase (mod) when j > i: an article, a modifier
// ("early", "late"), "fiscal", then the core.
func (p *parser) parse(i, j int, mod string) (match, bool) {
	det := false
	if p.role(j) == "det" {
		det = true
		j++
	}
	if w := p.at(j).w; w.mod != "" && mod == "" {
		mod = w.mod
		j++
		if p.isPunct(j, '-') && p.adj(j) {
			j++
		}
	}
	if mod != "" && p.role(j) == "on" {
		j++ // "late on Monday"
	}
	if !det && p.role(j) == "det" && j > i {
		det = true
		j++
	}
	fiscal := false
	if p.role(j) == "fiscal" {
		fiscal = true
		j++
	}
	m, ok := p.core(j, det, fiscal)
	if !ok {
		return m, false
	}
	m.s = i
	if m.mod == "" {
		m.mod = mod
	}
	// "this year's third quarter", "last year's quarter"
	if m.typ == tDate && len(m.val) == 4 && p.isPunct(m.e, '\'') && p.at(m.e+1).w == p.r.lx.words["s"] {
		if q, ok := p.core(m.e+2, false, false); ok && q.partial != "" && strings.HasPrefix(q.partial, "-Q") {
			m.val, m.e = m.val+q.partial, q.e
		} else if u := p.at(m.e + 2).w; (u.unit == "Q" || u.unit == "PERIOD") && !u.plural && p.lastQ != "" {
			m.val, m.e, m.anaph = m.val+p.lastQ[4:], m.e+3, true
		}
	}
	return m, true
}

func (p *parser) core(j int, det, fiscal bool) (match, bool) {
	t := p.at(j)
	w := t.w
	if !det && j > 0 {
		if ph, e := p.phraseAt(j); ph != nil {
			switch ph.kind {
			case 'r':
				return match{s: j, e: e, typ: ph.typ, val: ph.val}, true
			case 'h':
				return p.holiday(j, e, ph.val)
			}
		}
	}
	switch {
	case t.nd > 0:
		return p.number(j, det, fiscal)
	case !t.word():
		return match{}, false
	case w.isDay:
		return p.dayWord(j)
	case w.isShift || w.latest:
		return p.shifted(j, det)
	case w.dir != 0 && w.trigger:
		// "earlier this year", "later this month"
		if p.at(j + 1).w.isShift {
			if m, ok := p.shifted(j+1, false); ok && m.typ == tDate {
				m.s = j
				return m, true
			}
		}
		// "earlier in the year", "later in the day"
		if ut := p.at(j + 3); p.role(j+1) == "in" && p.role(j+2) == "det" && ut.w.unit != "" && !ut.w.plural && !ut.brk && !p.at(j+1).brk {
			base := p.ref
			if ut.w.unit == "D" {
				base = p.anchor
			}
			m := match{s: j, e: j + 4, typ: tDate}
			var ok bool
			if p.has {
				m.val, ok = shiftUnit(base, ut.w.unit, 0)
			} else {
				m.val, ok = unknownUnit(ut.w.unit)
			}
			if ok {
				return m, true
			}
		}
	case w.weekday != 0 && t.upper:
		return p.weekdayExpr(j)
	case w.month != 0 && t.upper:
		return p.monthExpr(j, det)
	case w.num >= 0 || w.vague:
		return p.numberWord(j, det)
	case w.ord > 0:
		return p.ordinal(j, int(w.ord), j+1)
	case w.unit != "":
		return p.unitAlone(j, det)
	case w.part != "":
		return p.dayPart(j, det)
	case w.season != "":
		return p.season(j, det, 0)
	case w.decade >= 0 && det:
		// the nineties: the latest such decade up to the document date
		m := match{s: j, e: j + 1, typ: tDate, val: "19" + strconv.Itoa(int(w.decade))}
		if p.has {
			c := p.ref.Year() / 100
			if c*100+int(w.decade)*10 > p.ref.Year() {
				c--
			}
			m.val = pad(c, 2) + strconv.Itoa(int(w.decade))
		}
		return m, true
	case w.set != "":
		return p.set(j)
	case w.ref != "" && !det:
		return match{s: j, e: j + 1, typ: w.refT, val: w.ref}, true
	case w.holiday != "" && t.upper:
		return p.holiday(j, j+1, w.holiday)
	}
	return match{}, false
}

// year reads a four-digit year at token j.
func (p *parser) year(j int) (int, bool) {
	t := p.at(j)
	if t.nd == 4 && t.num >= 1000 && t.num <= 2199 {
		return int(t.num), true
	}
	return 0, false
}

// yearAt reads a year at token j: four digits or spelled out ("nineteen
// ninety-six"), and returns the token after it.
func (p *parser) yearAt(j int) (int, int, bool) {
	if y, ok := p.year(j); ok {
		return y, j + 1, true
	}
	// two thousand, two thousand and one
	if t := p.at(j); t.word() && t.w.num >= 1 && t.w.num <= 2 && p.at(j+1).w.num == 1000 && p.at(j+1).word() && !p.at(j+1).brk {
		y, e := int(t.w.num)*1000, j+2
		k := e
		if p.role(k) == "and" {
			k++
		}
		if u := p.at(k); u.word() && !u.brk && u.w.num >= 1 && u.w.num < 100 && u.w.unit == "" {
			y += int(u.w.num)
			e = k + 1
		}
		return y, e, true
	}
	if t := p.at(j); t.word() && t.w.num >= 11 && t.w.num <= 20 {
		if m, ok := p.numberWord(j, false); ok && m.explicit && len(m.val) == 4 {
			y, _ := strconv.Atoi(m.val)
			return y, m.e, true
		}
	}
	return 0, j, false
}

// yearAfter reads ", 2022", " 2022" or "of 2022" after token k.
func (p *parser) yearAfter(k int) (int, int, bool) {
	if p.at(k).brk {
		return 0, k, false
	}
	switch {
	case p.isPunct(k, ','):
		if y, ok := p.year(k + 1); ok && !p.at(k+1).brk {
			return y, k + 2, true
		}
	case p.role(k) == "of":
		return p.yearAt(k + 1)
	default:
		return p.yearAt(k)
	}
	return 0, k, false
}

func (p *parser) number(j int, det, fiscal bool) (match, bool) {
	t := p.at(j)
	v := int(t.num)
	if v < 0 {
		return match{}, false
	}
	nx := p.at(j + 1)
	adj := p.adj(j + 1)
	// clock times: 10:30, 10:30 a.m., 3 p.m.
	if t.nd <= 2 && v <= 24 && nx.c == ':' && adj && p.at(j+2).nd == 2 && p.adj(j+2) && p.at(j+2).num < 60 {
		h, k := p.ampm(j+3, v)
		return p.clock(j, k, h, int(p.at(j+2).num))
	}
	if t.nd <= 2 && v >= 1 && v <= 12 {
		if h, k := p.ampm(j+1, v); k > j+1 {
			return p.clock(j, k, h, 0)
		}
	}
	if y, ok := p.year(j); ok && !p.isPunct(j-1, '$') && !(p.isPunct(j-1, '.') && p.adj(j)) {
		if adj && nx.word() && p.text[nx.s:nx.e] == "s" {
			return match{s: j, e: j + 2, typ: tDate, val: pad(y/10, 3), explicit: true}, true
		}
		if adj && nx.c == '-' && p.adj(j+2) {
			a := p.at(j + 2)
			// 1998-03-03
			if a.nd == 2 && p.isPunct(j+3, '-') && p.adj(j+3) && p.at(j+4).nd == 2 && p.adj(j+4) {
				mo, d := int(a.num), int(p.at(j+4).num)
				if mo >= 1 && mo <= 12 && d >= 1 && d <= 31 {
					day := date(y, mo, d)
					return match{s: j, e: j + 5, typ: tDate, val: fmtDay(day), explicit: true, day: day}, true
				}
			}
			// 1998-Q1, 2022-W40
			if a.word() && p.at(j+3).nd >= 1 && p.adj(j+3) && a.e-a.s == 1 {
				n := int(p.at(j + 3).num)
				switch p.text[a.s] | 0x20 {
				case 'q':
					if n >= 1 && n <= 4 {
						return match{s: j, e: j + 4, typ: tDate, val: pad(y, 4) + "-Q" + strconv.Itoa(n), explicit: true}, true
					}
				case 'w':
					if n >= 1 && n <= 53 {
						return match{s: j, e: j + 4, typ: tDate, val: pad(y, 4) + "-W" + pad(n, 2), explicit: true}, true
					}
				case 'h':
					if n >= 1 && n <= 2 {
						return match{s: j, e: j + 4, typ: tDate, val: pad(y, 4) + "-H" + strconv.Itoa(n), explicit: true}, true
					}
				}
			}
			if a.nd > 0 { // a range or a compound number, not a year
				return match{}, false
			}
		}
		if (nx.c == '%' || nx.c == ',' && adj && p.at(j+2).nd > 0) || (nx.c == '.' && adj && p.at(j+2).nd > 0) {
			return match{}, false
		}
		e := j + 1
		// "the 1988 quarter", "the 1988 period": the quarter last named, in that year
		if u := p.at(e).w; (u.unit == "Q" || u.unit == "PERIOD") && !u.plural && p.lastQ != "" && !p.at(e).brk {
			return match{s: j, e: e + 1, typ: tDate, val: pad(y, 4) + p.lastQ[4:], explicit: true, anaph: true}, true
		}
		// "1989 third quarter"
		if o := p.at(e).w; o.ord > 0 && p.at(e+1).w.unit == "Q" {
			return match{s: j, e: e + 2, typ: tDate, val: pad(y, 4) + "-Q" + strconv.Itoa(int(o.ord)), explicit: true}, true
		}
		return match{s: j, e: e, typ: tDate, val: pad(y, 4), explicit: true}, true
	}
	// '90s
	if t.nd == 2 && p.isPunct(j-1, '\'') && adj && nx.word() && p.text[nx.s:nx.e] == "s" {
		return match{s: j, e: j + 2, typ: tDate, val: "19" + pad(v/10, 1), explicit: true}, true
	}
	if t.nd <= 2 && (nx.c == '/' || nx.c == '-') && adj {
		if m, ok := p.numericDate(j); ok {
			return m, true
		}
		if nx.c == '/' {
			return match{}, false
		}
	}
	// ordinal digits: 19th century, 3rd quarter, the 5th of May
	k := j + 1
	ord := false
	if adj && nx.w.ordSuffix {
		ord = true
		k++
	}
	if v >= 1 && v <= 31 && t.nd <= 2 {
		k2 := k
		if p.role(k2) == "of" {
			k2++
		}
		if mw := p.at(k2).w; mw.month != 0 && p.at(k2).upper && !p.at(k2).brk {
			e := k2 + 1
			if !mw.monthFull && p.isPunct(e, '.') && p.adj(e) {
				e++ // 3 Oct.
			}
			return p.dated(j, e, int(mw.month), v, true)
		}
	}
	if ord {
		return p.ordinal(j, v, k)
	}
	return p.quantity(j, j+1, v, false)
}

// numericDate reads 10/27/1989, 10/27/89 and 10-27-1989 (month first).
func (p *parser) numericDate(j int) (match, bool) {
	sep := p.at(j + 1).c
	a, b, c := p.at(j), p.at(j+2), p.at(j+4)
	if !(b.nd >= 1 && b.nd <= 2 && p.adj(j+2) && p.isPunct(j+3, sep) && p.adj(j+3) && (c.nd == 4 || c.nd == 2) && p.adj(j+4)) {
		return match{}, false
	}
	mo, d, y := int(a.num), int(b.num), int(c.num)
	if c.nd == 2 {
		y += 1900
		if y < 1950 {
			y += 100
		}
	}
	if mo < 1 || mo > 12 || d < 1 || d > 31 {
		return match{}, false
	}
	day := date(y, mo, d)
	return match{s: j, e: j + 5, typ: tDate, val: fmtDay(day), explicit: true, day: day}, true
}

// ampm reads a clock suffix (a.m., pm) from token k and returns the 24-hour
// hour and the token after the suffix (k when there is none).
func (p *parser) ampm(k, h int) (int, int) {
	t := p.at(k)
	if !t.word() || t.brk {
		return h, k
	}
	role := t.w.role
	e := k + 1
	if t.e-t.s == 1 && p.isPunct(k+1, '.') && p.adj(k+1) && p.at(k+2).word() && p.adj(k+2) {
		// a.m. as a . m .
		key := [3]byte{p.text[t.s] | 0x20, '.', p.text[p.at(k+2).s] | 0x20}
		role = p.r.lx.words[string(key[:])].roleOr()
		e = k + 3
		if p.isPunct(e, '.') && p.adj(e) {
			e++
		}
	}
	switch role {
	case "am":
		if h == 12 {
			h = 0
		}
		return h, e
	case "pm":
		if h < 12 {
			h += 12
		}
		return h, e
	}
	return h, k
}

func (w *word) roleOr() string {
	if w == nil {
		return ""
	}
	return w.role
}

// clock builds a TIME on the day of a weekday or day word right before or
// after it ("Friday at 10 a.m.", "10 a.m. yesterday"), else on the document date.
func (p *parser) clock(s, e, h, mi int) (match, bool) {
	tm := "T" + pad(h, 2) + ":" + pad(mi, 2)
	day := ""
	if p.role(e) == "tz" && p.at(e).upper {
		e++ // 5 p.m. EST
	}
	k := e
	if p.role(k) == "on" || p.isPunct(k, ',') {
		k++
	}
	if d, ok := p.explicitDate(k); ok {
		return match{s: s, e: d.e, typ: tTime, val: d.val + tm}, true
	}
	if w := p.at(k).w; !p.at(k).brk && (w.isDay || w.weekday != 0 && p.at(k).upper) {
		if d, ok := p.core(k, false, false); ok && d.typ == tDate && Grain(d.val) == claimtrail.GrainDay {
			day, e = d.val, d.e
			if w.weekday != 0 && d.e == k+1 && p.has {
				// "4 a.m. Thursday": the tense around the whole expression
				if t, ok := p.resolveWeekday(int(w.weekday), p.tense(s, k+1)); ok {
					day = fmtDay(t)
				}
			}
		}
	}
	if day == "" {
		if p.has {
			day = fmtDay(p.anchorDay(s))
		} else {
			day = "XXXX-XX-XX"
		}
	}
	return match{s: s, e: e, typ: tTime, val: day + tm}, true
}

// anchorDay is the day a bare clock time refers to: the last day the text
// named, else the document date.
func (p *parser) anchorDay(int) time.Time { return p.anchor }

// quantity reads "<n> [-] unit" at token k (s is the first token of the
// number) and a direction after it ("ago", "later").
func (p *parser) quantity(s, k, n int, vague bool) (match, bool) {
	if p.isPunct(k, '-') && p.adj(k) {
		k++
	}
	if p.role(k) == "of" && (vague || p.at(k-1).word() && p.at(k+1).w.unit != "") {
		k++ // "a couple of days", "a dozen of years"
	}
	if p.role(k) == "more" && p.at(k+1).w.unit != "" && !p.at(k).brk {
		k++ // "two more weeks", "an additional year"
	}
	half := false
	if h := p.halfAt(k); h > k && !vague {
		half, k = true, h // "5 1/2 hours", "two and a half years"
	}
	ut := p.at(k)
	u := ut.w.unit
	if u == "" || ut.brk || u == "PERIOD" {
		return match{}, false
	}
	e := k + 1
	// "a minute and a half"
	if h := p.halfAt(e); h > e && p.role(e) == "and" && !half {
		half, e = true, h
	}
	switch {
	case u == "HALF", u == "Q" && (!ut.w.plural || k > s+1 && p.isPunct(k-1, '-')):
		return match{}, false // "a half", "three-quarters": fractions
	case p.role(e) == "age" || p.isPunct(e, '-') && p.adj(e) && p.role(e+1) == "age":
		return match{}, false // "a 6-year-old", "52 years old"
	case n == 1 && p.at(s).nd == 0 && s > 0 && p.rateBefore(s-1) && p.at(e).w.dir == 0:
		return match{}, false // "$2 million a year", "four flights a week": rates (not "$2 million a year ago")
	}
	dur, ok := durValue(n, u, vague)
	if !ok {
		return match{}, false
	}
	if half {
		if v, ok := durHalf(n, u); ok {
			dur = v
		}
	}
	// direction: ago, earlier, later, from now, before/after at a clause end
	dt := p.at(e)
	dir, anch, de := int(dt.w.dir), dt.w.anchored, e+1
	if ph, pe := p.phraseAt(e); ph != nil && ph.kind == 'd' {
		dir, anch, de = 1, false, pe
		if ph.val == "-1" {
			dir = -1
		}
	}
	if dir != 0 && !dt.brk {
		if (dt.w.role == "" || dt.w.dir != 0) && (p.text[dt.s:dt.e] != "before" && p.text[dt.s:dt.e] != "after" || p.clauseEnd(de)) {
			if m, ok := p.relative(s, de, n, u, dir, anch, vague); ok {
				return m, true
			}
		}
	}
	return match{s: s, e: e, typ: tDur, val: dur}, true
}

// halfAt reads a half written after a number at token k, "1/2" or "and a
// half", and returns the token after it (k when there is none).
func (p *parser) halfAt(k int) int {
	if t := p.at(k); t.nd == 1 && t.num == 1 && p.isPunct(k+1, '/') && p.adj(k+1) && p.at(k+2).nd == 1 && p.at(k+2).num == 2 && p.adj(k+2) {
		return k + 3
	}
	if p.role(k) == "and" && p.at(k+1).w.num == 1 && p.at(k+1).word() && p.at(k+2).w.unit == "HALF" && !p.at(k+2).w.plural {
		return k + 3
	}
	return k
}

// rateBefore reports whether token k makes "a <unit>" after it a rate: a
// number or a plural noun.
func (p *parser) rateBefore(k int) bool {
	t := p.at(k)
	if t.nd > 0 || t.w.num > 1 {
		return true
	}
	return t.word() && !t.upper && t.e-t.s > 3 && p.text[t.e-1] == 's' && t.w == noWord
}

// clauseEnd reports whether token k ends a clause (punctuation or a break).
func (p *parser) clauseEnd(k int) bool {
	t := p.at(k)
	return t.brk || t.c == '.' || t.c == ',' || t.c == ';' || t.c == 0xff || t.c == ')'
}

// relative resolves "<n> <unit> ago/later": the date n units from the
// document date (or from the last date of the text for anchored words),
// at the unit's grain.
func (p *parser) relative(s, e, n int, u string, dir int, anchored, vague bool) (match, bool) {
	if vague {
		if dir < 0 {
			return match{s: s, e: e, typ: tDate, val: "PAST_REF", ago: true}, true
		}
		return match{s: s, e: e, typ: tDate, val: "FUTURE_REF", ago: true}, true
	}
	if u == "H" || u == "MIN" || u == "S" {
		return match{}, false
	}
	m := match{s: s, e: e, typ: tDate, ago: true}
	if !p.has {
		v, ok := unknownUnit(u)
		m.val = v
		return m, ok
	}
	base := p.ref
	if anchored {
		base = p.anchorFor(u)
	}
	if u == "Y" && n == 1 && p.lastQ != "" {
		y, _ := strconv.Atoi(p.lastQ[:4])
		m.val = pad(y+dir, 4) + p.lastQ[4:]
		return m, true
	}
	v, ok := shiftUnit(base, u, dir*n)
	m.val = v
	if ok && u == "D" {
		m.day = base.AddDate(0, 0, dir*n)
	}
	return m, ok
}

func (p *parser) numberWord(j int, det bool) (match, bool) {
	w := p.at(j).w
	n, vague := int(w.num), w.vague
	k := j + 1
	nx := p.at(k).w
	if n == 1 && (nx.vague || nx.num >= 2) && !p.at(k).brk {
		// "a few", "a couple of"
		if nx.vague {
			vague = true
		} else {
			n = int(nx.num)
		}
		k++
		if p.role(k) == "of" {
			k++
		}
	}
	// twenty four, twenty-four
	if n >= 20 && n < 100 && n%10 == 0 {
		k2 := k
		if p.isPunct(k2, '-') && p.adj(k2) {
			k2++
		}
		if u := p.at(k2).w.num; u >= 1 && u <= 9 && p.at(k2).word() {
			n += int(u)
			k = k2 + 1
		}
	}
	// spelled years: nineteen ninety-six
	if n >= 11 && n <= 20 && !vague && k == j+1 {
		k2 := k
		if u := p.at(k2).w.num; u >= 10 && u < 100 && p.at(k2).word() && !p.at(k2).brk {
			yy := int(u)
			k2++
			if yy >= 20 && yy%10 == 0 {
				k3 := k2
				if p.isPunct(k3, '-') && p.adj(k3) {
					k3++
				}
				if u2 := p.at(k3).w.num; u2 >= 1 && u2 <= 9 && p.at(k3).word() {
					yy += int(u2)
					k2 = k3 + 1
				}
			}
			if yy >= 10 {
				return match{s: j, e: k2, typ: tDate, val: pad(n*100+yy, 4), explicit: true}, true
			}
		}
	}
	// hundreds: "two hundred years"
	if m := p.at(k).w.num; (m == 100 || m == 1000) && p.at(k).word() {
		n *= int(m)
		k++
	}
	return p.quantity(j, k, n, vague)
}

// ordinal reads "<ordinal> quarter", "first half", "19th century",
// "the first nine months".
func (p *parser) ordinal(j, n, k int) (match, bool) {
	if p.isPunct(k, '-') && p.adj(k) {
		k++
	}
	if p.role(k) == "fiscal" {
		k++
	}
	nt := p.at(k)
	switch nt.w.unit {
	case "Q", "HALF":
		if nt.w.plural {
			return match{}, false
		}
		code, max, per := "-Q", 4, 3
		if nt.w.unit == "HALF" {
			code, max, per = "-H", 2, 6
		}
		if n < 1 || n > max {
			return match{}, false
		}
		part := code + strconv.Itoa(n)
		e := k + 1
		if y, ye, ok := p.yearAfter(e); ok {
			return match{s: j, e: ye, typ: tDate, val: pad(y, 4) + part, explicit: true}, true
		}
		if !p.has {
			return match{s: j, e: e, typ: tDate, val: "XXXX" + part, partial: part}, true
		}
		// the quarter of this year unless it has not begun, then last year's
		y := p.ref.Year()
		cur := (int(p.ref.Month())-1)/per + 1
		if n > cur && p.tense(j, e) <= 0 {
			y--
		}
		return match{s: j, e: e, typ: tDate, val: pad(y, 4) + part, partial: part}, true
	case "CE":
		if nt.w.plural {
			return match{}, false
		}
		return match{s: j, e: k + 1, typ: tDate, val: pad(n-1, 2), explicit: true}, true
	}
	// "the first nine months"
	if n == 1 && (nt.nd > 0 || nt.w.num >= 2) {
		if m, ok := p.core(k, false, false); ok && m.typ == tDur {
			m.s = j
			return m, true
		}
	}
	return match{}, false
}

func (p *parser) unitAlone(j int, det bool) (match, bool) {
	w := p.at(j).w
	k := j + 1
	// year-earlier, year-ago
	if w.unit == "Y" && !w.plural && p.isPunct(k, '-') && p.adj(k) && p.at(k+1).w.dir < 0 && p.adj(k+1) {
		e := k + 2
		if u := p.at(e).w.unit; (u == "Q" || u == "PERIOD") && !p.at(e).w.plural {
			e++
		} else if o := p.at(e).w.ord; o >= 1 && o <= 4 && p.at(e+1).w.unit == "Q" && !p.at(e+1).w.plural {
			// the year-earlier third quarter
			y := "XXXX"
			if p.has {
				y = pad(p.ref.Year()-1, 4)
				if p.lastQ != "" {
					n, _ := strconv.Atoi(p.lastQ[:4])
					y = pad(n-1, 4)
				}
			}
			return match{s: j, e: e + 2, typ: tDate, val: y + "-Q" + strconv.Itoa(int(o)), ago: true}, true
		}
		if !p.has {
			return match{s: j, e: e, typ: tDate, val: "XXXX"}, true
		}
		if p.lastQ != "" {
			y, _ := strconv.Atoi(p.lastQ[:4])
			return match{s: j, e: e, typ: tDate, val: pad(y-1, 4) + p.lastQ[4:], ago: true}, true
		}
		return match{s: j, e: e, typ: tDate, val: pad(p.ref.Year()-1, 4)}, true
	}
	// the year 2000, the year two thousand
	if w.unit == "Y" && !w.plural {
		if y, e, ok := p.yearAt(k); ok {
			return match{s: j, e: e, typ: tDate, val: pad(y, 4), explicit: true}, true
		}
	}
	// year-end, year end, year's end
	if (w.unit == "Y" || w.unit == "M") && !w.plural {
		e := k
		if p.isPunct(e, '-') && p.adj(e) || p.isPunct(e, '\'') && p.at(e+1).w == p.r.lx.words["s"] {
			e++
			if p.at(e).w == p.r.lx.words["s"] {
				e++
			}
		}
		if p.role(e) == "end" && !p.at(e).brk {
			m := match{s: j, e: e + 1, typ: tDate, mod: "END"}
			m.val, _ = unknownUnit(w.unit)
			if p.has {
				m.val, _ = shiftUnit(p.ref, w.unit, 0)
			}
			return m, true
		}
	}
	// "the year ended June 30" is a fiscal year (a duration); "for the
	// year", "the end of the year" are this year
	if det && !w.plural && (w.unit == "Y" || w.unit == "M" || w.unit == "W") {
		if p.role(k) == "ending" {
			v, _ := durValue(1, w.unit, false)
			return match{s: j, e: k, typ: tDur, val: v}, true
		}
		b := j - 1
		for b > 0 && (p.role(b) == "det" || p.role(b) == "fiscal" || p.at(b).w.mod != "" || p.role(b) == "of" && p.role(b-1) == "end" || p.role(b) == "end" && p.role(b+1) == "of") {
			b--
		}
		switch p.role(b) {
		case "for", "of", "by", "to":
			m := match{s: j, e: k, typ: tDate}
			if !p.has {
				m.val, _ = unknownUnit(w.unit)
			} else if w.unit == "W" {
				m.val = pad(p.ref.Year(), 4) + "-WXX"
			} else {
				m.val, _ = shiftUnit(p.ref, w.unit, 0)
			}
			return m, true
		}
	}
	// the weeks ahead
	if w.plural && det && p.role(k) == "ahead" && !p.at(k).brk {
		if v, ok := durValue(0, w.unit, true); ok {
			return match{s: j, e: k + 1, typ: tDur, val: v}, true
		}
	}
	if w.plural && !det && (p.role(j-1) == "for" || p.role(j-1) == "in" || p.at(j-1).w.mod != "") {
		if v, ok := durValue(0, w.unit, true); ok && w.unit != "H" && w.unit != "MIN" && w.unit != "S" && w.unit != "Q" && w.unit != "WE" {
			return match{s: j, e: j + 1, typ: tDur, val: v}, true
		}
	}
	if !det {
		return match{}, false
	}
	switch w.unit {
	case "Q":
		// "the quarter ended Sept. 30": the quarter that date closes
		if p.role(k) == "ending" && p.has && p.lastQ == "" {
			if d, ok := p.explicitDate(k + 1); ok && !d.day.IsZero() {
				v, _ := shiftUnit(d.day.AddDate(0, 0, -15), "Q", 0)
				return match{s: j, e: k, typ: tDate, val: v}, true
			}
		}
		if p.lastQ != "" {
			return match{s: j, e: k, typ: tDate, val: p.lastQ}, true
		}
		if !p.has {
			return match{s: j, e: k, typ: tDate, val: "XXXX-QX"}, true
		}
		v, _ := shiftUnit(p.ref, "Q", -1)
		return match{s: j, e: k, typ: tDate, val: v}, true
	case "WE":
		if !p.has {
			return match{s: j, e: k, typ: tDate, val: "XXXX-WXX-WE"}, true
		}
		// the weekend just past, unless it is the weekend or the tense looks ahead
		n := 0
		if wd := isoWeekday(p.ref); wd < 6 && p.tense(j, k) <= 0 {
			n = -1
		}
		v, _ := shiftUnit(p.ref, "WE", n)
		return match{s: j, e: k, typ: tDate, val: v}, true
	}
	return match{}, false
}

// dayWord reads today, yesterday, tomorrow, tonight and a part of day after
// them ("yesterday morning").
func (p *parser) dayWord(j int) (match, bool) {
	w := p.at(j).w
	e := j + 1
	part := w.dayPart
	if pt := p.at(e).w.part; pt != "" && part == "" && !p.at(e).brk {
		part = pt
		e++
	}
	m := match{s: j, e: e, typ: tDate}
	var d string
	if p.has {
		m.day = p.ref.AddDate(0, 0, int(w.dayOff))
		d = fmtDay(m.day)
	} else {
		d = "XXXX-XX-XX"
	}
	m.val = d
	if part != "" {
		m.typ, m.val, m.day = tTime, d+timePart(part), time.Time{}
	}
	return m, true
}

// timePart turns a part-of-day code into a TIMEX3 time suffix.
func timePart(part string) string {
	return "T" + part
}

// resolveWeekday picks the weekday wd (ISO) before or after the document
// date as the tense says; news reports the past by default.
func (p *parser) resolveWeekday(wd int, tense int8) (time.Time, bool) {
	if !p.has {
		return time.Time{}, false
	}
	cur := isoWeekday(p.ref)
	if tense > 0 {
		return p.ref.AddDate(0, 0, (wd-cur+7)%7), true
	}
	return p.ref.AddDate(0, 0, -((cur - wd + 7) % 7)), true
}

func unknownWeekday(wd int) string { return "XXXX-WXX-" + strconv.Itoa(wd) }

func (p *parser) weekdayExpr(j int) (match, bool) {
	w := p.at(j).w
	k := j + 1
	if !w.wdFull {
		if !p.isPunct(k, '.') || !p.adj(k) {
			return match{}, false
		}
		k++
	}
	// Sunday, 24 April / Friday, Oct. 27, 1989
	k2 := k
	if p.isPunct(k2, ',') {
		k2++
	}
	if m, ok := p.explicitDate(k2); ok {
		m.s = j
		return m, true
	}
	return p.weekdayAt(j, k, int(w.weekday), 0)
}

// weekdayAt resolves weekday wd for tokens [s, e); week is the Monday of
// an explicit week ("last week on Monday"), zero for none.
func (p *parser) weekdayAt(s, e, wd int, shift int) (match, bool) {
	m := match{s: s, e: e, typ: tDate}
	var day time.Time
	ok := false
	switch {
	case !p.has:
	case shift < 0: // last Friday: strictly before
		d := (isoWeekday(p.ref) - wd + 7) % 7
		if d == 0 {
			d = 7
		}
		day, ok = p.ref.AddDate(0, 0, -d), true
	case shift > 0: // next Friday: strictly after
		d := (wd - isoWeekday(p.ref) + 7) % 7
		if d == 0 {
			d = 7
		}
		day, ok = p.ref.AddDate(0, 0, d), true
	default:
		day, ok = p.resolveWeekday(wd, p.tense(s, e))
	}
	d := unknownWeekday(wd)
	if ok {
		m.day = day
		d = fmtDay(day)
	}
	m.val = d
	// Monday morning, Friday night
	if pt := p.at(e).w.part; pt != "" && !p.at(e).brk {
		m.e, m.typ, m.val, m.day = e+1, tTime, d+timePart(pt), time.Time{}
		return m, true
	}
	// Friday at 10:30 a.m.
	if p.role(e) == "at" && p.at(e+1).nd > 0 {
		if c, ok := p.number(e+1, false, false); ok && c.typ == tTime {
			m.e, m.typ, m.val = c.e, tTime, d+c.val[strings.IndexByte(c.val, 'T'):]
			return m, true
		}
	}
	return m, true
}

// explicitDate reads a written month and day at token k: "Oct. 27",
// "27 October", "October 27, 1989".
func (p *parser) explicitDate(k int) (match, bool) {
	t := p.at(k)
	if t.brk {
		return match{}, false
	}
	if t.w.month != 0 && t.upper {
		if m, ok := p.monthExpr(k, false); ok && Grain(m.val) == claimtrail.GrainDay {
			return m, true
		}
		return match{}, false
	}
	if t.nd > 0 && t.nd <= 2 {
		if m, ok := p.number(k, false, false); ok && m.typ == tDate && len(m.val) == 10 {
			return m, true
		}
	}
	return match{}, false
}

// monthExpr reads a month name and what may follow: a day, a year.
func (p *parser) monthExpr(j int, det bool) (match, bool) {
	w := p.at(j).w
	mo := int(w.month)
	k := j + 1
	if p.isPunct(k, '.') && p.adj(k) {
		k++
	} else if !w.monthFull && p.at(k).nd == 0 {
		return match{}, false
	}
	d := p.at(k)
	if d.nd >= 1 && d.nd <= 2 && d.num >= 1 && d.num <= 31 && !d.brk && !(p.isPunct(k+1, ':') && p.adj(k+1) && p.at(k+2).nd == 2 && p.adj(k+2)) {
		e := k + 1
		if p.adj(e) && p.at(e).w.ordSuffix {
			e++
		}
		return p.dated(j, e, mo, int(d.num), false)
	}
	if o := p.at(k).w.ord; o >= 1 && o <= 31 && !p.at(k).brk {
		return p.dated(j, k+1, mo, int(o), false) // March eighth
	}
	if y, e, ok := p.yearAfter(k); ok {
		return match{s: j, e: e, typ: tDate, val: fmtMonth(y, mo), explicit: true}, true
	}
	if !w.monthFull {
		return match{}, false
	}
	// July last year, April next year
	if sw := p.at(k).w; sw.isShift && !sw.anchored && p.at(k+1).w.unit == "Y" && !p.at(k+1).w.plural && !p.at(k).brk {
		if !p.has {
			return match{s: j, e: k + 2, typ: tDate, val: "XXXX-" + pad(mo, 2)}, true
		}
		return match{s: j, e: k + 2, typ: tDate, val: fmtMonth(p.ref.Year()+int(sw.shift), mo)}, true
	}
	// a bare month name that is also a common word ("May") needs a time
	// word before it
	if !det && w.ambig {
		pr := p.at(j - 1).w
		if p.at(j).brk || !(pr.role != "" || pr.isShift || pr.mod != "") {
			return match{}, false
		}
	}
	m := match{s: j, e: k, typ: tDate, partial: "-" + pad(mo, 2)}
	if !p.has {
		m.val = "XXXX-" + pad(mo, 2)
		return m, true
	}
	// as for dates: the tense decides within half a year, else the nearest
	y, rm := p.ref.Year(), int(p.ref.Month())
	back := (rm - mo + 12) % 12 // months back to the last such month (0: this one)
	fwd := 12 - back
	switch tn := p.tense(j, k); {
	case back == 0:
	case tn < 0 && back <= pastMonths, tn == 0 && back <= pastMonths, tn > 0 && fwd > 6 && back < fwd:
		if mo > rm {
			y--
		}
	default:
		if mo < rm {
			y++
		}
	}
	m.val = fmtMonth(y, mo)
	return m, true
}

// pastMonths is how far back an unmarked month or date is still read as
// past: news reports the past far more often than it announces the future.
const pastMonths = 7

// monthsBetween counts the calendar months from a to b (March 31 to
// October 1 is 7).
func monthsBetween(a, b time.Time) int {
	return b.Year()*12 + int(b.Month()) - a.Year()*12 - int(a.Month())
}

// dated builds the date month mo, day d written over [s, e), with a year
// after it or one inferred from the tense.
func (p *parser) dated(s, e, mo, d int, dayFirst bool) (match, bool) {
	if y, ye, ok := p.yearAfter(e); ok {
		day := date(y, mo, d)
		if day.Day() != d {
			return match{}, false
		}
		return match{s: s, e: ye, typ: tDate, val: fmtDay(day), explicit: true, day: day}, true
	}
	m := match{s: s, e: e, typ: tDate, explicit: true, partial: "-" + pad(mo, 2) + "-" + pad(d, 2)}
	if !p.has {
		if d > 31 || mo == 2 && d > 29 {
			return match{}, false
		}
		m.val = "XXXX" + m.partial
		return m, true
	}
	// The tense picks the date before or after the document date when that
	// one lies within half a year; otherwise the nearest date wins.
	tn := p.tense(s, e)
	var best, past, fut time.Time
	for y := p.ref.Year() - 1; y <= p.ref.Year()+1; y++ {
		c := date(y, mo, d)
		if c.Day() != d {
			continue
		}
		if !c.After(p.ref) {
			past = c
		} else if fut.IsZero() {
			fut = c
		}
	}
	const half = 183 * 24 * time.Hour
	switch {
	case tn <= 0 && !past.IsZero() && (monthsBetween(past, p.ref) <= pastMonths || p.ref.Sub(past) <= pastMonths*31*24*time.Hour):
		best = past
	case tn > 0 && !fut.IsZero() && fut.Sub(p.ref) <= half:
		best = fut
	case past.IsZero():
		best = fut
	case fut.IsZero() || p.ref.Sub(past) <= fut.Sub(p.ref):
		best = past
	default:
		best = fut
	}
	if best.IsZero() {
		return match{}, false
	}
	m.val, m.day = fmtDay(best), best
	return m, true
}

// shifted reads last/this/next and what they shift: a unit, a month, a
// weekday, a season, a part of day, or a number of units (a duration).
func (p *parser) shifted(j int, det bool) (match, bool) {
	w := p.at(j).w
	sh := int(w.shift)
	if w.latest {
		sh = -1
	}
	k := j + 1
	if w.anchored && p.at(k).w.isShift && p.at(k).w.anchored && p.at(k).w.shift == 0 {
		k++ // that same day
	}
	if p.role(k) == "fiscal" && p.at(k+1).w.unit != "" && !p.at(k).brk {
		k++ // last fiscal year, the current fiscal quarter
	}
	nx := p.at(k)
	if nx.brk {
		return match{}, false
	}
	// "that year", "the same day" need a date of the text to refer to
	if w.anchored && sh == 0 && (p.ctxG == 0 || nx.w.unit == "" || nx.w.plural) {
		return match{}, false
	}
	// the past two months, the next few years
	if nx.nd > 0 || nx.w.num >= 1 && nx.w.unit == "" || nx.w.vague {
		var m match
		var ok bool
		if nx.nd > 0 {
			m, ok = p.quantity(k, k+1, int(nx.num), false)
		} else {
			m, ok = p.numberWord(k, false)
		}
		if ok && m.typ == tDur {
			m.s = j
			return m, true
		}
		return match{}, false
	}
	switch {
	case nx.w.unit != "":
		u := nx.w.unit
		e := k + 1
		if nx.w.plural {
			if v, ok := durValue(0, u, true); ok {
				return match{s: j, e: e, typ: tDur, val: v}, true
			}
			return match{}, false
		}
		if u == "PERIOD" && w.latest {
			u = "Q"
		}
		if u == "PERIOD" || u == "H" || u == "MIN" || u == "S" {
			return match{}, false
		}
		// "the last half of 1989" is its second half
		if u == "HALF" && det && sh < 0 && !w.latest {
			m := match{s: j, e: e, typ: tDate, val: "XXXX-H2"}
			if y, ye, ok := p.yearAfter(e); ok && p.role(e) == "of" {
				m.val, m.e, m.explicit = pad(y, 4)+"-H2", ye, true
			} else if p.has {
				m.val = pad(p.ref.Year(), 4) + "-H2"
			}
			return m, true
		}
		// "the past decade" is a duration; "the past year", "the last
		// week" are read as the calendar unit, as TimeBank annotates them
		if det && !w.anchored && sh != 0 && !w.latest && (u == "DE" || u == "CE") {
			v, _ := durValue(1, u, false)
			return match{s: j, e: e, typ: tDur, val: v}, true
		}
		base := p.ref
		if w.anchored {
			base = p.anchorFor(u)
		} else if u == "D" {
			base = p.anchor
		}
		if u == "D" && sh == 0 && !w.anchored {
			return match{}, false
		}
		m := match{s: j, e: e, typ: tDate}
		if !p.has {
			m.val, _ = unknownUnit(u)
		} else if u == "Q" && w.anchored && sh == 0 && p.lastQ != "" {
			m.val = p.lastQ // that quarter
		} else {
			m.val, _ = shiftUnit(base, u, sh)
			if u == "D" {
				m.day = base.AddDate(0, 0, sh)
			}
		}
		// last week on Monday
		if u == "W" && p.role(e) == "on" && p.at(e+1).w.weekday != 0 && p.at(e+1).upper {
			wd := int(p.at(e + 1).w.weekday)
			m.e = e + 2
			if !p.has {
				m.val = unknownWeekday(wd)
				return m, true
			}
			mon := base.AddDate(0, 0, 7*sh-(isoWeekday(base)-1))
			m.day = mon.AddDate(0, 0, wd-1)
			m.val = fmtDay(m.day)
		}
		return m, true
	case nx.w.month != 0 && nx.upper && nx.w.monthFull:
		mo := int(nx.w.month)
		m := match{s: j, e: k + 1, typ: tDate}
		if !p.has {
			m.val = "XXXX-" + pad(mo, 2)
			return m, true
		}
		y, rm := p.ref.Year(), int(p.ref.Month())
		switch {
		case sh < 0 && mo >= rm:
			y--
		case sh > 0 && mo <= rm:
			y++
		}
		m.val = fmtMonth(y, mo)
		return m, true
	case nx.w.weekday != 0 && nx.upper && (nx.w.wdFull || p.isPunct(k+1, '.')):
		if sh == 0 {
			// this Friday: the one of this week, or ahead when the tense says so
			m, ok := p.weekdayAt(j, k+1, int(nx.w.weekday), 0)
			if ok && p.has {
				mon := p.ref.AddDate(0, 0, -(isoWeekday(p.ref) - 1))
				day := mon.AddDate(0, 0, int(nx.w.weekday)-1)
				if day.Before(p.ref) && p.tense(j, k+1) > 0 {
					day = day.AddDate(0, 0, 7)
				}
				if m.typ == tDate {
					m.day, m.val = day, fmtDay(day)
				}
			}
			return m, ok
		}
		return p.weekdayAt(j, k+1, int(nx.w.weekday), sh)
	case nx.w.season != "":
		return p.season(j, true, sh)
	case nx.w.part != "":
		off := 0
		if sh < 0 {
			off = -1 // last night
		} else if sh > 0 {
			off = 1
		}
		d := "XXXX-XX-XX"
		if p.has {
			base := p.ref
			if w.anchored {
				base = p.anchor // that night, the following morning
			}
			d = fmtDay(base.AddDate(0, 0, off))
		}
		return match{s: j, e: k + 1, typ: tTime, val: d + timePart(nx.w.part)}, true
	}
	if w.ref != "" && !det {
		return match{s: j, e: k, typ: w.refT, val: w.ref}, true
	}
	return match{}, false
}

// season reads a season name at j (after det or a shift when shifted is
// set, sh its direction) and a year after it.
func (p *parser) season(j int, det bool, sh int) (match, bool) {
	k := j
	if p.at(k).w.season == "" {
		k++
	}
	code := p.at(k).w.season
	if code == "" {
		return match{}, false
	}
	e := k + 1
	if y, ye, ok := p.yearAfter(e); ok {
		return match{s: j, e: ye, typ: tDate, val: pad(y, 4) + "-" + code, explicit: true}, true
	}
	// a bare "fall" is usually a verb
	if !det && !(p.role(j-1) == "in" || p.role(j-1) == "since") {
		return match{}, false
	}
	m := match{s: j, e: e, typ: tDate, partial: "-" + code}
	if !p.has {
		m.val = "XXXX-" + code
		return m, true
	}
	y := p.ref.Year()
	start := map[string]int{"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
	rm := int(p.ref.Month())
	switch {
	case sh < 0 && start > rm-3:
		y--
	case sh > 0 && start <= rm:
		y++
	}
	m.val = pad(y, 4) + "-" + code
	return m, true
}

func (p *parser) dayPart(j int, det bool) (match, bool) {
	w := p.at(j).w
	k := j + 1
	// noon Thursday, midnight Friday, morning of Monday
	if p.role(k) == "on" || p.role(k) == "of" {
		k++
	}
	if nt := p.at(k); !nt.brk && (nt.w.isDay || nt.w.weekday != 0 && nt.upper) {
		if d, ok := p.core(k, false, false); ok && d.typ == tDate && (Grain(d.val) == claimtrail.GrainDay || strings.HasPrefix(d.val, "XXXX")) {
			return match{s: j, e: d.e, typ: tTime, val: d.val + timePart(w.part)}, true
		}
	}
	clock := strings.IndexByte(w.part, ':') > 0
	if !det && !clock {
		return match{}, false
	}
	d := "XXXX-XX-XX"
	if p.has {
		d = fmtDay(p.anchorDay(j))
	}
	return match{s: j, e: j + 1, typ: tTime, val: d + timePart(w.part)}, true
}

func (p *parser) set(j int) (match, bool) {
	w := p.at(j).w
	if w.set != "every" {
		return match{s: j, e: j + 1, typ: tSet, val: w.set}, true
	}
	k := j + 1
	nt := p.at(k)
	if nt.brk {
		return match{}, false
	}
	n := 1
	if nt.nd > 0 && nt.num > 0 {
		n, k = int(nt.num), k+1
	} else if nt.w.num >= 2 && nt.word() {
		n, k = int(nt.w.num), k+1
	}
	ut := p.at(k)
	switch {
	case ut.w.unit != "" && ut.w.unit != "PERIOD" && (n > 1 || !ut.w.plural):
		v, ok := durValue(n, ut.w.unit, false)
		return match{s: j, e: k + 1, typ: tSet, val: v}, ok
	case ut.w.weekday != 0 && ut.upper && n == 1:
		return match{s: j, e: k + 1, typ: tSet, val: unknownWeekday(int(ut.w.weekday))}, true
	case ut.w.part != "" && n == 1:
		return match{s: j, e: k + 1, typ: tSet, val: "XXXX-XX-XX" + timePart(ut.w.part)}, true
	}
	return match{}, false
}

// holiday resolves a holiday over tokens [s, e) with an optional year after it.
func (p *parser) holiday(s, e int, rule string) (match, bool) {
	if !p.at(s).upper && p.role(s) != "det" {
		return match{}, false
	}
	if y, ye, ok := p.yearAfter(e); ok {
		if d, ok := holidayDate(rule, y); ok {
			return match{s: s, e: ye, typ: tDate, val: fmtDay(d), explicit: true, day: d}, true
		}
	}
	if !p.has {
		if len(rule) == 5 {
			return match{s: s, e: e, typ: tDate, val: "XXXX-" + rule}, true
		}
		return match{s: s, e: e, typ: tDate, val: "XXXX-XX-XX"}, true
	}
	tn := p.tense(s, e)
	y := p.ref.Year()
	d, ok := holidayDate(rule, y)
	if !ok {
		return match{}, false
	}
	if tn < 0 && d.After(p.ref) {
		d, _ = holidayDate(rule, y-1)
	} else if tn > 0 && d.Before(p.ref) {
		d, _ = holidayDate(rule, y+1)
	}
	return match{s: s, e: e, typ: tDate, val: fmtDay(d), explicit: true, day: d}, true
}
