package serve

import (
	"context"
	"crypto/rand"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"net/http"
	"regexp"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"go.uber.org/zap"

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

// Limits of what a person types into a decision or an appeal.
const (
	maxNoteRunes = 2000
	maxListPage  = 500
)

// appealIDPattern is what an appeal id may look like: it is shown to staff
// and sent on findings.v1.
var appealIDPattern = regexp.MustCompile(`^[A-Za-z0-9._-]{1,64}$`)

func checkNote(note string) (string, error) {
	note = strings.TrimSpace(note)
	if utf8.RuneCountInString(note) > maxNoteRunes {
		return "", errorf(http.StatusBadRequest, "note longer than %d characters", maxNoteRunes)
	}
	if !utf8.ValidString(note) {
		return "", errorf(http.StatusBadRequest, "note is not UTF-8")
	}
	return note, nil
}

func (s *Server) insertDecision(ctx context.Context, d Decision, revision uint32) error {
	return s.cfg.DB.Insert(ctx, "reviews", reviewColumns, 1, func(int) []any {
		return []any{d.FindingID, d.MerchantID, d.Kind, d.Decision, d.Reviewer, d.Note, d.AppealID, d.Violation,
			d.DecidedAt.UTC(), revision}
	})
}

func (s *Server) loadDecisions(ctx context.Context, kind, merchantID string, offset, n int) ([]Decision, error) {
	rows, err := s.cfg.DB.Query(ctx, sqlSelectReviews, kind, merchantID, merchantID, offset, n)
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

// state is the recorded decision on one finding of one kind ("" when none).
type state struct {
	Decision  string
	Revision  uint32
	Reviewer  string
	DecidedAt time.Time
	AppealID  string
	Note      string
}

func (s *Server) current(ctx context.Context, merchantID, findingID, kind string) (state, error) {
	var st state
	rows, err := s.cfg.DB.Query(ctx, sqlSelectReview, merchantID, findingID, kind)
	if err != nil {
		return st, err
	}
	defer rows.Close()
	if rows.Next() {
		if err := rows.Scan(&st.Decision, &st.Revision, &st.Reviewer, &st.DecidedAt, &st.AppealID, &st.Note); err != nil {
			return st, err
		}
	}
	return st, rows.Err()
}

// Decisions and ClickHouse. ClickHouse has no transactions and no
// compare-and-set, so a state change of a finding (file an appeal, decide
// it, review a queue item) is made to follow its state in two layers:
//
//   - In one process, decisions on the same finding and kind take a lock
//     (keyLocks) around read-state → check → claim → side effect, so
//     concurrent requests to one replica are serialised and every one after
//     the first finds the state moved on and gets 409.
//   - Across replicas, the claim is a compare-and-set on the revision: the
//     row for the next state carries revision (level+1)<<16 | nonce, where
//     level is the state read (revision>>16) and the nonce a random 16 bits.
//     reviews is a ReplacingMergeTree(revision) keyed by (merchant_id,
//     finding_id, kind), so every reader (FINAL) sees one row per finding: of
//     the claims on one level, the one with the highest nonce, whatever order
//     they were inserted in. A claimant reads the state back after its insert
//     and acts (sends the withdrawal, answers 200) only if the row read back
//     is its own; otherwise 409. The claim is made before the side effect, and
//     a failed side effect reverts the claim with a row one level up that
//     restores the previous state, so a decision is never recorded without
//     its withdrawal nor sent twice.
//
// The one interleaving the read-back cannot see is a rival replica's claim,
// made from the same state read, landing after our read-back with a higher
// nonce. So with several replicas, send the decision routes (POST
// /api/v1/reviews/*, /api/v1/appeals/*, /api/v1/merchants/*/appeals) to
// one of them, or route them by finding id (README, API section): one owner
// per finding makes the in-process lock the whole guarantee.
func (s *Server) claim(ctx context.Context, d Decision, from state) (bool, error) {
	var b [2]byte
	if _, err := rand.Read(b[:]); err != nil {
		return false, err
	}
	rev := (from.Revision>>16+1)<<16 | uint32(binary.BigEndian.Uint16(b[:]))
	if err := s.insertDecision(ctx, d, rev); err != nil {
		return false, err
	}
	back, err := s.current(ctx, d.MerchantID, d.FindingID, d.Kind)
	if err != nil {
		return false, err
	}
	return back.Revision == rev && back.Decision == d.Decision && back.Reviewer == d.Reviewer, nil
}

// revert restores the state a claim replaced (its side effect failed).
func (s *Server) revert(ctx context.Context, d Decision, from state) {
	prev := Decision{FindingID: d.FindingID, MerchantID: d.MerchantID, Kind: d.Kind, Decision: from.Decision,
		Reviewer: from.Reviewer, AppealID: from.AppealID, Note: from.Note, Violation: d.Violation, DecidedAt: from.DecidedAt}
	if prev.DecidedAt.IsZero() {
		prev.DecidedAt = d.DecidedAt
	}
	// Two levels up: above every claim on the level just tried.
	if err := s.insertDecision(context.WithoutCancel(ctx), prev, (from.Revision>>16+2)<<16); err != nil {
		s.cfg.Log.Error("reverting a decision whose message failed", zap.String("finding_id", d.FindingID), zap.Error(err))
	}
}

// keyLocks are per-key mutexes, dropped when no one holds or waits.
type keyLocks struct {
	mu sync.Mutex
	m  map[string]*keyLock
}

type keyLock struct {
	sync.Mutex
	refs int
}

func (k *keyLocks) lock(key string) (unlock func()) {
	k.mu.Lock()
	if k.m == nil {
		k.m = map[string]*keyLock{}
	}
	l := k.m[key]
	if l == nil {
		l = &keyLock{}
		k.m[key] = l
	}
	l.refs++
	k.mu.Unlock()
	l.Lock()
	return func() {
		l.Unlock()
		k.mu.Lock()
		if l.refs--; l.refs == 0 {
			delete(k.m, key)
		}
		k.mu.Unlock()
	}
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
	n, offset, err := pageOf(r, 200, 2000)
	if err != nil {
		return err
	}
	fs, err := s.queryFindings(r.Context(), sqlReviewQueue, s.cfg.Policy.Enforcement.FalseInfo.DelistConfidence, offset, n)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, map[string]any{"findings": fs, "delist_confidence": s.cfg.Policy.Enforcement.FalseInfo.DelistConfidence,
		"next_offset": nextOffset(len(fs), n, offset)})
	return nil
}

// listDecisions answers a page of the decisions of one kind under key:
// review decisions and appeals are the same rows of two kinds.
func (s *Server) listDecisions(kind, key string) func(http.ResponseWriter, *http.Request, Principal) error {
	return func(w http.ResponseWriter, r *http.Request, _ Principal) error {
		if s.cfg.DB == nil {
			return errNoDB
		}
		n, offset, err := pageOf(r, 200, maxListPage)
		if err != nil {
			return err
		}
		ds, err := s.loadDecisions(r.Context(), kind, "", offset, n)
		if err != nil {
			return err
		}
		writeJSON(w, http.StatusOK, map[string]any{key: ds, "next_offset": nextOffset(len(ds), n, offset)})
		return nil
	}
}

type decisionRequest struct {
	Decision string `json:"decision"`
	Note     string `json:"note"`
}

// decideReview confirms or dismisses a finding of the review queue (below
// the automatic bar, not a verified complaint), once: see claim for how one
// concurrent decision wins and the others get 409.
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
	note, err := checkNote(req.Note)
	if err != nil {
		return err
	}
	ctx := r.Context()
	f, err := s.findingByID(ctx, r.PathValue("finding_id"))
	if err != nil {
		return err
	}
	// The queue's own condition (review_queue.sql): anything else was decided
	// by enforcement on its own evidence and is not a reviewer's to undo.
	if f.Rule == "verified_complaint" || f.Confidence >= s.cfg.Policy.Enforcement.FalseInfo.DelistConfidence {
		return errorf(http.StatusConflict, "finding is not in the review queue")
	}
	now := s.cfg.Clock()
	conf, confirms := ladder.ConfirmationOf(f, p.Name, now)
	confirms = confirms && req.Decision == DecisionConfirm
	if (confirms || req.Decision == DecisionDismiss) && s.cfg.Producer == nil {
		return errorf(http.StatusServiceUnavailable, "no Kafka configured (--kafka): the decision cannot be sent")
	}
	unlock := s.locks.lock(KindReview + "/" + f.FindingID)
	defer unlock()
	cur, err := s.current(ctx, f.MerchantID, f.FindingID, KindReview)
	if err != nil {
		return err
	}
	if cur.Decision != "" {
		return errorf(http.StatusConflict, "finding already reviewed: %s", cur.Decision)
	}
	d := Decision{FindingID: f.FindingID, MerchantID: f.MerchantID, Kind: KindReview, Decision: req.Decision,
		Reviewer: p.Name, Note: note, Violation: f.Violation, DecidedAt: schemas.Stamp(now)}
	won, err := s.claim(ctx, d, cur)
	if err != nil {
		return err
	}
	if !won {
		return errorf(http.StatusConflict, "another decision on this finding came first")
	}
	// A confirmed false-information finding is sent on as a confirmation, so
	// that enforcement delists the product at once; a dismissal as a
	// withdrawal, which reverses what rests on the finding.
	var sendErr error
	switch {
	case confirms:
		v, err := json.Marshal(conf)
		if err != nil {
			return err
		}
		sendErr = s.cfg.Producer.Produce(ctx, schemas.TopicFindings, []byte(f.MerchantID), v)
	case req.Decision == DecisionDismiss:
		sendErr = s.withdraw(ctx, f, ladder.ReasonWithdrawn, "", now)
	}
	if sendErr != nil {
		s.revert(ctx, d, cur)
		return sendErr
	}
	writeJSON(w, http.StatusOK, d)
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
	note, err := checkNote(req.Note)
	if err != nil {
		return err
	}
	if req.AppealID != "" && !appealIDPattern.MatchString(req.AppealID) {
		return errorf(http.StatusBadRequest, "appeal_id must be 1 to 64 of A-Z a-z 0-9 . _ -")
	}
	if !plainValue.MatchString(req.FindingID) {
		return errorf(http.StatusBadRequest, "finding_id is not a plain value")
	}
	ctx := r.Context()
	f, err := s.findingByID(ctx, req.FindingID)
	if err != nil {
		return err
	}
	if f.MerchantID != r.PathValue("merchant_id") {
		return errorf(http.StatusNotFound, "not found")
	}
	unlock := s.locks.lock(KindAppeal + "/" + f.FindingID)
	defer unlock()
	cur, err := s.current(ctx, f.MerchantID, f.FindingID, KindAppeal)
	if err != nil {
		return err
	}
	if cur.Decision != "" {
		return errorf(http.StatusConflict, "an appeal on this finding exists: %s", cur.Decision)
	}
	now := schemas.Stamp(s.cfg.Clock())
	if req.AppealID == "" {
		req.AppealID = fmt.Sprintf("AP-%s-%d", f.FindingID[:min(8, len(f.FindingID))], now.Unix())
	}
	d := Decision{FindingID: f.FindingID, MerchantID: f.MerchantID, Kind: KindAppeal, Decision: DecisionPending,
		Reviewer: p.Name, Note: note, AppealID: req.AppealID, Violation: f.Violation, DecidedAt: now}
	won, err := s.claim(ctx, d, cur)
	if err != nil {
		return err
	}
	if !won {
		return errorf(http.StatusConflict, "another appeal on this finding came first")
	}
	writeJSON(w, http.StatusCreated, d)
	return nil
}

