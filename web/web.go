// Package web serves claimtrail over HTTP: a JSON API (described by an
// embedded OpenAPI 3.1 document) and server-rendered HTML pages (a claim's
// trace as an SVG timeline, articles with their statement spans
// highlighted, speakers over time). It depends on the root package and the
// standard library only; cmd/claimtrail wires in a store, a tracer and,
// when ingest over HTTP is allowed, the ingest pipeline.
//
// Security: every piece of text from articles is escaped by html/template;
// only http and https URLs become links; scripts are served as files under
// a Content-Security-Policy that forbids inline script; the server is
// read-only unless Options.AllowIngest, and then ingest needs a bearer
// token compared in constant time.
package web

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"errors"
	"io"
	"log/slog"
	"net"
	"net/http"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/claimtrail/claimtrail"
)

// Options configure the handler New returns.
type Options struct {
	// AllowIngest enables POST /api/ingest. It needs IngestToken and
	// Ingest; without either the endpoint stays disabled.
	AllowIngest bool
	// SaveClaim saves a claim to follow (POST /api/claims, with
	// AllowIngest and IngestToken, as ingest): watch.SaveClaim wired by
	// cmd/claimtrail. Nil: claims cannot be added over HTTP.
	SaveClaim func(ctx context.Context, c *claimtrail.SavedClaim) error
	// IngestToken is the bearer token POST /api/ingest requires.
	IngestToken string
	// Ingest reads body (an uploaded file named name: its extension picks
	// the format) into the store and returns what it stored, sent back as
	// JSON. An *claimtrail.Error's code and message reach the client;
	// other errors are logged and reported as internal.
	Ingest func(ctx context.Context, name string, body io.Reader) (*IngestSummary, error)

	// MaxBodyBytes bounds a request body (POST /api/ingest); larger bodies
	// get 413. Default 32 MiB.
	MaxBodyBytes int64
	// RequestTimeout bounds the work of one request (the context handlers
	// pass to the store and tracer). Default 30s.
	RequestTimeout time.Duration
	// IngestTimeout bounds one POST /api/ingest. Default 10 minutes.
	IngestTimeout time.Duration
	// UploadTimeout bounds the time to receive an upload's body, which
	// is read whole before the ingest starts (so that a slow client does
	// not hold the store's one writer); a slower upload gets 408.
	// Default 1 minute.
	UploadTimeout time.Duration
	// MaxTraces bounds the traces that run at once (API and page); a
	// request beyond it is answered 503 at once instead of queueing, so
	// that a burst of costly traces cannot grow the server's memory.
	// Default two per core.
	MaxTraces int
	// Now tells the time (tests); default time.Now.
	Now func() time.Time
	// AllowedHosts, when not empty, lists the host names (without port)
	// the Host header may carry; other requests get 421. A server bound
	// to a loopback address sets the loopback names, which stops DNS
	// rebinding from reaching it through a browser.
	AllowedHosts []string
	// Logger receives internal errors and panics. Default slog.Default().
	Logger *slog.Logger
}

// IngestSummary is what POST /api/ingest answers (the OpenAPI schema
// IngestSummary): the figures claimtrail ingest prints.
type IngestSummary struct {
	Name        string `json:"name"`
	Articles    int64  `json:"articles"`
	Created     int64  `json:"created"`
	NewVersions int64  `json:"new_versions"`
	Unchanged   int64  `json:"unchanged"`
	Statements  int64  `json:"statements"`
	Skipped     int64  `json:"skipped"`
	Failed      int64  `json:"failed"`
	// Messages are the errors and warnings about the input (never nil:
	// the JSON holds a list).
	Messages []string `json:"messages"`
}

// Limits on request parameters.
const (
	maxClaimBytes = 1000
	maxQueryBytes = 1000
	maxLimit      = 1000
	maxOffset     = 1_000_000
	defaultLimit  = 50
	// maxUploads bounds the uploads read at once: each holds up to
	// MaxBodyBytes in memory until its ingest is done.
	maxUploads = 4
)

// clock returns the time Now tells.
func (o *Options) clock() time.Time {
	if o.Now != nil {
		return o.Now()
	}
	return time.Now()
}

// server holds the handler's dependencies.
type server struct {
	store  claimtrail.Store
	tracer claimtrail.Tracer
	opt    Options
	log    *slog.Logger
	pages  *pages
	// ingestMu lets one ingest run at a time: the store has one writer.
	ingestMu chan struct{}
	// uploadSlots bounds the uploads read or held in memory at once.
	uploadSlots chan struct{}
	// traceSlots bounds the traces that run at once (Options.MaxTraces).
	traceSlots chan struct{}
	mux        *http.ServeMux
}

