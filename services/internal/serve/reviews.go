package serve

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/haili/haili/detectors/ladder"
	"github.com/haili/haili/schemas"
)

// Review kinds and decisions (the reviews table).
const (
	KindReview = "review"
	KindAppeal = "appeal"

	DecisionConfirm = "confirm"
	DecisionDismiss = "dismiss"
	DecisionPending = "pending"
	DecisionUphold  = "uphold"
	DecisionReject  = "reject"
)

// Decision is one row of the reviews table.
type Decision struct {
	FindingID  string    `json:"finding_id"`
	MerchantID string    `json:"merchant_id"`
	Kind       string    `json:"kind"`
	Decision   string    `json:"decision"`
	Reviewer   string    `json:"reviewer"`
	Note       string    `json:"note,omitempty"`
	AppealID   string    `json:"appeal_id,omitempty"`
	Violation  string    `json:"violation"`
	DecidedAt  time.Time `json:"decided_at"`
}

func (s *Server) insertDecision(ctx context.Context, d Decision, revision uint32) error {
	return s.cfg.DB.Insert(ctx, "reviews", reviewColumns, 1, func(int) []any {
		return []any{d.FindingID, d.MerchantID, d.Kind, d.Decision, d.Reviewer, d.Note, d.AppealID, d.Violation,
			d.DecidedAt.UTC(), revision}
	})
}

func (s *Server) loadDecisions(ctx context.Context, kind, merchantID string) ([]Decision, error) {
	rows, err := s.cfg.DB.Query(ctx, sqlSelectReviews, kind, merchantID, merchantID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []Decision{}
	for rows.Next() {
		var d Decision
		if err := rows.Scan(&d.FindingID, &d.MerchantID, &d.Kind, &d.Decision, &d.Reviewer, &d.Note, &d.AppealID,
			&d.Violation, &d.DecidedAt); err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

// existing returns the decision recorded on a finding, if any.
func (s *Server) existing(ctx context.Context, merchantID, findingID, kind string) (string, uint32, error) {
	var dec string
	var rev uint32
	rows, err := s.cfg.DB.Query(ctx, sqlSelectReview, merchantID, findingID, kind)
	if err != nil {
		return "", 0, err
	}
	defer rows.Close()
	if rows.Next() {
		if err := rows.Scan(&dec, &rev); err != nil {
			return "", 0, err
		}
	}
	return dec, rev, rows.Err()
}

func (s *Server) findingByID(ctx context.Context, id string) (schemas.Finding, error) {
	fs, err := s.queryFindings(ctx, sqlSelectFinding, id)
	if err != nil {
		return schemas.Finding{}, err
	}
	if len(fs) == 0 {
		return schemas.Finding{}, errorf(http.StatusNotFound, "not found")
	}
	return fs[0], nil
}

// withdraw sends a withdrawal of f to findings.v1, keyed by merchant, for
// enforcement to reverse what rests on it.
func (s *Server) withdraw(ctx context.Context, f schemas.Finding, reason, appealID string, at time.Time) error {
	wd := ladder.Withdrawal{Schema: ladder.WithdrawalSchema, FindingID: f.FindingID, MerchantID: f.MerchantID,
		Reason: reason, AppealID: appealID, At: at.UTC()}
	if err := wd.Validate(); err != nil {
		return err
	}
	v, err := json.Marshal(wd)
	if err != nil {
		return err
	}
	return s.cfg.Producer.Produce(ctx, schemas.TopicFindings, []byte(f.MerchantID), v)
}

func (s *Server) reviewQueue(w http.ResponseWriter, r *http.Request, _ Principal) error {
	if s.cfg.DB == nil {
		return errNoDB
	}
	n, err := limit(r, 200, 2000)
	if err != nil {
		return err
	}
	fs, err := s.queryFindings(r.Context(), sqlReviewQueue, s.cfg.Policy.Enforcement.FalseInfo.DelistConfidence, n)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, map[string]any{"findings": fs, "delist_confidence": s.cfg.Policy.Enforcement.FalseInfo.DelistConfidence})
	return nil
}

func (s *Server) reviewDecisions(w http.ResponseWriter, r *http.Request, _ Principal) error {
	if s.cfg.DB == nil {
		return errNoDB
	}
	ds, err := s.loadDecisions(r.Context(), KindReview, "")
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, map[string]any{"decisions": ds})
	return nil
}

type decisionRequest struct {
	Decision string `json:"decision"`
	Note     string `json:"note"`
}

// decideReview confirms or dismisses a finding of the review queue. A
// dismissal is sent as a withdrawal first, so that a failed send records
// nothing and can be retried.
func (s *Server) decideReview(w http.ResponseWriter, r *http.Request, p Principal) error {
	if s.cfg.DB == nil {
		return errNoDB
	}
	var req decisionRequest
	if err := decodeBody(r, &req); err != nil {
		return err
	}
	if req.Decision != DecisionConfirm && req.Decision != DecisionDismiss {
		return errorf(http.StatusBadRequest, "decision must be confirm or dismiss")
	}
	ctx := r.Context()
	f, err := s.findingByID(ctx, r.PathValue("finding_id"))
	if err != nil {
		return err
	}
	if prev, _, err := s.existing(ctx, f.MerchantID, f.FindingID, KindReview); err != nil {
		return err
	} else if prev != "" {
		return errorf(http.StatusConflict, "finding already reviewed: %s", prev)
	}
	now := s.cfg.Clock()
	// A confirmed false-information finding is sent on as a confirmation, so
	// that enforcement delists the product at once; sent before the decision
	// is recorded, like a dismissal, so a failed send records nothing.
	if conf, ok := ladder.ConfirmationOf(f, p.Name, now); ok && req.Decision == DecisionConfirm {
		if s.cfg.Producer == nil {
			return errorf(http.StatusServiceUnavailable, "no Kafka configured (--kafka): a confirmation cannot be sent")
		}
		v, err := json.Marshal(conf)
		if err != nil {
			return err
		}
		if err := s.cfg.Producer.Produce(ctx, schemas.TopicFindings, []byte(f.MerchantID), v); err != nil {
			return err
		}
	}
	if req.Decision == DecisionDismiss {
		if s.cfg.Producer == nil {
			return errorf(http.StatusServiceUnavailable, "no Kafka configured (--kafka): a dismissal cannot be sent")
		}
		if err := s.withdraw(ctx, f, ladder.ReasonWithdrawn, "", now); err != nil {
			return err
		}
	}
	d := Decision{FindingID: f.FindingID, MerchantID: f.MerchantID, Kind: KindReview, Decision: req.Decision,
		Reviewer: p.Name, Note: strings.TrimSpace(req.Note), Violation: f.Violation, DecidedAt: schemas.Stamp(now)}
	if err := s.insertDecision(ctx, d, 1); err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, d)
	return nil
}

