package ingest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/claimtrail/claimtrail"
)

// DefaultUserAgent is sent when Options.UserAgent is empty.
const DefaultUserAgent = "claimtrail/1 (+https://github.com/claimtrail/claimtrail)"

// maxCrawlDelay caps a robots.txt Crawl-delay: a larger one would stall a
// run for no reader's benefit.
const maxCrawlDelay = 60 * time.Second

// fetcher gets pages politely: one token bucket (of one token) per host,
// robots.txt fetched once per host and obeyed, bounded bodies, timeouts.
type fetcher struct {
	client   *http.Client
	agent    string
	max      int
	interval time.Duration
	hosts    map[string]*hostState
	clock    Clock
}

type hostState struct {
	next   time.Time     // earliest time of the next request
	last   time.Time     // time of the last request
	delay  time.Duration // Crawl-delay from robots.txt
	robots *robots       // nil until fetched
	deny   error         // robots.txt unreachable: everything disallowed
}

func newFetcher(opt Options) *fetcher {
	f := &fetcher{
		agent: opt.UserAgent,
		max:   opt.MaxBytes,
		hosts: map[string]*hostState{},
		clock: opt.Clock,
	}
	if f.clock == nil {
		f.clock = WallClock{}
	}
	if f.agent == "" {
		f.agent = DefaultUserAgent
	}
	rate := opt.RatePerHost
	if rate <= 0 {
		rate = 1
	}
	f.interval = time.Duration(float64(time.Second) / rate)
	timeout, connect, redirects := opt.Timeout, opt.ConnectTimeout, opt.MaxRedirects
	if timeout <= 0 {
		timeout = 30 * time.Second
	}
	if connect <= 0 {
		connect = 10 * time.Second
	}
	if redirects <= 0 {
		redirects = 5
	}
	tr := opt.Transport
	if tr == nil {
		d := &net.Dialer{Timeout: connect, KeepAlive: 30 * time.Second}
		tr = &http.Transport{
			Proxy:                 http.ProxyFromEnvironment,
			DialContext:           d.DialContext,
			TLSHandshakeTimeout:   connect,
			ResponseHeaderTimeout: timeout,
			MaxIdleConnsPerHost:   2,
			IdleConnTimeout:       30 * time.Second,
		}
	}
	f.client = &http.Client{
		Transport: tr,
		Timeout:   timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > redirects {
				return fmt.Errorf("stopped after %d redirects", redirects)
			}
			// A redirect is a request like any other: to a polite host.
			if req.URL.Path != "/robots.txt" {
				if err := f.check(req.Context(), req.URL); err != nil {
					return err
				}
			}
			return f.wait(req.Context(), req.URL)
		},
	}
	return f
}

func (f *fetcher) close() { f.client.CloseIdleConnections() }

func (f *fetcher) host(u *url.URL) *hostState {
	key := strings.ToLower(u.Scheme + "://" + u.Host)
	h := f.hosts[key]
	if h == nil {
		h = &hostState{}
		f.hosts[key] = h
	}
	return h
}

// wait takes the host's token, sleeping until it is due.
func (f *fetcher) wait(ctx context.Context, u *url.URL) error {
	h := f.host(u)
	now := f.clock.Now()
	if h.next.After(now) {
		if err := f.clock.Sleep(ctx, h.next.Sub(now)); err != nil {
			return err
		}
		now = h.next
	}
	h.last = now
	h.next = now.Add(max(f.interval, h.delay))
	return nil
}

// errRobots marks a URL robots.txt disallows.
var errRobots = errors.New("disallowed by robots.txt")

// check fetches the host's robots.txt once and tells whether u may be
// fetched. A missing robots.txt (4xx) allows everything; one that cannot
// be fetched (5xx, network) disallows everything, as RFC 9309 asks.
func (f *fetcher) check(ctx context.Context, u *url.URL) error {
	h := f.host(u)
	if h.robots == nil && h.deny == nil {
		h.robots, h.deny = f.fetchRobots(ctx, u)
		if h.robots != nil {
			_, d := h.robots.rules(f.agent)
			h.delay = min(d, maxCrawlDelay)
			if next := h.last.Add(h.delay); next.After(h.next) {
				h.next = next // the delay counts from the robots.txt request
			}
		}
	}
	if h.deny != nil {
		return h.deny
	}
	p := u.EscapedPath()
	if u.RawQuery != "" {
		p += "?" + u.RawQuery
	}
	if !h.robots.allowed(f.agent, p) {
		return errRobots
	}
	return nil
}

func (f *fetcher) fetchRobots(ctx context.Context, u *url.URL) (*robots, error) {
	ru := &url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/robots.txt"}
	resp, err := f.do(ctx, ru, "", Validators{})
	if err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, fmt.Errorf("robots.txt unreachable, so not fetched: %w", unwrapURLErr(err))
	}
	defer resp.Body.Close()
	switch {
	case resp.StatusCode >= 200 && resp.StatusCode < 300:
		data, _ := io.ReadAll(io.LimitReader(resp.Body, maxRobotsBytes))
		return parseRobots(data), nil
	case resp.StatusCode >= 400 && resp.StatusCode < 500:
		return &robots{}, nil
	}
	return nil, fmt.Errorf("robots.txt answered %s, so not fetched", resp.Status)
}

// response is a fetched body.
type response struct {
	url   string // after redirects
	ctype string
	body  []byte
	// notModified is set for a 304 answer to a conditional request
	// (body is nil); validators are the answer's ETag and Last-Modified.
	notModified bool
	validators  Validators
}

