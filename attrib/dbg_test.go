package attrib

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/claimtrail/claimtrail/internal/seqtag"
	"github.com/claimtrail/claimtrail/layer"
)

func TestDbg(t *testing.T) {
	b, _ := os.ReadFile("../extract/model/attrib.bin")
	f, s, _ := seqtag.LoadTagger(b)
	tg, _ := NewTagger("en", &Models{First: f, Second: s})
	lb, _ := layer.New("en", layer.Options{})
	for _, txt := range strings.Split(os.Getenv("DBG"), "|") {
		d := lb.Build(txt, time.Time{})
		labs := tg.Label(d)
		runs := labelRuns(labs)
		show := func(r Run) string { return d.Text[d.Toks[r.First].Start:d.Toks[r.Last-1].End] }
		for _, r := range runs {
			fmt.Printf("run %d %q\n", r.Role, show(r))
		}
		gs := groupRuns(d, runs)
		for _, g := range gs {
			fmt.Printf("group cue %q (%s) attrib=%v srcs=%d conts=%d\n", show(g.Cue), CompNames[Complement(d, g.Cue.First)], tg.attributionCue(d, g.Cue), len(g.Sources), len(g.Contents))
		}
		for _, g := range tg.Tag(d) {
			fmt.Printf("TAG cue %q src %v conts:", show(g.Cue), len(g.Sources))
			for _, c := range g.Contents {
				fmt.Printf(" %q", show(c))
			}
			fmt.Println()
		}
	}
}
