package memo_test

import (
	"fmt"
	"sync"
	"testing"

	"github.com/claimtrail/claimtrail/internal/memo"
)

func TestCache_Bounded(t *testing.T) {
	c := memo.New[string, int](3)
	for i := range 3 {
		c.Put(fmt.Sprint(i), i)
	}
	c.Put("1", 10) // a key held already: no eviction
	if v, ok := c.Get("1"); !ok || v != 10 || c.Len() != 3 {
		t.Fatalf("after replacing 1: %d, %v, len %d; want 10, true, 3", v, ok, c.Len())
	}
	c.Put("3", 3) // full: emptied first
	if _, ok := c.Get("0"); ok || c.Len() != 1 {
		t.Errorf("after a put into a full cache: len %d, 0 still held %v; want 1, false", c.Len(), ok)
	}
	if v, ok := c.Get("3"); !ok || v != 3 {
		t.Errorf("Get(3) = %d, %v; want 3, true", v, ok)
	}
}

func TestCache_Concurrent(t *testing.T) {
	c := memo.New[int, int](50)
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 1000 {
				k := (i * (g + 1)) % 120
				if v, ok := c.Get(k); ok && v != k*k {
					t.Errorf("Get(%d) = %d", k, v)
					return
				}
				c.Put(k, k*k)
			}
		}()
	}
	wg.Wait()
	if n := c.Len(); n > 50 {
		t.Errorf("len %d over the size 50", n)
	}
}
