package main

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"strings"
	"time"

	"go.uber.org/zap"

	"github.com/haili/haili/detectors"
	"github.com/haili/haili/detectors/market"
	"github.com/haili/haili/detectors/policy"
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
	tokens, err := loadTokens(file)
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
	var dir map[string]enforce.MerchantName
	if *merchants != "" {
		f, err := os.Open(*merchants)
		if err != nil {
			return fmt.Errorf("--merchants: %w", err)
		}
		dir, err = enforce.ReadDirectory(f)
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
	log := c.Logger(stdio.Stderr)
	defer log.Sync()
	reg := health.NewRegistry()
	cfg := serve.Config{Policy: p, Engine: engine, Tokens: tokens, PublishDir: *publishDir, Log: log, Merchants: dir, Metrics: reg}
	// Listen first: while ClickHouse is retried, /healthz answers and
	// /readyz says "starting"; the API takes over once connected.
	var gate health.Gate
	h := health.NewSwap((&health.Server{Ready: gate.Ready, Metrics: reg}).Handler())
	l, err := net.Listen("tcp", c.Listen)
	if err != nil {
		return fmt.Errorf("listen %s: %w", c.Listen, err)
	}
	sctx, stop := context.WithCancel(ctx)
	defer stop()
	served := make(chan error, 1)
	go func() {
		// Serve returns once in-flight requests are done: only then do the
		// deferred closes of the store and the producer run.
		served <- health.Serve(sctx, &http.Server{Handler: h, ReadHeaderTimeout: 5 * time.Second}, l, 10*time.Second)
	}()
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

func loadTokens(file string) (serve.Tokens, error) {
	out := serve.Tokens{}
	if file != "" {
		f, err := os.Open(file)
		if err != nil {
			return nil, fmt.Errorf("--tokens: %w", err)
		}
		defer f.Close()
		if out, err = serve.ParseTokens(f); err != nil {
			return nil, fmt.Errorf("--tokens %s: %w", file, err)
		}
	}
	if env := strings.TrimSpace(os.Getenv("HAILI_TOKENS")); env != "" {
		more, err := serve.ParseTokenList(env)
		if err != nil {
			return nil, fmt.Errorf("HAILI_TOKENS: %w", err)
		}
		for k, v := range more {
			if _, ok := out[k]; !ok {
				out[k] = v
			}
		}
	}
	return out, nil
}
