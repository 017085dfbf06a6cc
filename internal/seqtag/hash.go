package seqtag

// Hasher builds feature hashes in place, without building strings:
// FNV-1a over a template id and the bytes of its values.
type Hasher uint64

const (
	offset64 = 14695981039346656037
	prime64  = 1099511628211
)

// New starts a feature of template id.
func New(template byte) Hasher {
	h := uint64(offset64)
	h ^= uint64(template)
	h *= prime64
	return Hasher(h)
}

// Str mixes in s.
func (h Hasher) Str(s string) Hasher {
	x := uint64(h)
	for i := 0; i < len(s); i++ {
		x ^= uint64(s[i])
		x *= prime64
	}
	x ^= 0xff // separator, so ("ab","c") != ("a","bc")
	x *= prime64
	return Hasher(x)
}

// Lower mixes in s lower-cased (ASCII letters only; other bytes as is).
func (h Hasher) Lower(s string) Hasher {
	x := uint64(h)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		x ^= uint64(c)
		x *= prime64
	}
	x ^= 0xff
	x *= prime64
	return Hasher(x)
}

// Byte mixes in one small value.
func (h Hasher) Byte(b byte) Hasher {
	x := uint64(h)
	x ^= uint64(b)
	x *= prime64
	x ^= 0xfe
	x *= prime64
	return Hasher(x)
}

// Sum returns the feature key (never 0, which marks empty table slots).
func (h Hasher) Sum() uint64 {
	if h == 0 {
		return 1
	}
	return uint64(h)
}

// Mix combines a template id with precomputed value hashes (a word's hash
// computed once per token), so features of neighbouring words need no
// rehashing of their bytes.
func Mix(template byte, a uint64) uint64 {
	h := (uint64(template) + 1) * 0x9e3779b97f4a7c15
	h ^= a
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	if h == 0 {
		return 1
	}
	return h
}

// Mix2 is Mix over two values.
func Mix2(template byte, a, b uint64) uint64 {
	h := (uint64(template) + 1) * 0x9e3779b97f4a7c15
	h ^= a
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h ^= b
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 29
	if h == 0 {
		return 1
	}
	return h
}

// HashLower hashes s lower-cased (ASCII), for Mix.
func HashLower(s string) uint64 { return uint64(New(0).Lower(s)) }

// HashStr hashes s as is, for Mix.
func HashStr(s string) uint64 { return uint64(New(0).Str(s)) }
