package timex

import "time"

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
	switch {
	case nx.nd > 0 || nx.w.num >= 1 && nx.w.unit == "" || nx.w.vague:
		return p.shiftedCount(j, k)
	case nx.w.unit != "":
		return p.shiftedUnit(j, k, w, sh, det)
	case nx.w.month != 0 && nx.upper && nx.w.monthFull:
		return p.shiftedMonth(j, k, sh)
	case nx.w.weekday != 0 && nx.upper && (nx.w.wdFull || p.isPunct(k+1, '.')):
		return p.shiftedWeekday(j, k, sh)
	case nx.w.season != "":
		return p.season(j, true, sh)
	case nx.w.part != "":
		return p.shiftedPart(j, k, w, sh)
	}
	if w.ref != "" && !det {
		return match{s: j, e: k, typ: w.refT, val: w.ref}, true
	}
	return match{}, false
}

// shiftedCount reads the count of units after a shift word at j, at token
// k: "the past two months", "the next few years" are durations.
func (p *parser) shiftedCount(j, k int) (match, bool) {
	nx := p.at(k)
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

// shiftedUnit reads the unit at token k after shift word w at j ("last
// year", "this quarter", "the past decade", "recent weeks").
func (p *parser) shiftedUnit(j, k int, w *word, sh int, det bool) (match, bool) {
	nx := p.at(k)
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
		return p.lastHalf(j, e), true
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
	if u == "W" && p.role(e) == "on" && p.at(e+1).w.weekday != 0 && p.at(e+1).upper {
		p.weekOnDay(&m, base, sh)
	}
	return m, true
}

// lastHalf is "the last half" ending at token e, of the year written after
// it or of the document's year.
func (p *parser) lastHalf(j, e int) match {
	m := match{s: j, e: e, typ: tDate, val: "XXXX-H2"}
	if y, ye, ok := p.yearAfter(e); ok && p.role(e) == "of" {
		m.val, m.e, m.explicit = pad(y, 4)+"-H2", ye, true
	} else if p.has {
		m.val = pad(p.ref.Year(), 4) + "-H2"
	}
	return m
}

// weekOnDay extends the shifted week m to the weekday named after it: "last
// week on Monday". base is the day the week was shifted from.
func (p *parser) weekOnDay(m *match, base time.Time, sh int) {
	wd := int(p.at(m.e + 1).w.weekday)
	m.e += 2
	if !p.has {
		m.val = unknownWeekday(wd)
		return
	}
	mon := base.AddDate(0, 0, 7*sh-(isoWeekday(base)-1))
	m.day = mon.AddDate(0, 0, wd-1)
	m.val = fmtDay(m.day)
}

// shiftedMonth reads the full month name at token k after a shift at j:
// "last March" is the latest March before this month.
func (p *parser) shiftedMonth(j, k, sh int) (match, bool) {
	mo := int(p.at(k).w.month)
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
}

// shiftedWeekday reads the weekday at token k after a shift at j: "last
// Friday", "next Monday", "this Friday".
func (p *parser) shiftedWeekday(j, k, sh int) (match, bool) {
	wd := int(p.at(k).w.weekday)
	if sh != 0 {
		return p.weekdayAt(j, k+1, wd, sh)
	}
	// this Friday: the one of this week, or ahead when the tense says so
	m, ok := p.weekdayAt(j, k+1, wd, 0)
	if ok && p.has {
		mon := p.ref.AddDate(0, 0, -(isoWeekday(p.ref) - 1))
		day := mon.AddDate(0, 0, wd-1)
		if day.Before(p.ref) && p.tense(j, k+1) > 0 {
			day = day.AddDate(0, 0, 7)
		}
		if m.typ == tDate {
			m.day, m.val = day, fmtDay(day)
		}
	}
	return m, ok
}

// shiftedPart reads the part of day at token k after shift word w at j:
// "last night", "this morning", "that night" (of the last day named).
func (p *parser) shiftedPart(j, k int, w *word, sh int) (match, bool) {
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
	return match{s: j, e: k + 1, typ: tTime, val: d + timePart(p.at(k).w.part)}, true
}

// earlierLater reads a direction word that starts an expression at j:
// "earlier this year", "later this month", "earlier in the year", "later
// in the day".
func (p *parser) earlierLater(j int) (match, bool) {
	if p.at(j + 1).w.isShift {
		if m, ok := p.shifted(j+1, false); ok && m.typ == tDate {
			m.s = j
			return m, true
		}
	}
	ut := p.at(j + 3)
	if !(p.role(j+1) == "in" && p.role(j+2) == "det" && ut.w.unit != "" && !ut.w.plural && !ut.brk && !p.at(j+1).brk) {
		return match{}, false
	}
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
	if !ok {
		return match{}, false
	}
	return m, true
}
