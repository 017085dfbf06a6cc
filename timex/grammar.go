package timex

import "strings"

// match reads the expression that starts at token i: a phrase of the
// tables or what the grammar reads from there, whichever is longer.
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
	if m.typ == tDate && len(m.val) == 4 && p.isPunct(m.e, '\'') && p.at(m.e+1).w.possS {
		if q, ok := p.core(m.e+2, false, false); ok && q.partial != "" && strings.HasPrefix(q.partial, "-Q") {
			m.val, m.e = m.val+q.partial, q.e
		} else if u := p.at(m.e + 2).w; (u.unit == "Q" || u.unit == "PERIOD") && !u.plural && p.lastQ != "" {
			m.val, m.e, m.anaph = m.val+p.lastQ[4:], m.e+3, true
		}
	}
	return m, true
}

// core reads the expression whose core starts at token j, after an
// article (det) or "fiscal" when those are set: it picks the rule by what
// the token is.
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
		return p.earlierLater(j)
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
		return p.decadeName(j), true
	case w.set != "":
		return p.set(j)
	case w.ref != "" && !det:
		return match{s: j, e: j + 1, typ: w.refT, val: w.ref}, true
	case w.holiday != "" && t.upper:
		return p.holiday(j, j+1, w.holiday)
	}
	return match{}, false
}
