package timex

import (
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/lang"
	"github.com/claimtrail/claimtrail/token"
)

// Saturday 2022-10-08, the reference date of most cases.
var sat = time.Date(2022, 10, 8, 0, 0, 0, 0, time.UTC)

type want struct{ text, typ, value string }

var cases = []struct {
	name string
	text string
	ref  time.Time
	want []want
}{
	{"yesterday", "Ms. Okafor said yesterday that talks had stalled.", sat, []want{{"yesterday", "DATE", "2022-10-07"}}},
	{"today zero ref", "The mayor will speak today.", time.Time{}, []want{{"today", "DATE", "XXXX-XX-XX"}}},
	{"past weekday", "Jun Tanaka said on Monday that the plant would close.", sat, []want{{"Monday", "DATE", "2022-10-03"}}},
	{"future weekday", "The council will meet on Monday to vote.", sat, []want{{"Monday", "DATE", "2022-10-10"}}},
	{"weekday zero ref", "Officials met Friday.", time.Time{}, []want{{"Friday", "DATE", "XXXX-WXX-5"}}},
	{"this friday", "This Friday the panel reported its findings.", sat, []want{{"This Friday", "DATE", "2022-10-07"}}},
	{"last week on monday", "The minister resigned last week on Monday.", sat, []want{{"last week on Monday", "DATE", "2022-09-26"}}},
	{"ago on date", "Less than two weeks ago on September 27, the board voted.", sat, []want{{"Less than two weeks ago on September 27", "DATE", "2022-09-27"}}},
	{"month day", "The vote was held on September 27.", sat, []want{{"September 27", "DATE", "2022-09-27"}}},
	{"day month", "Rallies began on 29 August in the capital.", sat, []want{{"29 August", "DATE", "2022-08-29"}}},
	{"abbrev month", "Filings were due Aug. 19 at noon.", sat, []want{{"Aug. 19", "DATE", "2022-08-19"}, {"noon", "TIME", "2022-08-19T12:00"}}},
	{"weekday date", "Polls closed on Sunday, 24 April, after a long day.", sat, []want{{"Sunday, 24 April", "DATE", "2022-04-24"}}},
	{"full date", "The accord was signed July 12, 2022, in Geneva.", sat, []want{{"July 12, 2022", "DATE", "2022-07-12"}}},
	{"no year zero ref", "It opened on 24 April.", time.Time{}, []want{{"24 April", "DATE", "XXXX-04-24"}}},
	{"year", "The firm was founded in 1998.", sat, []want{{"1998", "DATE", "1998"}}},
	{"decade", "Prices soared in the 1990s.", sat, []want{{"the 1990s", "DATE", "199"}}},
	{"quarter iso", "Results for 1998-Q1 were flat.", sat, []want{{"1998-Q1", "DATE", "1998-Q1"}}},
	{"third quarter", "Profit rose in the third quarter.", sat, []want{{"the third quarter", "DATE", "2022-Q3"}}},
	{"back in july", "Back in July the deal looked safe.", sat, []want{{"July", "DATE", "2022-07"}}},
	{"this month", "Sales fell this month.", sat, []want{{"this month", "DATE", "2022-10"}}},
	{"earlier this year", "She moved to Lyon earlier this year.", sat, []want{{"earlier this year", "DATE", "2022"}}},
	{"two days later", "The storm hit on Oct. 3. Two days later the river rose.", sat, []want{{"Oct. 3", "DATE", "2022-10-03"}, {"Two days later", "DATE", "2022-10-05"}}},
	{"recent weeks", "Tension grew in recent weeks.", sat, []want{{"recent weeks", "DATE", "PAST_REF"}}},
	{"late on monday", "He arrived late on Monday.", sat, []want{{"late on Monday", "DATE", "2022-10-03"}}},
	{"last year", "Exports grew last year.", sat, []want{{"last year", "DATE", "2021"}}},
	{"next month", "The law takes effect next month.", sat, []want{{"next month", "DATE", "2022-11"}}},
	{"years ago", "The bridge was built three years ago.", sat, []want{{"three years ago", "DATE", "2019"}}},
	{"durations", "The strike lasted two weeks; talks ran for 5 hours and the lease is for 3 years.", sat,
		[]want{{"two weeks", "DURATION", "P2W"}, {"5 hours", "DURATION", "PT5H"}, {"3 years", "DURATION", "P3Y"}}},
	{"sets", "The board meets every week and publishes weekly.", sat, []want{{"every week", "SET", "P1W"}, {"weekly", "SET", "P1W"}}},
	{"refs", "Prices are now falling; the firm has recently cut jobs.", sat, []want{{"now", "DATE", "PRESENT_REF"}, {"recently", "DATE", "PAST_REF"}}},
	{"currently", "The office is currently closed.", sat, []want{{"currently", "DATE", "PRESENT_REF"}}},
	{"the future", "Nobody can predict the future.", sat, []want{{"the future", "DATE", "FUTURE_REF"}}},
	{"clock", "The vote began at 10:30 a.m. and ended at 4 p.m.", sat, []want{{"10:30 a.m.", "TIME", "2022-10-08T10:30"}, {"4 p.m.", "TIME", "2022-10-08T16:00"}}},
	{"monday morning", "Lena Ivarsson spoke on Monday morning.", sat, []want{{"Monday morning", "TIME", "2022-10-03TMO"}}},
	{"curly quotes", "\u201cWe left on Tuesday,\u201d said Mirela\u2019s aide.", sat, []want{{"Tuesday", "DATE", "2022-10-04"}}},
	{"multibyte neighbours", "Der Bürgermeister — in Zürich — sprach am 3 October 2021 über Straßen.", sat, []want{{"3 October 2021", "DATE", "2021-10-03"}}},
	{"a programme named Today", "He told BBC Radio 4's Today programme on Friday. Today show hosts met.", sat, []want{{"Friday", "DATE", "2022-10-07"}}},
	{"a programme named Today alone", "Mr Ferrand told Today: \"We will not move.\" He left today.", sat, []want{{"today", "DATE", "2022-10-08"}}},
	{"a programme named This Morning", "Ms Okoro told ITV's This Morning she was well. She flew out this morning.", sat, []want{{"this morning", "TIME", "2022-10-08TMO"}}},
	{"a title-case headline keeps its day", "Council Votes Today On Bridge", sat, []want{{"Today", "DATE", "2022-10-08"}}},
	{"today after an opening quote", "\"Today we start,\" she said.", sat, []want{{"Today", "DATE", "2022-10-08"}}},
	{"today at a sentence start", "Today the minister spoke.", sat, []want{{"Today", "DATE", "2022-10-08"}}},
	{"may the verb", "Officials may resign. Theresa May spoke.", sat, nil},
	{"age not duration", "A 52-year-old farmer and his 6-year-old son were unhurt.", sat, nil},
	{"rate not duration", "It earns $2 million a year.", sat, nil},
	{"holiday", "Shops closed on Christmas Day.", sat, []want{{"Christmas Day", "DATE", "2021-12-25"}}},
	{"season", "Work resumes this summer.", sat, []want{{"this summer", "DATE", "2022-SU"}}},
	{"tonight", "The ferry sails tonight.", sat, []want{{"tonight", "TIME", "2022-10-08TNI"}}},
	{"month year", "Inflation peaked in August 1988.", sat, []want{{"August 1988", "DATE", "1988-08"}}},
	{"the past two months", "Costs doubled over the past two months.", sat, []want{{"the past two months", "DURATION", "P2M"}}},
	{"year end", "The sale should close by year-end.", sat, []want{{"year-end", "DATE", "2022"}}},
	{"fraction digits", "The crossing took 5 1/2 hours.", sat, []want{{"5 1/2 hours", "DURATION", "PT5H30M"}}},
	{"fraction words", "Ines Varga spent two and a half years abroad.", sat, []want{{"two and a half years", "DURATION", "P2Y6M"}}},
	{"unit and a half", "The alarm rang for a minute and a half.", sat, []want{{"a minute and a half", "DURATION", "PT1M30S"}}},
	{"that year", "The mill opened in 1996 and closed later that year.", sat, []want{{"1996", "DATE", "1996"}, {"later that year", "DATE", "1996"}}},
	{"the same day", "The dam failed on March 3. Crews arrived the same day.", sat, []want{{"March 3", "DATE", "2022-03-03"}, {"the same day", "DATE", "2022-03-03"}}},
	{"that year without antecedent", "He said that year after year nothing changed.", sat, nil},
	{"year two thousand", "The plan ran to the year two thousand.", sat, []want{{"the year two thousand", "DATE", "2000"}}},
	{"decade name", "Rents rose through the nineties.", sat, []want{{"the nineties", "DATE", "199"}}},
	{"money a year ago", "Profit fell to $3 million from $5 million a year ago.", sat, []want{{"a year ago", "DATE", "2021"}}},
	{"the past year", "Membership doubled over the past year.", sat, []want{{"the past year", "DATE", "2021"}}},
	{"last half of", "Sales slowed in the last half of 2019.", sat, []want{{"the last half of 2019", "DATE", "2019-H2"}}},
	{"more units", "The trial will run for two more weeks.", sat, []want{{"two more weeks", "DURATION", "P2W"}}},
	{"couple of", "Prices may settle over the next couple of years.", sat, []want{{"the next couple of years", "DURATION", "P2Y"}}},
	{"weeks ahead", "Talks resume in the weeks ahead.", sat, []want{{"the weeks ahead", "DURATION", "PXW"}}},
	{"fiscal shift", "Orders grew in the last fiscal year.", sat, []want{{"the last fiscal year", "DATE", "2021"}}},
	{"the full year", "The firm expects a loss for the full year.", sat, []want{{"the full year", "DATE", "2022"}}},
	{"quarter anaphora", "Profit rose in the third quarter. In the 2021 period it fell.", sat, []want{{"the third quarter", "DATE", "2022-Q3"}, {"the 2021 period", "DATE", "2021-Q3"}}},
	{"near term", "Margins will stay thin in the near term.", sat, []want{{"the near term", "DATE", "FUTURE_REF"}}},
	// words the timex-endings and timex-anchors tables give the grammar
	{"apostrophe decade", "Rents rose in the '90s.", sat, []want{{"90s", "DATE", "199"}}},
	{"year's end", "Sales should recover by year's end.", sat, []want{{"year's end", "DATE", "2022"}}},
	{"possessive quarter", "This year's third quarter was weak.", sat, []want{{"This year's third quarter", "DATE", "2022-Q3"}}},
	{"before at clause end", "The plant had closed two days before.", sat, []want{{"two days before", "DATE", "2022-10-06"}}},
	{"before mid-clause", "The plant closed two days before the vote.", sat, []want{{"two days", "DURATION", "P2D"}}},
	{"earlier in the year", "Sales rose earlier in the year.", sat, []want{{"earlier in the year", "DATE", "2022"}}},
}

