package token_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimtrail/claimtrail/token"
)

func abbrev(w string) bool {
	switch w {
	case "gen", "sen", "aug", "mr", "dr", "u.s":
		return true
	}
	return false
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string // tokens joined by |
	}{
		{"simple", "The minister said so.", "The|minister|said|so|."},
		{"clitics", "Iran's envoy didn't say they're sure.", "Iran|'s|envoy|did|n't|say|they|'re|sure|."},
		{"curly clitic", "Iran’s envoy can’t", "Iran|’s|envoy|ca|n’t"},
		{"name apostrophe", "O'Brien said", "O'Brien|said"},
		{"initialism", "the U.S. said", "the|U.S.|said"},
		{"initialism end", "went to the U.S.", "went|to|the|U.S."},
		{"title abbrev", "Gen. Smith and Sen. Jones", "Gen.|Smith|and|Sen.|Jones"},
		{"month abbrev", "on Aug. 19, 2022", "on|Aug.|19|,|2022"},
		{"not abbrev", "He left. Then", "He|left|.|Then"},
		{"numbers", "$1,000.50 and 2.5% on 9/11 at 10:30", "$|1,000.50|and|2.5|%|on|9/11|at|10:30"},
		{"iso date", "on 2022-10-08.", "on|2022-10-08|."},
		{"hyphen words", "Iranian-made drones, 136-km range", "Iranian-made|drones|,|136-km|range"},
		{"straight quotes", `"We never sent," he said.`, `"|We|never|sent|,|"|he|said|.`},
		{"curly quotes", "“We never sent,” he said.", "“|We|never|sent|,|”|he|said|."},
		{"guillemets", "« non » dit-il", "«|non|»|dit-il"},
		{"single quotes", "the ‘fake’ report", "the|‘|fake|’|report"},
		{"elision", "for use <…> against", "for|use|<…>|against"},
		{"ellipsis", "and so... on", "and|so|...|on"},
		{"dashes", "war -- and peace — now", "war|--|and|peace|—|now"},
		{"url", "see https://example.com/a?b=1.", "see|https://example.com/a?b=1|."},
		{"handle", "tweeted @IRIMFA_SPOX today", "tweeted|@IRIMFA_SPOX|today"},
		{"email", "write to desk@example.org.", "write|to|desk@example.org|."},
		{"nineties", "in the '90s", "in|the|'90s"},
		{"ordinal", "the 3rd time in 1990s", "the|3rd|time|in|1990s"},
		{"multibyte", "Zürich’s café said “ja”", "Zürich|’s|café|said|“|ja|”"},
		{"invalid utf8", "a\xffb", "a|b"},
		{"empty", "", ""},
		{"spaces", " \n\t ", ""},
		{"colon cue", "He said: “no”", "He|said|:|“|no|”"},
		{"glued decimal", "a $64.8million fund", "a|$|64.8million|fund"},
		{"double single quote", "finding: ''27 firms''", "finding|:|''|27|firms|''"},
		{"backquotes", "``Yes,'' he said", "``|Yes|,|''|he|said"},
	}
	tz := token.New(abbrev)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := tz.Tokenize(nil, tt.in)
			var parts []string
			for _, tk := range toks {
				parts = append(parts, tk.Text(tt.in))
			}
			if got := strings.Join(parts, "|"); got != tt.want {
				t.Errorf("Tokenize(%q)\n got %s\nwant %s", tt.in, got, tt.want)
			}
		})
	}
}

func TestTokenizeLines(t *testing.T) {
	in := "Headline here\n\nFirst para.\nSame para."
	toks := token.New(nil).Tokenize(nil, in)
	var lines []int
	for _, tk := range toks {
		lines = append(lines, int(tk.Lines))
	}
	want := []int{0, 0, 2, 0, 0, 1, 0, 0}
	if len(lines) != len(want) {
		t.Fatalf("got %d tokens, want %d", len(lines), len(want))
	}
	for i := range want {
		if lines[i] != want[i] {
			t.Errorf("token %d Lines = %d, want %d", i, lines[i], want[i])
		}
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"The U.S. said “no.”", "a\xffb", "don't", "<…>", "'90s", "http://x.y/", "@a.b", "1,0.0"} {
		f.Add(s)
	}
	tz := token.New(abbrev)
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, tk := range tz.Tokenize(nil, s) {
			if tk.Start < prev || tk.End <= tk.Start || tk.End > len(s) {
				t.Fatalf("bad token span %v after %d in %q", tk.Span, prev, s)
			}
			if !tk.OnRuneBoundaries(s) && utf8.ValidString(s) {
				t.Fatalf("span %v not on rune boundaries in %q", tk.Span, s)
			}
			prev = tk.End
		}
	})
}

func BenchmarkTokenize(b *testing.B) {
	text := strings.Repeat("“The harbour board never approved the sale of the northern pier,” the U.K. envoy's aide said on Aug. 19. ", 200)
	tz := token.New(abbrev)
	var buf []token.Token
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		buf = tz.Tokenize(buf[:0], text)
	}
}

func TestHasPrefixLower(t *testing.T) {
	for _, c := range []struct {
		s, lower string
		want     bool
	}{
		{"HTTPS://x", "https://", true},
		{"www.Example", "www.", true},
		{"Www", "www.", false},
		{"Said", "said", true},
		{"said", "Said", false}, // the pattern side is not folded
		{"", "", true},
		{"Ünder", "ünder", false}, // ASCII only
	} {
		if got := token.HasPrefixLower(c.s, c.lower); got != c.want {
			t.Errorf("HasPrefixLower(%q, %q) = %v, want %v", c.s, c.lower, got, c.want)
		}
	}
}
