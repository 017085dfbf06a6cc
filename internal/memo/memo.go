// Package memo is a concurrent memo table of bounded size, for values a
// stage computes again and again from the same key: a word's stem in
// match, a claim's opposites in stance.
package memo

import "sync"

// Cache maps keys to the values computed from them. It holds at most
// its size in entries: a Put into a full cache empties it first, so a
// stream of new keys (odd tokens, a server's many claims) cannot exhaust
// memory and the keys in use come back after. Values must depend on
// their key alone, so that what the cache holds never changes a result.
// It is safe for concurrent use; New makes one.
type Cache[K comparable, V any] struct {
	mu   sync.RWMutex
	m    map[K]V
	size int
}

// New returns an empty cache of at most size entries.
func New[K comparable, V any](size int) *Cache[K, V] {
	return &Cache[K, V]{m: map[K]V{}, size: max(size, 1)}
}

// Get returns the value cached for k.
func (c *Cache[K, V]) Get(k K) (V, bool) {
	c.mu.RLock()
	v, ok := c.m[k]
	c.mu.RUnlock()
	return v, ok
}

// Put caches v for k.
func (c *Cache[K, V]) Put(k K, v V) {
	c.mu.Lock()
	if _, ok := c.m[k]; !ok && len(c.m) >= c.size {
		clear(c.m)
	}
	c.m[k] = v
	c.mu.Unlock()
}

// Len returns the number of entries cached.
func (c *Cache[K, V]) Len() int {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return len(c.m)
}