func TestFind(t *testing.T) {
	r, err := New("en")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := r.Find(nil, c.text, c.ref)
			checkSpans(t, c.text, got)
			if len(got) != len(c.want) {
				t.Fatalf("got %d expressions %v, want %d %v", len(got), got, len(c.want), c.want)
			}
			for i, w := range c.want {
				g := got[i]
				if g.Text != w.text || g.Type != w.typ || g.Value != w.value {
					t.Errorf("#%d = %q %s %s, want %q %s %s", i, g.Text, g.Type, g.Value, w.text, w.typ, w.value)
				}
				if g.Doc != "" {
					t.Errorf("#%d Doc = %q, want empty", i, g.Doc)
				}
			}
		})
	}
}

// checkSpansValid is checkSpans without the rune-boundary test when text
// is not valid UTF-8.
func checkSpansValid(t testing.TB, text string, got []claimtrail.Timex) {
	t.Helper()
	if utf8.ValidString(text) {
		checkSpans(t, text, got)
		return
	}
	prev := 0
	for i, x := range got {
		if !x.Span.Valid(len(text)) || x.Span.Empty() || x.Span.Start < prev || x.Text != text[x.Span.Start:x.Span.End] {
			t.Fatalf("#%d bad span %v", i, x.Span)
		}
		prev = x.Span.End
	}
}

