package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEvalFNC1 runs eval fnc1 on three made-up bodies and one headline
// (fictional, in FNC-1's file format).
func TestEvalFNC1(t *testing.T) {
	dir := t.TempDir()
	bodies := `Body ID,articleBody
1,"Veldovia sold four patrol boats to Marisca last spring, the defence ministry said on Monday. ""The boats were delivered in May,"" spokesman Ivo Rask told reporters."
2,"Veldovia's foreign ministry denied on Tuesday that it had sold patrol boats to Marisca. ""No boats were sold,"" minister Lena Fahr said."
3,"Heavy rain flooded the harbour district of Port Anselm on Sunday, the weather office said."
`
	stances := `Headline,Body ID,Stance
Veldovia sold patrol boats to Marisca,1,agree
Veldovia sold patrol boats to Marisca,2,disagree
Veldovia sold patrol boats to Marisca,3,unrelated
`
	for name, s := range map[string]string{"bodies.csv": bodies, "dev_stances.csv": stances} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, out, errs := run(t, "", "eval", "fnc1", "--data", dir, "--half", "all", "-v")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{
		"Veldovia sold patrol boats to Marisca", // the -v line
		"FNC-1 all half: 1 headlines, 3 headline-body pairs; 3 bodies",
		"FNC-1 relative score:", "related detection:", "per-class F1:", "gold\\pred", "time:",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if code, _, errs := run(t, "", "eval", "fnc1", "--data", dir, "--half", "train"); code == 0 || !strings.Contains(errs, "half") {
		t.Errorf("--half train: exit %d, %s", code, errs)
	}
}
