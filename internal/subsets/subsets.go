// Package subsets lists the k-subsets of 0..n-1, which both the tracer's
// retrieval and the stores' concept queries enumerate.
package subsets

// Of lists the k-subsets of 0..n-1 in lexical order, nil when k is not
// in 1..n.
func Of(n, k int) [][]int {
	if k <= 0 || k > n {
		return nil
	}
	var out [][]int
	idx := make([]int, k)
	for i := range idx {
		idx[i] = i
	}
	for {
		out = append(out, append([]int(nil), idx...))
		i := k - 1
		for i >= 0 && idx[i] == n-k+i {
			i--
		}
		if i < 0 {
			return out
		}
		idx[i]++
		for j := i + 1; j < k; j++ {
			idx[j] = idx[j-1] + 1
		}
	}
}
