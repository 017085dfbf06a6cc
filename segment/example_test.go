package segment_test

import (
	"fmt"

	"github.com/claimtrail/claimtrail/segment"
	"github.com/claimtrail/claimtrail/token"
)

func Example() {
	text := "Port Strike Ends\n\nEASTPORT (Reuters) - Gen. Mara Voss said the U.S. Army would help. “It is over.” The docks reopened."
	seg, err := segment.New("en")
	if err != nil {
		panic(err)
	}
	toks := token.New(seg.Abbrev()).Tokenize(nil, text)
	for _, s := range seg.Split(nil, text, toks) {
		fmt.Printf("%d %-8s %s\n", s.Para, s.Kind, s.Text(text))
	}
	// Output:
	// 0 Headline Port Strike Ends
	// 1 Dateline EASTPORT (Reuters) -
	// 1 Body     Gen. Mara Voss said the U.S. Army would help.
	// 1 Body     “It is over.”
	// 1 Body     The docks reopened.
}
