package timex

import (
	"strconv"
	"strings"
	"time"
)

// dayWord reads today, yesterday, tomorrow, tonight and a part of day after
// them ("yesterday morning"). A capitalised one before a title noun names
// a programme or a paper ("told the Today programme"), not a day.
func (p *parser) dayWord(j int) (match, bool) {
	if p.at(j).upper && p.at(j+1).w.titleNoun && !p.at(j+1).brk {
		return match{}, false
	}
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

// titledName reports whether m is a programme's or a paper's name written
// like a day word ("told Today:", "ITV1's This Morning"): it opens with a
// capitalised day or shift word inside a sentence, after a lower-case word,
// and every word of it is capitalised. A day word is written in lower case
// there; a title-case headline ("Vote Today") has a capitalised word before.
func (p *parser) titledName(m match) bool {
	first := p.at(m.s)
	if !first.upper || first.brk || !(first.w.isDay || first.w.isShift) {
		return false
	}
	for k := m.s; k < m.e; k++ {
		if t := p.at(k); t.word() && !t.upper {
			return false
		}
	}
	prev := m.s - 1
	t := p.at(prev)
	if p.isPunct(prev-1, '\'') && t.word() && t.e-t.s == 1 && p.text[t.s] == 's' {
		return true // a possessive: "ITV1's This Morning"
	}
	return prev >= 0 && t.word() && !t.upper && !t.brk
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

// weekdayExpr reads a weekday name at j, with a written date after it
// ("Friday, Oct. 27") or alone.
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