// checkSpans verifies the Find contract: in bounds, on rune boundaries,
// ordered and non-overlapping, Text matching the span.
func checkSpans(t testing.TB, text string, got []claimtrail.Timex) {
	t.Helper()
	prev := 0
	for i, x := range got {
		if !x.Span.Valid(len(text)) || x.Span.Empty() || !x.Span.OnRuneBoundaries(text) {
			t.Fatalf("#%d bad span %v in %d bytes", i, x.Span, len(text))
		}
		if x.Span.Start < prev {
			t.Fatalf("#%d span %v overlaps or precedes the previous one", i, x.Span)
		}
		if x.Text != text[x.Span.Start:x.Span.End] {
			t.Fatalf("#%d Text %q != span text", i, x.Text)
		}
		prev = x.Span.End
	}
}

func TestTenseDirection(t *testing.T) {
	r, _ := New("en")
	for _, c := range []struct{ text, want string }{
		{"Anna Berg said on Monday she was leaving.", "2022-10-03"},
		{"Anna Berg will meet on Monday with donors.", "2022-10-10"},
		{"Anna Berg is going to meet on Monday.", "2022-10-10"},
		{"Anna Berg met donors on Monday.", "2022-10-03"},
		{"Anna Berg meets donors Monday.", "2022-10-03"}, // news default: past
		{"Protesters were planning a march on Monday.", "2022-10-10"},
		{"The board would decide on Monday, Anna Berg said.", "2022-10-10"},
		{"\"We will sign on Monday,\" Anna Berg said.", "2022-10-10"},
	} {
		got := r.Find(nil, c.text, sat)
		if len(got) != 1 || got[0].Value != c.want {
			t.Errorf("%q: got %v, want %s", c.text, got, c.want)
		}
	}
}

