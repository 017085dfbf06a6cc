package web

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"path"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/claimtrail/claimtrail"
)

//go:embed openapi.json
var openAPI []byte

// errorBody is the JSON every API error is sent as.
type errorBody struct {
	Error struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

func (s *server) apiError(w http.ResponseWriter, r *http.Request, status int, code, msg string) {
	var b errorBody
	b.Error.Code, b.Error.Message = code, msg
	writeJSON(w, status, b)
}

// apiFail answers with err's status and message.
func (s *server) apiFail(w http.ResponseWriter, r *http.Request, err error) {
	status, code, msg := s.errorStatus(r, err)
	s.apiError(w, r, status, code, msg)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	var buf bytes.Buffer
	if err := json.NewEncoder(&buf).Encode(v); err != nil {
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		w.WriteHeader(http.StatusInternalServerError)
		io.WriteString(w, `{"error":{"code":"internal","message":"Internal error."}}`+"\n")
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

// params reads and checks query parameters, remembering the first error.
type params struct {
	q   url.Values
	err error
}

func newParams(r *http.Request) *params { return &params{q: r.URL.Query()} }

func (p *params) invalid(format string, args ...any) {
	if p.err == nil {
		p.err = claimtrail.Errorf(claimtrail.EINVALID, format, args...)
	}
}

// str returns the trimmed parameter, checking its length and encoding.
func (p *params) str(name string, max int) string {
	v := strings.TrimSpace(p.q.Get(name))
	if len(v) > max {
		p.invalid("%s is longer than %d bytes", name, max)
		return ""
	}
	if !utf8.ValidString(v) {
		p.invalid("%s is not valid UTF-8", name)
		return ""
	}
	return v
}

func (p *params) int(name string, def, min, max int) int {
	v := strings.TrimSpace(p.q.Get(name))
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < min || n > max {
		p.invalid("%s must be a whole number from %d to %d, got %q", name, min, max, clip(v))
		return def
	}
	return n
}

func (p *params) date(name string) *time.Time {
	v := strings.TrimSpace(p.q.Get(name))
	if v == "" {
		return nil
	}
	t, err := claimtrail.ParseDate(v)
	if err != nil {
		p.invalid("%s must be a date YYYY-MM-DD or RFC 3339, got %q", name, clip(v))
		return nil
	}
	return &t
}

func (p *params) polarity(name string) *string {
	switch v := strings.ToLower(strings.TrimSpace(p.q.Get(name))); v {
	case "":
		return nil
	case claimtrail.Affirm, claimtrail.Deny:
		return &v
	default:
		p.invalid("%s must be %s or %s, got %q", name, claimtrail.Affirm, claimtrail.Deny, clip(v))
		return nil
	}
}

// clip shortens a value quoted back in an error message.
func clip(s string) string {
	if len(s) <= 40 {
		return s
	}
	i := 40
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[:i] + "…"
}

func optStr(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// traceOptions reads the trace parameters shared by the API and the page.
func traceOptions(p *params) (string, claimtrail.TraceOptions) {
	claim := p.str("claim", maxClaimBytes)
	opt := claimtrail.TraceOptions{
		Limit: p.int("limit", 0, 0, maxLimit),
		From:  p.date("from"),
		To:    p.date("to"),
	}
	if p.err == nil && claim == "" {
		p.invalid("claim is required: the claim to trace, in plain words")
	}
	return claim, opt
}

// GET /api/trace?claim=…[&limit=&from=&to=]: the trace as the tracer
// returns it.
func (s *server) apiTrace(w http.ResponseWriter, r *http.Request) {
	p := newParams(r)
	claim, opt := traceOptions(p)
	if p.err != nil {
		s.apiFail(w, r, p.err)
		return
	}
	tr, err := s.trace(r.Context(), claim, opt)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, tr)
}

// statementFilter reads the statement filters shared by the API and the
// pages.
func statementFilter(p *params) claimtrail.StatementFilter {
	f := claimtrail.StatementFilter{
		Query:    p.str("q", maxQueryBytes),
		Speaker:  optStr(p.str("speaker", maxQueryBytes)),
		Doc:      optStr(p.str("doc", maxQueryBytes)),
		Polarity: p.polarity("polarity"),
		From:     p.date("from"),
		To:       p.date("to"),
		Latest:   true,
		Offset:   p.int("offset", 0, 0, maxOffset),
		Limit:    p.int("limit", defaultLimit, 1, maxLimit),
	}
	if f.From != nil && f.To != nil && f.To.Before(*f.From) {
		p.invalid("to is before from")
	}
	return f
}

// statementPage is the JSON of a page of statements.
type statementPage struct {
	Statements []*claimtrail.StoredStatement `json:"statements"`
	Total      int                           `json:"total"`
	Offset     int                           `json:"offset"`
	Limit      int                           `json:"limit"`
}

// GET /api/statements
func (s *server) apiStatements(w http.ResponseWriter, r *http.Request) {
	p := newParams(r)
	f := statementFilter(p)
	if p.err != nil {
		s.apiFail(w, r, p.err)
		return
	}
	sts, total, err := s.store.FindStatements(r.Context(), f)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	if sts == nil {
		sts = []*claimtrail.StoredStatement{}
	}
	writeJSON(w, http.StatusOK, statementPage{Statements: sts, Total: total, Offset: f.Offset, Limit: f.Limit})
}

// articleID reads the {id} path value.
func articleID(r *http.Request) (int64, error) {
	v := r.PathValue("id")
	id, err := strconv.ParseInt(v, 10, 64)
	if err != nil || id <= 0 {
		return 0, claimtrail.Errorf(claimtrail.EINVALID, "article id must be a positive whole number, got %q", clip(v))
	}
	return id, nil
}

// articleBody is the JSON of one article with its statements.
type articleBody struct {
	Article    *claimtrail.Article           `json:"article"`
	Statements []*claimtrail.StoredStatement `json:"statements"`
}

// findArticle loads an article and its statements.
func (s *server) findArticle(r *http.Request) (*articleBody, error) {
	id, err := articleID(r)
	if err != nil {
		return nil, err
	}
	a, err := s.store.FindArticleByID(r.Context(), id)
	if err != nil {
		return nil, err
	}
	sts, _, err := s.store.FindStatements(r.Context(), claimtrail.StatementFilter{ArticleID: &id})
	if err != nil {
		return nil, err
	}
	if sts == nil {
		sts = []*claimtrail.StoredStatement{}
	}
	return &articleBody{Article: a, Statements: sts}, nil
}

// GET /api/articles/{id}
func (s *server) apiArticle(w http.ResponseWriter, r *http.Request) {
	b, err := s.findArticle(r)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, b)
}

// speakerList is the JSON of a page of speakers.
type speakerList struct {
	Speakers []*claimtrail.SpeakerSummary `json:"speakers"`
	Total    int                          `json:"total"`
	Offset   int                          `json:"offset"`
	Limit    int                          `json:"limit"`
}

// GET /api/speakers?q=
func (s *server) apiSpeakers(w http.ResponseWriter, r *http.Request) {
	p := newParams(r)
	f := claimtrail.SpeakerFilter{
		Query:  p.str("q", maxQueryBytes),
		Offset: p.int("offset", 0, 0, maxOffset),
		Limit:  p.int("limit", defaultLimit, 1, maxLimit),
	}
	if p.err != nil {
		s.apiFail(w, r, p.err)
		return
	}
	sp, total, err := s.store.FindSpeakers(r.Context(), f)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	if sp == nil {
		sp = []*claimtrail.SpeakerSummary{}
	}
	writeJSON(w, http.StatusOK, speakerList{Speakers: sp, Total: total, Offset: f.Offset, Limit: f.Limit})
}

// GET /api/stats
func (s *server) apiStats(w http.ResponseWriter, r *http.Request) {
	st, err := s.store.Stats(r.Context())
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, st)
}

// GET /api/openapi.json
func (s *server) apiOpenAPI(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "public, max-age=300")
	w.Write(openAPI)
}

