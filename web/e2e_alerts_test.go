package web_test

import (
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestE2E_AlertsPage: a saved claim's alerts page in a browser: every
// alert is shown, its statement highlighted in the passage of its
// article, the page runs without console errors, and at phone width it
// does not scroll sideways.
func TestE2E_AlertsPage(t *testing.T) {
	ctx := browser(t)
	h, _, alerts := claimsServer(t)
	srv := httptest.NewServer(h)
	defer srv.Close()
	problems := consoleProblems(ctx)
	if err := chromedp.Do(ctx,
		chromedp.Navigate(srv.URL+"/claims/1"),
		chromedp.WaitVisible(chromedp.CSS(".alert-list")),
	); err != nil {
		t.Fatal(err)
	}
	n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll(".alert-list .alert").length`))
	if err != nil || n != len(alerts) {
		t.Fatalf("%d alerts shown (%v), want %d", n, err, len(alerts))
	}
	// the newest alert's statement is highlighted, visibly, in its passage
	hl, err := chromedp.Run(ctx, chromedp.Evaluate[string](`(() => {
		const c = document.querySelector(".alert-list .alert .passage .hl-content");
		if (!c) return "";
		const r = c.getBoundingClientRect();
		return r.width > 0 && getComputedStyle(c).backgroundColor !== "rgba(0, 0, 0, 0)" ? c.textContent : "";
	})()`))
	newest := alerts[len(alerts)-1].Statement.Content.Text
	norm := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	if err != nil || hl == "" || !strings.Contains(norm(newest), norm(hl)) && !strings.Contains(norm(hl), norm(newest)) {
		t.Errorf("highlighted content %q (%v), want the newest alert's %q", hl, err, newest)
	}
	// its link leads to the statement in its article
	if err := chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(`.alert-list .alert a[href^="/articles/"]`)),
		chromedp.WaitVisible(chromedp.CSS(".article-text")),
	); err != nil {
		t.Fatalf("follow the article link: %v", err)
	}
	if err := chromedp.Do(ctx,
		chromedp.EmulateViewport(390, 844, chromedp.EmulateScale(2)),
		chromedp.Navigate(srv.URL+"/claims/1"),
		chromedp.WaitVisible(chromedp.CSS(".alert-list")),
	); err != nil {
		t.Fatal(err)
	}
	over, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.documentElement.scrollWidth - window.innerWidth`))
	if err != nil || over > 1 {
		t.Errorf("at 390px the alerts page is %dpx too wide (%v)", over, err)
	}
	if png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100)); err == nil {
		saveShot(t, "screenshot-alerts.png", png)
	}
	if p := problems(); len(p) > 0 {
		t.Errorf("console errors on the alerts page:\n%s", strings.Join(p, "\n"))
	}
}
