package web

import (
	"encoding/json"
	"net/http"
	"strconv"

	"github.com/claimtrail/claimtrail"
)

// The saved claims claimtrail watch follows, and their alerts: the API
// (GET/POST /api/claims, DELETE /api/claims/{id}, GET
// /api/claims/{id}/alerts), the pages and the Atom feeds (claimspage.go).

// watchStore returns the store's saved claims, or ENOTIMPLEMENTED.
func (s *server) watchStore() (claimtrail.WatchStore, error) {
	ws, ok := s.store.(claimtrail.WatchStore)
	if !ok {
		return nil, claimtrail.Errorf(claimtrail.ENOTIMPLEMENTED, "This store keeps no saved claims.")
	}
	return ws, nil
}

// writeAllowed answers 403 when enabled is false (the server is
// read-only) and 401 without the bearer token, and tells whether the
// request may write. Claims are written under ingest's token.
func (s *server) writeAllowed(w http.ResponseWriter, r *http.Request, enabled bool, what string) bool {
	if !s.opt.AllowIngest || !enabled || s.opt.IngestToken == "" {
		s.apiError(w, r, http.StatusForbidden, "forbidden", what+" is disabled: this server is read-only (start it with --allow-ingest and a token).")
		return false
	}
	if !tokenOK(r, s.opt.IngestToken) {
		w.Header().Set("WWW-Authenticate", `Bearer realm="claimtrail"`)
		s.apiError(w, r, http.StatusUnauthorized, "unauthorized", "A valid bearer token is required (Authorization: Bearer TOKEN).")
		return false
	}
	return true
}

// claimSummary is a saved claim with its count of alerts.
type claimSummary struct {
	*claimtrail.SavedClaim
	Alerts int `json:"alerts"`
}

// claimSummaries lists the saved claims with their counts of alerts.
func (s *server) claimSummaries(r *http.Request) ([]claimSummary, error) {
	ws, err := s.watchStore()
	if err != nil {
		return nil, err
	}
	cs, err := ws.FindClaims(r.Context())
	if err != nil {
		return nil, err
	}
	out := []claimSummary{}
	for _, c := range cs {
		_, n, err := ws.FindAlerts(r.Context(), claimtrail.AlertFilter{ClaimID: c.ID, Limit: 1})
		if err != nil {
			return nil, err
		}
		out = append(out, claimSummary{c, n})
	}
	return out, nil
}

// GET /api/claims
func (s *server) apiClaims(w http.ResponseWriter, r *http.Request) {
	cs, err := s.claimSummaries(r)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"claims": cs, "total": len(cs)})
}

// newClaim is the body of POST /api/claims.
type newClaim struct {
	Text     string  `json:"text"`
	Name     string  `json:"name"`
	MinMatch float64 `json:"min_match"`
}

// POST /api/claims
func (s *server) apiCreateClaim(w http.ResponseWriter, r *http.Request) {
	if !s.writeAllowed(w, r, s.opt.SaveClaim != nil, "Saving claims") {
		return
	}
	var in newClaim
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, 64<<10))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&in); err != nil {
		s.apiError(w, r, http.StatusBadRequest, claimtrail.EINVALID, `The body must be a JSON object {"text", "name", "min_match"}: `+err.Error())
		return
	}
	c := &claimtrail.SavedClaim{Text: in.Text, Name: in.Name, MinMatch: in.MinMatch}
	if err := s.opt.SaveClaim(r.Context(), c); err != nil {
		s.apiFail(w, r, err)
		return
	}
	writeJSON(w, http.StatusCreated, claimSummary{c, 0})
}

// DELETE /api/claims/{id}
func (s *server) apiDeleteClaim(w http.ResponseWriter, r *http.Request) {
	if !s.writeAllowed(w, r, true, "Deleting claims") {
		return
	}
	ws, err := s.watchStore()
	if err == nil {
		var id int64
		if id, err = pathID(r, "claim"); err == nil {
			if err = ws.DeleteClaim(r.Context(), id); err == nil {
				writeJSON(w, http.StatusOK, map[string]int64{"deleted": id})
				return
			}
		}
	}
	s.apiFail(w, r, err)
}

// claimAlerts is a saved claim and a page of its alerts, newest first.
type claimAlerts struct {
	Claim  *claimtrail.SavedClaim `json:"claim"`
	Alerts []*claimtrail.Alert    `json:"alerts"`
	Total  int                    `json:"total"`
	Limit  int                    `json:"limit"`
	Offset int                    `json:"offset"`
}

// findClaimAlerts reads the claim of the path's id and a page of its
// alerts (limit and offset from the query).
func (s *server) findClaimAlerts(r *http.Request) (*claimAlerts, error) {
	ws, err := s.watchStore()
	if err != nil {
		return nil, err
	}
	id, err := pathID(r, "claim")
	if err != nil {
		return nil, err
	}
	p := newParams(r)
	out := &claimAlerts{Limit: p.int("limit", defaultLimit, 1, maxLimit), Offset: p.int("offset", 0, 0, maxOffset)}
	if p.err != nil {
		return nil, p.err
	}
	if out.Claim, err = ws.FindClaimByID(r.Context(), id); err != nil {
		return nil, err
	}
	out.Alerts, out.Total, err = ws.FindAlerts(r.Context(), claimtrail.AlertFilter{ClaimID: id, Limit: out.Limit, Offset: out.Offset})
	if out.Alerts == nil {
		out.Alerts = []*claimtrail.Alert{}
	}
	return out, err
}

// GET /api/claims/{id}/alerts
func (s *server) apiClaimAlerts(w http.ResponseWriter, r *http.Request) {
	ca, err := s.findClaimAlerts(r)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, ca)
}

// pathID reads the path's {id}; EINVALID unless it is a positive number.
func pathID(r *http.Request, what string) (int64, error) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		return 0, claimtrail.Errorf(claimtrail.EINVALID, "The %s id must be a positive number.", what)
	}
	return id, nil
}
