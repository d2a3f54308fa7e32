package main

import (
	"context"
	"fmt"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"go.uber.org/zap"

	"github.com/haili/haili/services/internal/cli"
	"github.com/haili/haili/services/internal/detect"
	"github.com/haili/haili/services/internal/enforce"
	"github.com/haili/haili/services/internal/kafkaio"
	"github.com/haili/haili/services/internal/retry"
	"github.com/haili/haili/services/internal/store"
)

// startBackoff paces a role's attempts to reach its servers at start-up:
// a pod that retries is ready as soon as they answer, where one that exits
// waits out the kubelet's crash-loop back-off (up to five minutes).
var startBackoff = retry.Backoff{Initial: 500 * time.Millisecond, Max: 15 * time.Second}

// connectStore opens the store of c, retrying with backoff until ClickHouse
// answers or ctx ends. A configuration that cannot work is not retried.
func connectStore(ctx context.Context, c *cli.Common, log *zap.Logger) (*store.Store, error) {
	if err := checkStore(c); err != nil {
		return nil, err
	}
	cfg := storeConfig(c)
	var s *store.Store
	err := startRetry(ctx, log, "connecting to ClickHouse "+cfg.Addr, func() error {
		var err error
		s, err = store.Open(ctx, cfg, log)
		return err
	})
	if err != nil {
		return nil, err
	}
	return s, nil
}

// startRetry runs a start-up step until it succeeds, fails permanently or
// ctx ends: loading state fails while the migration has not created the
// tables yet, which on Kubernetes runs beside the roles.
func startRetry(ctx context.Context, log *zap.Logger, what string, op func() error) error {
	return retry.Do(ctx, startBackoff, op, func(err error, pause time.Duration) {
		log.Warn(what+" failed; retrying", zap.Duration("backoff", pause), zap.Error(err))
	})
}

// checkStore validates the ClickHouse settings of c, as a usage error.
func checkStore(c *cli.Common) error {
	cfg := storeConfig(c)
	if err := cfg.Validate(); err != nil {
		return cli.Usagef("%v", err)
	}
	return nil
}

// kafkaReady checks that the brokers answer a metadata request.
func kafkaReady(brokers []string) func(context.Context) error {
	client := kafkaio.NewClient(brokers...)
	return func(ctx context.Context) error {
		if _, err := client.Metadata(ctx, nil); err != nil {
			return fmt.Errorf("kafka: %w", err)
		}
		return nil
	}
}

// Buckets of the workers' histograms, in seconds.
var (
	eventBuckets  = prometheus.ExponentialBuckets(0.00001, 4, 10) // 10µs … 2.6s
	stepBuckets   = []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30}
	commitBuckets = []float64{.05, .1, .25, .5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600}
)

func counterFunc(name, help string, v interface{ Load() int64 }) prometheus.Collector {
	return prometheus.NewCounterFunc(prometheus.CounterOpts{Name: name, Help: help}, func() float64 { return float64(v.Load()) })
}

func secondsFunc(name, help string, v interface{ Load() int64 }, labels prometheus.Labels) prometheus.Collector {
	return prometheus.NewCounterFunc(prometheus.CounterOpts{Name: name, Help: help, ConstLabels: labels}, func() float64 { return float64(v.Load()) / 1e9 })
}

func unixGauge(name, help string, v interface{ Load() int64 }) prometheus.Collector {
	return prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: name, Help: help}, func() float64 { return float64(v.Load()) / 1e9 })
}

// detectObserver feeds the detection worker's durations to histograms.
type detectObserver struct {
	process, commit prometheus.Histogram
	steps           [len(detect.FlushSteps)]prometheus.Observer
}

var _ detect.Observer = (*detectObserver)(nil)

func (o *detectObserver) Process(d time.Duration) { o.process.Observe(d.Seconds()) }
func (o *detectObserver) FlushStep(step int, d time.Duration) {
	o.steps[step].Observe(d.Seconds())
}
func (o *detectObserver) Committed(produced, at time.Time) {
	if !produced.IsZero() {
		o.commit.Observe(max(at.Sub(produced), 0).Seconds())
	}
}

