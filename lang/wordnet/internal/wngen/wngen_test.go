package wngen

import (
	"slices"
	"strings"
	"testing"
)

// A made-up data line in WordNet's format (not WordNet's text): two
// members, a hypernym, a derivation from member 2 to member 1 of another
// synset, a satellite's similar-to, then verb frames and a gloss.
const line = "00000100 29 v 02 zorp 0 Zorp_Out(a) 1 003 @ 00000200 v 0000 + 00000300 n 0201 & 00000400 s 0000 01 + 02 00 | to zorp"

func TestParseSynset(t *testing.T) {
	s, err := parseSynset(line, "v")
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(s.members, []string{"zorp", "zorp_out"}) {
		t.Errorf("members %q", s.members)
	}
	want := []pointer{
		{sym: "@", pos: "v", offset: "00000200"},
		{sym: "+", pos: "n", offset: "00000300", src: 2, dst: 1},
		{sym: "&", pos: "a", offset: "00000400"},
	}
	if !slices.Equal(s.ptrs, want) {
		t.Errorf("pointers %+v, want %+v", s.ptrs, want)
	}
	for _, bad := range []string{"00000100 29 v", "00000100 29 v 05 zorp 0", "00000100 29 v 01 zorp 0 009 @ 1 v 0000"} {
		if _, err := parseSynset(bad, "v"); err == nil {
			t.Errorf("parseSynset(%q) is not an error", bad)
		}
	}
}

func TestWriteSynsets(t *testing.T) {
	all := []*synset{
		{pos: "n", offset: "1", members: []string{"zorp"}},
		{pos: "v", offset: "2", members: []string{"zorp", "blip"},
			ptrs: []pointer{{sym: "@", pos: "v", offset: "3"}, {sym: "+", pos: "n", offset: "1", src: 1, dst: 1}, {sym: "!", pos: "v", offset: "3", src: 2, dst: 1}}},
		{pos: "v", offset: "3", members: []string{"blop"}, ptrs: []pointer{{sym: "$", pos: "v", offset: "2"}, {sym: "~", pos: "v", offset: "2"}}},
	}
	ranks := map[string]int{"v zorp 2": 2, "n zorp 1": 1}
	b, err := writeSynsets(all, ranks)
	if err != nil {
		t.Fatal(err)
	}
	got := strings.TrimPrefix(string(b), SynsetsHeader)
	want := "n\tzorp\t\t\t\t\t\nv\tzorp#2 blip\t2\t0>0.0\t1>2.0\t\t\nv\tblop\t\t\t\t1\t\n"
	if got != want {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
	all[0].ptrs = []pointer{{sym: "@", pos: "n", offset: "9"}}
	if _, err := writeSynsets(all, ranks); err == nil {
		t.Error("a pointer to an unknown synset is not an error")
	}
}

func FuzzParseSynset(f *testing.F) {
	f.Add(line)
	f.Add("00000100 29 v ff")
	f.Add("00000100 29 v 01 a 0 -1")
	f.Add("00000100 29 v 7fffffffffffffff a 0")
	f.Add("00000100 29 v 01 a 0 9223372036854775807")
	f.Fuzz(func(t *testing.T, s string) {
		parseSynset(s, "n") // must not panic
	})
}
