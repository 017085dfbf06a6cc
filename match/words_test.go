package match

import (
	"reflect"
	"testing"
)

// TestScanWords checks the adapter over package token: the lower-case
// form, the byte spans and the sentence starts match needs.
func TestScanWords(t *testing.T) {
	tests := []struct {
		text  string
		lows  []string
		start []bool
	}{
		{"Iran's drones don't fly.", []string{"iran", "drones", "don't", "fly"}, []bool{true, false, false, false}},
		{"The U.S. said no. Then AT&T paid 100,000 euros", []string{"the", "u.s.", "said", "no", "then", "at&t", "paid", "100,000", "euros"},
			[]bool{true, false, false, false, true, false, false, false, false}},
		{"Plan A. Shahed-136 drones: “they’re here”", []string{"plan", "a", "shahed-136", "drones", "they're", "here"},
			[]bool{true, false, true, false, true, false}},
		{"first line\nsecond", []string{"first", "line", "second"}, []bool{true, false, true}},
	}
	for _, tt := range tests {
		ws := scanWords(tt.text)
		var lows []string
		var starts []bool
		for _, w := range ws {
			lows = append(lows, w.low)
			starts = append(starts, w.sentStart)
			if span := tt.text[w.start:w.end]; len(span) < len(w.low)-2 {
				t.Errorf("%q: span %q too short for %q", tt.text, span, w.low)
			}
		}
		if !reflect.DeepEqual(lows, tt.lows) || !reflect.DeepEqual(starts, tt.start) {
			t.Errorf("%q:\n got %q %v\nwant %q %v", tt.text, lows, starts, tt.lows, tt.start)
		}
	}
}

// TestScanWordsCapitals checks the capitalisation flags.
func TestScanWordsCapitals(t *testing.T) {
	ws := scanWords("NATO and Iran's iran iPod eBay's e-mail")
	want := []struct{ upper, allUpper bool }{{true, true}, {false, false}, {true, false}, {false, false}, {true, false}, {true, false}, {false, false}}
	for i, w := range ws {
		if w.upper != want[i].upper || w.allUpper != want[i].allUpper {
			t.Errorf("word %d %q: upper %v allUpper %v, want %v", i, w.low, w.upper, w.allUpper, want[i])
		}
	}
	if ws[2].end != len("NATO and Iran's") {
		t.Errorf("possessive span ends at %d, want the end of \"Iran's\"", ws[2].end)
	}
}

// FuzzScanWords checks that words are non-empty, in order and inside the
// text, whatever the text.
func FuzzScanWords(f *testing.F) {
	for _, s := range []string{"Iran's drones don't fly.", "U.S. A. 9/11 'ere ’s n't", "x-'s.-"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		prev := 0
		for _, w := range scanWords(text) {
			if w.start < prev || w.end <= w.start || w.end > len(text) {
				t.Fatalf("%q: word %+v out of order or bounds (previous end %d)", text, w, prev)
			}
			prev = w.end
		}
	})
}

// TestFunctionWordAsWritten: a function word is looked up as written, not
// by its stem: "quite" (stem "quit") names no resignation.
func TestFunctionWordAsWritten(t *testing.T) {
	m, err := New("en")
	if err != nil {
		t.Fatal(err)
	}
	c := m.Claim("Smith will step down")
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Smith was quite shocked by the playground", false},
		{"Smith said he would quit", true},
	} {
		sc := m.ScoreText(c, tc.text)
		got := false
		for _, x := range sc.Matched {
			got = got || x == "step down"
		}
		if got != tc.want {
			t.Errorf("%q: matched %v, want the resignation %v", tc.text, sc.Matched, tc.want)
		}
	}
}
