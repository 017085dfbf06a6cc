package token

// TitleCase reports whether a text is written in title case ("Blair Says
// Poll Is Near"), where its capitals tell no names: of the words that
// count (each caller says which: all, or its content words), at least
// least, every one or more than share of them capitalised. share 1 asks
// for every word. The callers count words of their own kinds (a
// document's tokens, a statement's words, a claim's) and hold
// thresholds of their own, said where they stand.
func TitleCase(words, capitalised, least int, share float64) bool {
	return words >= least && (capitalised == words || float64(capitalised) > share*float64(words))
}
