package dating

import (
	"testing"

	"github.com/claimtrail/claimtrail"
)

func TestCalendar(t *testing.T) {
	sp := &claimtrail.Span{Start: 3, End: 10}
	tests := []struct {
		value, grain string
		want         string // said_on.value; "" for none
		wantGrain    string
		expr         bool // the expression kept in said_on_expr
	}{
		{"2022-10-07", claimtrail.GrainDay, "2022-10-07", claimtrail.GrainDay, false},
		{"2022-10", claimtrail.GrainMonth, "2022-10", claimtrail.GrainMonth, false},
		{"2022", claimtrail.GrainYear, "2022", claimtrail.GrainYear, false},
		{"2004-W52", claimtrail.GrainWeek, "2004-12-20", claimtrail.GrainWeek, false},
		{"2004-W53", claimtrail.GrainWeek, "2004-12-27", claimtrail.GrainWeek, false},
		{"XXXX-WXX-2", claimtrail.GrainDay, "", "", true},
		{"XXXX-XX-XX", claimtrail.GrainDay, "", "", true},
		{"XXXX-WXX", claimtrail.GrainWeek, "", "", true},
		{"XXXX-08", claimtrail.GrainMonth, "", "", true},
		{"2004-Q3", claimtrail.GrainDay, "", "", true},
		{"2004-SU", claimtrail.GrainDay, "", "", true},
		{"2004-W53-WE", claimtrail.GrainDay, "", "", true},
		{"2004-02-30", claimtrail.GrainDay, "", "", true},
	}
	for _, tt := range tests {
		st := &claimtrail.Statement{}
		on := calendar(&claimtrail.TimeRef{Value: tt.value, Grain: tt.grain, Text: "on Tuesday", Span: sp, Basis: claimtrail.BasisExplicit}, st)
		got, grain := "", ""
		if on != nil {
			got, grain = on.Value, on.Grain
		}
		if got != tt.want || grain != tt.wantGrain || (st.SaidOnExpr != nil) != tt.expr {
			t.Errorf("%s: said_on %q %q, said_on_expr %+v; want %q %q, expr %v", tt.value, got, grain, st.SaidOnExpr, tt.want, tt.wantGrain, tt.expr)
			continue
		}
		if tt.expr && (st.SaidOnExpr.Timex != tt.value || st.SaidOnExpr.Text != "on Tuesday" || st.SaidOnExpr.Span != sp) {
			t.Errorf("%s: said_on_expr %+v", tt.value, st.SaidOnExpr)
		}
	}
}
