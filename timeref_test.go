package claimtrail_test

import (
	"testing"

	"github.com/claimtrail/claimtrail"
)

func TestTimeRef_Range(t *testing.T) {
	week := &claimtrail.TimeRef{Value: "2004-12-20", Grain: claimtrail.GrainWeek}
	first, last, ok := week.Range()
	if !ok || first.Format("2006-01-02") != "2004-12-20" || last.Format("2006-01-02") != "2004-12-26" {
		t.Errorf("week range %v %v %v", first, last, ok)
	}
	day := &claimtrail.TimeRef{Value: "2004-12-20", Grain: claimtrail.GrainDay}
	if first, last, ok := day.Range(); !ok || !first.Equal(last) {
		t.Errorf("day range %v %v %v", first, last, ok)
	}
}

func TestCalendarValue(t *testing.T) {
	for v, want := range map[string]bool{
		"2022": true, "2022-10": true, "2022-10-07": true, "2022-W40": false, "XXXX-10-07": false,
		"2022-13": false, "2022-02-30": false, "0000": false, "2022-Q3": false, "PRESENT_REF": false, "": false,
	} {
		if got := claimtrail.CalendarValue(v); got != want {
			t.Errorf("CalendarValue(%q) = %v, want %v", v, got, want)
		}
	}
}
