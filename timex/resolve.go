package timex

import (
	"strconv"
	"time"
)

// Value formatting and calendar arithmetic. Dates are UTC midnights; the
// ISO week (Monday first) is TimeML's week.

func pad(n, width int) string {
	s := strconv.Itoa(n)
	if n < 0 {
		return s
	}
	for len(s) < width {
		s = "0" + s
	}
	return s
}

func fmtDay(t time.Time) string {
	b := make([]byte, 0, 10)
	b = appendPad(b, t.Year(), 4)
	b = append(b, '-')
	b = appendPad(b, int(t.Month()), 2)
	b = append(b, '-')
	b = appendPad(b, t.Day(), 2)
	return string(b)
}

func appendPad(b []byte, n, width int) []byte {
	var d [12]byte
	i := len(d)
	if n < 0 {
		n = 0
	}
	for n > 0 || i == len(d) {
		i--
		d[i] = byte('0' + n%10)
		n /= 10
	}
	for k := len(d) - i; k < width; k++ {
		b = append(b, '0')
	}
	return append(b, d[i:]...)
}

func fmtMonth(y, m int) string { return pad(y, 4) + "-" + pad(m, 2) }

func fmtWeek(t time.Time) string {
	y, w := t.ISOWeek()
	return pad(y, 4) + "-W" + pad(w, 2)
}

func date(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// isoWeekday returns 1 (Monday) to 7 (Sunday).
func isoWeekday(t time.Time) int {
	wd := int(t.Weekday())
	if wd == 0 {
		return 7
	}
	return wd
}

// shiftUnit returns the value of the calendar unit u that lies n units from
// base: n = -1 and u = "W" is "last week".
func shiftUnit(base time.Time, u string, n int) (string, bool) {
	y, m := base.Year(), int(base.Month())
	switch u {
	case "D":
		return fmtDay(base.AddDate(0, 0, n)), true
	case "W":
		return fmtWeek(base.AddDate(0, 0, 7*n)), true
	case "WE":
		return fmtWeek(base.AddDate(0, 0, 7*n)) + "-WE", true
	case "FN":
		return fmtWeek(base.AddDate(0, 0, 14*n)), true
	case "M":
		t := date(y, m+n, 1)
		return fmtMonth(t.Year(), int(t.Month())), true
	case "Y":
		return pad(y+n, 4), true
	case "Q":
		q := y*4 + (m-1)/3 + n
		return pad(q/4, 4) + "-Q" + strconv.Itoa(q%4+1), true
	case "HALF":
		h := y*2 + (m-1)/6 + n
		return pad(h/2, 4) + "-H" + strconv.Itoa(h%2+1), true
	case "DE":
		return pad(y/10+n, 3), true
	case "CE":
		return pad(y/100+n, 2), true
	}
	return "", false
}

// unknownUnit is the value of a unit whose position cannot be known
// without a document date.
func unknownUnit(u string) (string, bool) {
	switch u {
	case "D":
		return "XXXX-XX-XX", true
	case "W", "FN":
		return "XXXX-WXX", true
	case "WE":
		return "XXXX-WXX-WE", true
	case "M":
		return "XXXX-XX", true
	case "Y":
		return "XXXX", true
	case "Q":
		return "XXXX-QX", true
	case "HALF":
		return "XXXX-HX", true
	case "DE":
		return "XXX", true
	case "CE":
		return "XX", true
	}
	return "", false
}

// durValue writes a TIMEX3 duration: n units, or an unknown number (X)
// when vague.
func durValue(n int, u string, vague bool) (string, bool) {
	num := strconv.Itoa(n)
	if vague {
		num = "X"
	}
	switch u {
	case "D", "W", "M", "Y", "Q":
		return "P" + num + u, true
	case "WE":
		return "P" + num + "WE", true
	case "FN":
		if vague {
			return "PXW", true
		}
		return "P" + strconv.Itoa(2*n) + "W", true
	case "DE":
		if vague {
			return "PXDE", true
		}
		return "P" + strconv.Itoa(10*n) + "Y", true
	case "CE":
		if vague {
			return "PXCE", true
		}
		return "P" + strconv.Itoa(100*n) + "Y", true
	case "HALF":
		if vague {
			return "PXM", true
		}
		return "P" + strconv.Itoa(6*n) + "M", true
	case "H":
		return "PT" + num + "H", true
	case "MIN":
		return "PT" + num + "M", true
	case "S":
		return "PT" + num + "S", true
	}
	return "", false
}

// durHalf writes a duration of n and a half units in the next smaller
// unit: "2 1/2 years" is P2Y6M, "a minute and a half" PT1M30S.
func durHalf(n int, u string) (string, bool) {
	num := strconv.Itoa(n)
	switch u {
	case "Y":
		return "P" + num + "Y6M", true
	case "D":
		return "P" + num + "DT12H", true
	case "H":
		return "PT" + num + "H30M", true
	case "MIN":
		return "PT" + num + "M30S", true
	}
	return "", false
}

// easter returns Easter Sunday of year y (anonymous Gregorian algorithm).
func easter(y int) time.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return date(y, month, day)
}

// holidayDate applies a holiday rule of the holiday table to year y.
// Rules: "MM-DD", "MM-N-W" (Nth weekday W, 0 = Sunday; N = L for the
// last), "easter+D" / "easter-D".
func holidayDate(rule string, y int) (time.Time, bool) {
	if len(rule) > 6 && rule[:6] == "easter" {
		d, err := strconv.Atoi(rule[6:])
		if err != nil {
			return time.Time{}, false
		}
		return easter(y).AddDate(0, 0, d), true
	}
	if len(rule) == 5 && rule[2] == '-' {
		m, err1 := strconv.Atoi(rule[:2])
		d, err2 := strconv.Atoi(rule[3:])
		if err1 != nil || err2 != nil {
			return time.Time{}, false
		}
		return date(y, m, d), true
	}
	if len(rule) == 6 && rule[2] == '-' && rule[4] == '-' {
		m, err1 := strconv.Atoi(rule[:2])
		wd := int(rule[5] - '0')
		if err1 != nil || wd < 0 || wd > 6 {
			return time.Time{}, false
		}
		if rule[3] == 'L' {
			t := date(y, m+1, 0)
			for int(t.Weekday()) != wd {
				t = t.AddDate(0, 0, -1)
			}
			return t, true
		}
		n := int(rule[3] - '0')
		t := date(y, m, 1)
		for int(t.Weekday()) != wd {
			t = t.AddDate(0, 0, 1)
		}
		return t.AddDate(0, 0, 7*(n-1)), true
	}
	return time.Time{}, false
}
