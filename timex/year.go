package timex

import (
	"strconv"
)

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

// decadeName reads a decade name after an article at j ("the nineties"):
// the latest such decade up to the document date.
func (p *parser) decadeName(j int) match {
	w := p.at(j).w
	m := match{s: j, e: j + 1, typ: tDate, val: "19" + strconv.Itoa(int(w.decade))}
	if p.has {
		c := p.ref.Year() / 100
		if c*100+int(w.decade)*10 > p.ref.Year() {
			c--
		}
		m.val = pad(c, 2) + strconv.Itoa(int(w.decade))
	}
	return m
}
