package web

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// The timeline is laid out here and drawn by a template as inline SVG:
// time runs left to right; marks of lane -1 (assertions, affirmations) sit
// above the axis, lane 0 (neutral) on it, lane +1 (denials) below it, each
// lane stacking marks that would touch. Statements without a date sit in
// an "undated" column at the right end.

// Timeline geometry, in SVG user units (the viewBox; CSS scales it).
const (
	tlWidth = 680
	// tlCharWidth is the mean advance of a call-out label's characters.
	tlCharWidth = 7.2
	tlMargin    = 24
	tlLaneW     = 18  // the lane labels, written upwards at the left edge
	tlUndatedW  = 70  // the undated column, when there is one
	tlTopPad    = 44  // two rows of call-out labels
	tlBottomPad = 40  // a call-out row and the tick labels
	tlStep      = 16  // vertical distance between stacked marks
	tlMinDX     = 15  // marks closer than this in one lane stack
	tlMaxLevels = 14  // deeper stacks overlap at the last level
	tlMinLevels = 3   // rows kept free above and below the axis, so sparse charts read as charts
	tlGap       = 14  // from the neutral band to the first mark row
	tlMarkR     = 6.5 // half the size of a mark
)

// tlItem is one statement to place.
type tlItem struct {
	Date  time.Time // zero: undated
	Lane  int       // -1 above the axis, 0 on it, +1 below
	Class string    // the stance or polarity: "asserts", "denies", "neutral", "affirm", "deny"
	Extra string    // more classes ("contradicts", "earliest")
	Href  string
	Title string
	// what the detail panel shows
	I                                    int
	Doc                                  string
	N                                    int
	Speaker, When, Quote, Source, Stance string
	Article                              string
}

// Ring reports whether the mark is circled: the earliest assertion or
// denial, or a statement made before an origin story's date.
func (it tlItem) Ring() bool {
	for _, c := range strings.Fields(it.Extra) {
		if c == "earliest" || c == "contradicts" {
			return true
		}
	}
	return false
}

// tlMark is a placed item.
type tlMark struct {
	tlItem
	X, Y  float64
	Shape string // SVG path
}

// tlEvent is a date called out on the timeline: the earliest assertion
// (Row 0, a line down to its mark), an origin story (Row 1, a line
// through the whole chart), the earliest denial (Row 2, at the bottom).
type tlEvent struct {
	Date  time.Time
	Row   int
	Label string
	Class string
	Mark  int // the index of the mark it points at, -1 for none
}

type tlLine struct {
	X, Y1, Y2, LX, LY float64
	Anchor, Label     string
	Class             string
}

type tlTick struct {
	X     float64
	Label string
}

// timeline is what the template draws.
type timeline struct {
	Width, Height int
	AxisY         float64
	X0, X1        float64 // the dated part of the axis
	Ticks         []tlTick
	Marks         []tlMark
	Lines         []tlLine
	HasUndated    bool
	UndatedX      float64
	Top, Bottom   float64 // the plot's vertical extent, for grid lines
	TickY         string
	Summary       string // what it shows, for screen readers
	// Lanes labels the sides of the axis ("asserts" above, "denies" below).
	Lanes []tlLane
	// lo and hi are the dates at X0 and X1.
	lo, hi time.Time
}

type tlLane struct {
	X, Y  float64
	Label string
	Class string
}

// label names the lanes above and below the axis.
func (t *timeline) label(above, aboveClass, below, belowClass string) {
	x := float64(tlMargin + tlLaneW/2)
	t.Lanes = []tlLane{
		{X: x, Y: round1((t.Top + t.AxisY) / 2), Label: above, Class: aboveClass},
		{X: x, Y: round1((t.AxisY + t.Bottom) / 2), Label: below, Class: belowClass},
	}
}

// layoutTimeline places items and events.
func layoutTimeline(items []tlItem, events []tlEvent) *timeline {
	t := &timeline{Width: tlWidth}
	t.lo, t.hi, t.HasUndated = dateSpan(items, events)
	t.X0, t.X1 = tlMargin+tlLaneW, tlWidth-tlMargin
	if t.HasUndated {
		t.X1 -= tlUndatedW
		t.UndatedX = tlWidth - tlMargin - tlUndatedW/2
	}
	xs := make([]float64, len(items))
	for i, it := range items {
		xs[i] = t.UndatedX
		if !it.Date.IsZero() {
			xs[i] = t.xOf(it.Date)
		}
	}
	t.place(items, xs)
	for _, tk := range ticks(t.lo, t.hi) {
		t.Ticks = append(t.Ticks, tlTick{X: t.xOf(tk.at), Label: tk.label})
	}
	t.TickY = strconv.FormatFloat(t.Bottom+tlBottomPad-8, 'f', 1, 64)
	for _, e := range events {
		if !e.Date.IsZero() {
			t.Lines = append(t.Lines, t.callout(e))
		}
	}
	return t
}

