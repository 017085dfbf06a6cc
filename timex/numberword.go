package timex

import (
	"strconv"
)

// numberWord reads a spelled number at j: a count of units ("two weeks",
// "a few days", "twenty-four hours"), or a spelled year ("nineteen
// ninety-six").
func (p *parser) numberWord(j int, det bool) (match, bool) {
	w := p.at(j).w
	n, vague := int(w.num), w.vague
	k := j + 1
	nx := p.at(k).w
	if n == 1 && (nx.vague || nx.num >= 2) && !p.at(k).brk {
		// "a few", "a couple of"
		if nx.vague {
			vague = true
		} else {
			n = int(nx.num)
		}
		k++
		if p.role(k) == "of" {
			k++
		}
	}
	// twenty four, twenty-four
	if n >= 20 && n < 100 && n%10 == 0 {
		k2 := k
		if p.isPunct(k2, '-') && p.adj(k2) {
			k2++
		}
		if u := p.at(k2).w.num; u >= 1 && u <= 9 && p.at(k2).word() {
			n += int(u)
			k = k2 + 1
		}
	}
	// spelled years: nineteen ninety-six
	if n >= 11 && n <= 20 && !vague && k == j+1 {
		k2 := k
		if u := p.at(k2).w.num; u >= 10 && u < 100 && p.at(k2).word() && !p.at(k2).brk {
			yy := int(u)
			k2++
			if yy >= 20 && yy%10 == 0 {
				k3 := k2
				if p.isPunct(k3, '-') && p.adj(k3) {
					k3++
				}
				if u2 := p.at(k3).w.num; u2 >= 1 && u2 <= 9 && p.at(k3).word() {
					yy += int(u2)
					k2 = k3 + 1
				}
			}
			if yy >= 10 {
				return match{s: j, e: k2, typ: tDate, val: pad(n*100+yy, 4), explicit: true}, true
			}
		}
	}
	// hundreds: "two hundred years"
	if m := p.at(k).w.num; (m == 100 || m == 1000) && p.at(k).word() {
		n *= int(m)
		k++
	}
	return p.quantity(j, k, n, vague)
}

// halfAt reads a half written after a number at token k, "1/2" or "and a
// half", and returns the token after it (k when there is none).
func (p *parser) halfAt(k int) int {
	if t := p.at(k); t.nd == 1 && t.num == 1 && p.isPunct(k+1, '/') && p.adj(k+1) && p.at(k+2).nd == 1 && p.at(k+2).num == 2 && p.adj(k+2) {
		return k + 3
	}
	if p.role(k) == "and" && p.at(k+1).w.num == 1 && p.at(k+1).word() && p.at(k+2).w.unit == "HALF" && !p.at(k+2).w.plural {
		return k + 3
	}
	return k
}

// ordinal reads "<ordinal> quarter", "first half", "19th century",
// "the first nine months".
func (p *parser) ordinal(j, n, k int) (match, bool) {
	if p.isPunct(k, '-') && p.adj(k) {
		k++
	}
	if p.role(k) == "fiscal" {
		k++
	}
	nt := p.at(k)
	switch nt.w.unit {
	case "Q", "HALF":
		if nt.w.plural {
			return match{}, false
		}
		code, max, per := "-Q", 4, 3
		if nt.w.unit == "HALF" {
			code, max, per = "-H", 2, 6
		}
		if n < 1 || n > max {
			return match{}, false
		}
		part := code + strconv.Itoa(n)
		e := k + 1
		if y, ye, ok := p.yearAfter(e); ok {
			return match{s: j, e: ye, typ: tDate, val: pad(y, 4) + part, explicit: true}, true
		}
		if !p.has {
			return match{s: j, e: e, typ: tDate, val: "XXXX" + part, partial: part}, true
		}
		// the quarter of this year unless it has not begun, then last year's
		y := p.ref.Year()
		cur := (int(p.ref.Month())-1)/per + 1
		if n > cur && p.tense(j, e) <= 0 {
			y--
		}
		return match{s: j, e: e, typ: tDate, val: pad(y, 4) + part, partial: part}, true
	case "CE":
		if nt.w.plural {
			return match{}, false
		}
		return match{s: j, e: k + 1, typ: tDate, val: pad(n-1, 2), explicit: true}, true
	}
	// "the first nine months"
	if n == 1 && (nt.nd > 0 || nt.w.num >= 2) {
		if m, ok := p.core(k, false, false); ok && m.typ == tDur {
			m.s = j
			return m, true
		}
	}
	return match{}, false
}
