package pos

// table is an open-addressing hash table from a 64-bit hash to a row.
// A slot keeps the high half of the hash (the low bits are the index)
// next to its value, so a hit costs one cache line.
type table struct {
	slots []slot
	mask  uint64
}

// slot is one table entry: eight bytes keep the table small enough to
// stay in cache.
type slot struct {
	key uint32
	val int32
}

// newTable returns a table with room for n keys, at most two thirds full.
func newTable(n int) table {
	size := 1
	for size < 3*n/2+2 {
		size <<= 1
	}
	return table{slots: make([]slot, size), mask: uint64(size - 1)}
}

// insert adds key to the table, which has room by construction.
func (tb *table) insert(key uint64, v int32) {
	i, k := key&tb.mask, slotKey(key)
	for tb.slots[i].key != 0 && tb.slots[i].key != k {
		i = (i + 1) & tb.mask
	}
	tb.slots[i] = slot{key: k, val: v}
}

// get returns the value of h, or noRow.
func (tb *table) get(h uint64) int32 {
	slots, mask := tb.slots, tb.mask
	i, k := h&mask, slotKey(h)
	for {
		s := &slots[i]
		if s.key == k {
			return s.val
		}
		if s.key == 0 {
			return noRow
		}
		i = (i + 1) & mask
	}
}

// slotKey is the part of a key a slot keeps; never 0, which marks empty.
func slotKey(h uint64) uint32 { return uint32(h>>32) | 1 }
