package timex

import (
	"time"
)

// note records what the expression m tells later ones: the last day, the
// last date at any grain, the last completed quarter.
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

// anchorDay is the day a bare clock time refers to: the last day the text
// named, else the document date.
func (p *parser) anchorDay(int) time.Time { return p.anchor }

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
