package ingest

import (
	"testing"
	"time"
)

func TestRobots(t *testing.T) {
	const txt = `# comment
User-agent: Googlebot
Disallow: /

User-agent: ClaimTrail/2.0
User-agent: otherbot
Disallow: /private/
Allow: /private/open
Disallow: /*.pdf$
Disallow: /search?
Crawl-delay: 2.5

User-agent: *
Disallow: /tmp
allow: /tmp/ok   # trailing comment
Disallow: /ä
`
	rb := parseRobots([]byte(txt))
	for _, tc := range []struct {
		agent, path string
		want        bool
	}{
		{"claimtrail", "/", true},
		{"claimtrail/1 (+x)", "/private/x", false},
		{"claimtrail", "/private/open", true},   // longer Allow wins
		{"claimtrail", "/private/openly", true}, // prefix
		{"claimtrail", "/doc.pdf", false},       // $ anchors
		{"claimtrail", "/doc.pdf?x=1", true},    // ... the end
		{"claimtrail", "/a/b/c.pdf", false},     // * spans slashes
		{"claimtrail", "/search?q=1", false},    //
		{"claimtrail", "/tmp/x", true},          // the * group does not apply
		{"claimtrail", "/robots.txt", true},     //
		{"googlebot", "/anything", false},       //
		{"googlebot", "/robots.txt", true},      // always allowed
		{"somebot", "/tmp/x", false},            // * group
		{"somebot", "/tmp/ok", true},            //
		{"somebot", "/%C3%A4", false},           // percent-encoding normalised
		{"somebot", "/%c3%a4/x", false},         //
		{"somebot", "/private/x", true},         //
	} {
		if got := rb.allowed(tc.agent, tc.path); got != tc.want {
			t.Errorf("allowed(%q, %q) = %v, want %v", tc.agent, tc.path, got, tc.want)
		}
	}
	if _, d := rb.rules("claimtrail"); d != 2500*time.Millisecond {
		t.Errorf("crawl delay %v", d)
	}
	for _, tc := range []struct {
		txt  string
		path string
		want bool
	}{
		{"", "/x", true},
		{"Disallow: /", "/x", true},                               // no group: ignored
		{"User-agent: *\nDisallow:", "/x", true},                  // empty Disallow
		{"User-agent: *\nDisallow: /\nAllow: /$", "/", true},      // tie-breaking by length
		{"User-agent: *\nDisallow: /x\nAllow: /x", "/x", true},    // equal: Allow wins
		{"User-agent: *\r\nDisallow: /x\r\n", "/x/y", false},      // CRLF
		{"User-agent: *\nDisallow: /a*b*c$", "/a1b2c", false},     //
		{"User-agent: *\nDisallow: /a*b*c$", "/a1b2c3", true},     //
		{"user-agent:*\ndisallow:/\nuser-agent: x\n", "/", false}, // rule ends the group
	} {
		if got := parseRobots([]byte(tc.txt)).allowed("claimtrail", tc.path); got != tc.want {
			t.Errorf("%q: allowed(%q) = %v, want %v", tc.txt, tc.path, got, tc.want)
		}
	}
}

func FuzzRobots(f *testing.F) {
	f.Add([]byte("User-agent: *\nDisallow: /a*b$\nAllow: /a\n"), "/a/b")
	f.Add([]byte("User-agent: claimtrail\nDisallow: /\nCrawl-delay: 1e9"), "/x?y")
	f.Add([]byte("user-agent:\n\n:::\n#\nDisallow: ****************$"), "/%zz%")
	f.Fuzz(func(t *testing.T, data []byte, path string) {
		rb := parseRobots(data)
		a := rb.allowed("claimtrail", path)
		if a != rb.allowed("claimtrail", path) {
			t.Fatal("not deterministic")
		}
		if !rb.allowed("claimtrail", "/robots.txt") {
			t.Fatal("/robots.txt disallowed")
		}
		if _, d := rb.rules("claimtrail"); d < 0 || d > 24*time.Hour {
			t.Fatalf("crawl delay %v", d)
		}
		// A pattern matches itself (its '*' matching themselves).
		for _, g := range rb.groups {
			for _, r := range g.rules {
				p := r.pattern
				if len(p) > 0 && p[len(p)-1] == '$' {
					p = p[:len(p)-1]
				}
				if !robotsMatch(r.pattern, p) {
					t.Fatalf("pattern %q does not match itself", r.pattern)
				}
			}
		}
	})
}
