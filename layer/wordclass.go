package layer

import (
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/claimtrail/claimtrail/lang"
)

// Word classes the later steps test words for, on the text of a token
// in any case, from the language's word-classes table.

// Word class bits of table word-classes.
const (
	classDeterminer uint32 = 1 << iota
	classPreposition
	classRelative
	classNameParticle
	classArticle
	classComplementizer
	classOtherPreposition
	classExpletive
	classEmptySubject
	classSureDeterminer
	classInfinitive
	classConjunction
	classDisjunction
	classGenitive
	classNamePreposition
	classDefinite
	classBareCopula
	classPronounNumber
	classAgent
	classInterrogative
	classConditional
	classPerfect
	classExemplifier
	classLikeness
	classLocative
)

// maxClassWord is the longest word (in bytes) the classes may hold: words
// are lower-cased into a buffer of this size without allocating.
const maxClassWord = 16

// wordClasses holds the class bits of the words of table word-classes,
// with the classes of each word length and each first byte to turn most
// words away before a map lookup: the tests run for most tokens. The
// callers name no language yet, so these are English's (as
// lang/wordnet's are); with a second language the tests below become
// methods of Doc.
type classTable struct {
	words   map[string]uint32
	byLen   [maxClassWord + 1]uint32
	byFirst [256]uint32 // by lower-cased first byte
}

var wordClasses = sync.OnceValue(func() *classTable {
	bits := map[string]uint32{"determiner": classDeterminer, "preposition": classPreposition,
		"relative": classRelative, "name-particle": classNameParticle, "article": classArticle,
		"complementizer": classComplementizer, "other-preposition": classOtherPreposition,
		"expletive": classExpletive, "empty-subject": classEmptySubject, "sure-determiner": classSureDeterminer,
		"infinitive": classInfinitive, "conjunction": classConjunction, "disjunction": classDisjunction,
		"genitive": classGenitive, "name-preposition": classNamePreposition, "definite": classDefinite,
		"bare-copula": classBareCopula, "pronoun-number": classPronounNumber, "agent": classAgent,
		"interrogative": classInterrogative, "conditional": classConditional, "perfect": classPerfect,
		"exemplifier": classExemplifier, "likeness": classLikeness, "locative": classLocative}
	tb := lang.MustLoad("en", "word-classes")
	ct := &classTable{words: make(map[string]uint32, len(tb.Order))}
	for _, w := range tb.Order {
		if len(w) > maxClassWord || strings.ToLower(w) != w {
			panic(fmt.Sprintf("lang table word-classes: %q is not a lower-case word of at most %d bytes", w, maxClassWord))
		}
		for _, c := range strings.Split(tb.Field(w, 0), ",") {
			if bits[c] == 0 {
				panic(fmt.Sprintf("lang table word-classes: %q has unknown class %q", w, c))
			}
			ct.words[w] |= bits[c]
		}
		ct.byLen[len(w)] |= ct.words[w]
		ct.byFirst[w[0]] |= ct.words[w]
	}
	return ct
})

// IsDeterminer reports whether w is an article, demonstrative or
// possessive that may open a noun phrase.
func IsDeterminer(w string) bool { return hasClass(w, classDeterminer) }

// IsSureDeterminer reports whether w is a determiner that surely opens a
// noun phrase: not one that may be a pronoun or complementizer too
// ("that"), nor an adverb ("also").
func IsSureDeterminer(w string) bool { return hasClass(w, classSureDeterminer) }

// IsPreposition reports whether w is a preposition that may govern a
// name ("embassy in Tehran").
func IsPreposition(w string) bool { return hasClass(w, classPreposition) }

// IsArticle reports whether w is an article ("a", "the").
func IsArticle(w string) bool { return hasClass(w, classArticle) }

// IsComplementizer reports whether w may open a content clause ("that").
func IsComplementizer(w string) bool { return hasClass(w, classComplementizer) }

// OpensPhrase reports whether w is a preposition of either kind: one
// that may govern a name, or another ("outside") that opens a phrase
// all the same.
func OpensPhrase(w string) bool { return hasClass(w, classPreposition|classOtherPreposition) }

