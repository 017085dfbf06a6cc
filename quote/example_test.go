package quote_test

import (
	"fmt"

	"github.com/claimtrail/claimtrail/quote"
	"github.com/claimtrail/claimtrail/token"
)

func Example() {
	text := "“We called it ‘a farce’ from day one.\n\n“We still do,” Ana Ruiz said. He left.”"
	toks := token.New(nil).Tokenize(nil, text)
	quotes, diags := quote.Scan(nil, text, toks)
	for _, q := range quotes {
		fmt.Printf("depth %d single %v continued %v terminated %v: %q\n", q.Depth, q.Single, q.Continued, q.Terminated, q.Inner.Text(text))
	}
	for _, d := range diags {
		fmt.Printf("%v: %s\n", d.Span, d.Msg)
	}
	// Output:
	// depth 0 single false continued false terminated false: "We called it ‘a farce’ from day one."
	// depth 1 single true continued false terminated true: "a farce"
	// depth 0 single false continued true terminated true: "We still do,"
	// [87,90): stray closing quotation ”
}