// get fetches rawURL, checking robots.txt and the host's rate; the
// content type must pass accept before the body is read.
func (f *fetcher) get(ctx context.Context, rawURL string, accept func(ctype string) error) (*response, error) {
	return f.getIf(ctx, rawURL, accept, Validators{})
}

// getIf is get with a conditional request when v holds a validator: a
// 304 answer comes back as notModified.
func (f *fetcher) getIf(ctx context.Context, rawURL string, accept func(ctype string) error, v Validators) (*response, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, fmt.Errorf("bad URL: %w", err)
	}
	if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return nil, fmt.Errorf("not an http(s) URL")
	}
	if err := f.check(ctx, u); err != nil {
		return nil, err
	}
	resp, err := f.do(ctx, u, acceptTypes, v)
	if err != nil {
		return nil, unwrapURLErr(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusNotModified && v != (Validators{}) {
		return &response{url: resp.Request.URL.String(), notModified: true, validators: v}, nil
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("HTTP %s", resp.Status)
	}
	ctype := resp.Header.Get("Content-Type")
	if err := accept(ctype); err != nil {
		return nil, err
	}
	if resp.ContentLength > int64(f.max) {
		return nil, fmt.Errorf("body of %d bytes is %w", resp.ContentLength, errTooLarge(f.max))
	}
	body, err := readLimited(resp.Body, f.max)
	if err != nil {
		return nil, fmt.Errorf("read body: %w", unwrapURLErr(err))
	}
	return &response{url: resp.Request.URL.String(), ctype: ctype, body: body,
		validators: Validators{ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified")}}, nil
}

// acceptTypes is the Accept header of a page fetch: the formats ingest
// reads, preferred over the rest.
const acceptTypes = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,text/plain;q=0.8,*/*;q=0.1"

// do waits for the host's turn and sends a GET of u with our User-Agent
// and accept as the Accept header ("": none). Every request of the
// fetcher goes through it.
func (f *fetcher) do(ctx context.Context, u *url.URL, accept string, v Validators) (*http.Response, error) {
	if err := f.wait(ctx, u); err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", f.agent)
	if accept != "" {
		req.Header.Set("Accept", accept)
	}
	if v.ETag != "" {
		req.Header.Set("If-None-Match", v.ETag)
	}
	if v.LastModified != "" {
		req.Header.Set("If-Modified-Since", v.LastModified)
	}
	return f.client.Do(req)
}

// unwrapURLErr drops the "Get \"url\":" prefix the input name repeats.
func unwrapURLErr(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

// contentFormat maps a Content-Type to the format read: fHTML, fFeed,
// fText, "sniff" (generic XML/JSON or none: look at the body), or "".
func contentFormat(ctype string) string {
	if strings.TrimSpace(ctype) == "" {
		return "sniff"
	}
	mt, _, err := mime.ParseMediaType(ctype)
	if err != nil {
		return ""
	}
	switch mt {
	case "text/html", "application/xhtml+xml":
		return fHTML
	case "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json":
		return fFeed
	case "text/plain":
		return fText
	case "application/xml", "text/xml", "application/json":
		return "sniff"
	}
	return ""
}

func acceptPage(ctype string) error {
	if contentFormat(ctype) == "" {
		return fmt.Errorf("content type %q is not HTML, a feed or plain text: not read", ctype)
	}
	return nil
}

// url reads an http(s) input: an HTML page, a feed, or plain text.
func (r *reader) url(ctx context.Context, in string) error {
	if r.web == nil {
		r.web = newFetcher(r.opt)
	}
	resp, err := r.web.get(ctx, in, acceptPage)
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		r.fail(in, err)
		return nil
	}
	src := &source{input: in, id: in, url: resp.url, ctype: resp.ctype}
	format := contentFormat(resp.ctype)
	if format == "sniff" {
		format = sniffBytes(resp.body[:min(len(resp.body), 4<<10)])
		if format != fFeed && format != fHTML {
			r.fail(in, fmt.Errorf("content type %q holds no feed or HTML page: not read", resp.ctype))
			return nil
		}
	}
	switch format {
	case fHTML:
		return r.htmlFile(src, resp.body)
	case fFeed:
		return r.feed(ctx, src, resp.body)
	}
	d, err := r.textDoc(in, in, resp.body)
	if err != nil {
		r.fail(in, err)
		return nil
	}
	d.URL = resp.url
	d.Source = hostOf(resp.url)
	return r.emit(d)
}

// textDoc makes a document of plain text read from a URL or a WARC record,
// whose bytes are kept as they are (offsets point into them) once checked.
func (r *reader) textDoc(input, id string, data []byte) (*claimtrail.Document, error) {
	if err := checkText(data); err != nil {
		return nil, err
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, errors.New("empty body")
	}
	if i := firstInvalid(data); i >= 0 {
		r.warn(input, fmt.Errorf("invalid UTF-8 at byte %d; offsets are into the body's bytes", i))
	}
	return &claimtrail.Document{ID: id, Text: string(data), Origin: input}, nil
}

// fetchPage gets a feed item's linked page for Options.Follow.
func (r *reader) fetchPage(ctx context.Context, link string) (*page, error) {
	if r.web == nil {
		r.web = newFetcher(r.opt)
	}
	resp, err := r.web.get(ctx, link, func(ct string) error {
		if contentFormat(ct) != fHTML && contentFormat(ct) != "sniff" {
			return fmt.Errorf("content type %q is not HTML: not read", ct)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return r.extract(link, resp.body, resp.ctype, resp.url, r.opt.Now)
}
