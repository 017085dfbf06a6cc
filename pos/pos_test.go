package pos

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/claimtrail/claimtrail/token"
)

// newsText is invented news copy for tests and benchmarks.
const newsText = `The minister said on Friday that Iran will not send drones to Russia, rejecting claims made by Western officials earlier this week.
"We have never sent weapons for use in the war in Ukraine," Foreign Ministry spokesman Nasser Kanaani told reporters in Tehran. He added that the accusations were "baseless" and politically motivated.
The U.S. State Department disputed the account. A spokesperson, Maria Delgado-Finch, said Washington had "credible evidence" that dozens of Iranian-made drones had been delivered since August, and that at least 136 of them were used against power stations near Kyiv.
According to a report published by the Center for Strategic Studies, the drones cost about $20,000 each. Analysts at the institute estimated that Moscow had ordered as many as 2,400 units, though they cautioned that the figures could not be independently verified.
Senator Harold Brennick, a Republican from Ohio, called for new sanctions. "This is not a misunderstanding," he said in a statement on Thursday. "It is a deliberate policy, and it should have consequences."
Meanwhile, European Union diplomats were meeting in Brussels to discuss the matter. Officials said they expected a decision by the end of the month, but added that no agreement had been reached so far.
The company, which is based in Geneva, declined to comment. Its chief executive, Lorna Vasquez, told shareholders last year that the firm would not sell equipment to countries under embargo.
Prices rose 3.5% in October, the statistics office said, while unemployment fell to 4.1 percent. Economists had expected a smaller increase.
In a televised address on Sunday evening, Prime Minister Adela Korvath defended the government's handling of the floods, which have displaced more than 40,000 people in the northern provinces. "Nobody could have predicted rainfall on this scale," she said, adding that emergency funds would be released within days.
Opposition leaders were not persuaded. Tomas Reinholt, who heads the Liberal Alliance, accused ministers of ignoring warnings from engineers as early as 2019. "They were told the dams were failing. They chose to do nothing," he told a rally in Marenburg on Saturday.
The Interior Ministry said 17 people had died and 112 were injured. Rescue teams from Austria, Poland and the Czech Republic have joined local crews, and the European Commission has promised €25 million in aid.
Residents of the worst-hit towns described scenes of chaos. "The water came up so fast that we had to climb onto the roof," said Ilse Brandauer, 68, whose house in the village of Oberfeld was destroyed. Her neighbours were rescued by helicopter the next morning.
Meteorologists warned that more storms were likely this week. The national weather service issued its highest alert for three regions and urged people living near rivers to prepare to leave their homes.
Shares in insurers fell sharply on Monday. Analysts at Hallstrom Capital estimated that claims could exceed $1.2 billion, making it the costliest disaster in the country's history.
The president, who is visiting Japan, cut short his trip and was expected to return to the capital on Tuesday. A spokesman said he would travel to the affected areas as soon as conditions allowed.
`

func mustTok(text string) []token.Token { return Tokenizer().Tokenize(nil, text) }

func tagged(t *Tagger, text string) map[string]string {
	toks := mustTok(text)
	tags := t.Tag(nil, text, toks)
	m := map[string]string{}
	for i, tk := range toks {
		m[tk.Text(text)] = t.TagName(tags[i])
	}
	return m
}

func TestDefaultPOS(t *testing.T) {
	tg := Default()
	cases := []struct {
		text string
		want map[string]string
	}{
		{"The minister said on Friday that Iran will not send drones.",
			map[string]string{"The": "DT", "minister": "NN", "said": "VBD", "on": "IN", "Friday": "NNP", "that": "IN", "Iran": "NNP", "will": "MD", "not": "RB", "send": "VB", "drones": "NNS", ".": "."}},
		{"She doesn't think the talks are going well, officials told reporters.",
			map[string]string{"She": "PRP", "does": "VBZ", "n't": "RB", "think": "VB", "talks": "NNS", "are": "VBP", "going": "VBG", "well": "RB", ",": ",", "officials": "NNS", "told": "VBD"}},
		{"Analysts estimated that 2,400 units had been ordered by the Kremlin’s biggest suppliers.",
			map[string]string{"Analysts": "NNS", "estimated": "VBD", "2,400": "CD", "had": "VBD", "been": "VBN", "ordered": "VBN", "by": "IN", "’s": "POS", "biggest": "JJS"}},
	}
	for _, c := range cases {
		got := tagged(tg, c.text)
		for w, want := range c.want {
			if got[w] != want {
				t.Errorf("%q: %s/%s, want %s", c.text, w, got[w], want)
			}
		}
	}
}

