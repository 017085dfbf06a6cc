package layer

import (
	"unicode"
	"unicode/utf8"
)

// Word classes the later steps test words for, on the text of a token
// in any case.

// IsDeterminer reports whether w is an article, demonstrative or
// possessive that may open a noun phrase.
func IsDeterminer(w string) bool {
	var buf [8]byte
	switch lowerShort(&buf, w) {
	case "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "another", "also":
		return true
	}
	return false
}

// IsPreposition reports whether w is a preposition that may govern a
// name ("embassy in Tehran").
func IsPreposition(w string) bool {
	var buf [8]byte
	switch lowerShort(&buf, w) {
	case "for", "of", "in", "at", "to", "from", "on", "with", "by":
		return true
	}
	return false
}

// IsRelative reports whether w may open a relative clause ("who", "which").
func IsRelative(w string) bool {
	var buf [8]byte
	switch lowerShort(&buf, w) {
	case "who", "whom", "whose", "which", "that", "where", "when", "while":
		return true
	}
	return false
}

// lowerShort returns w lower-cased in buf when it is ASCII and fits, else
// "". It serves comparisons with short ASCII words without allocating:
// no other word lower-cases to one of them (but for the Kelvin sign,
// which lower-cases to k; none of these words has a k).
func lowerShort(buf *[8]byte, w string) string {
	if len(w) > len(buf) {
		return ""
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= utf8.RuneSelf:
			return ""
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return string(buf[:len(w)])
}

// Capitalised reports whether w opens with an upper-case letter.
func Capitalised(w string) bool {
	c, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(c)
}

// IsNameParticle reports whether w may stand, in lower case, inside a
// personal name ("Rodrigo de Rato", "Ursula von der Leyen").
func IsNameParticle(w string) bool {
	switch w {
	case "de", "del", "della", "der", "den", "di", "da", "dos", "das", "du", "van", "von", "bin", "ibn", "al", "le", "la", "ter", "ten":
		return true
	}
	return false
}
