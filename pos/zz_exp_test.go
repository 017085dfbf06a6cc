package pos

import (
	"bytes"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"
)

func entriesPerToken(m *Model, sents []Sentence) float64 {
	rows := map[uint64]*AtomRow{}
	for i := range m.Atoms {
		rows[m.Atoms[i].Hash] = &m.Atoms[i]
	}
	tot, nt := 0, 0
	for _, s := range sents {
		for _, tk := range s.Toks {
			a := tokenAtoms(s.Text[tk.Start:tk.End], tk.Kind)
			for _, h := range a {
				if r := rows[h]; r != nil {
					for _, sg := range r.Segs {
						tot += len(sg)
					}
				}
			}
			nt++
		}
	}
	return float64(tot) / float64(nt)
}

func TestExp(t *testing.T) {
	spec := os.Getenv("POSEXP")
	if spec == "" {
		t.Skip()
	}
	train, dev, err := LoadPolNeAR("/work/shared/data/polnear", testLog{t})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range strings.Split(spec, ",") {
		f, _ := strconv.ParseFloat(p, 64)
		for _, tg0 := range []Target{TargetPOS, TargetNER} {
			if v := os.Getenv("POSTGT"); v != "" && v != strconv.Itoa(int(tg0)) {
				continue
			}
			opts := POSOptions
			if tg0 == TargetNER {
				opts = NEROptions
			}
			opts.Prune = f
			if v := os.Getenv("POSMIN"); v != "" {
				opts.MinCount, _ = strconv.Atoi(v)
			}
			if v := os.Getenv("POSIT"); v != "" {
				opts.Iterations, _ = strconv.Atoi(v)
			}
			opts.Bigrams = os.Getenv("POSBI") != ""
			t0 := time.Now()
			m, _ := Train(train, opts)
			var b bytes.Buffer
			m.WriteTo(&b)
			tg, _ := Read(bytes.NewReader(b.Bytes()))
			sc := Eval(tg, dev, tg0, BySentence)
			_, _, f1 := sc.F1("ALL")
			t.Logf("target %d prune %v: acc %.2f F1 %.2f size %d entries/token %.1f  (%v)", tg0, f, 100*sc.Accuracy(), 100*f1, b.Len(), entriesPerToken(m, dev), time.Since(t0))
		}
	}
}