func entities(t *Tagger, text string) []string {
	toks := mustTok(text)
	tags := t.Tag(nil, text, toks)
	var out []string
	for _, e := range t.Entities(nil, toks, tags) {
		out = append(out, e.Type+":"+text[e.Start:e.End])
	}
	return out
}

func TestDefaultNER(t *testing.T) {
	tg := DefaultNER()
	cases := []struct {
		text string
		want []string
	}{
		{"Foreign Ministry spokesman Nasser Kanaani told reporters in Tehran on Monday.",
			[]string{"PERSON:Nasser Kanaani", "LOCATION:Tehran"}},
		{"Senator Harold Brennick, a Republican from Ohio, called for new sanctions.",
			[]string{"PERSON:Harold Brennick", "LOCATION:Ohio"}},
		{"Officials at the World Health Organization said Lorna Vasquez would visit Brazil.",
			[]string{"ORGANIZATION:World Health Organization", "PERSON:Lorna Vasquez", "LOCATION:Brazil"}},
	}
	for _, c := range cases {
		got := entities(tg, c.text)
		set := map[string]bool{}
		for _, g := range got {
			set[g] = true
		}
		for _, w := range c.want {
			if !set[w] {
				t.Errorf("%q: missing %s; got %q", c.text, w, got)
			}
		}
	}
	if got := entities(tg, "the weather was cold and the talks went on."); len(got) != 0 {
		t.Errorf("entities in a sentence with none: %q", got)
	}
}

// TestTagMatchesTraining checks that the fast run-time scorer computes
// exactly the features training used: it rescores every position from
// staticFeatures and the weights (of a portable Model, or those the
// shipped taggers' tables hold) and compares.
func TestTagMatchesTraining(t *testing.T) {
	texts := []string{newsText, "", "Hi", "A.\nB", "Yes! No? \"Maybe.\" Then (he said.) so\n\nNew para", scrambled(1, 3000),
		strings.ToLower(scrambled(2, 300)) + " Obama said in new york that the Bank of america and Ed would go to Paris"}
	for name, tg := range map[string]*Tagger{POSModelFile: Default(), NERModelFile: DefaultNER()} {
		checkReference(t, name, tg, tableRef(tg), texts)
	}
	sents := synthetic(5)
	m, err := Train(sents, TrainOptions{Target: TargetNER, Iterations: 3, MinCount: 1, Bigrams: true, TagWord: true, FormMin: 3})
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Forms) == 0 {
		t.Error("no forms")
	}
	var stexts []string
	for _, s := range sents[:20] {
		stexts = append(stexts, s.Text)
	}
	stexts = append(stexts, "Maria Lenz said. Karl Obst denied the report.")
	checkReference(t, "synthetic bigrams", m.Tagger(), modelRef(m), stexts)
	// and the same model written as a tagger file and loaded in place
	var buf bytes.Buffer
	if _, err := m.Tagger().WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	loaded, err := Load(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	checkReference(t, "synthetic bigrams, loaded", loaded, modelRef(m), stexts)
}

// reference is what the reference scorer reads: the history weight of
// tag c after history h ((prev*(n+1)+prev2)), and the weights of segment
// seg of atom a.
type reference struct {
	bigrams, narrow, tagWord bool
	dense                    func(h, c int) int32
	seg                      func(a uint64, seg int) []TagWeight
}

