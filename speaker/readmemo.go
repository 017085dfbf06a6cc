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
// A document holds a few dozen such runs, so a scan of the list costs
// less than a map; Reset empties it (the list's memory is reused
// document to document). A Mention holds strings only: the copy
// handed out shares nothing a caller may change.
func (r *Resolver) read(first, last int) mention.Mention {
	for i := range r.reads {
		if r.reads[i].first == first && r.reads[i].last == last {
			return r.reads[i].m
		}
	}
	m := r.mentions.Read(r.d, first, last)
	r.reads = append(r.reads, mentionRead{first: first, last: last, m: m})
	return m
}
