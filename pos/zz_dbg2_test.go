package pos

import (
	"fmt"
	"os"
	"sort"
	"testing"
)

func TestDbgNER(t *testing.T) {
	if os.Getenv("POSDBG") == "" {
		t.Skip()
	}
	_, dev, _ := LoadPolNeAR("/work/shared/data/polnear", testLog{t})
	tg := DefaultNER()
	cnt := map[string]int{}
	for _, s := range dev {
		tags := tg.Tag(nil, s.Text, s.Toks)
		pred := map[[2]int]string{}
		for _, e := range tg.Entities(nil, s.Toks, tags) {
			pred[[2]int{e.First, e.Last}] = e.Type
		}
		for _, e := range spansOf(s.NER) {
			if e.Type != "ORGANIZATION" {
				continue
			}
			p := pred[[2]int{e.First, e.Last}]
			if p == e.Type {
				continue
			}
			var ptags string
			for k := e.First; k <= e.Last; k++ {
				ptags += tg.TagName(tags[k]) + " "
			}
			cnt[fmt.Sprintf("%s | %s", s.Text[s.Toks[e.First].Start:s.Toks[e.Last].End], ptags)]++
		}
	}
	var ks []string
	for k := range cnt {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool { return cnt[ks[i]] > cnt[ks[j]] })
	for _, k := range ks[:min(80, len(ks))] {
		fmt.Fprintf(os.Stderr, "%4d %s\n", cnt[k], k)
	}
}
