package fnc1

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"sync"
	"testing"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/extract"
	"github.com/claimtrail/claimtrail/match"
	"github.com/claimtrail/claimtrail/segment"
	"github.com/claimtrail/claimtrail/stance"
	"github.com/claimtrail/claimtrail/token"
)

// The oracle harness scores article stance apart from retrieval: every
// gold-related (headline, body) pair of a half, the body's statements
// from extract and its sentences as narration, read by ArticleStance.
//
//	go test ./internal/fnc1 -run TestOracleStance -oracle dev -v
var (
	oracleHalf = flag.String("oracle", "", "score article stance on every gold-related pair of this FNC-1 half (dev, test, all)")
	oracleData = flag.String("oracle.data", filepath.Join("..", "..", "..", "shared", "data", "fnc1"), "folder of bodies.csv and dev_stances.csv")
	oracleErrs = flag.Int("oracle.errors", 0, "print this many wrongly read pairs")
	oracleDump = flag.String("oracle.dump", "", "write each pair's voices to this file")
	oracleMin  = flag.Float64("oracle.min", minOracleMatch, "least match of a voice")
	oracleLead = flag.Int("oracle.lead", -1, "sentences of the body read as narration (-1: all)")
)

func TestOracleStance(t *testing.T) {
	if *oracleHalf == "" {
		t.Skip("run with -oracle dev|test|all")
	}
	h, err := ParseHalf(*oracleHalf)
	if err != nil {
		t.Fatal(err)
	}
	bodies, err := LoadBodies(filepath.Join(*oracleData, "bodies.csv"))
	if err != nil {
		t.Skip(err)
	}
	all, err := LoadStances(filepath.Join(*oracleData, "dev_stances.csv"))
	if err != nil {
		t.Skip(err)
	}
	var pairs []Pair
	used := map[int]bool{}
	for _, p := range Select(all, h) {
		if p.Stance.Related() {
			pairs = append(pairs, p)
			used[p.BodyID] = true
		}
	}
	read, err := newArticleReader()
	if err != nil {
		t.Fatal(err)
	}
	arts := read.bodies(bodies, used)
	if *oracleDump != "" {
		f, err := os.Create(*oracleDump)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		dump = f
	}
	var sc Scorer
	shown := 0
	for _, p := range pairs {
		if dump != nil {
			fmt.Fprintf(dump, "%s\t%d\t", p.Stance, p.BodyID)
		}
		pred := read.stance(p.Headline, arts[p.BodyID])
		sc.Add(p.Stance, pred)
		if pred != p.Stance && shown < *oracleErrs {
			shown++
			fmt.Printf("gold %s, read %s: %s | body %d: %.200q\n", p.Stance, pred, p.Headline, p.BodyID, bodyText(bodies, p.BodyID))
		}
	}
	right := sc.Confusion[Agree][Agree] + sc.Confusion[Disagree][Disagree] + sc.Confusion[Discuss][Discuss]
	fmt.Printf("oracle article stance, FNC-1 %s half: %d related pairs, accuracy %.1f %%\n", h, len(pairs), 100*float64(right)/float64(len(pairs)))
	for _, l := range []Label{Agree, Disagree, Discuss} {
		c := sc.Class(l)
		fmt.Printf("  %-8s P %5.1f  R %5.1f  F1 %5.1f  (%d)\n", l, c.P, c.R, c.F, c.Gold)
	}
	fmt.Println("  confusion (gold rows; agree / disagree / discuss / unrelated):")
	for _, l := range []Label{Agree, Disagree, Discuss} {
		fmt.Printf("  %-8s %v\n", l, sc.Confusion[l])
	}
}

var dump *os.File

func bodyText(bodies []Body, id int) string {
	for _, b := range bodies {
		if b.ID == id {
			return b.Text
		}
	}
	return ""
}

// article is one body read once: its statements and its sentences.
type article struct {
	statements []claimtrail.Statement
	sentences  []string
}

type articleReader struct {
	x       *extract.Extractor
	seg     *segment.Segmenter
	tok     *token.Tokenizer
	matcher *match.Matcher
	cls     *stance.Classifier
}

func newArticleReader() (*articleReader, error) {
	x, err := extract.New(extract.Options{})
	if err != nil {
		return nil, err
	}
	seg, err := segment.New("en")
	if err != nil {
		return nil, err
	}
	m, err := match.New("en")
	if err != nil {
		return nil, err
	}
	c, err := stance.New("en")
	if err != nil {
		return nil, err
	}
	return &articleReader{x: x, seg: seg, tok: token.New(seg.Abbrev()), matcher: m, cls: c}, nil
}

// bodies reads the bodies in use on every core.
func (r *articleReader) bodies(bodies []Body, used map[int]bool) map[int]*article {
	out := make(map[int]*article, len(used))
	var mu sync.Mutex
	var wg sync.WaitGroup
	workers := runtime.GOMAXPROCS(0)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(bodies); i += workers {
				b := bodies[i]
				if !used[b.ID] {
					continue
				}
				d := &claimtrail.Document{ID: strconv.Itoa(b.ID), Text: b.Text}
				a := &article{statements: r.x.Extract(d)}
				toks := r.tok.Tokenize(nil, b.Text)
				for _, s := range r.seg.Split(nil, b.Text, toks) {
					a.sentences = append(a.sentences, b.Text[s.Start:s.End])
				}
				mu.Lock()
				out[b.ID] = a
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	return out
}

// stance reads one article's stance on a headline from its statements and
// its sentences as narration (the bodies have no title: every sentence is
// the outlet's voice, quoted ones included), each with its match score.
func (r *articleReader) stance(headline string, a *article) Label {
	c := r.matcher.Claim(headline)
	var voices []stance.Voice
	for i := range a.statements {
		st := &a.statements[i]
		m := r.matcher.Score(c, st)
		if m.Value < *oracleMin {
			continue
		}
		s, p := r.cls.OfStatement(headline, st)
		voices = append(voices, stance.Voice{Stance: s, Confidence: p, Match: m.Value})
	}
	for i, s := range a.sentences {
		if *oracleLead >= 0 && i >= *oracleLead {
			break
		}
		m := r.matcher.ScoreText(c, s)
		if m.Value < *oracleMin {
			continue
		}
		st, p := r.cls.Of(headline, s)
		voices = append(voices, stance.Voice{Stance: st, Confidence: p, Match: m.Value, Narration: true})
	}
	st, _ := stance.OfArticle(voices)
	if dump != nil {
		fmt.Fprintf(dump, "%q", headline)
		for _, v := range voices {
			fmt.Fprintf(dump, "\t%s:%.2f:%.2f:%v", v.Stance, v.Confidence, v.Match, v.Narration)
		}
		fmt.Fprintln(dump)
	}
	return labelOf(st)
}

// minOracleMatch keeps every voice: the article rule weighs match⁴, so a
// sentence that shares a word with the claim barely counts.
const minOracleMatch = 0
