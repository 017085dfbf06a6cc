package pos

import (
	"strings"
	"testing"

	"github.com/claimtrail/claimtrail/token"
)

// TestFormAtomsAffixes checks that the atoms the tagger reads for a token
// without a form row (formAtoms, then setAffixes from the word kept) are
// those of tokenAtoms, for words short and long, cased, with digits,
// curly quotes, dashes and non-ASCII letters.
func TestFormAtomsAffixes(t *testing.T) {
	words := []string{"", "a", "I", "he", "said", "Said", "SAID", "spokeswoman", "1998", "52-year-old",
		"don’t", "“Yes", "—", "Zürich", "ÉCOLE", "naïve", "x1y2", strings.Repeat("long", 20), strings.Repeat("é", 40), "e-mail@example.org"}
	for _, w := range words {
		for _, k := range []token.Kind{token.Word, token.Number, token.Punct} {
			var nw normWord
			got := formAtoms(w, k, &nw)
			nw.setAffixes(&got)
			if want := tokenAtoms(w, k); got != want {
				t.Errorf("%q (kind %d): formAtoms and setAffixes give %v, tokenAtoms %v", w, k, got, want)
			}
			if opt := tokenAtomsOpt(w, k, false); formKey(&opt) != formKey(&got) {
				t.Errorf("%q (kind %d): form keys differ", w, k)
			}
		}
	}
}
