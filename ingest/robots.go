package ingest

import (
	"strconv"
	"strings"
	"time"
)

// robots is a parsed robots.txt (RFC 9309): groups of rules, each for one
// or more user agents.
type robots struct {
	groups []robotsGroup
}

type robotsGroup struct {
	agents []string // lower-case product tokens, "*" for any
	rules  []robotsRule
	delay  time.Duration // Crawl-delay, 0 if none
}

type robotsRule struct {
	allow   bool
	pattern string // normalised path pattern with '*' and a final '$'
}

// Limits that keep a hostile robots.txt cheap to parse and match.
const (
	maxRobotsBytes = 500 << 10 // RFC 9309 asks parsers to read at least 500 KiB
	maxRobotsRules = 10000
	maxPatternLen  = 2048
)

// parseRobots parses robots.txt leniently: unknown lines, rules before
// any User-agent, and over-long patterns are ignored; it never fails.
func parseRobots(data []byte) *robots {
	if len(data) > maxRobotsBytes {
		data = data[:maxRobotsBytes]
	}
	rb := &robots{}
	var cur *robotsGroup
	inRules := false // the current group has had a rule: a User-agent starts a new group
	nrules := 0
	s := string(data)
	for len(s) > 0 {
		line := s
		if i := strings.IndexByte(s, '\n'); i >= 0 {
			line, s = s[:i], s[i+1:]
		} else {
			s = ""
		}
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		key, val, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		key = strings.ToLower(strings.TrimSpace(key))
		val = strings.TrimSpace(val)
		switch key {
		case "user-agent", "useragent", "user agent":
			if cur == nil || inRules {
				rb.groups = append(rb.groups, robotsGroup{})
				cur = &rb.groups[len(rb.groups)-1]
				inRules = false
			}
			cur.agents = append(cur.agents, agentToken(val))
		case "allow", "disallow", "dissallow", "dissalow", "disalow":
			if cur == nil {
				continue
			}
			inRules = true
			if val == "" || nrules >= maxRobotsRules || len(val) > maxPatternLen {
				continue // an empty Disallow allows everything: no rule
			}
			nrules++
			cur.rules = append(cur.rules, robotsRule{allow: key == "allow", pattern: normPath(val)})
		case "crawl-delay":
			if cur == nil {
				continue
			}
			inRules = true
			if f, err := strconv.ParseFloat(val, 64); err == nil && f > 0 && f < 86400 {
				cur.delay = time.Duration(f * float64(time.Second))
			}
		}
	}
	return rb
}

// agentToken reduces a User-agent value or our User-Agent header to its
// lower-case product token: "ClaimTrail/1.0 (+url)" → "claimtrail".
func agentToken(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, "/ \t"); i >= 0 {
		s = s[:i]
	}
	return strings.ToLower(s)
}

// rules returns the rules that apply to agent: those of every group naming
// it, else those of every "*" group; and the largest Crawl-delay among them.
func (rb *robots) rules(agent string) ([]robotsRule, time.Duration) {
	agent = agentToken(agent)
	var out []robotsRule
	var delay time.Duration
	for _, want := range []string{agent, "*"} {
		found := false
		for i := range rb.groups {
			g := &rb.groups[i]
			for _, a := range g.agents {
				if a == want {
					found = true
					out = append(out, g.rules...)
					delay = max(delay, g.delay)
					break
				}
			}
		}
		if found {
			return out, delay
		}
	}
	return nil, 0
}

// allowed reports whether agent may fetch path (the URL's escaped path and
// "?query"): the longest matching pattern wins, Allow wins a tie, and no
// match allows. /robots.txt itself is always allowed.
func (rb *robots) allowed(agent, path string) bool {
	if path == "" {
		path = "/"
	}
	if path == "/robots.txt" {
		return true
	}
	path = normPath(path)
	rules, _ := rb.rules(agent)
	best, allow := -1, true
	for _, r := range rules {
		if len(r.pattern) < best || !robotsMatch(r.pattern, path) {
			continue
		}
		if len(r.pattern) > best || r.allow {
			best, allow = len(r.pattern), r.allow
		}
	}
	return allow
}

// normPath percent-encodes bytes outside printable ASCII and upper-cases
// existing %xx escapes, so "/ä", "/%c3%a4" and "/%C3%A4" compare equal.
func normPath(s string) string {
	var b strings.Builder
	const hex = "0123456789ABCDEF"
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]):
			b.WriteByte('%')
			b.WriteByte(upperHex(s[i+1]))
			b.WriteByte(upperHex(s[i+2]))
			i += 2
		case c <= 0x20 || c >= 0x7f:
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func upperHex(c byte) byte {
	if 'a' <= c && c <= 'f' {
		return c - 'a' + 'A'
	}
	return c
}

// robotsMatch matches a robots path pattern against path: '*' is any run
// of bytes, a final '$' anchors the end, otherwise the pattern is a
// prefix. It backtracks only to the last '*', so it runs in
// O(len(pattern)·len(path)) at worst.
func robotsMatch(pat, path string) bool {
	if strings.HasSuffix(pat, "$") {
		pat = pat[:len(pat)-1]
	} else {
		pat += "*"
	}
	p, s := 0, 0
	star, mark := -1, 0
	for s < len(path) {
		switch {
		case p < len(pat) && pat[p] == '*':
			star, mark = p, s
			p++
		case p < len(pat) && pat[p] == path[s]:
			p++
			s++
		case star >= 0:
			p = star + 1
			mark++
			s = mark
		default:
			return false
		}
	}
	for p < len(pat) && pat[p] == '*' {
		p++
	}
	return p == len(pat)
}