// New returns the HTTP handler serving the API and the pages over store
// and tracer.
func New(store claimtrail.Store, tracer claimtrail.Tracer, opt Options) http.Handler {
	if opt.MaxBodyBytes <= 0 {
		opt.MaxBodyBytes = 32 << 20
	}
	if opt.RequestTimeout <= 0 {
		opt.RequestTimeout = 30 * time.Second
	}
	if opt.IngestTimeout <= 0 {
		opt.IngestTimeout = 10 * time.Minute
	}
	if opt.UploadTimeout <= 0 {
		opt.UploadTimeout = time.Minute
	}
	if opt.Logger == nil {
		opt.Logger = slog.Default()
	}
	if opt.MaxTraces <= 0 {
		opt.MaxTraces = 2 * runtime.GOMAXPROCS(0)
	}
	s := &server{store: store, tracer: tracer, opt: opt, log: opt.Logger,
		pages: mustPages(), ingestMu: make(chan struct{}, 1), uploadSlots: make(chan struct{}, maxUploads),
		traceSlots: make(chan struct{}, opt.MaxTraces),
		mux:        http.NewServeMux()}
	s.routes()
	return s.middleware(s.mux)
}

// route is one endpoint. apiRoutes is the table the OpenAPI test checks.
type route struct {
	method, path string
	h            http.HandlerFunc
}

func (s *server) apiRoutes() []route {
	return []route{
		{"GET", "/api/trace", s.apiTrace},
		{"GET", "/api/statements", s.apiStatements},
		{"GET", "/api/articles/{id}", s.apiArticle},
		{"GET", "/api/speakers", s.apiSpeakers},
		{"GET", "/api/stats", s.apiStats},
		{"GET", "/api/openapi.json", s.apiOpenAPI},
		{"POST", "/api/ingest", s.apiIngest},
		{"GET", "/api/claims", s.apiClaims},
		{"POST", "/api/claims", s.apiCreateClaim},
		{"DELETE", "/api/claims/{id}", s.apiDeleteClaim},
		{"GET", "/api/claims/{id}/alerts", s.apiClaimAlerts},
	}
}

func (s *server) routes() {
	allowed := map[string][]string{} // path → its methods, in table order
	var paths []string
	for _, rt := range s.apiRoutes() {
		s.mux.HandleFunc(rt.method+" "+rt.path, rt.h)
		if allowed[rt.path] == nil {
			paths = append(paths, rt.path)
		}
		allowed[rt.path] = append(allowed[rt.path], rt.method)
	}
	for _, p := range paths {
		// The same path with any other method: a JSON 405 naming the
		// methods allowed (the more specific patterns above win).
		use := strings.Join(allowed[p], " or ")
		allow := strings.Join(allowed[p], ", ")
		if allowed[p][0] == "GET" {
			allow = strings.Replace(allow, "GET", "GET, HEAD", 1)
		}
		s.mux.HandleFunc(p, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Allow", allow)
			s.apiError(w, r, http.StatusMethodNotAllowed, "method_not_allowed", "Method "+r.Method+" is not allowed here; use "+use+".")
		})
	}
	s.mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		s.apiError(w, r, http.StatusNotFound, claimtrail.ENOTFOUND, "No such API endpoint; see /api/openapi.json.")
	})

	s.mux.HandleFunc("GET /{$}", s.pageHome)
	s.mux.HandleFunc("GET /trace", s.pageTrace)
	s.mux.HandleFunc("GET /articles/{id}", s.pageArticle)
	s.mux.HandleFunc("GET /speakers", s.pageSpeakers)
	s.mux.HandleFunc("GET /speakers/{name}", s.pageSpeaker)
	s.mux.HandleFunc("GET /claims", s.pageClaims)
	s.mux.HandleFunc("GET /claims/{id}", s.pageClaimAlerts)
	s.mux.HandleFunc("GET /claims/{id}/alerts.atom", s.claimAtom)
	s.mux.HandleFunc("GET /static/{file}", s.static)
	s.mux.HandleFunc("GET /favicon.ico", s.favicon)
	s.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			s.pageError(w, r, http.StatusMethodNotAllowed, "This page can only be read (GET).")
			return
		}
		s.pageError(w, r, http.StatusNotFound, "There is no page at this address.")
	})
}

// contentSecurityPolicy allows scripts, styles and images from this
// server only, no inline script or style, no framing, forms posting back
// here only.
const contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

