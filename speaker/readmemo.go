package speaker

import "github.com/claimtrail/claimtrail/mention"

// mentionRead is one mention the resolver has read in its document:
// tokens [first, last) and what the mention parser made of them.
type mentionRead struct {
	first, last int
	m           mention.Mention
}

// read returns the mention of tokens [first, last) of the document,
// parsing each run once: the pronoun rules (subject, subjectActor,
// chainedSubject) read the subject of the same sentence again for each
// pronoun after it, and the rules about a source read its words again.
// A news article holds a few dozen such runs, so a scan of the list
// costs less than a map; past maxScanned runs (a long text's window) a
// map indexes them, so the cost stays linear. Reset empties both (their
// memory is reused document to document). A Mention holds strings only:
// the copy handed out shares nothing a caller may change.
func (r *Resolver) read(first, last int) mention.Mention {
	key := [2]int{first, last}
	if len(r.reads) > maxScanned {
		if i, ok := r.readAt[key]; ok {
			return r.reads[i].m
		}
	} else {
		for i := range r.reads {
			if r.reads[i].first == first && r.reads[i].last == last {
				return r.reads[i].m
			}
		}
	}
	m := r.mentions.Read(r.d, first, last)
	r.reads = append(r.reads, mentionRead{first: first, last: last, m: m})
	switch n := len(r.reads); {
	case n == maxScanned+1:
		if r.readAt == nil {
			r.readAt = make(map[[2]int]int, 2*maxScanned)
		}
		for i, rd := range r.reads {
			r.readAt[[2]int{rd.first, rd.last}] = i
		}
	case n > maxScanned+1:
		r.readAt[key] = n - 1
	}
	return m
}

// maxScanned is the most runs read looks up by scanning its list.
const maxScanned = 64
