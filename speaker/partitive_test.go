package speaker_test

import "testing"

// "they" in a dashed list after "They give … reasons:" is the plural
// subject the chain of "they" opens from: the part of the firms
// polled, not a body named before. The text is invented.
func TestResolver_PartitiveChain(t *testing.T) {
	text := "Shops hold prices\n\nA survey of retailers was carried out for the Harbour Trade Council. Nearly half of all firms polled for the survey have no plans to raise prices. They give two key reasons for holding back:\n\n- demand is weak, \n - they fear that rivals will undercut them on every line."
	got := resolveSpans(t, text, []spanGroup{{"that rivals will undercut them on every line", "they", "fear"}})
	if got.Name != "half of all firms" {
		t.Errorf("got %q, want %q", got.Name, "half of all firms")
	}
}