// middleware sets the security headers, checks the Host, bounds the
// request's time, and turns panics into 500s.
func (s *server) middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", contentSecurityPolicy)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		h.Set("Cross-Origin-Resource-Policy", "same-origin")
		h.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
		if headerBytes(r) > MaxHeaderBytes {
			s.fail(w, r, http.StatusRequestHeaderFieldsTooLarge, "headers_too_large",
				"The request's headers are larger than the limit of "+strconv.Itoa(MaxHeaderBytes)+" bytes.")
			return
		}
		if !s.hostAllowed(r.Host) {
			s.fail(w, r, http.StatusMisdirectedRequest, "misdirected", "This server does not answer for host "+r.Host+".")
			return
		}
		timeout := s.opt.RequestTimeout
		if r.URL.Path == "/api/ingest" {
			timeout = s.opt.IngestTimeout
		}
		ctx, cancel := context.WithTimeout(r.Context(), timeout)
		defer cancel()
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.log.Error("panic serving request", "method", r.Method, "path", r.URL.Path, "panic", v)
				s.fail(w, r, http.StatusInternalServerError, claimtrail.EINTERNAL, "Internal error.")
			}
		}()
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// MaxHeaderBytes bounds a request's line and headers. The handler
// answers a larger request with 431 in the form of its other errors (JSON
// under /api/, a page elsewhere); NewServer's http.Server reads up to
// 16 times more before it answers 431 itself, in plain text.
const MaxHeaderBytes = 64 << 10

// headerBytes is the size of r's request line and headers as sent.
func headerBytes(r *http.Request) int {
	n := len(r.Method) + len(r.RequestURI) + len(r.Proto) + 4 + len("Host: \r\n") + len(r.Host)
	for k, vs := range r.Header {
		for _, v := range vs {
			n += len(k) + len(v) + 4
		}
	}
	return n
}

func (s *server) hostAllowed(host string) bool {
	if len(s.opt.AllowedHosts) == 0 {
		return true
	}
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	host = strings.TrimSuffix(strings.TrimPrefix(host, "["), "]")
	for _, a := range s.opt.AllowedHosts {
		if strings.EqualFold(host, a) {
			return true
		}
	}
	return false
}

// LoopbackHosts are the host names a server bound to a loopback address
// answers for (Options.AllowedHosts).
var LoopbackHosts = []string{"localhost", "127.0.0.1", "::1"}

// fail answers with an error in the form the request's path calls for:
// JSON under /api/, an HTML page elsewhere.
func (s *server) fail(w http.ResponseWriter, r *http.Request, status int, code, msg string) {
	if strings.HasPrefix(r.URL.Path, "/api/") {
		s.apiError(w, r, status, code, msg)
		return
	}
	s.pageError(w, r, status, msg)
}

// statusOf maps application error codes to HTTP statuses: the one table.
var statusOf = map[string]int{
	claimtrail.EINVALID:        http.StatusBadRequest,
	claimtrail.ENOTFOUND:       http.StatusNotFound,
	claimtrail.ECONFLICT:       http.StatusConflict,
	claimtrail.ENOTIMPLEMENTED: http.StatusNotImplemented,
	claimtrail.EINTERNAL:       http.StatusInternalServerError,
}

// errorStatus returns the status, code and user-facing message for err.
// Internal errors are logged here and reported without their text; a
// request that ran out of time is 503.
func (s *server) errorStatus(r *http.Request, err error) (int, string, string) {
	if errors.Is(err, errBusy) {
		return http.StatusServiceUnavailable, "busy", "Too many traces are running; try again in a moment."
	}
	if errors.Is(err, context.DeadlineExceeded) || (r.Context().Err() != nil && errors.Is(err, context.Canceled)) {
		return http.StatusServiceUnavailable, "timeout", "The request took too long and was stopped."
	}
	code := claimtrail.ErrorCode(err)
	status, ok := statusOf[code]
	if !ok {
		status = http.StatusInternalServerError
	}
	if code == claimtrail.EINTERNAL {
		s.log.Error("internal error", "method", r.Method, "path", r.URL.Path, "err", err)
	}
	return status, code, claimtrail.ErrorMessage(err)
}

// tokenOK compares the request's bearer token with want in constant time
// (over SHA-256 digests, so the length does not leak either).
func tokenOK(r *http.Request, want string) bool {
	auth := r.Header.Get("Authorization")
	const prefix = "bearer "
	if len(auth) < len(prefix) || !strings.EqualFold(auth[:len(prefix)], prefix) || want == "" {
		return false
	}
	got := sha256.Sum256([]byte(strings.TrimSpace(auth[len(prefix):])))
	exp := sha256.Sum256([]byte(want))
	return subtle.ConstantTimeCompare(got[:], exp[:]) == 1
}

// errBusy is a trace refused because Options.MaxTraces run already.
var errBusy = errors.New("too many traces at once")

// trace runs the tracer in one of the trace slots, or refuses at once
// when none is free: a trace's cost is bounded, the number of them too.
func (s *server) trace(ctx context.Context, claim string, opt claimtrail.TraceOptions) (*claimtrail.Trace, error) {
	select {
	case s.traceSlots <- struct{}{}:
	default:
		return nil, errBusy
	}
	defer func() { <-s.traceSlots }()
	return s.tracer.Trace(ctx, claim, opt)
}
