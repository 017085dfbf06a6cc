package quote_test

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/quote"
	"github.com/claimtrail/claimtrail/token"
)

var tz = token.New(func(w string) bool {
	switch w {
	case "u.s", "mr", "gen", "sen", "dr":
		return true
	}
	return false
})

// Each want entry renders one quote as "depth[flags]:open|inner|close";
// flags: s single, c continued, u unterminated. diags are the messages in
// order; each diagnostic's span must cover the mark its message names.
var scanTests = []struct {
	name  string
	in    string
	want  []string
	diags []string
}{
	{"none", "The council met on Tuesday.", nil, nil},
	{"empty", "", nil, nil},
	{"curly", "“We will rebuild,” Mayor Ana Ruiz said.",
		[]string{"0:“|We will rebuild,|”"}, nil},
	{"two curly", "“Yes,” she said. “No.”",
		[]string{"0:“|Yes,|”", "0:“|No.|”"}, nil},
	{"straight", `"We will rebuild," Ruiz said. "Soon."`,
		[]string{`0:"|We will rebuild,|"`, `0:"|Soon.|"`}, nil},
	{"straight glued to punctuation", `He called it "a farce". Then "nothing".`,
		[]string{`0:"|a farce|"`, `0:"|nothing|"`}, nil},
	{"straight after dash and bracket", `the plan—"bold"—and ("brave")`,
		[]string{`0:"|bold|"`, `0:"|brave|"`}, nil},
	{"guillemets", "« Nous resterons », a dit le maire.",
		[]string{"0:«| Nous resterons |»"}, nil},
	{"german", "Er sagte: „Wir bleiben hier.“ Dann ging er.",
		[]string{"0:„|Wir bleiben hier.|“"}, nil},
	{"right quote for both", "He wrote ”never again” on the wall.",
		[]string{"0:”|never again|”"}, nil},
	{"nested single in double", "“They called it ‘a hoax’ at first,” said Zoë Brandt.",
		[]string{"0:“|They called it ‘a hoax’ at first,|”", "1s:‘|a hoax|’"}, nil},
	{"nested straight single", `"They called it 'a hoax'," Brandt said.`,
		[]string{`0:"|They called it 'a hoax',|"`, `1s:'|a hoax|'`}, nil},
	{"nested straight double", `"He called it "fake" news," she said.`,
		[]string{`0:"|He called it "fake" news,|"`, `1:"|fake|"`}, nil},
	{"apostrophes", "Iran’s envoy said the countries’ leaders can’t agree.", nil, nil},
	{"straight apostrophes", "The players' union said Iran's envoy won't come.", nil, nil},
	{"scare quote", "the so-called ‘peace plan’ failed",
		[]string{"0s:‘|peace plan|’"}, nil},
	{"possessive inside single", "‘The protesters’ demands are fair,’ he said.",
		[]string{"0s:‘|The protesters’ demands are fair,|’"}, nil},
	{"closing single before double", "“She said ‘enough.’” Then silence.",
		[]string{"0:“|She said ‘enough.’|”", "1s:‘|enough.|’"}, nil},
	{"multi-paragraph", "“We will fight on.\n\n“We will win,” Gen. Mara Voss said.",
		[]string{"0u:“|We will fight on.|", "0c:“|We will win,|”"}, nil},
	{"multi-paragraph straight", "\"First part.\n\n\"Second part.\n\n\"Last part,\" he said.",
		[]string{`0u:"|First part.|`, `0cu:"|Second part.|`, `0c:"|Last part,|"`}, nil},
	{"multi-paragraph one line each", "“We will fight on.\n“We will win,” she said.",
		[]string{"0u:“|We will fight on.|", "0c:“|We will win,|”"}, nil},
	{"unterminated at paragraph end", "“We will fight on, he said.\n\nThe vote is Friday.",
		[]string{"0u:“|We will fight on, he said.|"}, []string{"unterminated quotation “"}},
	{"unterminated at end", "He said “we will",
		[]string{"0u:“|we will|"}, []string{"unterminated quotation “"}},
	{"stray closing", "He left.” Then the vote.",
		nil, []string{"stray closing quotation ”"}},
	{"unterminated inner closed by outer", "“It was ‘odd, she said.”",
		[]string{"0:“|It was ‘odd, she said.|”", "1su:‘|odd, she said.|"}, []string{"unterminated quotation ‘"}},
	{"soft wrap keeps quote open", "Intro line.\n\n“We will fight\non the beaches,” he said.",
		[]string{"0:“|We will fight\non the beaches,|”"}, nil},
	{"typewriter doubles", "''It is over,'' Mr. Okafor said.",
		[]string{"0:''|It is over,|''"}, nil},
	{"multibyte", "« Ça suffit », dit Zoë. “Genug”, sagte Jürgen. “日本”",
		[]string{"0:«| Ça suffit |»", "0:“|Genug|”", "0:“|日本|”"}, nil},
	{"quote mark then possessive", "the “Trump”’s rule", []string{"0:“|Trump|”"}, nil},
	{"nineties", "since the ’90s and the '80s", nil, nil},
	{"reversed opener", "Getty.\n\n”Fear. I am afraid.”",
		[]string{"0:”|Fear. I am afraid.|”"}, nil},
	{"reversed opener before ellipsis", "Intro.\n\n” … what we learned,” he said.",
		[]string{"0:”| … what we learned,|”"}, nil},
	{"elision is no quote", "They pressure him ’cause he’s weak, ’til he folds.", nil, nil},
	{"paragraphs run into one", `"Rents rose. "Wages did not." The board met.`,
		[]string{`0u:"|Rents rose.|`, `0c:"|Wages did not.|"`}, nil},
	{"paragraphs run into one after a cue", `Costs are high, she added. "We need help. "Now. "Today." Then a vote.`,
		[]string{`0u:"|We need help.|`, `0cu:"|Now.|`, `0c:"|Today.|"`}, nil},
	{"curly paragraphs run into one", "“Rents rose. “Wages did not.” The board met.",
		[]string{"0u:“|Rents rose.|", "0c:“|Wages did not.|”"}, nil},
	{"nested double after a word stays nested", `"It is odd. He said "fake" twice," she said.`,
		[]string{`0:"|It is odd. He said "fake" twice,|"`, `1:"|fake|"`}, nil},
	{"inches", `He is 6'3" tall and "fit," the letter said.`,
		[]string{`0:"|fit,|"`}, nil},
}

