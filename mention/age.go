package mention

import "github.com/claimtrail/claimtrail/token"

// ageAt returns the index of the comma that sets off an age after a name
// ("Mr Kell, 63, told", "Hynde, 53"): a number of at most three digits
// between commas or at the mention's end; 0 when there is none.
func ageAt(text string, toks []token.Token) int {
	for k := 1; k+1 < len(toks); k++ {
		if toks[k].Text(text) != "," || !isAge(toks[k+1].Text(text)) {
			continue
		}
		if k+2 == len(toks) || toks[k+2].Text(text) == "," {
			return k
		}
	}
	return 0
}

func isAge(w string) bool {
	if len(w) == 0 || len(w) > 3 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}