// modelRef reads a portable model's weights.
func modelRef(m *Model) reference {
	rows := map[uint64]*AtomRow{}
	for i := range m.Atoms {
		rows[m.Atoms[i].Hash] = &m.Atoms[i]
	}
	n := len(m.Tags)
	return reference{bigrams: m.Bigrams, narrow: m.Narrow, tagWord: m.TagWord,
		dense: func(h, c int) int32 { return m.Dense[h*n+c] },
		seg: func(a uint64, seg int) []TagWeight {
			if r := rows[a]; r != nil {
				return r.Segs[seg]
			}
			return nil
		}}
}

// tableRef reads the weights a tagger's tables hold, segment by segment,
// for the shipped taggers, whose portable models are not kept.
func tableRef(t *Tagger) reference {
	nd := perWord * t.lanes
	return reference{bigrams: t.bigrams, narrow: t.narrow, tagWord: t.tagWord,
		dense: func(h, c int) int32 {
			if t.hkey == nil {
				return t.dense[h*nd+c]
			}
			return t.hkey[(h*nd+c)/perWord][c%perWord] >> 8
		},
		seg: func(a uint64, seg int) []TagWeight {
			row := t.lookup(a)
			if row == noRow {
				return nil
			}
			p := int(row) + int(t.data[row]>>(segBits*seg))&(1<<segBits-1)
			var out []TagWeight
			if h := t.data[p]; h&denseFlag == 0 {
				for _, e := range t.data[p+1 : p+1+int(h)] {
					out = append(out, TagWeight{Tag: uint8(e >> 16), W: int16(e)})
				}
				return out
			}
			// a packed word is the sum of w<<(16*lane): a negative lane
			// borrows from the next, so lanes are read from the lowest
			for c := 0; c < t.n; c += perWord {
				v := t.data[p+1+c/perWord]
				for j := c; j < c+perWord && j < t.n; j++ {
					w := int16(v)
					v = (v - uint64(int64(w))) >> laneBits
					if w != 0 {
						out = append(out, TagWeight{Tag: uint8(j), W: w})
					}
				}
			}
			return out
		}}
}

func checkReference(t *testing.T, name string, tg *Tagger, ref reference, texts []string) {
	t.Helper()
	for _, text := range texts {
		toks := mustTok(text)
		got := tg.Tag(nil, text, toks)
		a := make([]atoms, len(toks))
		for i, tk := range toks {
			a[i] = tokenAtoms(tk.Text(text), tk.Kind)
		}
		start := startFlags(nil, text, toks)
		want := make([]uint8, len(toks))
		for i := range toks {
			want[i] = refTag(tg, ref, text, toks, a, start, want, i)
		}
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("%s: %.40q…: token %d (%q) Tag %d, reference %d", name, text, i, toks[i].Text(text), got[i], want[i])
				break
			}
		}
	}
}

// refTag scores position i from the features training uses.
func refTag(tg *Tagger, ref reference, text string, toks []token.Token, a []atoms, start []bool, want []uint8, i int) uint8 {
	if tg.gate {
		near := false
		for j := max(i-2, 0); j <= min(i+2, len(toks)-1); j++ {
			near = near || hasUpper(toks[j].Text(text))
		}
		if !near {
			return tg.oTag
		}
	}
	n := tg.n
	prev, prev2 := n, n
	if !start[i] {
		prev = int(want[i-1])
		if !start[i-1] {
			prev2 = int(want[i-2])
		}
	}
	sc := make([]int32, n)
	for c := range sc {
		sc[c] = ref.dense(prev*(n+1)+prev2, c)
	}
	fs := staticFeatures(nil, a, start, i, ref.bigrams, ref.narrow)
	if ref.tagWord {
		fs = append(fs, fkey{atomTagW(a[i][aWord], uint8(prev)), aTagW, 0})
	}
	for _, f := range fs {
		for _, tw := range ref.seg(f.h, int(f.seg)) {
			sc[tw.Tag] += int32(tw.W)
		}
	}
	best, tag := int32(-1<<31), uint8(0)
	for c := range n {
		if tg.allowed[prev]&(1<<c) != 0 && sc[c] > best {
			best, tag = sc[c], uint8(c)
		}
	}
	return tag
}