// dateSpan returns the dates the axis covers: those of the items and
// events, padded to at least a week plus 4% each side; and whether an item
// is undated.
func dateSpan(items []tlItem, events []tlEvent) (lo, hi time.Time, undated bool) {
	widen := func(d time.Time) {
		if lo.IsZero() || d.Before(lo) {
			lo = d
		}
		if hi.IsZero() || d.After(hi) {
			hi = d
		}
	}
	for _, it := range items {
		if it.Date.IsZero() {
			undated = true
			continue
		}
		widen(it.Date)
	}
	for _, e := range events {
		if !e.Date.IsZero() {
			widen(e.Date)
		}
	}
	if lo.IsZero() { // nothing dated
		lo = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
		hi = lo
	}
	span := hi.Sub(lo)
	if span < 7*24*time.Hour {
		pad := (7*24*time.Hour - span) / 2
		lo, hi = lo.Add(-pad), hi.Add(pad)
		span = hi.Sub(lo)
	}
	return lo.Add(-span / 25), hi.Add(span / 25), undated
}

// xOf is the position of a date on the dated part of the axis.
func (t *timeline) xOf(d time.Time) float64 {
	f := float64(d.Sub(t.lo)) / float64(t.hi.Sub(t.lo))
	return round1(t.X0 + f*(t.X1-t.X0))
}

// stack gives each item at x[i] the lowest level of its lane where no mark
// of that level is closer than tlMinDX, and returns the levels and each
// lane's deepest level; a lane with no item has none in maxLevel.
func stack(items []tlItem, xs []float64) (levels []int, maxLevel map[int]int) {
	type placed struct {
		x     float64
		level int
	}
	lanes := map[int][]placed{}
	levels = make([]int, len(items))
	maxLevel = map[int]int{}
	for i, it := range items {
		lvl := 0
		for ; lvl < tlMaxLevels-1; lvl++ {
			free := true
			for _, p := range lanes[it.Lane] {
				if p.level == lvl && math.Abs(p.x-xs[i]) < tlMinDX {
					free = false
					break
				}
			}
			if free {
				break
			}
		}
		lanes[it.Lane] = append(lanes[it.Lane], placed{xs[i], lvl})
		levels[i] = lvl
		maxLevel[it.Lane] = max(maxLevel[it.Lane], lvl)
	}
	return levels, maxLevel
}

// place stacks the items in their lanes, sizes the chart to the stacks
// and makes the marks.
func (t *timeline) place(items []tlItem, xs []float64) {
	levels, maxLevel := stack(items, xs)
	// the neutral band: level k at offsets 0, -1, +1, -2, +2, …
	neutralOff := func(k int) int {
		if k%2 == 1 {
			return -(k + 1) / 2
		}
		return k / 2
	}
	band := 0.0
	if _, ok := maxLevel[0]; ok {
		band = float64((maxLevel[0]+1)/2) * tlStep
	}
	above := float64(max(maxLevel[-1]+1, tlMinLevels))*tlStep + tlGap
	below := float64(max(maxLevel[1]+1, tlMinLevels))*tlStep + tlGap
	t.Top = tlTopPad
	t.AxisY = round1(t.Top + above + band)
	t.Bottom = round1(t.AxisY + band + below)
	t.Height = int(t.Bottom + tlBottomPad)
	for i, it := range items {
		var y float64
		switch {
		case it.Lane < 0:
			y = t.AxisY - band - tlGap - float64(levels[i])*tlStep
		case it.Lane > 0:
			y = t.AxisY + band + tlGap + float64(levels[i])*tlStep
		default:
			y = t.AxisY + float64(neutralOff(levels[i]))*tlStep
		}
		t.Marks = append(t.Marks, tlMark{tlItem: it, X: xs[i], Y: round1(y), Shape: shape(it.Class, xs[i], y)})
	}
}

