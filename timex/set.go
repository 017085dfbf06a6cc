package timex

// set reads a recurrence at j: a set word ("weekly"), or "every" and the
// unit, weekday or part of day it repeats ("every two weeks").
func (p *parser) set(j int) (match, bool) {
	w := p.at(j).w
	if w.set != "every" {
		return match{s: j, e: j + 1, typ: tSet, val: w.set}, true
	}
	k := j + 1
	nt := p.at(k)
	if nt.brk {
		return match{}, false
	}
	n := 1
	if nt.nd > 0 && nt.num > 0 {
		n, k = int(nt.num), k+1
	} else if nt.w.num >= 2 && nt.word() {
		n, k = int(nt.w.num), k+1
	}
	ut := p.at(k)
	switch {
	case ut.w.unit != "" && ut.w.unit != "PERIOD" && (n > 1 || !ut.w.plural):
		v, ok := durValue(n, ut.w.unit, false)
		return match{s: j, e: k + 1, typ: tSet, val: v}, ok
	case ut.w.weekday != 0 && ut.upper && n == 1:
		return match{s: j, e: k + 1, typ: tSet, val: unknownWeekday(int(ut.w.weekday))}, true
	case ut.w.part != "" && n == 1:
		return match{s: j, e: k + 1, typ: tSet, val: "XXXX-XX-XX" + timePart(ut.w.part)}, true
	}
	return match{}, false
}