func render(q quote.Quote, text string) string {
	f := fmt.Sprint(q.Depth)
	if q.Single {
		f += "s"
	}
	if q.Continued {
		f += "c"
	}
	if !q.Terminated {
		f += "u"
	}
	return f + ":" + q.Open.Text(text) + "|" + q.Inner.Text(text) + "|" + q.Close.Text(text)
}

func TestScan(t *testing.T) {
	for _, tt := range scanTests {
		t.Run(tt.name, func(t *testing.T) {
			toks := tz.Tokenize(nil, tt.in)
			qs, diags := quote.Scan(nil, tt.in, toks)
			checkQuotes(t, tt.in, toks, qs, diags)
			var got []string
			for _, q := range qs {
				got = append(got, render(q, tt.in))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("Scan(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
			var gd []string
			for _, d := range diags {
				gd = append(gd, d.Msg)
				if mark := d.Span.Text(tt.in); !strings.HasSuffix(d.Msg, " "+mark) {
					t.Errorf("diagnostic %q at %v covers %q, not its mark", d.Msg, d.Span, mark)
				}
			}
			if strings.Join(gd, "\n") != strings.Join(tt.diags, "\n") {
				t.Errorf("Scan(%q) diagnostics\n got %q\nwant %q", tt.in, gd, tt.diags)
			}
		})
	}
}

// checkQuotes asserts the invariants of a scan: spans in bounds and on
// rune boundaries, marks around Inner, quotes ordered and nested, and
// Innermost consistent with the spans.
func checkQuotes(t *testing.T, text string, toks []token.Token, qs []quote.Quote, diags []claimtrail.Diagnostic) {
	t.Helper()
	valid := utf8.ValidString(text)
	for i, q := range qs {
		for _, sp := range []claimtrail.Span{q.Open, q.Inner, q.Close} {
			if !sp.Valid(len(text)) || valid && !sp.OnRuneBoundaries(text) {
				t.Fatalf("quote %d span %v invalid in %q", i, sp, text)
			}
		}
		if q.Open.Empty() || q.Open.End != q.Inner.Start || q.Inner.End != q.Close.Start {
			t.Fatalf("quote %d marks %v %v %v not around inner", i, q.Open, q.Inner, q.Close)
		}
		if q.Terminated == q.Close.Empty() {
			t.Fatalf("quote %d Terminated=%v with close %v", i, q.Terminated, q.Close)
		}
		if i > 0 && qs[i-1].Open.Start >= q.Open.Start {
			t.Fatalf("quote %d not in order", i)
		}
		// the enclosing quote is the last earlier one whose Inner contains q
		parent := -1
		for k := i - 1; k >= 0; k-- {
			if qs[k].Inner.Contains(q.Extent()) {
				parent = k
				break
			}
			if qs[k].Extent().Overlaps(q.Extent()) {
				t.Fatalf("quotes %d %v and %d %v overlap without nesting", k, qs[k].Extent(), i, q.Extent())
			}
		}
		if want := 0; parent >= 0 && q.Depth <= qs[parent].Depth || parent < 0 && q.Depth != want {
			t.Fatalf("quote %d depth %d, parent %d", i, q.Depth, parent)
		}
	}
	for _, d := range diags {
		if !d.Span.Valid(len(text)) || d.Msg == "" {
			t.Fatalf("bad diagnostic %v %q", d.Span, d.Msg)
		}
	}
	in := quote.Innermost(nil, qs, toks)
	if len(in) != len(toks) {
		t.Fatalf("Innermost: %d for %d tokens", len(in), len(toks))
	}
	for k, qi := range in {
		// reference: the deepest quote whose Inner contains the token
		want, depth := int32(-1), -1
		for i, q := range qs {
			if q.Inner.Contains(toks[k].Span) && q.Depth > depth {
				want, depth = int32(i), q.Depth
			}
		}
		if qi != want {
			t.Fatalf("Innermost token %d %q = %d, want %d", k, toks[k].Text(text), qi, want)
		}
	}
}

func TestInnermost(t *testing.T) {
	text := "He said “it was ‘odd’ indeed” and left."
	toks := tz.Tokenize(nil, text)
	qs, _ := quote.Scan(nil, text, toks)
	in := quote.Innermost(nil, qs, toks)
	var got []string
	for k, tk := range toks {
		got = append(got, fmt.Sprintf("%s=%d", tk.Text(text), in[k]))
	}
	want := "He=-1 said=-1 “=-1 it=0 was=0 ‘=0 odd=1 ’=0 indeed=0 ”=-1 and=-1 left=-1 .=-1"
	if strings.Join(got, " ") != want {
		t.Errorf("Innermost\n got %s\nwant %s", strings.Join(got, " "), want)
	}
}

func FuzzQuote(f *testing.F) {
	for _, tt := range scanTests {
		f.Add(tt.in)
	}
	f.Add("\"'\"'“‘”’«»„“\n\n\"")
	f.Fuzz(func(t *testing.T, s string) {
		toks := tz.Tokenize(nil, s)
		qs, diags := quote.Scan(nil, s, toks)
		checkQuotes(t, s, toks, qs, diags)
	})
}

var benchText = strings.Repeat(`EASTPORT, March 3 (Reuters) - “We are not going back until the contract is signed,” union leader Tomás Ibáñez told reporters. The board called the strike ‘unlawful’ and said the workers’ demands were “simply not affordable.”

“We have been patient for months. We will stay patient.

“But we will not be ignored,” said Ana Ruiz, a crane operator whose brother’s shift was cut. "It's about respect," another worker said, calling the offer "an insult". « Nous sommes solidaires », said a visiting French delegate.

The mayor's office declined to comment. The strike has cost the city about $12.5 million, according to Sen. Ilya Brandt’s office, which called it “a ‘slow-motion’ disaster.”
`, 8)

func BenchmarkScan(b *testing.B) {
	toks := tz.Tokenize(nil, benchText)
	var qs []quote.Quote
	var in []int32
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		qs, _ = quote.Scan(qs[:0], benchText, toks)
		in = quote.Innermost(in[:0], qs, toks)
	}
}
