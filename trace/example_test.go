package trace_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/examples"
	"github.com/claimtrail/claimtrail/extract"
	"github.com/claimtrail/claimtrail/ingest"
	"github.com/claimtrail/claimtrail/sqlite"
	"github.com/claimtrail/claimtrail/trace"
)

// Example reads the demo corpus into a SQLite store and traces its claim:
// the library path behind claimtrail demo.
func Example() {
	ctx := context.Background()
	dir, _ := os.MkdirTemp("", "claimtrail-example-")
	defer os.RemoveAll(dir)
	if err := examples.WriteDemo(filepath.Join(dir, "corpus")); err != nil {
		panic(err)
	}
	st, err := sqlite.Open(ctx, filepath.Join(dir, "demo.db"))
	if err != nil {
		panic(err)
	}
	defer st.Close()

	// Read, extract and store every article.
	x, err := extract.New(extract.Options{})
	if err != nil {
		panic(err)
	}
	err = ingest.Read(ctx, []string{filepath.Join(dir, "corpus")}, ingest.Options{}, ingest.Handler{
		Doc: func(d *claimtrail.Document) error {
			_, err := st.PutArticles(ctx, []claimtrail.ArticleInput{{Doc: d, Hash: d.ID, Statements: x.Extract(d)}})
			return err
		},
	})
	if err != nil {
		panic(err)
	}

	// Trace the claim.
	tr, err := trace.New(st, trace.Options{})
	if err != nil {
		panic(err)
	}
	t, err := tr.Trace(ctx, "Veldovia sold patrol boats to Marisca", claimtrail.TraceOptions{})
	if err != nil {
		panic(err)
	}
	fmt.Println("first asserted:", t.EarliestAssertion.Speaker, t.EarliestAssertion.SaidOn)
	fmt.Println("first denied:", t.EarliestDenial.Speaker, t.EarliestDenial.SaidOn)
	for _, o := range t.Origins {
		fmt.Printf("origin story: %s, %s; contradicted by %d earlier statements\n", o.Names, o.Date, len(o.ContradictedBy))
	}
	// Output:
	// first asserted: Ilse Varga 2025-02-20
	// first denied: Veldovian Defence Ministry 2025-02-24
	// origin story: Northern Ledger, 2025-03-11; contradicted by 9 earlier statements
}
