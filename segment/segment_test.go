package segment_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimtrail/claimtrail/segment"
	"github.com/claimtrail/claimtrail/token"
)

func mustNew(tb testing.TB) (*segment.Segmenter, *token.Tokenizer) {
	tb.Helper()
	s, err := segment.New("en")
	if err != nil {
		tb.Fatal(err)
	}
	return s, token.New(s.Abbrev())
}

// Each want entry is "Kind:text"; "¶" marks a paragraph break.
var splitTests = []struct {
	name string
	in   string
	want []string
}{
	{"empty", "", nil},
	{"blank", " \n\n ", nil},
	{"two sentences", "The mayor resigned. Her deputy took over.",
		[]string{"Body:The mayor resigned.", "Body:Her deputy took over."}},
	{"question and exclamation", "Who paid? Nobody knows! The audit starts Monday.",
		[]string{"Body:Who paid?", "Body:Nobody knows!", "Body:The audit starts Monday."}},
	{"title abbreviations", "Gen. Mara Voss met Sen. Ilya Brandt and Mr. Okafor on Tuesday.",
		[]string{"Body:Gen. Mara Voss met Sen. Ilya Brandt and Mr. Okafor on Tuesday."}},
	{"title before starter", "He thanked Dr. The new clinic opened.",
		[]string{"Body:He thanked Dr. The new clinic opened."}},
	{"month abbreviation", "The vote is set for Aug. 19, officials said.",
		[]string{"Body:The vote is set for Aug. 19, officials said."}},
	{"initialism mid sentence", "The U.S. Army denied it.",
		[]string{"Body:The U.S. Army denied it."}},
	{"initialism ends sentence", "The envoy flew back to the U.S. The talks had failed.",
		[]string{"Body:The envoy flew back to the U.S.", "Body:The talks had failed."}},
	{"initialism before pronoun", "She studied in the U.K. He did not.",
		[]string{"Body:She studied in the U.K.", "Body:He did not."}},
	{"initials in a name", "Former governor John Q. Harlan spoke.",
		[]string{"Body:Former governor John Q. Harlan spoke."}},
	{"company abbreviation", "Shares of Veltro Inc. fell 4 percent.",
		[]string{"Body:Shares of Veltro Inc. fell 4 percent."}},
	{"number after period", "Prices rose. 2025 was worse.",
		[]string{"Body:Prices rose.", "Body:2025 was worse."}},
	{"curly quote closes sentence", "“We will rebuild the bridge.” He said it twice.",
		[]string{"Body:“We will rebuild the bridge.”", "Body:He said it twice."}},
	{"quote spans sentences", "“We lost. We will be back,” said Anya Petrov.",
		[]string{"Body:“We lost.", "Body:We will be back,” said Anya Petrov."}},
	{"question in quote, lower-case verb", "“Where is the money?” he asked. Nobody answered.",
		[]string{"Body:“Where is the money?” he asked.", "Body:Nobody answered."}},
	{"question then comma", `"Why now?", the senator asked.`,
		[]string{`Body:"Why now?", the senator asked.`}},
	{"straight quotes", `"It is over." The council voted 5-2.`,
		[]string{`Body:"It is over."`, "Body:The council voted 5-2."}},
	{"straight quote opens next", `She left. "No comment," her aide said.`,
		[]string{"Body:She left.", `Body:"No comment," her aide said.`}},
	{"guillemets", "« Nous resterons. » Le maire a parlé.",
		[]string{"Body:« Nous resterons. »", "Body:Le maire a parlé."}},
	{"elision", "“The plan <…> failed. It was late,” Ruiz said.",
		[]string{"Body:“The plan <…> failed.", "Body:It was late,” Ruiz said."}},
	{"bracketed ellipsis", "“We tried […] Nothing worked,” she said.",
		[]string{"Body:“We tried […] Nothing worked,” she said."}},
	{"ellipsis lower", "“We will... never stop,” he said.",
		[]string{"Body:“We will... never stop,” he said."}},
	{"ellipsis upper", "It went on and on… Then it stopped.",
		[]string{"Body:It went on and on…", "Body:Then it stopped."}},
	{"parenthesis", "(The ministry did not reply.) Talks resume Friday.",
		[]string{"Body:(The ministry did not reply.)", "Body:Talks resume Friday."}},
	{"headline", "Mayor Quits Amid Budget Row\n\nThe mayor of Eastport resigned on Monday.",
		[]string{"Headline:Mayor Quits Amid Budget Row", "¶", "Body:The mayor of Eastport resigned on Monday."}},
	{"punctuated first line is body", "The mayor resigned.\nHer deputy took over.",
		[]string{"Body:The mayor resigned.", "Body:Her deputy took over."}},
	{"line break is a sentence break", "Council meets\nat noon today.",
		[]string{"Headline:Council meets", "Body:at noon today."}},
	{"dateline reuters", "WASHINGTON, July 11 (Reuters) - The agency said it would appeal.",
		[]string{"Dateline:WASHINGTON, July 11 (Reuters) -", "Body:The agency said it would appeal."}},
	{"dateline ap", "LONDON (AP) — Rail workers walked out. Trains stopped.",
		[]string{"Dateline:LONDON (AP) —", "Body:Rail workers walked out.", "Body:Trains stopped."}},
	{"dateline place", "KYIV, Ukraine — Sirens sounded overnight.",
		[]string{"Dateline:KYIV, Ukraine —", "Body:Sirens sounded overnight."}},
	{"dateline cnn", "Washington (CNN)The senator denied the report.",
		[]string{"Dateline:Washington (CNN)", "Body:The senator denied the report."}},
	{"dateline multibyte", "SÃO PAULO (Reuters) - Café exports fell.",
		[]string{"Dateline:SÃO PAULO (Reuters) -", "Body:Café exports fell."}},
	{"not a dateline", "FBI Director Jana Holt — who denied it — spoke.",
		[]string{"Body:FBI Director Jana Holt — who denied it — spoke."}},
	{"kicker is not a dateline", "The panel met.\n\nIt was long.\n\nIt was loud.\n\nIt was late.\n\nIt was over.\n\nSHARP WORDS — The chair walked out.",
		[]string{"Body:The panel met.", "¶", "Body:It was long.", "¶", "Body:It was loud.", "¶", "Body:It was late.", "¶", "Body:It was over.", "¶", "Body:SHARP WORDS — The chair walked out."}},
	{"agency dateline later", "Briefs.\n\nOSLO (Reuters) - Snow fell.",
		[]string{"Body:Briefs.", "¶", "Dateline:OSLO (Reuters) -", "Body:Snow fell."}},
	{"not a dateline lower case", "Nobody (really) — she said — knew.",
		[]string{"Body:Nobody (really) — she said — knew."}},
	{"byline", "Ports Reopen\nBy Jane Doe and John Roe, Reuters\nDock workers returned.",
		[]string{"Headline:Ports Reopen", "Byline:By Jane Doe and John Roe, Reuters", "Body:Dock workers returned."}},
	{"byline first", "By Lena de la Cruz\n\nThe storm passed.",
		[]string{"Byline:By Lena de la Cruz", "¶", "Body:The storm passed."}},
	{"not a byline", "The river rose.\nBy Tuesday, the town was flooded.",
		[]string{"Body:The river rose.", "Body:By Tuesday, the town was flooded."}},
	{"boilerplate", "The vote passed.\n\nAdvertisement\n\nThe mayor said it was fair.\n\nRead the rest here.\n\nReporting by Jane Doe; Editing by John Roe\n(Additional reporting by Ana Ruiz)\nCopyright 2026 The Daily Planet. All rights reserved.\nFollow Jane Doe on Twitter\nSign up for our newsletter",
		[]string{"Body:The vote passed.", "¶", "Boilerplate:Advertisement", "¶", "Body:The mayor said it was fair.", "¶",
			"Boilerplate:Read the rest here.", "¶", "Boilerplate:Reporting by Jane Doe; Editing by John Roe",
			"Boilerplate:(Additional reporting by Ana Ruiz)", "Boilerplate:Copyright 2026 The Daily Planet. All rights reserved.",
			"Boilerplate:Follow Jane Doe on Twitter", "Boilerplate:Sign up for our newsletter"}},
	{"follow is not always boilerplate", "Follow the money, the auditor said.",
		[]string{"Body:Follow the money, the auditor said."}},
	{"multibyte", "Zoë Müller, 42, sagte nichts. Der Bürgermeister schwieg.",
		[]string{"Body:Zoë Müller, 42, sagte nichts.", "Body:Der Bürgermeister schwieg."}},
	{"curly apostrophes", "Iran’s envoy didn’t reply. The countries’ leaders met.",
		[]string{"Body:Iran’s envoy didn’t reply.", "Body:The countries’ leaders met."}},
	{"paragraphs", "First one.\n\nSecond one. Still second.\n\n\nThird.",
		[]string{"Body:First one.", "¶", "Body:Second one.", "Body:Still second.", "¶", "Body:Third."}},
	{"crlf", "One here.\r\n\r\nTwo here.",
		[]string{"Body:One here.", "¶", "Body:Two here."}},
	{"no terminal at end", "The talks continue",
		[]string{"Headline:The talks continue"}},
	{"long unpunctuated first line is text, not a headline",
		"The port reopened. Ships came in. The mayor spoke at length about the harbour, the new cranes, the old warehouses, the workers and the schedule that would follow for the rest of the",
		[]string{"Body:The port reopened.", "Body:Ships came in.", "Body:The mayor spoke at length about the harbour, the new cranes, the old warehouses, the workers and the schedule that would follow for the rest of the"}},
	{"double terminal", "Really?! Yes.",
		[]string{"Body:Really?!", "Body:Yes."}},
	{"url with periods", "See www.example.org. It has the text.",
		[]string{"Body:See www.example.org.", "Body:It has the text."}},
	{"abbreviation that is a word", "Asked if he would run, he said no. Voters were relieved. See No. 4.",
		[]string{"Body:Asked if he would run, he said no.", "Body:Voters were relieved.", "Body:See No. 4."}},
	{"glued period", "Donors gave $64.8million in May.",
		[]string{"Body:Donors gave $64.8million in May."}},
	{"ellipsis after sentence end", "“He had no proof. ... He never did,” she said.",
		[]string{"Body:“He had no proof.", "Body:... He never did,” she said."}},
	{"single quote after period", "He called it ‘a farce.’ Then he left.",
		[]string{"Body:He called it ‘a farce.’", "Body:Then he left."}},
}

