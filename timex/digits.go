package timex

import (
	"strconv"
)

// number reads an expression that starts with a digit run at j: a clock
// time, a year (and an ISO date, week or quarter), a decade ('90s), a
// numeric date, a day of a month, an ordinal, or a count of units.
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
		return p.yearDigits(j, y)
	}
	// '90s
	if t.nd == 2 && p.isPunct(j-1, '\'') && adj && nx.word() && nx.w.pluralS && !nx.upper {
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
	return p.dayOrCount(j, v)
}

// yearDigits reads the year y written at j and what it starts: a decade
// (1990s), an ISO date, a quarter of it ("1989 third quarter").
func (p *parser) yearDigits(j, y int) (match, bool) {
	nx := p.at(j + 1)
	adj := p.adj(j + 1)
	if adj && nx.word() && nx.w.pluralS && !nx.upper {
		return match{s: j, e: j + 2, typ: tDate, val: pad(y/10, 3), explicit: true}, true
	}
	if adj && nx.c == '-' && p.adj(j+2) {
		if m, ok := p.isoDate(j, y); ok {
			return m, true
		}
		if p.at(j+2).nd > 0 { // a range or a compound number, not a year
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

// isoDate reads the ISO forms after the year y at j and a hyphen:
// 1998-03-03, 1998-Q1, 2022-W40, 1998-H2.
func (p *parser) isoDate(j, y int) (match, bool) {
	a := p.at(j + 2)
	// 1998-03-03
	if a.nd == 2 && p.isPunct(j+3, '-') && p.adj(j+3) && p.at(j+4).nd == 2 && p.adj(j+4) {
		mo, d := int(a.num), int(p.at(j+4).num)
		if mo >= 1 && mo <= 12 && d >= 1 && d <= 31 {
			day := date(y, mo, d)
			return match{s: j, e: j + 5, typ: tDate, val: fmtDay(day), explicit: true, day: day}, true
		}
	}
	// 1998-Q1, 2022-W40: a letter of the value format, not a word
	if !(a.word() && p.at(j+3).nd >= 1 && p.adj(j+3) && a.e-a.s == 1) {
		return match{}, false
	}
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
	return match{}, false
}

// dayOrCount reads the number v at j that is no year: a day before a
// month ("5 May", "the 5th of May"), an ordinal ("19th century", "3rd
// quarter"), or a count of units ("5 hours").
func (p *parser) dayOrCount(j, v int) (match, bool) {
	t, nx := p.at(j), p.at(j+1)
	k := j + 1
	ord := false
	if p.adj(j+1) && nx.w.ordSuffix {
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
