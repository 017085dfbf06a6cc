package sqlite

import "strings"

// setMatch is conceptMatch for a search whose rows are a set (unranked,
// counted, or tested for membership): its groups pruned of the terms
// that cannot change which rows match (prunedGroups). bm25 scores every
// term, so ranked searches keep them all.
func setMatch(groups [][]string, min int) string {
	return conceptMatch(prunedGroups(groups), min)
}

// prunedGroups drops, from each group, the terms whose rows the group's
// other terms match already, as the index's tokenizer (porter over
// unicode61) reads them: a repeat in other case or punctuation ("Iran",
// "iran"; "U.S.", "u.s") and a phrase holding a word the group holds
// alone ("kamikaze drone" and "shahed-136" beside "drone" and "shahed").
// Each term is a list of the index's posting lists merged for every row,
// so fewer make a claim's query cheaper (the weapons group holds 85).
// Only ASCII terms are read: beyond it the tokenizer's case folding and
// separators are its own, and such a term is kept.
func prunedGroups(groups [][]string) [][]string {
	out := make([][]string, len(groups))
	for g, terms := range groups {
		alone := map[string]bool{}
		for _, t := range terms {
			if w := asciiWords(t); len(w) == 1 && w[0] == strings.ToLower(t) {
				alone[w[0]] = true
			}
		}
		seen := map[string]bool{}
		for _, t := range terms {
			w := asciiWords(t)
			if w == nil {
				out[g] = append(out[g], t)
				continue
			}
			key := strings.Join(w, " ")
			if seen[key] || len(w) > 1 && anyOf(w, alone) {
				continue
			}
			seen[key] = true
			out[g] = append(out[g], t)
		}
	}
	return out
}

// asciiWords returns the lower-case words of an ASCII term as unicode61
// splits it (on every character but letters and digits); nil for a term
// that is not ASCII, is longer than a concept search takes (storecodec's
// 100 bytes) or holds no word.
func asciiWords(t string) []string {
	if len(t) > 100 {
		return nil
	}
	for i := 0; i < len(t); i++ {
		if t[i] >= 0x80 {
			return nil
		}
	}
	w := strings.FieldsFunc(strings.ToLower(t), func(r rune) bool {
		return !('a' <= r && r <= 'z' || '0' <= r && r <= '9')
	})
	if len(w) == 0 {
		return nil
	}
	return w
}

// anyOf reports whether one of words is in set.
func anyOf(words []string, set map[string]bool) bool {
	for _, w := range words {
		if set[w] {
			return true
		}
	}
	return false
}
