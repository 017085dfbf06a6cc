package trace

import (
	"strings"
	"testing"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/match"
	"github.com/claimtrail/claimtrail/timex"
)

func newTestOriginReader(tb testing.TB) *originReader {
	tb.Helper()
	m, err := match.New("en")
	if err != nil {
		tb.Fatal(err)
	}
	tx, err := timex.New("en")
	if err != nil {
		tb.Fatal(err)
	}
	r, err := newOriginReader("en", m, tx)
	if err != nil {
		tb.Fatal(err)
	}
	return r
}

// All sentences are invented for these tests.
func TestOriginReader_Source(t *testing.T) {
	r := newTestOriginReader(t)
	tests := []struct{ sentence, want string }{
		{"The whole affair started from an article published on 11 March in the Northern Ledger.", "Northern Ledger"},
		{"The rumour was first reported by Harbour Gazette reporters in May.", "Harbour Gazette"},
		{"It can be traced to a post by Ilse Varga on Monday.", "Ilse Varga"},
		{"The story began with a leak.", ""},
		{"No origin cue here, said the Times.", ""},
	}
	for _, tt := range tests {
		toks := r.tok.Tokenize(nil, tt.sentence)
		cue := r.findCue(lowerWords(tt.sentence, toks))
		got := ""
		if cue >= 0 {
			got = r.source(tt.sentence, toks, cue)
		}
		if got != tt.want {
			t.Errorf("source(%q) = %q, want %q", tt.sentence, got, tt.want)
		}
	}
}

func TestContradictions(t *testing.T) {
	st := func(n int, value, basis, stance string) claimtrail.TracedStatement {
		var s claimtrail.TracedStatement
		s.Doc, s.N, s.Stance = "d", n, stance
		s.SaidOn = &claimtrail.TimeRef{Value: value, Basis: basis}
		return s
	}
	traced := []claimtrail.TracedStatement{
		st(1, "2022-04-24", claimtrail.BasisExplicit, claimtrail.Denies),   // before: contradicts
		st(2, "2022-07", claimtrail.BasisExplicit, claimtrail.Asserts),     // July ends before 29 August
		st(3, "2022-08", claimtrail.BasisExplicit, claimtrail.Denies),      // August holds the date: no
		st(4, "2022-08-29", claimtrail.BasisContext, claimtrail.Asserts),   // same day: no
		st(5, "2022-04-01", claimtrail.BasisPublished, claimtrail.Asserts), // only the publication: no
		st(6, "2022-05-02", claimtrail.BasisExplicit, claimtrail.Neutral),  // takes no side: no
	}
	var got []int
	for _, r := range contradictions("2022-08-29", traced) {
		got = append(got, r.N)
	}
	if len(got) != 2 || got[0] != 1 || got[1] != 2 {
		t.Errorf("contradicted by %v, want [1 2]", got)
	}
	if c := contradictions("", traced); len(c) != 0 {
		t.Errorf("undated origin contradicted by %v", c)
	}
}

func FuzzOriginSource(f *testing.F) {
	r := newTestOriginReader(f)
	f.Add("Everything started from an article published on 29 August in the Washington Post.")
	f.Add("first reported by \xff\xfe The The")
	f.Add(strings.Repeat("started from Of ", 50))
	f.Fuzz(func(t *testing.T, s string) {
		toks := r.tok.Tokenize(nil, s)
		cue := r.findCue(lowerWords(s, toks))
		if cue < 0 {
			return
		}
		if src := r.source(s, toks, cue); src != "" && !strings.Contains(s, src) {
			t.Fatalf("source %q is not in the sentence", src)
		}
	})
}
