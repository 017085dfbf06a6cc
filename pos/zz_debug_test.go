package pos

import (
	"fmt"
	"os"
	"sort"
	"testing"
)

func TestDebugAlign(t *testing.T) {
	if os.Getenv("POSDBG") == "" {
		t.Skip()
	}
	cnt := map[string]int{}
	alignHook = func(k, o, s string) { cnt[k+"\t"+o+"\t"+s]++ }
	defer func() { alignHook = nil }()
	sents, st, err := LoadSilver("/work/shared/data/polnear/silver/dev.conllu", "/work/shared/data/polnear/dev/text", Tokenizer())
	if err != nil {
		t.Fatal(err)
	}
	t.Log(st)
	un := 0
	for _, s := range sents {
		for i, l := range s.POS {
			if l == "" && un < 10 {
				un++
				tk := s.Toks[i]
				fmt.Fprintf(os.Stderr, "unlabelled %q in %q\n", s.Text[tk.Start:tk.End], s.Text[max(0, tk.Start-30):min(len(s.Text), tk.End+30)])
			}
		}
	}
	var ks []string
	for k := range cnt {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool { return cnt[ks[i]] > cnt[ks[j]] })
	for _, k := range ks[:min(30, len(ks))] {
		fmt.Fprintf(os.Stderr, "%6d %q\n", cnt[k], k)
	}
}