// decideAppeal upholds or rejects a pending appeal, once; upholding sends a
// withdrawal with reason appeal_upheld, which enforcement reverses.
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
	if req.AppealID != "" && !appealIDPattern.MatchString(req.AppealID) {
		return errorf(http.StatusBadRequest, "appeal_id must be 1 to 64 of A-Z a-z 0-9 . _ -")
	}
	note, err := checkNote(req.Note)
	if err != nil {
		return err
	}
	ctx := r.Context()
	f, err := s.findingByID(ctx, r.PathValue("finding_id"))
	if err != nil {
		return err
	}
	if req.Decision == DecisionUphold && s.cfg.Producer == nil {
		return errorf(http.StatusServiceUnavailable, "no Kafka configured (--kafka): an upheld appeal cannot be sent")
	}
	unlock := s.locks.lock(KindAppeal + "/" + f.FindingID)
	defer unlock()
	cur, err := s.current(ctx, f.MerchantID, f.FindingID, KindAppeal)
	if err != nil {
		return err
	}
	switch {
	case cur.Decision == "":
		return errorf(http.StatusNotFound, "no appeal filed on this finding")
	case cur.Decision != DecisionPending:
		return errorf(http.StatusConflict, "appeal already decided: %s", cur.Decision)
	case req.AppealID != "" && req.AppealID != cur.AppealID:
		return errorf(http.StatusConflict, "the pending appeal is %s, not %s", cur.AppealID, req.AppealID)
	}
	now := s.cfg.Clock()
	d := Decision{FindingID: f.FindingID, MerchantID: f.MerchantID, Kind: KindAppeal, Decision: req.Decision,
		Reviewer: p.Name, Note: note, AppealID: cur.AppealID, Violation: f.Violation, DecidedAt: schemas.Stamp(now)}
	won, err := s.claim(ctx, d, cur)
	if err != nil {
		return err
	}
	if !won {
		return errorf(http.StatusConflict, "another decision on this appeal came first")
	}
	if req.Decision == DecisionUphold {
		if err := s.withdraw(ctx, f, ladder.ReasonAppealUpheld, cur.AppealID, now); err != nil {
			s.revert(ctx, d, cur)
			return err
		}
	}
	writeJSON(w, http.StatusOK, d)
	return nil
}
