package attrib

import (
	"strings"

	"github.com/claimtrail/claimtrail/layer"
)

// runOf returns the run of role over the first occurrence of phrase s in
// d's text, for tests that give a group's spans as phrases.
func runOf(d *layer.Doc, s string, role int) Run {
	i := strings.Index(d.Text, s)
	return Run{Role: role, First: d.TokenAt(i), Last: d.TokenAt(i + len(s))}
}

// markRuns labels the tokens of each run in labs as the tagger would
// have, each token inside its role.
func markRuns(labs []uint8, runs ...Run) {
	for _, r := range runs {
		for k := r.First; k < r.Last; k++ {
			labs[k] = labelOf(r.Role, posI)
		}
	}
}
