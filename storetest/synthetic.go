package storetest

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/claimtrail/claimtrail"
)

// Generator makes synthetic articles for benchmarks and load tests:
// invented words in Zipf-like frequencies, about 2 KB of text and eight
// attributed statements each, with valid spans. The same seed gives the
// same articles.
type Generator struct {
	r     *rand.Rand
	zipf  *rand.Zipf
	words []string
	names []string
	// topics, when set, are real words mixed into sentences (one word in
	// topicEvery), drawn in Zipf-like frequencies.
	topics     []string
	topicZipf  *rand.Zipf
	topicEvery int
}

// WithTopics mixes real words into the generated text, about one word in
// every, in Zipf-like frequencies over a seeded shuffle of words: a claim
// tracer's searches then meet their own words as often as in news. It
// returns g.
func (g *Generator) WithTopics(words []string, every int) *Generator {
	g.topics = append([]string(nil), words...)
	g.r.Shuffle(len(g.topics), func(i, j int) { g.topics[i], g.topics[j] = g.topics[j], g.topics[i] })
	g.topicZipf = rand.NewZipf(g.r, 1.1, 2, uint64(len(g.topics)-1))
	g.topicEvery = max(every, 1)
	return g
}

// NewGenerator returns a Generator seeded with seed.
func NewGenerator(seed uint64) *Generator {
	r := rand.New(rand.NewPCG(seed, 0x5eed))
	g := &Generator{r: r, zipf: rand.NewZipf(r, 1.1, 2, 3999)}
	syll := []string{"ka", "lo", "mi", "ren", "sa", "tor", "vu", "bel", "den", "fi", "gar", "hul", "jo", "nes", "pra", "quo", "zel", "wim"}
	word := func(n int) string {
		var b strings.Builder
		for range n {
			b.WriteString(syll[r.IntN(len(syll))])
		}
		return b.String()
	}
	seen := map[string]bool{}
	for len(g.words) < 4000 {
		if w := word(1 + r.IntN(3)); !seen[w] {
			seen[w] = true
			g.words = append(g.words, w)
		}
	}
	for range 500 {
		first, last := word(2), word(2+r.IntN(2))
		g.names = append(g.names, strings.ToUpper(first[:1])+first[1:]+" "+strings.ToUpper(last[:1])+last[1:])
	}
	return g
}

// Word returns the word of frequency rank i (0 is the most common).
func (g *Generator) Word(i int) string { return g.words[i] }

// Name returns the i-th speaker name.
func (g *Generator) Name(i int) string { return g.names[i%len(g.names)] }

func (g *Generator) sentence(b *strings.Builder, n int) {
	for i := range n {
		if i > 0 {
			b.WriteByte(' ')
		}
		if g.topics != nil && g.r.IntN(g.topicEvery) == 0 {
			b.WriteString(g.topics[g.topicZipf.Uint64()])
			continue
		}
		b.WriteString(g.words[g.zipf.Uint64()])
	}
}

// Article returns synthetic article i: key https://synthetic.example/a/i,
// a hash derived from i, ~2 KB of text and statements statements.
func (g *Generator) Article(i, statements int) claimtrail.ArticleInput {
	doc := &claimtrail.Document{
		ID:        fmt.Sprintf("syn-%d", i),
		URL:       fmt.Sprintf("https://synthetic.example/a/%d", i),
		Source:    fmt.Sprintf("outlet%d.example", i%40),
		Published: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i%700),
	}
	var b strings.Builder
	b.Grow(2200)
	var sts []claimtrail.Statement
	for n := 1; b.Len() < 2000 || len(sts) < statements; n++ {
		if len(sts) < statements && n%2 == 0 {
			name := g.names[g.r.IntN(len(g.names))]
			start := b.Len()
			b.WriteString(name)
			nameEnd := b.Len()
			b.WriteString(" said ")
			cue := claimtrail.Span{Start: nameEnd + 1, End: nameEnd + 5}
			cs := b.Len()
			g.sentence(&b, 8+g.r.IntN(14))
			content := claimtrail.Span{Start: cs, End: b.Len()}
			text := b.String()
			st := claimtrail.Statement{
				Doc: doc.ID, N: len(sts) + 1,
				Speaker: claimtrail.Speaker{Name: name, Mention: name, Span: &claimtrail.Span{Start: start, End: nameEnd},
					Type: claimtrail.SpeakerPerson},
				Cue:      claimtrail.Cue{Text: "said", Span: cue, Lemma: "say"},
				Content:  claimtrail.Content{Text: text[content.Start:content.End], Spans: []claimtrail.Span{content}},
				Form:     claimtrail.FormIndirect,
				Polarity: claimtrail.Affirm,
				Channel:  claimtrail.Channel{Kind: claimtrail.ChannelUnknown},
				Span:     claimtrail.Span{Start: start, End: content.End},
			}
			if g.r.IntN(4) == 0 {
				st.Polarity = claimtrail.Deny
			}
			if g.r.IntN(2) == 0 {
				st.SaidOn = &claimtrail.TimeRef{Value: doc.Published.AddDate(0, 0, -g.r.IntN(5)).Format("2006-01-02"),
					Grain: claimtrail.GrainDay, Basis: claimtrail.BasisContext}
			}
			sts = append(sts, st)
		} else {
			g.sentence(&b, 10+g.r.IntN(20))
		}
		b.WriteString(". ")
	}
	doc.Text = b.String()
	doc.Title = strings.Join(strings.Fields(doc.Text)[:6], " ")
	return claimtrail.ArticleInput{Doc: doc, Hash: fmt.Sprintf("syn-hash-%d", i), Statements: sts}
}

