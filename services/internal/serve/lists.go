package serve

import (
	"context"
	"encoding/json"
	"net/http"

	"github.com/segmentio/kafka-go"

	"github.com/haili/haili/detectors/ladder"
	"github.com/haili/haili/schemas"
	"github.com/haili/haili/services/internal/enforce"
	"github.com/haili/haili/services/internal/kafkaio"
)

func (s *Server) buildList(r *http.Request) (*enforce.List, []ladder.Action, error) {
	if s.cfg.DB == nil {
		return nil, nil, errNoDB
	}
	if s.cfg.Policy.Enforcement.IsZero() {
		return nil, nil, errorf(http.StatusConflict, "policy %s has no enforcement section", s.cfg.Policy.ID())
	}
	month := r.PathValue("month")
	start, end, err := enforce.ValidMonth(month, s.cfg.Clock())
	if err != nil {
		return nil, nil, errorf(http.StatusBadRequest, "%v", err)
	}
	actions, err := s.enf.MonthActions(r.Context(), start, end)
	if err != nil {
		return nil, nil, err
	}
	l, err := enforce.BuildList(&s.cfg.Policy.Enforcement, s.cfg.Policy.ID(), actions, month, s.cfg.Merchants)
	if err != nil {
		return nil, nil, err
	}
	return l, actions, nil
}

func (s *Server) listPreview(w http.ResponseWriter, r *http.Request, _ Principal) error {
	l, _, err := s.buildList(r)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, map[string]any{"month": l.Month, "policy_version": l.PolicyVersion,
		"entries": nonNilSlice(l.Entries), "digest": l.Digest()})
	return nil
}

func (s *Server) listCSV(w http.ResponseWriter, r *http.Request, _ Principal) error {
	l, _, err := s.buildList(r)
	if err != nil {
		return err
	}
	name, _ := enforce.Files(l.Month)
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="`+name+`"`)
	_, err = w.Write(l.CSV())
	return err
}

func (s *Server) listHTML(w http.ResponseWriter, r *http.Request, _ Principal) error {
	l, _, err := s.buildList(r)
	if err != nil {
		return err
	}
	b, err := l.HTML()
	if err != nil {
		return err
	}
	_, name := enforce.Files(l.Month)
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="`+name+`"`)
	_, err = w.Write(b)
	return err
}

// listPublish publishes the month's list as `haili publish` does: files in
// PublishDir, the list and the warning notices in ClickHouse, the notices to
// notices.v1 when Kafka is configured.
func (s *Server) listPublish(w http.ResponseWriter, r *http.Request, _ Principal) error {
	if _, _, err := s.buildList(r); err != nil {
		return err
	}
	if s.cfg.PublishDir == "" {
		return errorf(http.StatusServiceUnavailable, "no publish directory configured (--publish-dir)")
	}
	start, end, _ := enforce.ValidMonth(r.PathValue("month"), s.cfg.Clock())
	ctx := r.Context()
	actions, err := s.enf.MonthActions(ctx, start, end)
	if err != nil {
		return err
	}
	now := s.cfg.Clock()
	pub, err := enforce.Publish(&s.cfg.Policy.Enforcement, s.cfg.Policy.ID(), actions, r.PathValue("month"), s.cfg.Merchants, s.cfg.PublishDir, now)
	if err != nil {
		return err
	}
	// Publishing a month again sends no notice twice: notice ids are
	// deterministic and those ClickHouse holds were sent; each is sent before
	// it is recorded, so a failure in between sends it again, not never.
	unsent, err := s.enf.Unsent(ctx, pub.Notices)
	if err != nil {
		return err
	}
	if err := s.enf.InsertList(ctx, pub.List, now); err != nil {
		return err
	}
	sent := 0
	if s.cfg.Producer != nil {
		for _, n := range unsent {
			v, err := json.Marshal(n)
			if err != nil {
				return err
			}
			if err := s.cfg.Producer.Produce(ctx, schemas.TopicNotices, []byte(n.MerchantID), v); err != nil {
				return err
			}
			sent++
		}
	}
	if err := s.enf.InsertNotices(ctx, unsent); err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, map[string]any{"month": pub.List.Month, "entries": len(pub.List.Entries),
		"notices": len(pub.Notices), "notices_new": len(unsent), "notices_sent": sent, "files": pub.Files, "digest": pub.List.Digest()})
	return nil
}

// KafkaProducer sends records with the producer settings every role uses (kafkaio.NewWriter).
type KafkaProducer struct{ w *kafka.Writer }

var _ Producer = (*KafkaProducer)(nil)

// NewKafkaProducer connects to brokers.
func NewKafkaProducer(brokers []string) *KafkaProducer {
	return &KafkaProducer{w: kafkaio.NewWriter(brokers)}
}

// Produce sends one record and waits for it to be acknowledged.
func (k *KafkaProducer) Produce(ctx context.Context, topic string, key, value []byte) error {
	return k.w.WriteMessages(ctx, kafka.Message{Topic: topic, Key: key, Value: value})
}

// Close flushes and closes the writer.
func (k *KafkaProducer) Close() error { return k.w.Close() }
