package timex

import (
	"strings"

	"github.com/claimtrail/claimtrail"
)

// ampm reads a clock suffix (a.m., pm) from token k and returns the 24-hour
// hour and the token after the suffix (k when there is none).
func (p *parser) ampm(k, h int) (int, int) {
	t := p.at(k)
	if !t.word() || t.brk {
		return h, k
	}
	role := t.w.role
	e := k + 1
	if t.e-t.s == 1 && p.isPunct(k+1, '.') && p.adj(k+1) && p.at(k+2).word() && p.adj(k+2) {
		// a.m. as a . m .
		key := [3]byte{p.text[t.s] | 0x20, '.', p.text[p.at(k+2).s] | 0x20}
		role = p.r.lx.words[string(key[:])].roleOr()
		e = k + 3
		if p.isPunct(e, '.') && p.adj(e) {
			e++
		}
	}
	switch role {
	case "am":
		if h == 12 {
			h = 0
		}
		return h, e
	case "pm":
		if h < 12 {
			h += 12
		}
		return h, e
	}
	return h, k
}

func (w *word) roleOr() string {
	if w == nil {
		return ""
	}
	return w.role
}

// clock builds a TIME on the day of a weekday or day word right before or
// after it ("Friday at 10 a.m.", "10 a.m. yesterday"), else on the document date.
func (p *parser) clock(s, e, h, mi int) (match, bool) {
	tm := "T" + pad(h, 2) + ":" + pad(mi, 2)
	day := ""
	if p.role(e) == "tz" && p.at(e).upper {
		e++ // 5 p.m. EST
	}
	k := e
	if p.role(k) == "on" || p.isPunct(k, ',') {
		k++
	}
	if d, ok := p.explicitDate(k); ok {
		return match{s: s, e: d.e, typ: tTime, val: d.val + tm}, true
	}
	if w := p.at(k).w; !p.at(k).brk && (w.isDay || w.weekday != 0 && p.at(k).upper) {
		if d, ok := p.core(k, false, false); ok && d.typ == tDate && Grain(d.val) == claimtrail.GrainDay {
			day, e = d.val, d.e
			if w.weekday != 0 && d.e == k+1 && p.has {
				// "4 a.m. Thursday": the tense around the whole expression
				if t, ok := p.resolveWeekday(int(w.weekday), p.tense(s, k+1)); ok {
					day = fmtDay(t)
				}
			}
		}
	}
	if day == "" {
		if p.has {
			day = fmtDay(p.anchorDay(s))
		} else {
			day = "XXXX-XX-XX"
		}
	}
	return match{s: s, e: e, typ: tTime, val: day + tm}, true
}

// timePart turns a part-of-day code into a TIMEX3 time suffix.
func timePart(part string) string {
	return "T" + part
}

// dayPart reads a part of day at j: with the day after it ("noon
// Thursday", "morning of Monday"), or after an article on the last day
// named ("the morning"); a clock word ("noon") needs no article.
func (p *parser) dayPart(j int, det bool) (match, bool) {
	w := p.at(j).w
	k := j + 1
	// noon Thursday, midnight Friday, morning of Monday
	if p.role(k) == "on" || p.role(k) == "of" {
		k++
	}
	if nt := p.at(k); !nt.brk && (nt.w.isDay || nt.w.weekday != 0 && nt.upper) {
		if d, ok := p.core(k, false, false); ok && d.typ == tDate && (Grain(d.val) == claimtrail.GrainDay || strings.HasPrefix(d.val, "XXXX")) {
			return match{s: j, e: d.e, typ: tTime, val: d.val + timePart(w.part)}, true
		}
	}
	clock := strings.IndexByte(w.part, ':') > 0
	if !det && !clock {
		return match{}, false
	}
	d := "XXXX-XX-XX"
	if p.has {
		d = fmtDay(p.anchorDay(j))
	}
	return match{s: j, e: j + 1, typ: tTime, val: d + timePart(w.part)}, true
}