// scrambled returns n words of newsText in random order, to reach
// feature and tag combinations real text rarely does.
func scrambled(seed uint64, n int) string {
	words := strings.Fields(newsText)
	r := rand.New(rand.NewPCG(seed, 9))
	var b strings.Builder
	for range n {
		b.WriteString(words[r.IntN(len(words))])
		b.WriteByte(' ')
	}
	return b.String()
}

// TestPackedLanes checks the packed score arithmetic at its extremes: every
// tag, the largest weights, the most terms a position sums.
func TestPackedLanes(t *testing.T) {
	for _, w := range []int32{maxWeight, -maxWeight, 1, -1, 0} {
		for tag := range maxTags {
			var sc [accWords]uint64
			for k := range sc {
				sc[k] = laneBias
			}
			hist := make([]int32, maxTags)
			for c := range hist {
				hist[c] = -1 << 30
			}
			hist[tag] = 0
			for range maxSegs {
				l, v := packed(uint8(tag), w)
				sc[l] += uint64(v)
				// a neighbour lane at the opposite extreme must not leak
				if tag+1 < maxTags {
					l, v := packed(uint8(tag+1), -w)
					sc[l] += uint64(v)
				}
			}
			if got := argmax(&sc, hist); int(got) != tag {
				t.Fatalf("w %d tag %d: argmax %d", w, tag, got)
			}
			// decode the lane sum exactly
			v := sc[tag/perWord] >> (laneBits * (tag % perWord))
			if got := int32(uint16(v)) - 0x8000; got != int32(maxSegs)*w {
				t.Fatalf("w %d tag %d: lane sum %d, want %d", w, tag, got, int32(maxSegs)*w)
			}
		}
	}
}

// TestArgmaxKey checks that argmaxKey picks what argmax picks, ties
// and forbidden tags included.
func TestArgmaxKey(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 7))
	for range 20000 {
		var sc [accWords]uint64
		for k := range sc {
			sc[k] = laneBias
		}
		n := 4 * (1 + r.IntN(maxTags/4))
		hist, keys := make([]int32, n), make([][4]int32, n/4)
		for c := range n {
			// small ranges make ties common
			l, v := packed(uint8(c), int32(r.IntN(7)-3)*int32(1+r.IntN(2)*maxWeight/4))
			sc[l] += uint64(v)
			hist[c] = int32(r.IntN(5) - 2)
			if r.IntN(4) == 0 {
				hist[c] *= histKeyMax / 2
			}
			if r.IntN(5) == 0 {
				hist[c] = forbidden
			}
			keys[c/4][c%4] = histKey(hist[c], c)
		}
		if a, b := argmax(&sc, hist), argmaxKey(&sc, keys); a != b {
			t.Fatalf("argmax %d, argmaxKey %d (hist %v)", a, b, hist)
		}
	}
}

// synthetic builds a small reproducible training corpus.
func synthetic(seed uint64) []Sentence {
	r := rand.New(rand.NewPCG(seed, 7))
	subj := []string{"The minister", "Officials", "A spokesman", "Maria Lenz", "The agency"}
	verb := []string{"said", "denied", "claimed", "added"}
	obj := []string{"that talks failed", "the report", "new sanctions", "that Karl Obst resigned"}
	tz := Tokenizer()
	var out []Sentence
	for range 200 {
		text := subj[r.IntN(len(subj))] + " " + verb[r.IntN(len(verb))] + " " + obj[r.IntN(len(obj))] + "."
		toks := tz.Tokenize(nil, text)
		s := Sentence{Text: text, Toks: toks}
		for _, tk := range toks {
			w := tk.Text(text)
			p, e := "NN", "O"
			switch {
			case w == "The" || w == "the" || w == "A":
				p = "DT"
			case w == "said" || w == "denied" || w == "claimed" || w == "added" || w == "failed" || w == "resigned":
				p = "VBD"
			case w == "that":
				p = "IN"
			case w == ".":
				p = "."
			case w == "Maria" || w == "Lenz" || w == "Karl" || w == "Obst":
				p, e = "NNP", "B-PERSON"
				if w == "Lenz" || w == "Obst" {
					e = "I-PERSON"
				}
			case strings.HasSuffix(w, "s"):
				p = "NNS"
			}
			s.POS = append(s.POS, p)
			s.NER = append(s.NER, e)
		}
		out = append(out, s)
	}
	return out
}

