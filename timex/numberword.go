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
	n, k = p.tensUnit(n, k) // twenty four, twenty-four
	// spelled years: nineteen ninety-six
	if n >= 11 && n <= 20 && !vague && k == j+1 {
		if u := p.at(k).w.num; u >= 10 && u < 100 && p.at(k).word() && !p.at(k).brk {
			yy, e := p.tensUnit(int(u), k+1)
			if yy >= 10 {
				return match{s: j, e: e, typ: tDate, val: pad(n*100+yy, 4), explicit: true}, true
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

// tensUnit adds to a round ten n (twenty … ninety) the unit word at k,
// "twenty four" or "twenty-four", and returns the sum and the token after
// it; n and k as they are when n is no round ten or no unit follows.
func (p *parser) tensUnit(n, k int) (int, int) {
	if n < 20 || n >= 100 || n%10 != 0 {
		return n, k
	}
	u := k
	if p.isPunct(u, '-') && p.adj(u) {
		u++
	}
	if d := p.at(u).w.num; d >= 1 && d <= 9 && p.at(u).word() {
		return n + int(d), u + 1
	}
	return n, k
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
