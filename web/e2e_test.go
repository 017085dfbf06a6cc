package web_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// chromium finds a Chromium or Chrome binary: Debian's /usr/bin/chromium
// first.
func chromium() string {
	if _, err := os.Stat("/usr/bin/chromium"); err == nil {
		return "/usr/bin/chromium"
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// browser starts a fresh headless Chromium for the test, or skips (fails
// when CLAIMTRAIL_E2E=1) when there is none.
func browser(t *testing.T) context.Context {
	t.Helper()
	path := chromium()
	if path == "" {
		if os.Getenv("CLAIMTRAIL_E2E") == "1" {
			t.Fatal("CLAIMTRAIL_E2E=1 but no Chromium found (install it: apt-get install -y chromium)")
		}
		t.Skip("skipping the browser test: Chromium is not installed (apt-get install -y chromium; CLAIMTRAIL_E2E=1 makes its absence a failure)")
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	}
	// a guard against a hung browser, not a timing assertion
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	actx, acancel := chromedp.NewExecAllocator(ctx, opts...)
	bctx, bcancel := chromedp.NewContext(actx)
	t.Cleanup(func() { bcancel(); acancel(); cancel() })
	return bctx
}

// consoleProblems collects the page's uncaught exceptions and browser-log
// errors (a Content-Security-Policy violation among them).
func consoleProblems(ctx context.Context) (stop func() []string) {
	ctx, cancel := context.WithCancel(ctx)
	var mu sync.Mutex
	var out []string
	done := make(chan struct{})
	msgs := chromedp.Console(ctx)
	go func() {
		defer close(done)
		for m, err := range msgs {
			if err != nil {
				return
			}
			if m.IsException() || m.Type == chromedp.ConsoleError || strings.Contains(m.Text, "Content Security Policy") {
				mu.Lock()
				out = append(out, m.String())
				mu.Unlock()
			}
		}
	}()
	return func() []string {
		cancel()
		<-done
		mu.Lock()
		defer mu.Unlock()
		return out
	}
}

func TestE2E_TracePage(t *testing.T) {
	ctx := browser(t)
	h, claim, statements := e2eServer(t)
	srv := httptest.NewServer(h)
	defer srv.Close()

	// the statement to click, and its quote, from the JSON API
	resp, err := http.Get(srv.URL + "/api/trace?claim=" + url.QueryEscape(claim))
	if err != nil {
		t.Fatal(err)
	}
	var tr struct {
		Statements []struct {
			Doc     string
			N       int
			Content struct{ Text string }
		}
		Articles []struct{ Doc, Stance string }
	}
	err = json.NewDecoder(resp.Body).Decode(&tr)
	resp.Body.Close()
	if err != nil || len(tr.Statements) != statements || statements == 0 {
		t.Fatalf("trace API: %v, %d statements, want %d", err, len(tr.Statements), statements)
	}
	pick := tr.Statements[statements/2]

	problems := consoleProblems(ctx)
	if err := chromedp.Do(ctx,
		chromedp.Navigate(srv.URL+"/trace?claim="+url.QueryEscape(claim)),
		chromedp.WaitVisible(chromedp.CSS("svg.timeline")),
	); err != nil {
		t.Fatal(err)
	}
	n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll("svg.timeline .mark").length`))
	if err != nil {
		t.Fatal(err)
	}
	if n != statements {
		t.Errorf("%d marks on the timeline, want one per statement (%d)", n, statements)
	}
	// the articles list: one item per article of the trace, with its stance
	arts, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll("ul.articles li .stance")).map(e => e.textContent.trim())`))
	if err != nil || len(tr.Articles) == 0 || len(arts) != len(tr.Articles) {
		t.Errorf("articles list %q (%v), want one per article of the trace (%d)", arts, err, len(tr.Articles))
	}
	for i := range min(len(arts), len(tr.Articles)) {
		if !strings.HasSuffix(arts[i], tr.Articles[i].Stance) {
			t.Errorf("article %s shows %q, want its stance %s", tr.Articles[i].Doc, arts[i], tr.Articles[i].Stance)
		}
	}

	docJS, _ := json.Marshal(pick.Doc)
	mark := chromedp.JSPath(`Array.from(document.querySelectorAll("svg.timeline .mark")).find(m => m.dataset.doc === ` +
		string(docJS) + ` && m.dataset.n === "` + strconv.Itoa(pick.N) + `")`)
	if err := chromedp.Do(ctx, chromedp.Click(mark)); err != nil {
		t.Fatalf("click the mark of %s #%d: %v", pick.Doc, pick.N, err)
	}
	detail, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("#detail-body")))
	if err != nil {
		t.Fatal(err)
	}
	norm := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	if !strings.Contains(norm(detail), norm(pick.Content.Text)) {
		t.Errorf("the detail panel does not show the clicked statement's quote %q:\n%s", pick.Content.Text, detail)
	}
	// the click stayed on the page (JS took it) and marked the selection
	sel, err := chromedp.Run(ctx, chromedp.Evaluate[string](`(() => { const m = document.querySelector(".mark.selected"); return m ? m.dataset.doc + "#" + m.dataset.n + " " + location.pathname : ""; })()`))
	if err != nil || sel != pick.Doc+"#"+strconv.Itoa(pick.N)+" /trace" {
		t.Errorf("selected mark %q, %v", sel, err)
	}

	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatal(err)
	}
	saveShot(t, "screenshot-trace.png", png)

	// at phone width the page does not scroll sideways (the timeline
	// scrolls in its own box)
	if err := chromedp.Do(ctx,
		chromedp.EmulateViewport(390, 844, chromedp.EmulateScale(2)),
		chromedp.Reload(),
		chromedp.WaitVisible(chromedp.CSS("svg.timeline")),
	); err != nil {
		t.Fatal(err)
	}
	over, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.documentElement.scrollWidth - window.innerWidth`))
	if err != nil || over > 1 {
		t.Errorf("at 390px the page is %dpx too wide (%v)", over, err)
	}
	if png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot()); err == nil {
		saveShot(t, "screenshot-trace-phone.png", png)
	}
	if p := problems(); len(p) > 0 {
		t.Errorf("console errors on the trace page:\n%s", strings.Join(p, "\n"))
	}
}

// saveShot writes a screenshot into the test's temporary directory, and
// also into $CLAIMTRAIL_SCREENSHOT_DIR when that is set (to refresh
// docs/screenshot-trace.png).
func saveShot(t *testing.T, name string, png []byte) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(t.TempDir(), name), png, 0o644); err != nil {
		t.Fatal(err)
	}
	if dir := os.Getenv("CLAIMTRAIL_SCREENSHOT_DIR"); dir != "" {
		if err := os.WriteFile(filepath.Join(dir, name), png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