func TestTrainDeterministic(t *testing.T) {
	sents := synthetic(3)
	for _, opts := range []TrainOptions{{Target: TargetPOS, Iterations: 4, MinCount: 1}, {Target: TargetNER, Iterations: 4, MinCount: 1, Tags: NEROptions.Tags}} {
		var files [2][]byte
		for k := range files {
			m, err := Train(sents, opts)
			if err != nil {
				t.Fatal(err)
			}
			var b bytes.Buffer
			if _, err := m.WriteTo(&b); err != nil {
				t.Fatal(err)
			}
			files[k] = b.Bytes()
		}
		if !bytes.Equal(files[0], files[1]) {
			t.Fatalf("target %d: two trainings differ", opts.Target)
		}
		tg, err := Read(bytes.NewReader(files[0]))
		if err != nil {
			t.Fatal(err)
		}
		sc := Eval(tg, sents, opts.Target, BySentence)
		if sc.Accuracy() < 0.99 {
			t.Errorf("target %d: training-set accuracy %.3f", opts.Target, sc.Accuracy())
		}
	}
}

func TestReadRejectsGarbage(t *testing.T) {
	for _, b := range [][]byte{nil, []byte("not gzip"), {0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0}} {
		if _, err := Read(bytes.NewReader(b)); err == nil {
			t.Errorf("Read(%q) succeeded", b)
		}
	}
}

func TestTagNoAlloc(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector allocates")
	}
	toks := mustTok(newsText)
	tg, ner := Default(), DefaultNER()
	dst := make([]uint8, 0, len(toks))
	var ents []Entity
	if n := testing.AllocsPerRun(20, func() {
		dst = tg.Tag(dst[:0], newsText, toks)
		dst = ner.Tag(dst[:0], newsText, toks)
		ents = ner.Entities(ents[:0], toks, dst)
	}); n != 0 {
		t.Errorf("Tag allocates %.1f times per call", n)
	}
}

func TestTagAppends(t *testing.T) {
	text := "Officials said so."
	toks := mustTok(text)
	out := Default().Tag([]uint8{200}, text, toks)
	if len(out) != 1+len(toks) || out[0] != 200 {
		t.Fatalf("Tag did not append: %v", out)
	}
	if Default().TagName(250) != "" {
		t.Error("TagName out of range")
	}
}

func TestLoadTime(t *testing.T) {
	t0 := time.Now()
	for name, b := range map[string][]byte{POSModelFile: posModel, NERModelFile: nerModel} {
		if _, err := Load(b); err != nil {
			t.Fatal(err)
		}
		if len(b) > 8<<20 {
			t.Errorf("%s is %d bytes, over 8 MB", name, len(b))
		}
	}
	t.Logf("both models load in %v", time.Since(t0))
}

// TestLoadRejectsGarbage feeds Load files cut short or of another format.
func TestLoadRejectsGarbage(t *testing.T) {
	for _, b := range [][]byte{nil, []byte("claimtrail-pos/3\n"), posModel[:len(posModel)/2], nerModel[:1000]} {
		if _, err := Load(b); err == nil {
			t.Errorf("Load accepted %d bytes of garbage", len(b))
		}
	}
}

func FuzzTag(f *testing.F) {
	f.Add(newsText)
	f.Add("")
	f.Add("\xff\xfe “’ U.S. don't 1,000.5 ... !!!\n\n")
	tz := Tokenizer()
	tg, ner := Default(), DefaultNER()
	f.Fuzz(func(t *testing.T, text string) {
		toks := tz.Tokenize(nil, text)
		for _, x := range []*Tagger{tg, ner} {
			out := x.Tag(nil, text, toks)
			if len(out) != len(toks) {
				t.Fatalf("%d tags for %d tokens", len(out), len(toks))
			}
			for _, o := range out {
				if int(o) >= x.NumTags() {
					t.Fatalf("tag %d out of range", o)
				}
			}
			x.Entities(nil, toks, out)
		}
	})
}

