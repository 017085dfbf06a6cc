package ingest

import (
	"context"
	"fmt"
	"net/url"
	"strings"
	"sync"
	"time"
)

// Validators are what a conditional GET sends back: the ETag and
// Last-Modified of the last answer.
type Validators struct {
	ETag, LastModified string
}

// Polled is one answer to Poller.Poll.
type Polled struct {
	URL         string // after redirects
	ContentType string
	Body        []byte // nil when NotModified
	// NotModified is set when the server answered 304 to the validators.
	NotModified bool
	// Validators are the ones to send next time (the old ones after a 304).
	Validators Validators
}

// robotsMaxAge is how long a Poller trusts a host's robots.txt before
// fetching it again.
const robotsMaxAge = 24 * time.Hour

// Poller fetches feeds again and again, as politely as Read fetches
// URLs (robots.txt, a token bucket per host, Crawl-delay, timeouts, the
// size limit), with conditional GETs. It is safe for concurrent use:
// requests to one host wait for each other, requests to different hosts
// do not.
type Poller struct {
	opt   Options
	mu    sync.Mutex
	hosts map[string]*hostFetcher
}

// hostFetcher is one host's fetcher; its lock keeps one request at a time.
type hostFetcher struct {
	mu      sync.Mutex
	f       *fetcher
	created time.Time
}

// NewPoller returns a Poller with opt's politeness settings (MaxBytes,
// RatePerHost, UserAgent, timeouts, Transport, Clock).
func NewPoller(opt Options) *Poller {
	if opt.MaxBytes <= 0 {
		opt.MaxBytes = 64 << 20
	}
	if opt.Clock == nil {
		opt.Clock = WallClock{}
	}
	return &Poller{opt: opt, hosts: map[string]*hostFetcher{}}
}

// Poll fetches a feed at rawURL, conditionally when v holds a validator.
// An answer other than 200 or 304, a content type that is no feed, a
// body over the limit, robots.txt's refusal and network errors are
// errors.
func (p *Poller) Poll(ctx context.Context, rawURL string, v Validators) (*Polled, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, fmt.Errorf("bad URL: %w", err)
	}
	h := p.host(u)
	h.mu.Lock()
	defer h.mu.Unlock()
	if p.opt.Clock.Now().Sub(h.created) > robotsMaxAge {
		h.f.close()
		h.f, h.created = newFetcher(p.opt), p.opt.Clock.Now()
	}
	resp, err := h.f.getIf(ctx, rawURL, acceptFeed, v)
	if err != nil {
		if h.f.host(u).deny != nil {
			// robots.txt was unreachable: ask for it again next time
			// rather than refuse the host for good.
			h.f.close()
			h.f, h.created = newFetcher(p.opt), p.opt.Clock.Now()
		}
		return nil, err
	}
	return &Polled{URL: resp.url, ContentType: resp.ctype, Body: resp.body,
		NotModified: resp.notModified, Validators: resp.validators}, nil
}

func (p *Poller) host(u *url.URL) *hostFetcher {
	key := strings.ToLower(u.Scheme + "://" + u.Host)
	p.mu.Lock()
	defer p.mu.Unlock()
	h := p.hosts[key]
	if h == nil {
		h = &hostFetcher{f: newFetcher(p.opt), created: p.opt.Clock.Now()}
		p.hosts[key] = h
	}
	return h
}

// Close closes idle connections.
func (p *Poller) Close() {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, h := range p.hosts {
		h.f.close()
	}
}

func acceptFeed(ctype string) error {
	if f := contentFormat(ctype); f != fFeed && f != "sniff" {
		return fmt.Errorf("content type %q is not a feed: not read", ctype)
	}
	return nil
}
