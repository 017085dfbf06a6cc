package trace

import (
	"slices"
	"strings"

	"github.com/claimtrail/claimtrail"
)

// sameContent is the word overlap (Jaccard over content stems) at which two
// statements of one speaker are taken for the same statement.
const sameContent = 0.5

// dateConflicts finds statements that are one statement (same speaker,
// near-same content, from different documents) dated differently: values
// whose date ranges do not overlap ("2022-07-11" and "2022-07-12"; not
// "2022-07" and "2022-07-12"). Only dates the texts give count, not
// publication bounds.
func (t *Tracer) dateConflicts(sts []claimtrail.TracedStatement) []claimtrail.DateConflict {
	bySpeaker := map[string][]datedContent{}
	var speakers []string
	for i := range sts {
		st := &sts[i]
		if st.SaidOn == nil || st.SaidOn.Basis == claimtrail.BasisPublished || st.Speaker.Name == "" {
			continue
		}
		if _, _, ok := st.SaidOn.Range(); !ok {
			continue
		}
		k := strings.ToLower(st.Speaker.Name)
		if bySpeaker[k] == nil {
			speakers = append(speakers, k)
		}
		bySpeaker[k] = append(bySpeaker[k], datedContent{i, t.contentWords(st.Content.Text)})
	}
	out := []claimtrail.DateConflict{}
	for _, k := range speakers {
		for _, idx := range sameStatements(sts, bySpeaker[k]) {
			if len(idx) < 2 || !disjointDates(sts, idx) {
				continue
			}
			c := claimtrail.DateConflict{Speaker: sts[idx[0]].Speaker.Name}
			for _, i := range idx {
				if v := sts[i].SaidOn.Value; !slices.Contains(c.Values, v) {
					c.Values = append(c.Values, v)
				}
				c.Statements = append(c.Statements, Ref(&sts[i]))
			}
			slices.Sort(c.Values)
			out = append(out, c)
		}
	}
	return out
}

// datedContent is a statement with a date of its text: its index and its
// content's items.
type datedContent struct {
	i     int
	words map[string]bool
}

// sameStatements groups one speaker's statements that are one statement:
// of different documents with near-same content, and transitively so. It
// returns the groups' statement indices, in the order of their first
// statement.
func sameStatements(sts []claimtrail.TracedStatement, es []datedContent) [][]int {
	parent := make([]int, len(es))
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	for a := range es {
		for b := a + 1; b < len(es); b++ {
			if sts[es[a].i].ArticleID != sts[es[b].i].ArticleID && jaccard(es[a].words, es[b].words) >= sameContent {
				parent[find(b)] = find(a)
			}
		}
	}
	groups := map[int][]int{}
	var roots []int
	for a := range es {
		r := find(a)
		if groups[r] == nil {
			roots = append(roots, r)
		}
		groups[r] = append(groups[r], es[a].i)
	}
	out := make([][]int, len(roots))
	for k, r := range roots {
		out[k] = groups[r]
	}
	return out
}

// disjointDates reports whether two of the statements have date ranges
// that do not overlap.
func disjointDates(sts []claimtrail.TracedStatement, idx []int) bool {
	for a := range idx {
		fa, la, _ := sts[idx[a]].SaidOn.Range()
		for b := a + 1; b < len(idx); b++ {
			fb, lb, _ := sts[idx[b]].SaidOn.Range()
			if la.Before(fb) || lb.Before(fa) {
				return true
			}
		}
	}
	return false
}

func (t *Tracer) contentWords(text string) map[string]bool {
	out := map[string]bool{}
	for _, it := range t.matcher.Analyze(text).Items {
		out[it.Kind+":"+it.ID] = true
	}
	return out
}

func jaccard(a, b map[string]bool) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	n := 0
	for k := range a {
		if b[k] {
			n++
		}
	}
	return float64(n) / float64(len(a)+len(b)-n)
}
