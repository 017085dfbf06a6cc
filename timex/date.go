package timex

import (
	"time"

	"github.com/claimtrail/claimtrail"
)

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
	return p.bareMonth(j, k, mo), true
}

// bareMonth is month mo named alone over tokens [j, k), in the year the
// tense suggests: within half a year the tense decides, else the nearest.
func (p *parser) bareMonth(j, k, mo int) match {
	m := match{s: j, e: k, typ: tDate, partial: "-" + pad(mo, 2)}
	if !p.has {
		m.val = "XXXX-" + pad(mo, 2)
		return m
	}
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
	return m
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
