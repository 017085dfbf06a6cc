// Package archtest checks the dependency rule of docs/design.md: imports
// point inward, towards the root package; adapters never import stages or
// each other; nothing imports cmd; test support is imported by tests only.
package archtest

import (
	"encoding/json"
	"os/exec"
	"strings"
	"testing"
)

const mod = "github.com/claimtrail/claimtrail"

// allowed lists, per package, the module packages it may import (besides
// the root, which everyone may import, and internal helpers).
var allowed = map[string][]string{
	"token":   {"lang"},
	"segment": {"token", "lang"},
	"quote":   {"token"},
	"timex":   {"token", "lang"},
	"pos":     {"token", "lang"},
	// the extraction stages, in pipeline order: each imports only the
	// stages before it (and mention, the phrase reader speaker and frame
	// share); extract composes them
	"layer":     {"token", "segment", "quote", "pos", "timex", "lang"},
	"attrib":    {"layer", "token", "lang"},
	"mention":   {"layer", "token", "lang"},
	"speaker":   {"layer", "attrib", "mention", "token", "lang"},
	"frame":     {"layer", "attrib", "mention", "token", "lang"},
	"dating":    {"layer", "attrib", "timex", "lang"},
	"extract":   {"layer", "attrib", "speaker", "frame", "dating", "timex", "token"},
	"match":     {"token", "lang"},
	"stance":    {"token", "lang"},
	"trace":     {"match", "stance", "timex", "segment", "token", "lang"},
	"examples":  {},
	"ingest":    {},
	"pipeline":  {"extract", "ingest", "lang", "pos"}, // lang, pos: ExtractorVersion fingerprints their embedded files
	"sqlite":    {},
	"postgres":  {},
	"storetest": {},
	"mock":      {},
	"web":       {},
	"watch":     {"pipeline", "ingest"}, // the trace it needs is an interface (watch.Tracer)
	"lang":      {},
}

func TestDependencyRule(t *testing.T) {
	for _, p := range modulePackages(t) {
		name := strings.TrimPrefix(strings.TrimPrefix(p.ImportPath, mod), "/")
		top := strings.SplitN(name, "/", 2)[0]
		for _, imp := range p.Imports {
			if !strings.HasPrefix(imp, mod+"/") {
				continue
			}
			dep := strings.TrimPrefix(imp, mod+"/")
			depTop := strings.SplitN(dep, "/", 2)[0]
			if depTop == "cmd" {
				t.Errorf("%s imports %s: nothing imports cmd", p.ImportPath, imp)
			}
			if top == "cmd" || top == "internal" || depTop == "internal" || depTop == top {
				continue
			}
			ok, known := allowed[top]
			if !known {
				continue
			}
			if !contains(ok, depTop) {
				t.Errorf("%s imports %s: not allowed by the dependency rule (docs/design.md)", p.ImportPath, imp)
			}
		}
	}
}

// TestSupportOnlyInTests checks that the test-support packages (internal
// packages named …test, such as internal/tracetest) are imported by test
// files only, so that no binary links them.
func TestSupportOnlyInTests(t *testing.T) {
	for _, p := range modulePackages(t) {
		for _, imp := range p.Imports {
			if isTestSupport(imp) {
				t.Errorf("%s imports %s outside its tests: test support must not reach a binary", p.ImportPath, imp)
			}
		}
	}
}

// pkg is what the checks read of one package from go list.
type pkg struct {
	ImportPath string
	Imports    []string // of its non-test files
}

// modulePackages lists the module's packages; it skips the test where the
// go command cannot list them.
func modulePackages(t *testing.T) []pkg {
	t.Helper()
	out, err := exec.Command("go", "list", "-json", mod+"/...").Output()
	if err != nil {
		t.Skipf("go list failed (%v): cannot check imports here", err)
	}
	var pkgs []pkg
	dec := json.NewDecoder(strings.NewReader(string(out)))
	for dec.More() {
		var p pkg
		if err := dec.Decode(&p); err != nil {
			t.Fatal(err)
		}
		pkgs = append(pkgs, p)
	}
	return pkgs
}

func isTestSupport(path string) bool {
	return strings.HasPrefix(path, mod+"/internal/") && strings.HasSuffix(path, "test")
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