func benchTag(b *testing.B, tg *Tagger) {
	toks := mustTok(newsText)
	dst := make([]uint8, 0, len(toks))
	b.SetBytes(int64(len(newsText)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		dst = tg.Tag(dst[:0], newsText, toks)
	}
	b.ReportMetric(float64(b.N)*float64(len(toks))/b.Elapsed().Seconds(), "tokens/s")
}

func BenchmarkTag(b *testing.B)    { benchTag(b, Default()) }
func BenchmarkTagNER(b *testing.B) { benchTag(b, DefaultNER()) }

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(posModel); err != nil {
			b.Fatal(err)
		}
	}
}

func ExampleTagger_Tag() {
	text := "The minister said on Friday that Iran will not send drones."
	toks := Tokenizer().Tokenize(nil, text)
	tags := Default().Tag(nil, text, toks)
	for i, tk := range toks {
		fmt.Printf("%s/%s ", tk.Text(text), Default().TagName(tags[i]))
	}
	fmt.Println()
	// Output: The/DT minister/NN said/VBD on/IN Friday/NNP that/IN Iran/NNP will/MD not/RB send/VB drones/NNS ./.
}

// BenchmarkTagBBC tags real news (the BBC corpus, when present) as one
// text per article, tokenizing outside the timer.
func BenchmarkTagBBC(b *testing.B) {
	dir := "/work/shared/data/bbc/politics"
	ents, err := os.ReadDir(dir)
	if err != nil {
		b.Skip("no BBC data")
	}
	var texts []string
	var toks [][]token.Token
	size, ntok := 0, 0
	tz := Tokenizer()
	for _, e := range ents[:min(200, len(ents))] {
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			continue
		}
		texts = append(texts, string(data))
		toks = append(toks, tz.Tokenize(nil, string(data)))
		size += len(data)
		ntok += len(toks[len(toks)-1])
	}
	for _, tc := range []struct {
		name string
		t    *Tagger
	}{{"pos", Default()}, {"ner", DefaultNER()}} {
		b.Run(tc.name, func(b *testing.B) {
			dst := make([]uint8, 0, 4096)
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				for i, text := range texts {
					dst = tc.t.Tag(dst[:0], text, toks[i])
				}
			}
			b.ReportMetric(float64(b.N)*float64(ntok)/b.Elapsed().Seconds(), "tokens/s")
		})
	}
}

func TestEntitiesDecode(t *testing.T) {
	tg := DefaultNER()
	text := "a b c d e f"
	toks := mustTok(text)
	idx := func(name string) uint8 {
		i, ok := tg.TagIndex(name)
		if !ok {
			t.Fatalf("no tag %s", name)
		}
		return i
	}
	// I- after O starts an entity; a type change splits; B- splits
	tags := []uint8{idx("I-PERSON"), idx("I-PERSON"), idx("I-LOCATION"), idx("O"), idx("B-MISC"), idx("B-MISC")}
	var got []string
	for _, e := range tg.Entities(nil, toks, tags) {
		got = append(got, fmt.Sprintf("%s:%s:%d-%d", e.Type, text[e.Start:e.End], e.First, e.Last))
	}
	want := "PERSON:a b:0-1 LOCATION:c:2-2 MISC:e:4-4 MISC:f:5-5"
	if strings.Join(got, " ") != want {
		t.Errorf("got %q, want %q", strings.Join(got, " "), want)
	}
}

func TestConcurrentTag(t *testing.T) {
	toks := mustTok(newsText)
	want := Default().Tag(nil, newsText, toks)
	done := make(chan []uint8)
	for range 4 {
		go func() {
			var out []uint8
			for range 20 {
				out = Default().Tag(out[:0], newsText, toks)
			}
			done <- out
		}()
	}
	for range 4 {
		if got := <-done; !bytes.Equal(got, want) {
			t.Fatal("concurrent tagging differs")
		}
	}
}
