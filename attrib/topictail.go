package attrib

import (
	"unicode"
	"unicode/utf8"

	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// dropTopicTail ends a source that follows its cue before an "of" phrase
// naming what was spoken of: `"…," said Arts minister Estelle Morris of
// the findings` — the findings are the topic, not part of the speaker. The
// phrase must follow a capitalised word and run to the source's end with
// a determiner and lower-case words only, so "Lord Kell of Harbourside"
// and "John Smith of the University of Leeds" keep theirs.
func dropTopicTail(d *layer.Doc, cue, r Run) Run {
	if r.First <= cue.First {
		return r
	}
	last := r.Last
	for last > r.First && d.Toks[last-1].Kind == token.Punct {
		last--
	}
	for k := r.First + 1; k+2 < last; k++ {
		if !layer.IsGenitive(d.Low[k]) || !capitalised(d.Toks[k-1].Text(d.Text)) || !layer.IsDeterminer(d.Low[k+1]) {
			continue
		}
		for j := k + 2; j < last; j++ {
			if d.Toks[j].Kind != token.Word || capitalised(d.Toks[j].Text(d.Text)) {
				return r
			}
		}
		r.Last = k
		return r
	}
	return r
}

func capitalised(w string) bool {
	c, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(c)
}
