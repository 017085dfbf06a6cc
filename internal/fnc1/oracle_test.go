package fnc1

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/extract"
	"github.com/claimtrail/claimtrail/match"
	"github.com/claimtrail/claimtrail/stance"
	"github.com/claimtrail/claimtrail/trace"
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
	text       string
}

type articleReader struct {
	x       *extract.Extractor
	matcher *match.Matcher
	cls     *stance.Classifier
	// bodyReader reads bodies as the tracer does.
	bodyReader *trace.BodyReader
}

func newArticleReader() (*articleReader, error) {
	x, err := extract.New(extract.Options{})
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
	br, err := trace.NewBodyReader("en", m)
	if err != nil {
		return nil, err
	}
	return &articleReader{x: x, matcher: m, cls: c, bodyReader: br}, nil
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
				a := &article{statements: r.x.Extract(d), text: b.Text}
				mu.Lock()
				out[b.ID] = a
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	return out
}

// body reads one article for a headline as a trace does (trace.BodyReader):
// its sentences scored against the headline and the voices of its
// statements that match it at least oracleMin, read by OfStatement.
func (r *articleReader) body(headline string, a *article) stance.Body {
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
	return r.bodyReader.Read(c, -1, "", a.text, voices) // no store: no key name, the predicate alone
}

// stance reads one article's stance on a headline from its body
// (stance.OfBody: the article model, else OfArticle's rule).
func (r *articleReader) stance(headline string, a *article) Label {
	b := r.body(headline, a)
	if *oracleLead >= 0 && len(b.Sentences) > *oracleLead {
		b.Sentences = b.Sentences[:*oracleLead]
	}
	st, _ := r.cls.OfBody(headline, b)
	if dump != nil {
		fmt.Fprintf(dump, "%q\t%s\n", headline, strings.Join(r.cls.BodyFeatures(headline, b), " "))
	}
	return labelOf(st)
}

// minOracleMatch is the trace's default least match of a statement.
const minOracleMatch = 0.5