// POST /api/ingest?name=FILE: the body is one input file (its name's
// extension picks the format: .txt, .jsonl, .html, .xml/.rss/.atom,
// .warc, optionally .gz).
func (s *server) apiIngest(w http.ResponseWriter, r *http.Request) {
	if !s.opt.AllowIngest || s.opt.Ingest == nil || s.opt.IngestToken == "" {
		s.apiError(w, r, http.StatusForbidden, "forbidden", "Ingest is disabled: this server is read-only (start it with --allow-ingest and a token).")
		return
	}
	if !tokenOK(r, s.opt.IngestToken) {
		w.Header().Set("WWW-Authenticate", `Bearer realm="claimtrail"`)
		s.apiError(w, r, http.StatusUnauthorized, "unauthorized", "A valid bearer token is required (Authorization: Bearer TOKEN).")
		return
	}
	name := strings.TrimSpace(r.URL.Query().Get("name"))
	if name == "" {
		name = "upload.txt"
	}
	if !safeName(name) {
		s.apiError(w, r, http.StatusBadRequest, claimtrail.EINVALID, "name must be a plain file name (letters, digits, . _ -), at most 200 bytes.")
		return
	}
	if r.ContentLength > s.opt.MaxBodyBytes {
		s.tooLarge(w, r)
		return
	}
	// The body is read whole before the ingest lock is taken: a client
	// that trickles its upload keeps only itself waiting, and not longer
	// than UploadTimeout. Bodies read at once are bounded (uploadSlots),
	// which bounds the memory they hold.
	select {
	case s.uploadSlots <- struct{}{}:
		defer func() { <-s.uploadSlots }()
	case <-r.Context().Done():
		s.apiFail(w, r, r.Context().Err())
		return
	}
	body, err := s.readUpload(w, r)
	if err != nil {
		return // answered
	}
	select {
	case s.ingestMu <- struct{}{}:
		defer func() { <-s.ingestMu }()
	case <-r.Context().Done():
		s.apiFail(w, r, r.Context().Err())
		return
	}
	sum, err := s.opt.Ingest(r.Context(), name, bytes.NewReader(body))
	switch {
	case err != nil:
		s.apiFail(w, r, err)
	case sum.Failed > 0 && sum.Articles == 0:
		// Nothing stored and something failed: the upload failed, and
		// says why, with the summary.
		var b ingestFailure
		b.Error.Code, b.Error.Message, b.Summary = claimtrail.EINVALID, "Nothing was stored: "+firstMessage(sum), sum
		writeJSON(w, statusOf[claimtrail.EINVALID], b)
	default:
		writeJSON(w, http.StatusOK, sum)
	}
}