// Fill stores synthetic articles first..first+n-1 in batches of batch.
func (g *Generator) Fill(ctx context.Context, s claimtrail.Store, first, n, batch, statements int) error {
	for i := first; i < first+n; i += batch {
		in := make([]claimtrail.ArticleInput, 0, batch)
		for j := i; j < min(i+batch, first+n); j++ {
			in = append(in, g.Article(j, statements))
		}
		if _, err := s.PutArticles(ctx, in); err != nil {
			return err
		}
	}
	return nil
}

// BenchmarkPutArticles measures PutArticles on s with synthetic articles
// (~2 KB, 8 statements) in batches of batch; one op is one article. It
// reports articles/s and statements/s. s should be empty.
func BenchmarkPutArticles(b *testing.B, s claimtrail.Store, batch int) {
	g := NewGenerator(1)
	in := make([]claimtrail.ArticleInput, b.N)
	statements, size := 0, 0
	for i := range in {
		in[i] = g.Article(i, 8)
		statements += len(in[i].Statements)
		size += len(in[i].Doc.Text)
	}
	b.SetBytes(int64(size / max(b.N, 1)))
	ctx := context.Background()
	cpu0 := CPUTime()
	b.ResetTimer()
	for i := 0; i < b.N; i += batch {
		if _, err := s.PutArticles(ctx, in[i:min(i+batch, b.N)]); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	sec := b.Elapsed().Seconds()
	b.ReportMetric(float64(b.N)/sec, "articles/s")
	b.ReportMetric(float64(statements)/sec, "statements/s")
	// On a shared machine wall time varies with the load; the process's
	// CPU time per article does much less.
	if cpu := CPUTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(cpu.Microseconds())/float64(b.N), "cpu-µs/article")
	}
}

// BenchmarkFindStatements fills s with 12,500 synthetic articles (100,000
// statements) and measures ranked full-text queries of one page each.
func BenchmarkFindStatements(b *testing.B, s claimtrail.Store) {
	ctx := context.Background()
	g := NewGenerator(2)
	if err := g.Fill(ctx, s, 0, 12500, 500, 8); err != nil {
		b.Fatal(err)
	}
	for _, q := range []struct{ name, query string }{
		{"Common", g.Word(0)},                      // in most statements
		{"Mid", g.Word(60)},                        // in a few percent
		{"Rare", g.Word(3000)},                     // in a handful
		{"TwoTerms", g.Word(5) + " " + g.Word(40)}, // both required
		{"Speaker", strings.Fields(g.Name(7))[1]},  // a speaker's surname
		{"FilterOnly", ""},                         // no query: filter and page
	} {
		b.Run(q.name, func(b *testing.B) {
			f := claimtrail.StatementFilter{Query: q.query, Latest: true, Limit: 20}
			_, total, err := s.FindStatements(ctx, f)
			if err != nil {
				b.Fatal(err)
			}
			for b.Loop() {
				if _, _, err := s.FindStatements(ctx, f); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(total), "matches")
		})
	}
}
