package trace

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/claimtrail/claimtrail"
)

// WriteDot writes the who-cites-whom graph of a trace in Graphviz DOT:
// one node per speaker or cited source, coloured by the speakers' stances
// (asserting, denying, both, neither), one edge per citation labelled with
// the number of statements.
func WriteDot(w io.Writer, t *claimtrail.Trace) error {
	bw := bufio.NewWriter(w)
	stances := map[string]map[string]bool{}
	var nodes []string
	node := func(name string) {
		if stances[name] == nil {
			stances[name] = map[string]bool{}
			nodes = append(nodes, name)
		}
	}
	for _, s := range t.Statements {
		name := s.Speaker.Name
		if name == "" {
			name = s.Speaker.Mention
		}
		if name == "" {
			continue
		}
		node(name)
		stances[name][s.Stance] = true
	}
	for _, c := range t.Citations {
		node(c.From)
		node(c.To)
	}
	fmt.Fprintf(bw, "digraph claimtrail {\n  label=%s;\n  labelloc=t;\n  rankdir=LR;\n  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\"];\n", dotQuote("Who cites whom: "+t.Claim))
	for _, n := range nodes {
		fill := "#eeeeee" // only cited, or neutral
		switch st := stances[n]; {
		case st[claimtrail.Asserts] && st[claimtrail.Denies]:
			fill = "#f3e3a0"
		case st[claimtrail.Asserts]:
			fill = "#a6cbe8"
		case st[claimtrail.Denies]:
			fill = "#f4b183"
		}
		fmt.Fprintf(bw, "  %s [fillcolor=%s];\n", dotQuote(n), dotQuote(fill))
	}
	for _, c := range t.Citations {
		fmt.Fprintf(bw, "  %s -> %s [label=%s];\n", dotQuote(c.From), dotQuote(c.To), dotQuote(fmt.Sprint(len(c.Statements))))
	}
	bw.WriteString("}\n")
	return bw.Flush()
}

// dotQuote quotes s as a DOT string: quotes and backslashes escaped, line
// breaks as \n.
func dotQuote(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`, "\r", "")
	return `"` + r.Replace(s) + `"`
}