func (s *Server) appeals(w http.ResponseWriter, r *http.Request, _ Principal) error {
	if s.cfg.DB == nil {
		return errNoDB
	}
	ds, err := s.loadDecisions(r.Context(), KindAppeal, "")
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, map[string]any{"appeals": ds})
	return nil
}

type appealRequest struct {
	FindingID string `json:"finding_id"`
	AppealID  string `json:"appeal_id"`
	Note      string `json:"note"`
}

// fileAppeal records a merchant's appeal against one of its findings.
func (s *Server) fileAppeal(w http.ResponseWriter, r *http.Request, p Principal) error {
	if s.cfg.DB == nil {
		return errNoDB
	}
	var req appealRequest
	if err := decodeBody(r, &req); err != nil {
		return err
	}
	ctx := r.Context()
	f, err := s.findingByID(ctx, req.FindingID)
	if err != nil {
		return err
	}
	if f.MerchantID != r.PathValue("merchant_id") {
		return errorf(http.StatusNotFound, "not found")
	}
	prev, _, err := s.existing(ctx, f.MerchantID, f.FindingID, KindAppeal)
	if err != nil {
		return err
	}
	if prev != "" {
		return errorf(http.StatusConflict, "an appeal on this finding exists: %s", prev)
	}
	now := schemas.Stamp(s.cfg.Clock())
	if req.AppealID == "" {
		req.AppealID = fmt.Sprintf("AP-%s-%d", f.FindingID[:min(8, len(f.FindingID))], now.Unix())
	}
	d := Decision{FindingID: f.FindingID, MerchantID: f.MerchantID, Kind: KindAppeal, Decision: DecisionPending,
		Reviewer: p.Name, Note: strings.TrimSpace(req.Note), AppealID: req.AppealID, Violation: f.Violation, DecidedAt: now}
	if err := s.insertDecision(ctx, d, 0); err != nil {
		return err
	}
	writeJSON(w, http.StatusCreated, d)
	return nil
}

// decideAppeal upholds or rejects an appeal; upholding sends a withdrawal
// with reason appeal_upheld, which enforcement reverses.
func (s *Server) decideAppeal(w http.ResponseWriter, r *http.Request, p Principal) error {
	if s.cfg.DB == nil {
		return errNoDB
	}
	var req struct {
		Decision string `json:"decision"`
		AppealID string `json:"appeal_id"`
		Note     string `json:"note"`
	}
	if err := decodeBody(r, &req); err != nil {
		return err
	}
	if req.Decision != DecisionUphold && req.Decision != DecisionReject {
		return errorf(http.StatusBadRequest, "decision must be uphold or reject")
	}
	ctx := r.Context()
	f, err := s.findingByID(ctx, r.PathValue("finding_id"))
	if err != nil {
		return err
	}
	prev, _, err := s.existing(ctx, f.MerchantID, f.FindingID, KindAppeal)
	if err != nil {
		return err
	}
	if prev == DecisionUphold || prev == DecisionReject {
		return errorf(http.StatusConflict, "appeal already decided: %s", prev)
	}
	appealID := req.AppealID
	if appealID == "" {
		for _, d := range mustDecisions(s.loadDecisions(ctx, KindAppeal, f.MerchantID)) {
			if d.FindingID == f.FindingID {
				appealID = d.AppealID
			}
		}
	}
	if appealID == "" {
		appealID = "AP-" + f.FindingID[:min(8, len(f.FindingID))]
	}
	now := s.cfg.Clock()
	if req.Decision == DecisionUphold {
		if s.cfg.Producer == nil {
			return errorf(http.StatusServiceUnavailable, "no Kafka configured (--kafka): an upheld appeal cannot be sent")
		}
		if err := s.withdraw(ctx, f, ladder.ReasonAppealUpheld, appealID, now); err != nil {
			return err
		}
	}
	d := Decision{FindingID: f.FindingID, MerchantID: f.MerchantID, Kind: KindAppeal, Decision: req.Decision,
		Reviewer: p.Name, Note: strings.TrimSpace(req.Note), AppealID: appealID, Violation: f.Violation,
		DecidedAt: schemas.Stamp(now)}
	if err := s.insertDecision(ctx, d, 1); err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, d)
	return nil
}

func mustDecisions(ds []Decision, err error) []Decision {
	if err != nil {
		return nil
	}
	return ds
}
