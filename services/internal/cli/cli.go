// Package cli is the command-line frame shared by every haili subcommand: the
// common flags (each also read from the environment), usage errors that map to
// exit status 2, and the logger.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
)

// UsageError is a mistake in how a command was called; it exits with status 2.
type UsageError struct{ Msg string }

func (e *UsageError) Error() string { return e.Msg }

// Usagef builds a UsageError.
func Usagef(format string, args ...any) error { return &UsageError{Msg: fmt.Sprintf(format, args...)} }

// ExitCode maps a command's error to the process exit status:
// 0 ok (or --help), 2 usage, 1 any other failure.
func ExitCode(err error) int {
	var ue *UsageError
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
		return 0
	case errors.As(err, &ue):
		return 2
	}
	return 1
}

// IO is where a command reads and writes.
type IO struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
}

// Common holds the flags every subcommand speaks.
type Common struct {
	Kafka              []string
	ClickHouse         string
	ClickHouseDatabase string
	ClickHouseUser     string
	ClickHousePassword string
	InsertQuorum       string
	Listen             string
	Policy             string
	LogLevel           string
	// CheckConfig asks a role to validate its configuration (flags,
	// environment, policy, tokens) and exit without connecting to any
	// server: the deploy tests run every role so with the environment and
	// arguments that docker-compose and Kubernetes give it.
	CheckConfig bool

	// set records which flags were given on the command line or in the
	// environment, as opposed to defaulted.
	set map[string]bool
}

// envName is the environment variable that backs a flag: --kafka → HAILI_KAFKA.
func envName(flagName string) string {
	return "HAILI_" + strings.ToUpper(strings.ReplaceAll(flagName, "-", "_"))
}

// FlagSet makes a flag set for subcommand name with the common flags bound and
// a usage text that names the environment variables.
func FlagSet(name, synopsis string, c *Common, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("haili "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	c.set = map[string]bool{}
	fs.Func("kafka", "Kafka bootstrap brokers, host:port[,host:port…] (env HAILI_KAFKA)", func(s string) error {
		c.Kafka = SplitList(s)
		if len(c.Kafka) == 0 {
			return errors.New("empty broker list")
		}
		return nil
	})
	fs.StringVar(&c.ClickHouse, "clickhouse", "", "ClickHouse native-protocol address host:port (env HAILI_CLICKHOUSE)")
	fs.StringVar(&c.ClickHouseDatabase, "clickhouse-database", "haili", "ClickHouse database (env HAILI_CLICKHOUSE_DATABASE)")
	fs.StringVar(&c.ClickHouseUser, "clickhouse-user", "default", "ClickHouse user (env HAILI_CLICKHOUSE_USER)")
	fs.StringVar(&c.ClickHousePassword, "clickhouse-password", "", "ClickHouse password (env HAILI_CLICKHOUSE_PASSWORD)")
	fs.StringVar(&c.InsertQuorum, "clickhouse-insert-quorum", "", "insert_quorum of the inserts of state rebuilt after a rebalance (conversations, ladders): auto (a majority of replicas) or a count; empty: none, for one server (env HAILI_CLICKHOUSE_INSERT_QUORUM)")
	fs.StringVar(&c.Listen, "listen", "", "HTTP listen address host:port for health and metrics (env HAILI_LISTEN)")
	fs.StringVar(&c.Policy, "policy", "", "policy file (YAML); empty means the built-in policy (env HAILI_POLICY)")
	fs.StringVar(&c.LogLevel, "log-level", "info", "log level: debug, info, warn, error (env HAILI_LOG_LEVEL)")
	fs.BoolVar(&c.CheckConfig, "check-config", false, "validate the configuration and exit without connecting to any server (env HAILI_CHECK_CONFIG)")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: haili %s\n\n", synopsis)
		fmt.Fprintf(stderr, "Every flag can also be set in the environment as HAILI_<FLAG>, e.g. HAILI_KAFKA.\n\nFlags:\n")
		fs.PrintDefaults()
	}
	return fs
}

// Parse applies the environment, then the command line, to fs. It returns a
// UsageError for bad flags, flag.ErrHelp for --help.
func Parse(fs *flag.FlagSet, c *Common, args []string) error {
	var envErr error
	fs.VisitAll(func(f *flag.Flag) {
		if v, ok := os.LookupEnv(envName(f.Name)); ok && envErr == nil {
			if err := f.Value.Set(v); err != nil {
				envErr = Usagef("%s=%q: %v", envName(f.Name), v, err)
			}
			c.set[f.Name] = true
		}
	})
	if envErr != nil {
		return envErr
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return &UsageError{Msg: err.Error()}
	}
	fs.Visit(func(f *flag.Flag) { c.set[f.Name] = true })
	if _, err := zapcore.ParseLevel(c.LogLevel); err != nil {
		return Usagef("--log-level: %v", err)
	}
	return nil
}

// IsSet reports whether a flag was given (command line or environment).
func (c *Common) IsSet(name string) bool { return c.set[name] }

// Logger builds the process logger: JSON to stderr at the configured level.
func (c *Common) Logger(stderr io.Writer) *zap.Logger {
	lvl, err := zapcore.ParseLevel(c.LogLevel)
	if err != nil {
		lvl = zapcore.InfoLevel
	}
	enc := zap.NewProductionEncoderConfig()
	enc.EncodeTime = zapcore.TimeEncoderOfLayout(time.RFC3339Nano)
	core := zapcore.NewCore(zapcore.NewJSONEncoder(enc), zapcore.AddSync(stderr), lvl)
	return zap.New(core)
}

// ConfigOK ends a --check-config run: it says the configuration of role
// passed on w.
func ConfigOK(w io.Writer, role string) error {
	_, err := fmt.Fprintf(w, "haili %s: configuration ok\n", role)
	return err
}

// SplitList splits a comma-separated list, dropping blanks.
func SplitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
