package trace

import (
	"slices"
	"unicode"
	"unicode/utf8"
)

// A copy of a story with a word changed here and there (a title
// reworded, a sentence added) is the same story: an article whose text
// shares nearCopyShare of its runs of shingleWords words with one listed
// before it repeats it. The share is read from bottom-sketch shingle
// hashes of each text (sketchSize of them, the smallest), so that
// comparing two articles costs the same whatever their length; a text
// shorter than that is compared whole. "before the summer … by June" and
// "before the autumn … by October" in a three-sentence story share far
// less: each changed word breaks shingleWords runs.
// Only an article's first sketchBytes are sketched: a copy repeats its
// story's opening (title and lead), and the cost of a sketch stays that
// of a short story whatever the article's length.
const (
	sketchBytes   = 4000
	shingleWords  = 4
	sketchSize    = 128
	nearCopyShare = 0.85
)

// sketchOf returns the smallest sketchSize hashes of the text's runs of
// shingleWords lower-case words, sorted and without repeats. Each word
// is hashed once (FNV-1a, wordHashes) and a run's hash combines its words'.
func sketchOf(text string) []uint64 {
	wh := wordHashes(text)
	if len(wh) < shingleWords {
		return nil
	}
	// The smallest sketchSize of n spread hashes lie, but by a rare
	// chance, under 4·sketchSize/n of the range: only those are sorted;
	// when fewer are, all are.
	limit := ^uint64(0)
	if n := uint64(len(wh) - shingleWords + 1); n > 4*sketchSize {
		limit = limit / n * 4 * sketchSize
	}
	hs := sortedRuns(wh, limit)
	if len(hs) < sketchSize && limit != ^uint64(0) {
		hs = sortedRuns(wh, ^uint64(0))
	}
	return hs[:min(len(hs), sketchSize)]
}

// FNV-1a's offset basis and prime (64 bits).
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// wordHashes returns the FNV-1a hash of each word of the text in lower
// case, a word being a run of letters and digits: the hashes of
// strings.FieldsFunc over strings.ToLower(text), read in one pass
// without building the lower-case text or its words (a trace sketches
// every article it reads; an invalid byte, which ToLower writes as
// U+FFFD, parts words as that does).
func wordHashes(text string) []uint64 {
	var out []uint64
	var buf [utf8.UTFMax]byte
	h, in := uint64(fnvOffset), false
	for _, r := range text {
		r = unicode.ToLower(r)
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			if in {
				out, h, in = append(out, h), fnvOffset, false
			}
			continue
		}
		for _, b := range buf[:utf8.EncodeRune(buf[:], r)] {
			h = (h ^ uint64(b)) * fnvPrime
		}
		in = true
	}
	if in {
		out = append(out, h)
	}
	return out
}

// sortedRuns returns runHashes sorted, without repeats.
func sortedRuns(wh []uint64, limit uint64) []uint64 {
	hs := runHashes(wh, limit)
	slices.Sort(hs)
	return slices.Compact(hs)
}

// runHashes returns the hashes of the runs of shingleWords words (wh:
// the words' hashes) that are at most limit.
func runHashes(wh []uint64, limit uint64) []uint64 {
	var hs []uint64
	for i := 0; i+shingleWords <= len(wh); i++ {
		h := uint64(0)
		for _, x := range wh[i : i+shingleWords] {
			h = mix(h*31 + x)
		}
		if h <= limit {
			hs = append(hs, h)
		}
	}
	return hs
}

// sketchShare estimates the share of shingles two texts hold in common
// (their Jaccard index) from their sketches: of the sketchSize smallest
// hashes of both, the share both hold.
func sketchShare(a, b []uint64) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	n := min(sketchSize, len(a), len(b))
	if len(a) < sketchSize && len(b) < sketchSize {
		n = len(a) + len(b) // whole sets: the union is counted below
	}
	seen, both := 0, 0
	for i, j := 0, 0; seen < n && (i < len(a) || j < len(b)); seen++ {
		switch {
		case j == len(b) || i < len(a) && a[i] < b[j]:
			i++
		case i == len(a) || b[j] < a[i]:
			j++
		default:
			both++
			i, j = i+1, j+1
		}
	}
	return float64(both) / float64(seen)
}

// nearCopy returns the first of the kept articles whose text a nearly
// repeats (nearCopyShare).
func nearCopy(a *cachedArticle, kept []int64, ac articleCache) (int64, bool) {
	for _, id := range kept {
		if sketchShare(a.sketch, ac[id].sketch) >= nearCopyShare {
			return id, true
		}
	}
	return 0, false
}

// mix is splitmix64's finaliser: FNV-1a's low values follow a word's
// last bytes, and a sketch of the smallest hashes needs them spread.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	return x ^ x>>31
}
