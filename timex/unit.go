package timex

import (
	"strconv"
)

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
