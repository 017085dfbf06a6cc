package claimtrail

import (
	"strconv"
	"time"
)

// TIMEX3 types.
const (
	TimexDate     = "DATE"
	TimexTime     = "TIME"
	TimexDuration = "DURATION"
	TimexSet      = "SET"
)

// Grains of a statement date (contract field said_on.grain).
const (
	GrainDay   = "day"
	GrainMonth = "month"
	GrainYear  = "year"
	GrainWeek  = "week"
)

// Bases of a statement date (contract field said_on.basis).
const (
	BasisExplicit  = "explicit"  // a time expression tied to this statement
	BasisContext   = "context"   // inherited from an earlier statement of the same occasion
	BasisPublished = "published" // only the publication date bounds it
)

// Timex is a time expression found in text with its TimeML TIMEX3 type and
// value normalised against the document date ("2022-09-26", "2022-07",
// "2022-W40", "P2W", "PRESENT_REF", "XXXX-04-24").
type Timex struct {
	Doc   string `json:"doc,omitempty"`
	Text  string `json:"text"`
	Span  Span   `json:"span"`
	Type  string `json:"type"`
	Value string `json:"value"`
	Mod   string `json:"mod,omitempty"` // TIMEX3 mod: EARLY, LATE, APPROX, ...
}

// TimeRef dates a statement: when it was said.
type TimeRef struct {
	Value string `json:"value"`
	Grain string `json:"grain"`
	Text  string `json:"text"`
	Span  *Span  `json:"span"`
	Basis string `json:"basis"`
}

// TimeExpr is a time expression that dates a statement but cannot be
// placed on the calendar (contract field said_on_expr): its text, where it
// is (nil when inherited from an earlier statement) and its TIMEX3 value
// ("XXXX-WXX-2", "2004-Q3").
type TimeExpr struct {
	Text  string `json:"text"`
	Span  *Span  `json:"span"`
	Timex string `json:"timex"`
}

// CalendarValue reports whether v is a calendar value said_on.value may
// hold: YYYY, YYYY-MM or YYYY-MM-DD, all digits, naming a real day.
func CalendarValue(v string) bool {
	if len(v) != 4 && len(v) != 7 && len(v) != 10 {
		return false
	}
	for i := 0; i < len(v); i++ {
		if i == 4 || i == 7 {
			if v[i] != '-' {
				return false
			}
		} else if v[i] < '0' || v[i] > '9' {
			return false
		}
	}
	_, _, ok := DateRange(v)
	return ok && v[:4] != "0000"
}

// DateRange returns the first and last day a date value covers
// ("2022-10-07": that day; "2022-10": its month; "2022": its year;
// "2022-W40": its Monday to Sunday; "2022-Q3": its quarter; a time
// "2022-10-07T14:00": its day). ok is false when the value names no
// calendar period ("XXXX-04-24", "PRESENT_REF", "P2W").
func DateRange(v string) (first, last time.Time, ok bool) {
	if len(v) < 4 || v[0] == '+' || v[0] == '-' {
		return
	}
	year, err := strconv.Atoi(v[:4])
	if err != nil || year < 1 {
		return
	}
	rest := v[4:]
	switch {
	case rest == "":
		first = time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC)
		return first, first.AddDate(1, 0, -1), true
	case len(rest) >= 6 && rest[0] == '-' && rest[3] == '-':
		t, err := time.Parse("2006-01-02", v[:10])
		if err != nil || (len(rest) > 6 && rest[6] != 'T') {
			return
		}
		return t, t, true
	case len(rest) >= 3 && rest[0] == '-' && rest[1] == 'W':
		w, err := strconv.Atoi(rest[2:min(len(rest), 4)])
		if err != nil || w < 1 || w > 53 {
			return
		}
		// ISO week 1 holds January 4th; weeks start on Monday.
		jan4 := time.Date(year, 1, 4, 0, 0, 0, 0, time.UTC)
		monday := jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+7*(w-1))
		return monday, monday.AddDate(0, 0, 6), true
	case len(rest) >= 3 && rest[0] == '-' && rest[1] == 'Q':
		q, err := strconv.Atoi(rest[2:3])
		if err != nil || q < 1 || q > 4 {
			return
		}
		first = time.Date(year, time.Month(3*q-2), 1, 0, 0, 0, 0, time.UTC)
		return first, first.AddDate(0, 3, -1), true
	case len(rest) >= 3 && rest[0] == '-':
		m, err := strconv.Atoi(rest[1:3])
		if err != nil || m < 1 || m > 12 || (len(rest) > 3 && rest[3] != 'T') {
			return
		}
		first = time.Date(year, time.Month(m), 1, 0, 0, 0, 0, time.UTC)
		return first, first.AddDate(0, 1, -1), true
	}
	return
}

// Range returns the first and last day t covers: DateRange of its value,
// except that a week (grain week, its value its Monday: dating turns
// "2004-W52" into "2004-12-20") covers Monday to Sunday.
func (t *TimeRef) Range() (first, last time.Time, ok bool) {
	first, last, ok = DateRange(t.Value)
	if ok && t.Grain == GrainWeek && first.Equal(last) {
		last = first.AddDate(0, 0, 6)
	}
	return first, last, ok
}
