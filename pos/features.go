package pos

import (
	"unicode"
	"unicode/utf8"

	"github.com/claimtrail/claimtrail/token"
)

// Atom kinds. An atom is one hashed property of one token (its lower-case
// word, a suffix, its shape…). A feature is an atom seen at an offset from
// the position being tagged; the model stores, per atom, one weight
// segment per offset the kind allows, so one table probe per atom serves
// every position that looks at the token.
const (
	aWord   = iota        // lower-cased, digits folded to 0: offsets -2..+2
	aSuf3                 // last 3 bytes of the normalised word: -1..+1
	aShape                // word shape, token kind and length bucket: -1..+1
	aSuf2                 // last 2 bytes: 0
	aSuf1                 // last byte: 0
	aPre1                 // first byte, case kept: 0
	aPre2                 // first 2 bytes, lower-cased: 0
	aPre3                 // first 3 bytes, lower-cased: 0
	nStatic               // atoms computed from the token alone
	aFirst  = nStatic     // shape of a sentence-initial token: 0
	aTagW   = nStatic + 1 // previous tag and word: 0
	aBigram = nStatic + 2 // previous and this word, of this token: 0, +1
	nKinds  = nStatic + 3
)

// kindSegs is how many offset segments an atom kind's row holds, and
// kindLo the offset of its first segment.
var (
	kindSegs = [nKinds]int8{aWord: 5, aSuf3: 3, aShape: 3, aSuf2: 1, aSuf1: 1, aPre1: 1, aPre2: 1, aPre3: 1, aFirst: 1, aTagW: 1, aBigram: 2}
	kindLo   = [nKinds]int8{aWord: -2, aSuf3: -1, aShape: -1}
)

// maxNorm bounds the bytes of a word that are normalised and hashed; longer
// tokens (URLs, runs of dashes) hash their first maxNorm bytes and length.
const maxNorm = 48

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// mix is the splitmix64 finaliser: FNV's low bits are weak and the table
// indexes by them.
func mix(h uint64) uint64 {
	h ^= h >> 30
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 27
	h *= 0x94d049bb133111eb
	h ^= h >> 31
	if h == 0 { // 0 marks an empty slot
		h = 1
	}
	return h
}