func render(s []segment.Sentence, text string) []string {
	var out []string
	for i, x := range s {
		if i > 0 && x.Para != s[i-1].Para {
			out = append(out, "¶")
		}
		out = append(out, x.Kind.String()+":"+x.Text(text))
	}
	return out
}

func TestSplit(t *testing.T) {
	seg, tz := mustNew(t)
	for _, tt := range splitTests {
		t.Run(tt.name, func(t *testing.T) {
			toks := tz.Tokenize(nil, tt.in)
			got := seg.Split(nil, tt.in, toks)
			checkSentences(t, tt.in, toks, got)
			g := render(got, tt.in)
			if strings.Join(g, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("Split(%q)\n got %q\nwant %q", tt.in, g, tt.want)
			}
		})
	}
}

// checkSentences asserts the invariants every split must keep: spans in
// bounds, on rune boundaries, ordered, non-overlapping, covering every
// token once, with consistent token ranges.
func checkSentences(t *testing.T, text string, toks []token.Token, ss []segment.Sentence) {
	t.Helper()
	next, para := 0, 0
	for i, s := range ss {
		if !s.Valid(len(text)) || s.Empty() {
			t.Fatalf("sentence %d span %v invalid in %d bytes", i, s.Span, len(text))
		}
		if utf8.ValidString(text) && !s.OnRuneBoundaries(text) {
			t.Fatalf("sentence %d span %v not on rune boundaries", i, s.Span)
		}
		if s.First != next || s.Last <= s.First || s.Last > len(toks) {
			t.Fatalf("sentence %d tokens [%d,%d) after %d of %d", i, s.First, s.Last, next, len(toks))
		}
		if s.Start != toks[s.First].Start || s.End != toks[s.Last-1].End {
			t.Fatalf("sentence %d span %v does not match tokens", i, s.Span)
		}
		if i > 0 && s.Start < ss[i-1].End {
			t.Fatalf("sentence %d overlaps the previous one", i)
		}
		if s.Para < para || s.Para > i+1 {
			t.Fatalf("sentence %d para %d after %d", i, s.Para, para)
		}
		if s.Kind.String() == "Kind?" {
			t.Fatalf("sentence %d has bad kind %d", i, s.Kind)
		}
		next, para = s.Last, s.Para
	}
	if next != len(toks) {
		t.Fatalf("sentences cover %d of %d tokens", next, len(toks))
	}
}

