package main

import (
	"context"
	"fmt"
	"net"
	"os"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"go.uber.org/zap"

	"github.com/haili/haili/detectors"
	"github.com/haili/haili/detectors/market"
	"github.com/haili/haili/detectors/policy"
	"github.com/haili/haili/services/internal/backtest"
	"github.com/haili/haili/services/internal/cli"
	"github.com/haili/haili/services/internal/enforce"
	"github.com/haili/haili/services/internal/health"
	"github.com/haili/haili/services/internal/marketstate"
	"github.com/haili/haili/services/internal/serve"
)

// runServe serves the governance console, the merchant portal and the API.
func runServe(ctx context.Context, args []string, stdio cli.IO) error {
	var c cli.Common
	fs := cli.FlagSet("serve", "serve --listen host:port [--clickhouse host:port] [--kafka host:port] (--tokens FILE | HAILI_TOKENS) [flags]\n\n"+
		"Serves the console (/), the merchant portal (/portal), the API (/api/v1/, described at\n"+
		"/api/v1/openapi.json), /healthz, /readyz and /metrics. Without --clickhouse only the check\n"+
		"API works; without --kafka dismissals and upheld appeals are refused.", &c, stdio.Stderr)
	tokensFile := fs.String("tokens", "", "bearer tokens: one `token role [merchant_id]` per line; roles admin, analyst, reviewer, merchant (env HAILI_TOKENS holds the same lines separated by ';')")
	merchants := fs.String("merchants", "", `merchant directory for the monthly list: JSON lines {"merchant_id","account","company"}`)
	publishDir := fs.String("publish-dir", "", "directory for published monthly lists (env HAILI_PUBLISH_DIR); empty refuses publishing")
	if err := cli.Parse(fs, &c, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return cli.Usagef("serve takes no arguments")
	}
	if c.Listen == "" {
		return cli.Usagef("--listen (or HAILI_LISTEN) is required")
	}
	// HAILI_TOKENS is the token list itself, not a file name, though cli.Parse
	// binds it to --tokens like every HAILI_<FLAG>.
	file := *tokensFile
	if env := os.Getenv("HAILI_TOKENS"); env != "" && file == env {
		file = ""
	}
	log := c.Logger(stdio.Stderr)
	defer log.Sync()
	tokens, err := loadTokens(file, log)
	if err != nil {
		return cli.Usagef("%v", err)
	}
	if len(tokens) == 0 {
		return cli.Usagef("no tokens: give --tokens FILE or HAILI_TOKENS")
	}
	p, err := policy.Load(c.Policy)
	if err != nil {
		return err
	}
	engine, err := detectors.New(p)
	if err != nil {
		return err
	}
	cfg := serve.Config{Policy: p, Engine: engine, Tokens: tokens, PublishDir: *publishDir, Log: log}
	if *merchants != "" {
		f, err := os.Open(*merchants)
		if err != nil {
			return fmt.Errorf("--merchants: %w", err)
		}
		cfg.Merchants, err = enforce.ReadDirectory(f)
		f.Close()
		if err != nil {
			return fmt.Errorf("--merchants %s: %w", *merchants, err)
		}
	}
	if c.ClickHouse != "" {
		if err := checkStore(&c); err != nil {
			return err
		}
	}
	if c.CheckConfig {
		return cli.ConfigOK(stdio.Stdout, "serve")
	}
	// Listen first: while ClickHouse is retried, /healthz answers and
	// /readyz says "starting"; the API takes over once connected. The HTTP
	// server (its timeouts and limits) is the API's own, taken from a server
	// built without the database, whose metrics go nowhere.
	pcfg := cfg
	pcfg.Metrics = prometheus.NewRegistry()
	pre, err := serve.New(pcfg)
	if err != nil {
		return err
	}
	reg := health.NewRegistry()
	cfg.Metrics = reg
	var gate health.Gate
	h := health.NewSwap((&health.Server{Ready: gate.Ready, Metrics: reg}).Handler())
	hs := pre.HTTPServer()
	hs.Handler = h
	l, err := net.Listen("tcp", c.Listen)
	if err != nil {
		return fmt.Errorf("listen %s: %w", c.Listen, err)
	}
	sctx, stop := context.WithCancel(ctx)
	defer stop()
	served := make(chan error, 1)
	// Serve returns once in-flight requests are done: only then do the
	// deferred closes of the store and the producer run.
	go func() { served <- health.Serve(sctx, hs, l, 10*time.Second) }()
	fail := func(err error) error {
		stop()
		<-served
		return err
	}
	log.Info("listening; connecting", zap.String("addr", l.Addr().String()))
	if c.ClickHouse != "" {
		s, err := connectStore(ctx, &c, log)
		if err != nil {
			return fail(err)
		}
		defer s.Close()
		var k *marketstate.Keeper
		if err := startRetry(ctx, log, "loading the market reference", func() error {
			var err error
			k, err = marketstate.Load(ctx, marketstate.Config{Source: "serve-readonly"}, s, log)
			return err
		}); err != nil {
			return fail(err)
		}
		ref := k.Reference()
		cfg.DB, cfg.Market = s.DB(), func() *market.Reference { return ref }
		// The policy lab's backtests read the stored history; the window bound
		// is the one the lab's form is held to (serve answers 400 past it).
		cfg.Backtest = backtest.NewHistoryRunner(s.DB(), log.Named("backtest"), backtest.HistoryConfig{MaxWindow: serve.MaxBacktestWindow})
	}
	if len(c.Kafka) > 0 {
		kp := serve.NewKafkaProducer(c.Kafka)
		defer kp.Close()
		cfg.Producer = kp
	}
	srv, err := serve.New(cfg)
	if err != nil {
		return fail(err)
	}
	h.Set(srv.Handler())
	log.Info("serving console and API", zap.String("addr", l.Addr().String()), zap.String("policy_version", p.ID()),
		zap.Bool("clickhouse", cfg.DB != nil), zap.Bool("kafka", cfg.Producer != nil), zap.Int("tokens", len(tokens)))
	return <-served
}

// loadTokens reads the tokens file and HAILI_TOKENS. It warns (never
// printing a token) when the file can be read by every local user and when
// the file and the environment give one token two different principals (the
// file's entry is kept).
func loadTokens(file string, log *zap.Logger) (serve.Tokens, error) {
	out := serve.Tokens{}
	if file != "" {
		f, err := os.Open(file)
		if err != nil {
			return nil, fmt.Errorf("--tokens: %w", err)
		}
		defer f.Close()
		if st, err := f.Stat(); err == nil && st.Mode().Perm()&0o004 != 0 {
			log.Warn("the tokens file is readable by every user: chmod 600 it", zap.String("file", file),
				zap.String("mode", st.Mode().Perm().String()))
		}
		if out, err = serve.ParseTokens(f); err != nil {
			return nil, fmt.Errorf("--tokens %s: %w", file, err)
		}
	}
	if env := strings.TrimSpace(os.Getenv("HAILI_TOKENS")); env != "" {
		more, err := serve.ParseTokenList(env)
		if err != nil {
			return nil, fmt.Errorf("HAILI_TOKENS: %w", err)
		}
		for _, c := range out.Merge(more) {
			log.Warn("one token has two roles in --tokens and HAILI_TOKENS; the file's is used", zap.String("principals", c))
		}
	}
	return out, nil
}