// ingestFailure is the answer to an upload none of whose documents was
// stored: an API error with the summary.
type ingestFailure struct {
	errorBody
	Summary *IngestSummary `json:"summary"`
}

// firstMessage is the first error a summary holds, for an error message.
func firstMessage(sum *IngestSummary) string {
	for _, m := range sum.Messages {
		if msg, ok := strings.CutPrefix(m, "error: "); ok {
			return msg
		}
	}
	return strconv.FormatInt(sum.Failed, 10) + " document(s) failed."
}

// readUpload reads an upload's body, at most MaxBodyBytes (else 413) and
// within UploadTimeout (else 408). On failure it answers and returns the
// error.
func (s *server) readUpload(w http.ResponseWriter, r *http.Request) ([]byte, error) {
	rc := http.NewResponseController(w)
	if err := rc.SetReadDeadline(s.opt.clock().Add(s.opt.UploadTimeout)); err == nil {
		defer rc.SetReadDeadline(time.Time{})
	}
	var buf bytes.Buffer
	if r.ContentLength > 0 { // at most MaxBodyBytes: checked before
		buf.Grow(int(r.ContentLength) + bytes.MinRead) // no doubling past it
	}
	_, err := buf.ReadFrom(http.MaxBytesReader(w, r.Body, s.opt.MaxBodyBytes))
	body := buf.Bytes()
	var mbe *http.MaxBytesError
	var ne net.Error
	switch {
	case err == nil:
		return body, nil
	case errors.As(err, &mbe):
		s.tooLarge(w, r)
	case errors.Is(err, os.ErrDeadlineExceeded) || errors.As(err, &ne) && ne.Timeout():
		s.apiError(w, r, http.StatusRequestTimeout, "timeout", "The upload was not received within "+s.opt.UploadTimeout.String()+".")
	default:
		s.apiError(w, r, http.StatusBadRequest, claimtrail.EINVALID, "The upload could not be read: the connection failed.")
	}
	return nil, err
}

func (s *server) tooLarge(w http.ResponseWriter, r *http.Request) {
	s.apiError(w, r, http.StatusRequestEntityTooLarge, "too_large", "The body is larger than the limit of "+strconv.FormatInt(s.opt.MaxBodyBytes, 10)+" bytes.")
}

// safeName accepts plain file names only.
func safeName(name string) bool {
	if len(name) > 200 || name != path.Base(name) || strings.HasPrefix(name, ".") {
		return false
	}
	for _, c := range name {
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c == '.', c == '_', c == '-':
		default:
			return false
		}
	}
	return true
}