// callout draws a dated event: a line at its date (or its mark) with a
// label kept inside the picture.
func (t *timeline) callout(e tlEvent) tlLine {
	x := t.xOf(e.Date)
	l := tlLine{X: x, Class: e.Class, Label: e.Label, Anchor: "start", LX: x + 5}
	if x > tlWidth*0.55 {
		l.Anchor, l.LX = "end", x-5
	}
	// A long label flips side, or is pinned to an edge when it fits on
	// neither.
	w := float64(utf8.RuneCountInString(e.Label)) * tlCharWidth
	switch {
	case l.Anchor == "end" && l.LX-w < 0 && x+5+w <= tlWidth:
		l.Anchor, l.LX = "start", x+5
	case l.Anchor == "end" && l.LX-w < 0:
		l.Anchor, l.LX = "start", 2
	case l.Anchor == "start" && l.LX+w > tlWidth && x-5-w >= 0:
		l.Anchor, l.LX = "end", x-5
	case l.Anchor == "start" && l.LX+w > tlWidth:
		l.Anchor, l.LX = "end", tlWidth-2
	}
	switch e.Row {
	case 0:
		l.LY, l.Y1 = 14, 18
		l.Y2 = t.AxisY
		if e.Mark >= 0 && e.Mark < len(t.Marks) {
			l.X, l.Y2 = t.Marks[e.Mark].X, t.Marks[e.Mark].Y-tlMarkR-2
			l.LX += l.X - x
		}
	case 1:
		l.LY, l.Y1, l.Y2 = 32, 36, t.Bottom
	default:
		l.LY, l.Y2 = t.Bottom+14, t.Bottom+4
		l.Y1 = t.AxisY
		if e.Mark >= 0 && e.Mark < len(t.Marks) {
			l.X, l.Y1 = t.Marks[e.Mark].X, t.Marks[e.Mark].Y+tlMarkR+2
			l.LX += l.X - x
		}
	}
	return l
}

func round1(f float64) float64 { return math.Round(f*10) / 10 }

// shape returns the SVG path of a mark: a triangle pointing up for
// assertions, down for denials, a diamond for neutral statements, so the
// stance reads without colour.
func shape(class string, x, y float64) string {
	r := tlMarkR
	f := func(v float64) string { return strconv.FormatFloat(round1(v), 'f', -1, 64) }
	switch class {
	case "asserts", "affirm":
		return "M" + f(x) + " " + f(y-r) + "L" + f(x+r) + " " + f(y+r*0.8) + "L" + f(x-r) + " " + f(y+r*0.8) + "Z"
	case "denies", "deny":
		return "M" + f(x) + " " + f(y+r) + "L" + f(x+r) + " " + f(y-r*0.8) + "L" + f(x-r) + " " + f(y-r*0.8) + "Z"
	}
	return "M" + f(x) + " " + f(y-r) + "L" + f(x+r) + " " + f(y) + "L" + f(x) + " " + f(y+r) + "L" + f(x-r) + " " + f(y) + "Z"
}

type tick struct {
	at    time.Time
	label string
}

// ticks returns at most 8 round dates between lo and hi, labelled in ISO
// form at the grain of their step (2022-07-11, 2022-07, 2022).
func ticks(lo, hi time.Time) []tick {
	days := hi.Sub(lo).Hours() / 24
	type step struct {
		days, months, years int
	}
	steps := []step{{1, 0, 0}, {2, 0, 0}, {7, 0, 0}, {14, 0, 0}, {0, 1, 0}, {0, 2, 0}, {0, 3, 0}, {0, 6, 0},
		{0, 0, 1}, {0, 0, 2}, {0, 0, 5}, {0, 0, 10}, {0, 0, 25}, {0, 0, 50}, {0, 0, 100}}
	approx := func(s step) float64 { return float64(s.days) + float64(s.months)*30.44 + float64(s.years)*365.25 }
	st := steps[len(steps)-1]
	for _, s := range steps {
		if days/approx(s) <= 7 {
			st = s
			break
		}
	}
	lo = lo.UTC()
	var cur time.Time
	layout := "2006-01-02"
	switch {
	case st.days > 0:
		cur = time.Date(lo.Year(), lo.Month(), lo.Day(), 0, 0, 0, 0, time.UTC)
		if st.days == 7 || st.days == 14 { // weeks start on Monday
			cur = cur.AddDate(0, 0, -((int(cur.Weekday()) + 6) % 7))
		}
	case st.months > 0:
		m := (int(lo.Month()) - 1) / st.months * st.months
		cur = time.Date(lo.Year(), time.Month(m+1), 1, 0, 0, 0, 0, time.UTC)
		layout = "2006-01"
	default:
		cur = time.Date(lo.Year()/st.years*st.years, 1, 1, 0, 0, 0, 0, time.UTC)
		layout = "2006"
	}
	var out []tick
	for i := 0; !cur.After(hi) && i < 200; i++ {
		if !cur.Before(lo) {
			out = append(out, tick{cur, cur.Format(layout)})
		}
		cur = cur.AddDate(st.years, st.months, st.days)
	}
	return out
}

// describe sets the timeline's summary for screen readers.
func (t *timeline) describe(what string) {
	var b strings.Builder
	fmt.Fprintf(&b, "Timeline of %d %s", len(t.Marks), what)
	if len(t.Ticks) > 0 {
		fmt.Fprintf(&b, " from %s to %s", t.Ticks[0].Label, t.Ticks[len(t.Ticks)-1].Label)
	}
	b.WriteString(". The table below lists the same statements.")
	t.Summary = b.String()
}