func TestNewUnknownLanguage(t *testing.T) {
	if _, err := segment.New("xx"); err == nil {
		t.Fatal("New(xx) succeeded")
	}
}

func TestSplitReusesDst(t *testing.T) {
	seg, tz := mustNew(t)
	text := "One. Two. Three."
	toks := tz.Tokenize(nil, text)
	dst := make([]segment.Sentence, 0, 8)
	got := seg.Split(dst, text, toks)
	if len(got) != 3 || &got[0] != &dst[:1][0] {
		t.Fatalf("Split did not append into dst: %d sentences", len(got))
	}
}

func FuzzSegment(f *testing.F) {
	for _, tt := range splitTests {
		f.Add(tt.in)
	}
	f.Add("a\xffb. C")
	f.Add("(Reuters)\n\n\"\n.")
	seg, tz := mustNew(f)
	f.Fuzz(func(t *testing.T, s string) {
		toks := tz.Tokenize(nil, s)
		checkSentences(t, s, toks, seg.Split(nil, s, toks))
	})
}

// benchText is a few KB of invented wire copy with the traps the splitter
// handles: datelines, titles, initialisms, quotes, boilerplate.
var benchText = strings.Repeat(`Harbor Strike Enters Second Week
By Jane Doe and John Roe, Reuters

EASTPORT, March 3 (Reuters) - Dock workers in Eastport extended their strike on Tuesday, Gen. Mara Voss said, as talks with the U.S. Maritime Board stalled. “We are not going back until the contract is signed. Not one day sooner,” union leader Tomás Ibáñez told reporters outside the hall.

The board’s chair, Dr. Helen Strand, said the offer was fair. “What more do they want?” she asked. Officials in the U.S. The port handles 40 percent of the region’s grain.

Advertisement

“We have been patient... We will stay patient,” said Ana Ruiz, a crane operator. The strike has cost the city about $12.5 million, according to Sen. Ilya Brandt’s office.

Reporting by Jane Doe; Editing by John Roe
`, 6)