// registerDetect puts the detection worker's metrics on reg: the counters
// of its Stats (names as before the client library), histograms of event
// processing, flush steps and produce→commit, and the group's lag.
func registerDetect(reg prometheus.Registerer, st *detect.Stats, cfg detect.Config) {
	reg.MustRegister(
		counterFunc("haili_detect_events_total", "Input events consumed.", &st.Events),
		counterFunc("haili_detect_findings_total", "Findings produced.", &st.Findings),
		counterFunc("haili_detect_listing_checks_total", "Listing versions checked.", &st.Checks),
		counterFunc("haili_detect_deadletters_total", "Events sent to deadletter.v1.", &st.Deadletters),
		counterFunc("haili_detect_batches_total", "Batches flushed and committed.", &st.Batches),
		counterFunc("haili_detect_committed_total", "Input events whose results are durable and offsets committed.", &st.Committed),
		counterFunc("haili_detect_flush_retries_total", "Failed flush steps retried.", &st.FlushRetries),
		counterFunc("haili_detect_shadow_findings_total", "Findings of the shadow policy (--shadow-policy), written to shadow_findings only.", &st.ShadowFindings),
		counterFunc("haili_detect_shadow_errors_total", "Events the shadow policy failed to judge; the live verdict stands.", &st.ShadowErrors),
		unixGauge("haili_detect_last_flush_seconds", "Unix time of the last successful flush.", &st.LastFlush),
		secondsFunc("haili_detect_process_seconds_total", "Time spent decoding and detecting.", &st.ProcessNanos, nil),
		secondsFunc("haili_detect_flush_wait_seconds_total", "Time processing waited for a flush to finish (backpressure from ClickHouse or Kafka).", &st.FlushWaitNanos, nil),
	)
	for i, step := range detect.FlushSteps {
		reg.MustRegister(secondsFunc("haili_detect_flush_step_seconds_total", "Time spent in each step of the flushes, retries included.", &st.StepNanos[i], prometheus.Labels{"step": step}))
	}
	o := &detectObserver{
		process: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "haili_detect_event_process_duration_seconds",
			Help: "Time to decode and detect one input event.", Buckets: eventBuckets}),
		commit: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "haili_detect_produce_to_commit_seconds",
			Help: "Time from an input event's Kafka timestamp to the commit of its offset (its results durable).", Buckets: commitBuckets}),
	}
	steps := prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "haili_detect_flush_step_duration_seconds",
		Help: "Time of one run of a flush step (a retried step is observed once per run).", Buckets: stepBuckets}, []string{"step"})
	for i, step := range detect.FlushSteps {
		o.steps[i] = steps.WithLabelValues(step)
	}
	reg.MustRegister(o.process, o.commit, steps, kafkaio.NewLagCollector(cfg.Brokers, cfg.GroupID, cfg.Topics))
	st.Observer = o
}

// registerEnforce puts the enforcement worker's metrics on reg.
func registerEnforce(reg prometheus.Registerer, st *enforce.Stats, cfg enforce.Config) {
	reg.MustRegister(
		counterFunc("haili_enforce_inputs_total", "Findings, listing checks and withdrawals consumed.", &st.Inputs),
		counterFunc("haili_enforce_actions_total", "Actions decided.", &st.Actions),
		counterFunc("haili_enforce_notices_total", "Notices written.", &st.Notices),
		counterFunc("haili_enforce_deadletters_total", "Inputs sent to deadletter.v1.", &st.Deadletters),
		counterFunc("haili_enforce_batches_total", "Batches flushed.", &st.Batches),
		counterFunc("haili_enforce_flush_retries_total", "Failed flush steps retried.", &st.FlushRetries),
		counterFunc("haili_enforce_generations_total", "Consumer group generations joined (ladders rebuilt).", &st.Generations),
		counterFunc("haili_enforce_committed_total", "Inputs whose results are durable and offsets committed.", &st.Committed),
		unixGauge("haili_enforce_last_flush_seconds", "Unix time of the last successful flush.", &st.LastFlush),
	)
	steps := prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "haili_enforce_flush_step_duration_seconds",
		Help: "Time of one run of a flush step (a retried step is observed once per run).", Buckets: stepBuckets}, []string{"step"})
	reg.MustRegister(steps, kafkaio.NewLagCollector(cfg.Brokers, cfg.GroupID, cfg.Topics))
	st.FlushStep = func(step string, d time.Duration) { steps.WithLabelValues(step).Observe(d.Seconds()) }
}
