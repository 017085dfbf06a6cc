package attrib

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/lang"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// HeadCount is how often a word heads an annotated cue and how often it
// occurs, in all and per complement.
type HeadCount struct {
	Heads, Seen int
	ByComp      [NumComps]struct{ Heads, Seen int }
}

// CueStats counts cue heads over annotated texts: the evidence behind
// cue-heads.tsv (`claimtrail eval cues --write-heads`).
type CueStats map[string]*HeadCount

// CountCues adds to st the words of d: each occurrence, and whether it
// heads one of the gold cue spans (cueHead: the cue's first word that is
// no auxiliary, adverb or form of "be", or a word of saying after it).
func (t *Tagger) CountCues(d *layer.Doc, gold []claimtrail.Span, st CueStats) {
	head := map[int]bool{}
	for _, sp := range gold {
		first, last := d.TokenAt(sp.Start), d.TokenAt(sp.Start)
		for last < len(d.Toks) && d.Toks[last].End <= sp.End {
			last++
		}
		if k, _ := t.cueHead(d, first, last); k >= 0 {
			head[k] = true
		}
	}
	for k, tk := range d.Toks {
		if tk.Kind != token.Word || t.readPast(d.Low[k]) {
			continue
		}
		hc := st[d.Low[k]]
		if hc == nil {
			hc = &HeadCount{}
			st[d.Low[k]] = hc
		}
		c := Complement(d, k)
		hc.Seen++
		hc.ByComp[c].Seen++
		if head[k] {
			hc.Heads++
			hc.ByComp[c].Heads++
		}
	}
}

// readPast reports whether w is read past to find a cue's head.
func (t *Tagger) readPast(w string) bool {
	f := t.cueHeads.Field(w, 0)
	return f == "skip" || f == "be"
}

// WriteHeads writes cue-heads.tsv: the header and the `skip` and `be`
// rows of the shipped table, then a `head` row for each word that heads
// two cues or more in st, the most frequent first, with its counts in
// all and per complement ("to:20/60": heads 20 of its 60 occurrences
// before a to-infinitive).
func (t *Tagger) WriteHeads(w io.Writer, st CueStats) error {
	bw := bufio.NewWriter(w)
	src, err := lang.File("en", "cue-heads.tsv")
	if err != nil {
		return err
	}
	for _, line := range strings.Split(string(src), "\n") {
		if strings.HasPrefix(line, "#") {
			fmt.Fprintln(bw, line)
		}
	}
	for _, k := range t.cueHeads.Order {
		if t.readPast(k) {
			fmt.Fprintf(bw, "%s\t%s\t\n", k, t.cueHeads.Field(k, 0))
		}
	}
	var words []string
	for word, hc := range st {
		if hc.Heads >= 2 {
			words = append(words, word)
		}
	}
	sort.Slice(words, func(i, j int) bool {
		a, b := st[words[i]], st[words[j]]
		return a.Heads > b.Heads || a.Heads == b.Heads && words[i] < words[j]
	})
	for _, word := range words {
		hc := st[word]
		var by []string
		for c, n := range hc.ByComp {
			if n.Seen > 0 {
				by = append(by, fmt.Sprintf("%s:%d/%d", CompNames[c], n.Heads, n.Seen))
			}
		}
		fmt.Fprintf(bw, "%s\thead\t%d\t%d\t%s\n", word, hc.Heads, hc.Seen, strings.Join(by, ","))
	}
	return bw.Flush()
}

// parseHeads reads the head rows of cue-heads.tsv into counts.
func parseHeads(tab *lang.Table) CueStats {
	st := CueStats{}
	for word, row := range tab.Rows {
		if len(row) < 3 || row[0] != "head" {
			continue
		}
		hc := &HeadCount{}
		hc.Heads, _ = strconv.Atoi(row[1])
		hc.Seen, _ = strconv.Atoi(row[2])
		if len(row) > 3 {
			for _, f := range strings.Split(row[3], ",") {
				name, counts, _ := strings.Cut(f, ":")
				h, s, _ := strings.Cut(counts, "/")
				for c, n := range CompNames {
					if n == name {
						hc.ByComp[c].Heads, _ = strconv.Atoi(h)
						hc.ByComp[c].Seen, _ = strconv.Atoi(s)
					}
				}
			}
		}
		st[word] = hc
	}
	return st
}
