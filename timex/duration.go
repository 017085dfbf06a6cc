package timex

import (
	"strconv"
)

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
		if (dt.w.role == "" || dt.w.dir != 0) && (!dt.w.clauseDir || dt.upper || p.clauseEnd(de)) {
			if m, ok := p.relative(s, de, n, u, dir, anch, vague); ok {
				return m, true
			}
		}
	}
	return match{s: s, e: e, typ: tDur, val: dur}, true
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
