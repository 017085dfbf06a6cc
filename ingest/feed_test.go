package ingest_test

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/claimtrail/claimtrail/ingest"
)

func TestRead_Feeds(t *testing.T) {
	type item struct{ id, url, title, author, source, lang, published, text string }
	for _, tc := range []struct {
		file  string
		items []item
		fails []string
	}{
		{"testdata/feed/courier.rss", []item{
			{"https://courier.example/harbour/port-authority-denies-deal", "https://courier.example/harbour/port-authority-denies-deal", "Port authority denies dredging deal", "Mara Quill", "The Northbay Courier", "en", "2026-03-04T09:30:00Z",
				"The port authority denied the report on Tuesday.\n\n“Not true,” harbour master Odile Fenwick said."},
			{"https://courier.example/city/ferry-fares", "https://courier.example/city/ferry-fares", "Ferry fares to rise", "", "The Northbay Courier", "en", "2026-03-05T07:00:00Z",
				"Fares will rise by a tenth, the operator said."},
		}, []string{"courier.rss#3: item has no content"}},
		{"testdata/feed/courier.atom", []item{
			{"https://courier.example/city/lighthouse", "https://courier.example/city/lighthouse", "Lighthouse restored", "Ivo Marsh", "Courier Atom", "en", "2026-03-06T08:15:00Z",
				"The old lighthouse was relit, the mayor said."},
		}, nil},
		{"testdata/feed/courier.json", []item{
			{"https://courier.example/sport/regatta", "https://courier.example/sport/regatta", "Regatta postponed", "Lena Birch", "Courier JSON", "", "2026-03-07T12:00:00Z",
				// content_text is text: markup-like characters stay.
				"The regatta was postponed, organisers said.\n\nWinds were too strong &amp; <b>gusty</b>."},
			{"3002", "", "No link", "", "Courier JSON", "", "0001-01-01T00:00:00Z", "An item without a link."},
		}, nil},
	} {
		t.Run(tc.file, func(t *testing.T) {
			r := mustRead(t, []string{tc.file}, ingest.Options{})
			if len(r.fails) != len(tc.fails) {
				t.Fatalf("fails:\n%s", r.failText())
			}
			for i, f := range tc.fails {
				if !strings.HasSuffix(r.fails[i].Error(), f) {
					t.Errorf("fail %d = %q, want suffix %q", i, r.fails[i], f)
				}
			}
			if len(r.docs) != len(tc.items) {
				t.Fatalf("docs = %d, want %d", len(r.docs), len(tc.items))
			}
			for i, w := range tc.items {
				d := r.docs[i]
				got := item{d.ID, d.URL, d.Title, d.Author, d.Source, d.Lang, d.Published.Format(time.RFC3339), d.Text}
				if got != w {
					t.Errorf("item %d:\n got %+v\nwant %+v", i+1, got, w)
				}
			}
		})
	}
}

func TestRead_FeedFollow(t *testing.T) {
	mux := http.NewServeMux()
	var srv *httptest.Server
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "User-agent: *\nDisallow: /private/\n")
	})
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Loop News</title>
<item><title>Story one</title><link>%[1]s/story/1</link><description>Teaser one.</description></item>
<item><title>Story two</title><link>%[1]s/private/2</link><description>Teaser two.</description></item>
<item><title>Story three</title><link>%[1]s/missing</link></item>
</channel></rss>`, srv.URL)
	})
	mux.HandleFunc("/story/1", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, page(` lang="en"`, "<h1>Story one</h1>"+para))
	})
	srv = httptest.NewServer(mux)
	defer srv.Close()

	r := mustRead(t, []string{srv.URL + "/feed.xml"}, ingest.Options{Follow: true, RatePerHost: 1000})
	if len(r.docs) != 2 {
		t.Fatalf("docs=%d fails:\n%s", len(r.docs), r.failText())
	}
	if d := r.docs[0]; !strings.HasPrefix(d.Text, "Story one\n\nThe fictional ministry") || d.Source != "Loop News" || d.URL != srv.URL+"/story/1" {
		t.Errorf("followed item: %+v", d)
	}
	// robots.txt forbids /private/: the feed's own content is read, with a warning.
	if d := r.docs[1]; d.Text != "Teaser two." {
		t.Errorf("disallowed item text %q", d.Text)
	}
	if len(r.warns) != 1 || !strings.Contains(r.warns[0].Error(), "robots.txt") {
		t.Errorf("warns: %v", r.warns)
	}
	// No content and the page 404s: a failure naming the item.
	if len(r.fails) != 1 || !strings.Contains(r.fails[0].Error(), "feed.xml#3") || !strings.Contains(r.fails[0].Error(), "404") {
		t.Errorf("fails:\n%s", r.failText())
	}
}
