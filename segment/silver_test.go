package segment_test

import (
	"bufio"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/claimtrail/claimtrail/segment"
)

var (
	showDiff  = flag.Int("silver.diff", 0, "log this many sentence-boundary disagreements with the silver parses")
	showKinds = flag.Bool("silver.kinds", false, "log every headline, dateline, byline and boilerplate sentence of the dev texts")
)

// TestSilverBoundaries compares sentence starts with CoreNLP's automatic
// sentences of the PolNeAR dev set. Silver is not gold (CoreNLP ignores
// line breaks, so it joins headlines, timestamps and quotes across
// paragraphs), so this logs the figure rather than asserting it, and only
// guards against a collapse.
func TestSilverBoundaries(t *testing.T) {
	root := filepath.Join("..", "..", "shared", "data", "polnear")
	conllu := filepath.Join(root, "silver", "dev.conllu")
	if _, err := os.Stat(conllu); err != nil {
		t.Skipf("silver parses not available (%v): shared/ is not beside the checkout", err)
	}
	docs, err := readSilver(conllu)
	if err != nil {
		t.Fatal(err)
	}
	seg, tz := mustNew(t)
	var tp, fp, fn int    // sentence starts, datelines merged into their sentence
	var rtp, rfp, rfn int // raw: every Sentence start counts
	shown := 0
	for _, d := range docs {
		b, err := os.ReadFile(filepath.Join(root, "dev", "text", d.name+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		byteOff := runeToByte(text)
		gold := map[int]bool{}
		for k, cp := range d.starts {
			if k == 0 || cp >= len(byteOff) {
				continue // the document's start is not a boundary
			}
			gold[byteOff[cp]] = true
		}
		toks := tz.Tokenize(nil, text)
		ss := seg.Split(nil, text, toks)
		pred, raw := map[int]bool{}, map[int]bool{}
		for k, s := range ss {
			if *showKinds && s.Kind != segment.Body {
				t.Logf("%s %s: %q", d.name, s.Kind, s.Text(text))
			}
			if k == 0 {
				continue
			}
			raw[s.Start] = true
			if ss[k-1].Kind != segment.Dateline {
				pred[s.Start] = true
			}
		}
		score := func(p map[int]bool, tp, fp, fn *int, log bool) {
			for o := range p {
				if gold[o] {
					*tp++
				} else {
					*fp++
					if log && shown < *showDiff {
						shown++
						t.Logf("extra boundary %s: %q|%q", d.name, ctx(text, o, -60), ctx(text, o, 60))
					}
				}
			}
			for o := range gold {
				if !p[o] {
					*fn++
					if log && shown < *showDiff {
						shown++
						t.Logf("missed boundary %s: %q|%q", d.name, ctx(text, o, -60), ctx(text, o, 60))
					}
				}
			}
		}
		score(pred, &tp, &fp, &fn, true)
		score(raw, &rtp, &rfp, &rfn, false)
	}
	p, r, f := prf(tp, fp, fn)
	t.Logf("PolNeAR dev, %d docs: sentence boundaries vs CoreNLP silver (datelines merged): P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)", len(docs), p, r, f, tp, fp, fn)
	rp, rr, rf := prf(rtp, rfp, rfn)
	t.Logf("raw (dateline, byline, boilerplate splits counted): P %.3f R %.3f F1 %.3f", rp, rr, rf)
	if f < 0.8 {
		t.Errorf("boundary F1 %.3f fell below 0.8", f)
	}
}

func prf(tp, fp, fn int) (p, r, f float64) {
	if tp+fp > 0 {
		p = float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		r = float64(tp) / float64(tp+fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

func ctx(text string, o, n int) string {
	if n < 0 {
		return text[max(0, o+n):o]
	}
	return text[o:min(len(text), o+n)]
}

// runeToByte maps code-point offsets (what CoreNLP's charBegin counts in
// these files: there are no characters beyond the BMP, so UTF-16 units
// agree) to byte offsets; index len(runes) maps to len(text).
func runeToByte(text string) []int {
	m := make([]int, 0, len(text)+1)
	for i := range text {
		m = append(m, i)
	}
	return append(m, len(text))
}

type silverDoc struct {
	name   string
	starts []int // code-point offset of each sentence's first token
}

func readSilver(path string) ([]silverDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var docs []silverDoc
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<20)
	newSent := false
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "# doc ="):
			docs = append(docs, silverDoc{name: strings.TrimSpace(line[len("# doc ="):])})
		case strings.HasPrefix(line, "# sent"):
			newSent = true
		case line == "" || line[0] == '#':
		case newSent && len(docs) > 0:
			f := strings.Split(line, "\t")
			if len(f) < 7 {
				continue
			}
			b, err := strconv.Atoi(f[5])
			if err != nil {
				continue
			}
			d := &docs[len(docs)-1]
			d.starts = append(d.starts, b)
			newSent = false
		}
	}
	return docs, sc.Err()
}
