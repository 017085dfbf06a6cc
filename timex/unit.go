package timex

import (
	"strconv"
)

// unitAlone reads a unit word with no count before it: "year-earlier",
// "the year 2000", "year-end", "for the year", "the weeks ahead", "the
// quarter", "the weekend".
func (p *parser) unitAlone(j int, det bool) (match, bool) {
	w := p.at(j).w
	if m, ok := p.yearEarlier(j); ok {
		return m, true
	}
	// the year 2000, the year two thousand
	if w.unit == "Y" && !w.plural {
		if y, e, ok := p.yearAt(j + 1); ok {
			return match{s: j, e: e, typ: tDate, val: pad(y, 4), explicit: true}, true
		}
	}
	if m, ok := p.unitEnd(j); ok {
		return m, true
	}
	if det && !w.plural && (w.unit == "Y" || w.unit == "M" || w.unit == "W") {
		if m, ok := p.unitOfText(j); ok {
			return m, true
		}
	}
	if w.plural {
		if m, ok := p.unitsVague(j, det); ok {
			return m, true
		}
	}
	if !det {
		return match{}, false
	}
	switch w.unit {
	case "Q":
		return p.theQuarter(j), true
	case "WE":
		return p.theWeekend(j), true
	}
	return match{}, false
}

// yearEarlier reads "year-earlier", "year-ago" at j: the year before the
// document's, or the quarter last named a year back ("the year-earlier
// quarter", "the year-ago third quarter").
func (p *parser) yearEarlier(j int) (match, bool) {
	w := p.at(j).w
	k := j + 1
	if !(w.unit == "Y" && !w.plural && p.isPunct(k, '-') && p.adj(k) && p.at(k+1).w.dir < 0 && p.adj(k+1)) {
		return match{}, false
	}
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

// unitEnd reads "year-end", "year end", "year's end", "month-end" at j:
// the end of the document's year or month.
func (p *parser) unitEnd(j int) (match, bool) {
	w := p.at(j).w
	if !(w.unit == "Y" || w.unit == "M") || w.plural {
		return match{}, false
	}
	e := j + 1
	if p.isPunct(e, '-') && p.adj(e) || p.isPunct(e, '\'') && p.at(e+1).w.possS {
		e++
		if p.at(e).w.possS {
			e++
		}
	}
	if p.role(e) != "end" || p.at(e).brk {
		return match{}, false
	}
	m := match{s: j, e: e + 1, typ: tDate, mod: "END"}
	m.val, _ = unknownUnit(w.unit)
	if p.has {
		m.val, _ = shiftUnit(p.ref, w.unit, 0)
	}
	return m, true
}

// unitOfText reads a year, month or week after an article at j: "the year
// ended June 30" is a fiscal year (a duration); "for the year", "the end
// of the year" are the document's.
func (p *parser) unitOfText(j int) (match, bool) {
	w := p.at(j).w
	k := j + 1
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
	return match{}, false
}

// unitsVague reads a plural unit at j as a duration of unknown length:
// "the weeks ahead", "for years", "in recent months".
func (p *parser) unitsVague(j int, det bool) (match, bool) {
	w := p.at(j).w
	k := j + 1
	if det && p.role(k) == "ahead" && !p.at(k).brk {
		if v, ok := durValue(0, w.unit, true); ok {
			return match{s: j, e: k + 1, typ: tDur, val: v}, true
		}
	}
	if !det && (p.role(j-1) == "for" || p.role(j-1) == "in" || p.at(j-1).w.mod != "") {
		if v, ok := durValue(0, w.unit, true); ok && w.unit != "H" && w.unit != "MIN" && w.unit != "S" && w.unit != "Q" && w.unit != "WE" {
			return match{s: j, e: j + 1, typ: tDur, val: v}, true
		}
	}
	return match{}, false
}

// theQuarter reads "the quarter" at j: the quarter last named, else the
// one a written date closes ("the quarter ended Sept. 30"), else the last
// completed one.
func (p *parser) theQuarter(j int) match {
	k := j + 1
	if p.role(k) == "ending" && p.has && p.lastQ == "" {
		if d, ok := p.explicitDate(k + 1); ok && !d.day.IsZero() {
			v, _ := shiftUnit(d.day.AddDate(0, 0, -15), "Q", 0)
			return match{s: j, e: k, typ: tDate, val: v}
		}
	}
	if p.lastQ != "" {
		return match{s: j, e: k, typ: tDate, val: p.lastQ}
	}
	if !p.has {
		return match{s: j, e: k, typ: tDate, val: "XXXX-QX"}
	}
	v, _ := shiftUnit(p.ref, "Q", -1)
	return match{s: j, e: k, typ: tDate, val: v}
}

// theWeekend reads "the weekend" at j: the weekend just past, unless it is
// the weekend or the tense looks ahead.
func (p *parser) theWeekend(j int) match {
	k := j + 1
	if !p.has {
		return match{s: j, e: k, typ: tDate, val: "XXXX-WXX-WE"}
	}
	n := 0
	if wd := isoWeekday(p.ref); wd < 6 && p.tense(j, k) <= 0 {
		n = -1
	}
	v, _ := shiftUnit(p.ref, "WE", n)
	return match{s: j, e: k, typ: tDate, val: v}
}