func BenchmarkSplit(b *testing.B) {
	seg, tz := mustNew(b)
	toks := tz.Tokenize(nil, benchText)
	var dst []segment.Sentence
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		dst = seg.Split(dst[:0], benchText, toks)
	}
}

// BenchmarkTokenizeSplit includes tokenizing, the cost a caller pays.
func BenchmarkTokenizeSplit(b *testing.B) {
	seg, tz := mustNew(b)
	var toks []token.Token
	var dst []segment.Sentence
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		toks = tz.Tokenize(toks[:0], benchText)
		dst = seg.Split(dst[:0], benchText, toks)
	}
}

// TestWirePrefix checks the wire datelines the segmenter leaves inside
// the first sentence (its sentences are the tagger's features) and a
// reader of spans cuts from a speaker or content instead.
func TestWirePrefix(t *testing.T) {
	s, tz := mustNew(t)
	tests := []struct {
		text string
		want string
	}{
		{"(Reuters) - Lumen Bank said it would merge.", "(Reuters) -"},
		{"(CNN) -- The mayor denied the report.", "(CNN) --"},
		{"Oct 6 (Reuters) - Lumen Bank said it would merge.", "Oct 6 (Reuters) -"},
		{"(Updated) - The mayor resigned.", ""},             // no agency
		{"(Reuters) Lumen Bank said it would merge.", ""},   // no dash
		{"May 6 - The mayor resigned.", ""},                 // no agency
		{"Lumen Bank (Reuters) - said it would merge.", ""}, // not at the start
	}
	for _, tt := range tests {
		toks := tz.Tokenize(nil, tt.text)
		n := s.WirePrefix(tt.text, toks)
		got := ""
		if n > 0 {
			got = tt.text[:toks[n-1].End]
		}
		if got != tt.want {
			t.Errorf("%q: wire prefix %q, want %q", tt.text, got, tt.want)
		}
	}
}