func TestYearInference(t *testing.T) {
	r, _ := New("en")
	ref := time.Date(2022, 1, 10, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ text, want string }{
		{"The protest took place on December 20.", "2021-12-20"},
		{"The hearing will take place on February 3.", "2022-02-03"},
		{"The deadline is March 1.", "2022-03-01"},
		{"The fair opened on 20 November.", "2021-11-20"},
		{"Prices peaked in June.", "2021-06"},               // seven months back: past
		{"The plant closed on June 14.", "2021-06-14"},      // idem for a date
		{"The talks will resume in June.", "2022-06"},       // future tense
		{"The merger is due to close May 2.", "2022-05-02"}, // nearer ahead than back
	} {
		got := r.Find(nil, c.text, ref)
		if len(got) != 1 || got[0].Value != c.want {
			t.Errorf("%q: got %v, want %s", c.text, got, c.want)
		}
	}
}

func TestGrain(t *testing.T) {
	for v, want := range map[string]string{
		"2022-10-07": "day", "2022-07": "month", "2022": "year", "2022-W40": "week",
		"XXXX-04-24": "day", "P2W": "", "PRESENT_REF": "", "2022-Q3": "", "2022-10-03TMO": "", "": "",
	} {
		if got := Grain(v); got != want {
			t.Errorf("Grain(%q) = %q, want %q", v, got, want)
		}
	}
}

func TestNoTables(t *testing.T) {
	if _, err := New("xx"); err == nil {
		t.Error("New(xx) succeeded without tables")
	}
}

func FuzzFind(f *testing.F) {
	for _, c := range cases {
		f.Add(c.text, c.ref.Unix())
	}
	f.Add("10:30 a.m. EST, Nov. 6 1998-03-03 '90s 1/2/99 1998-W40 x\xff\xfe", int64(0))
	r, err := New("en")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string, sec int64) {
		var ref time.Time
		if sec > 0 && sec < 1<<40 {
			ref = time.Unix(sec, 0).UTC()
		}
		got := r.Find(nil, text, ref)
		checkSpansValid(t, text, got)
		for _, x := range got {
			if x.Value == "" || x.Type == "" || strings.ContainsRune(x.Value, ' ') {
				t.Fatalf("bad value %+v", x)
			}
		}
	})
}

// FuzzFindTokens checks that FindTokens reads the same expressions from
// the tokens of any tokenizer, from every other token, and from none (the
// whole text then is one gap) as Find does.
func FuzzFindTokens(f *testing.F) {
	for _, c := range cases {
		f.Add(c.text, c.ref.Unix())
	}
	f.Add("don't won't Iran's 3rd '90s 52-year-old 10:30 a.m. U.S. <. . .> March\u00a027\n\n\u2028 x\xff\xe2\x80a", int64(0))
	r, err := New("en")
	if err != nil {
		f.Fatal(err)
	}
	abbrev, err := lang.Load("en", "abbreviations")
	if err != nil {
		f.Fatal(err)
	}
	tzs := []*token.Tokenizer{token.New(nil), token.New(abbrev.Has)}
	f.Fuzz(func(t *testing.T, text string, sec int64) {
		var ref time.Time
		if sec > 0 && sec < 1<<40 {
			ref = time.Unix(sec, 0).UTC()
		}
		want := r.Find(nil, text, ref)
		var every [][]token.Token
		for _, tz := range tzs {
			toks := tz.Tokenize(nil, text)
			var odd []token.Token
			for i := 1; i < len(toks); i += 2 {
				odd = append(odd, toks[i])
			}
			every = append(every, toks, odd)
		}
		every = append(every, nil)
		for k, toks := range every {
			got := r.FindTokens(nil, text, toks, ref)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("token set %d: got %v, want %v", k, got, want)
			}
		}
	})
}

var benchText = strings.Repeat(`The regional council said on Monday that it would review the budget next month, after
spending rose 4% in the third quarter. Councillor Ada Moreno told reporters yesterday that
the review, first proposed on September 27, had been delayed for two weeks. "We will meet
again on Thursday," she said, adding that the plan could take three years. Earlier this
year the council approved a 10-year bond; interest is paid every month. Tariq Hassan, who
has chaired the finance committee since 2019, said the deficit had narrowed in recent weeks
and was now about half of what it was a year ago. The next session starts at 10:30 a.m.
Residents can comment online until Oct. 14, 2022, or in person at the town hall.
`, 4)

func BenchmarkFind(b *testing.B) {
	r, err := New("en")
	if err != nil {
		b.Fatal(err)
	}
	var dst []claimtrail.Timex
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		dst = r.Find(dst[:0], benchText, sat)
	}
}

// BenchmarkFindTokens is Find for a caller that has the tokens already,
// as extraction does.
func BenchmarkFindTokens(b *testing.B) {
	r, err := New("en")
	if err != nil {
		b.Fatal(err)
	}
	toks := token.New(nil).Tokenize(nil, benchText)
	var dst []claimtrail.Timex
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		dst = r.FindTokens(dst[:0], benchText, toks, sat)
	}
}