// fnv hashes kind then b.
func fnv(kind byte, b []byte) uint64 {
	h := uint64(fnvOffset)
	h ^= uint64(kind)
	h *= fnvPrime
	for _, c := range b {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return mix(h)
}

// padBefore and padAfter are the word atoms of the positions before the
// first and after the last token of a sentence.
var (
	padBefore = fnv(aWord, []byte{0, 'B'})
	padAfter  = fnv(aWord, []byte{0, 'A'})
)

// atomFirst and atomTagW derive the position-dependent atoms from hashes
// computed once per token, so they cost no pass over the bytes.
func atomFirst(shape uint64) uint64 { return mix(shape ^ 0x5a17f1257) }

func atomTagW(word uint64, prev uint8) uint64 {
	return mix(word ^ (uint64(prev)+1)*0x9e3779b97f4a7c15)
}

// atomBigram is the word pair ending at a token (prev is padBefore at a
// sentence start).
func atomBigram(prev, word uint64) uint64 { return mix(prev*0xc2b2ae3d27d4eb4f ^ word ^ 0xb16) }

// atoms is what one token contributes: its static atom hashes.
type atoms [nStatic]uint64

// tokenAtoms computes the static atoms of the token s of kind k without
// allocating: it normalises into a stack buffer (ASCII lower-case, digits
// to 0, curly quotes and dashes to ASCII) and hashes slices of it.
func tokenAtoms(s string, k token.Kind) atoms { return tokenAtomsOpt(s, k, true) }

// tokenAtomsOpt is tokenAtoms; without affixes it leaves the suffix and
// prefix atoms but the first unset, enough for formKey, which is all a
// frequent token needs.
func tokenAtomsOpt(s string, k token.Kind, affixes bool) (a atoms) {
	var w normWord
	a = formAtoms(s, k, &w)
	if affixes {
		w.setAffixes(&a)
	}
	return a
}

// normWord holds a token's normalised bytes, so that a token not
// frequent enough for a form row gets its affix atoms without being
// normalised again.
type normWord struct {
	buf [maxNorm + utf8.UTFMax]byte
	n   int
}

// setAffixes sets the suffix and prefix atoms but the first of a from the
// normalised word.
func (nw *normWord) setAffixes(a *atoms) {
	w, nb := nw.buf[:nw.n], nw.n
	a[aSuf3] = fnv(aSuf3, w[max(nb-3, 0):])
	a[aSuf2] = fnv(aSuf2, w[max(nb-2, 0):])
	a[aSuf1] = fnv(aSuf1, w[max(nb-1, 0):])
	a[aPre2] = fnv(aPre2, w[:min(nb, 2)])
	a[aPre3] = fnv(aPre3, w[:min(nb, 3)])
}

// formAtoms is tokenAtomsOpt without affixes; it keeps the normalised
// word in nw.
func formAtoms(s string, k token.Kind, nw *normWord) (a atoms) {
	buf := &nw.buf
	var shape [8]byte
	nb, ns := 0, 0
	var last byte
	first := byte(0)
	nr := 0 // runes
	for i := 0; i < len(s) && nb < maxNorm; {
		c := s[i]
		var cls byte
		if c < utf8.RuneSelf {
			i++
			switch {
			case c >= 'a' && c <= 'z':
				cls = 'x'
			case c >= 'A' && c <= 'Z':
				cls = 'X'
				c += 'a' - 'A'
			case c >= '0' && c <= '9':
				cls = 'd'
				c = '0'
			default:
				cls = c
				if c == '`' {
					c, cls = '\'', '\''
				}
			}
			if nr == 0 {
				first = s[i-1]
			}
			buf[nb] = c
			nb++
		} else {
			r, sz := utf8.DecodeRuneInString(s[i:])
			i += sz
			switch r {
			case '’', '‘', '‛', '′':
				c, cls = '\'', '\''
			case '“', '”', '„', '″', '«', '»':
				c, cls = '"', '"'
			case '–', '—', '‒', '―', '‐', '‑':
				c, cls = '-', '-'
			case '…':
				c, cls = '.', '.'
			}
			if cls != 0 {
				if nr == 0 {
					first = c
				}
				buf[nb] = c
				nb++
			} else {
				cls = 'o'
				if unicode.IsUpper(r) {
					cls = 'X'
					r = unicode.ToLower(r)
				} else if unicode.IsLetter(r) {
					cls = 'x'
				} else if unicode.IsDigit(r) {
					cls = 'd'
				}
				if nr == 0 {
					first = s[i-sz]
				}
				nb += utf8.EncodeRune(buf[nb:], r)
			}
		}
		nr++
		if cls != last && ns < len(shape) {
			shape[ns] = cls
			ns++
		}
		last = cls
	}
	w := buf[:nb]
	a[aWord] = fnv(aWord, w)
	if nb == maxNorm && len(s) > maxNorm {
		a[aWord] = mix(a[aWord] ^ uint64(len(s)))
	}
	a[aPre1] = fnv(aPre1, []byte{first})
	nw.n = nb
	// shape carries the token kind and a length bucket: short all-caps
	// words are acronyms, long ones headlines.
	shape[len(shape)-1] = byte(k)<<4 | byte(min(nr, 6))
	if ns > len(shape)-1 {
		ns = len(shape) - 1
	}
	sh := shape[:ns]
	h := fnv(aShape, sh)
	a[aShape] = mix(h ^ uint64(shape[len(shape)-1])<<32)
	return a
}

// formKey identifies a token by the atoms that determine all the others:
// the normalised word (and so its affixes), its first byte and its shape
// (with kind and length). Tokens with equal keys get equal features.
func formKey(a *atoms) uint64 {
	return mix(a[aWord] ^ a[aPre1]*0x9fb21c651e98df25 ^ a[aShape]*0xd6e8feb86659fd93)
}