// IsExpletive reports whether w may be a subject that anticipates a
// clause and names no one ("It was reported that …").
func IsExpletive(w string) bool { return hasClass(w, classExpletive) }

// IsEmptySubject reports whether w, alone as a subject, names no one
// ("it", "there").
func IsEmptySubject(w string) bool { return hasClass(w, classEmptySubject) }

// IsInfinitive reports whether w marks an infinitive ("to").
func IsInfinitive(w string) bool { return hasClass(w, classInfinitive) }

// IsConjunction reports whether w joins two conjuncts and adds the
// second ("and"): the word before a list's last item.
func IsConjunction(w string) bool { return hasClass(w, classConjunction) }

// IsDisjunction reports whether w joins two alternatives ("or").
func IsDisjunction(w string) bool { return hasClass(w, classDisjunction) }

// IsGenitive reports whether w joins a noun to its owner or whole
// ("of": "the head of the agency", "Lord Kell of Harbourside").
func IsGenitive(w string) bool { return hasClass(w, classGenitive) }

// IsNamePreposition reports whether w may stand, in lower case, inside a
// body's name ("Institute for Fiscal Studies", "Bank of England").
func IsNamePreposition(w string) bool { return hasClass(w, classNamePreposition) }

// IsDefinite reports whether w is the definite article ("the").
func IsDefinite(w string) bool { return hasClass(w, classDefinite) }

// IsBareCopula reports whether w is the copula's bare form ("be": "to be").
func IsBareCopula(w string) bool { return hasClass(w, classBareCopula) }

// IsPronounNumber reports whether w is a number that may stand for a
// noun phrase ("one of the brothers").
func IsPronounNumber(w string) bool { return hasClass(w, classPronounNumber) }

// IsRelative reports whether w may open a relative clause ("who", "which").
func IsRelative(w string) bool { return hasClass(w, classRelative) }

// IsAgent reports whether w marks a passive's agent ("reported by the
// agency").
func IsAgent(w string) bool { return hasClass(w, classAgent) }

// IsInterrogative reports whether w may open an indirect question
// ("asked whether …", "asked him if …").
func IsInterrogative(w string) bool { return hasClass(w, classInterrogative) }

// IsConditional reports whether w may open a condition ("if").
func IsConditional(w string) bool { return hasClass(w, classConditional) }

// IsPerfect reports whether w is the perfect's auxiliary ("had denied").
func IsPerfect(w string) bool { return hasClass(w, classPerfect) }

// IsExemplifier reports whether w, before a likeness word, makes what
// follows examples ("such as").
func IsExemplifier(w string) bool { return hasClass(w, classExemplifier) }

// IsLikeness reports whether w opens a phrase of what a thing is taken
// for or likened to ("described it as a mistake").
func IsLikeness(w string) bool { return hasClass(w, classLikeness) }

// IsLocative reports whether w may put a person at a place ("Sarah
// Penlow in Moscow").
func IsLocative(w string) bool { return hasClass(w, classLocative) }

// hasClass reports whether w, lower-cased, is a word of class c. It
// lower-cases ASCII words that fit a short buffer without allocating;
// other words are none of the table's (but for the Kelvin sign, which
// lower-cases to k; no word of the table has a k).
func hasClass(w string, c uint32) bool {
	ct := wordClasses()
	if len(w) == 0 || len(w) > maxClassWord || ct.byLen[len(w)]&c == 0 || ct.byFirst[w[0]|0x20]&c == 0 && ct.byFirst[w[0]]&c == 0 {
		return false
	}
	var buf [maxClassWord]byte
	for i := 0; i < len(w); i++ {
		b := w[i]
		switch {
		case b >= utf8.RuneSelf:
			return false
		case 'A' <= b && b <= 'Z':
			b += 'a' - 'A'
		}
		buf[i] = b
	}
	return ct.words[string(buf[:len(w)])]&c != 0
}

// Capitalised reports whether w opens with an upper-case letter.
func Capitalised(w string) bool {
	c, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(c)
}

// IsNameParticle reports whether w may stand, in lower case, inside a
// personal name ("Rodrigo de Rato", "Ursula von der Leyen").
// It is matched as written: "De" is none.
func IsNameParticle(w string) bool { return wordClasses().words[w]&classNameParticle != 0 }
