// Package localch runs a private ClickHouse server for `haili dev` and the tests:
// Debian's clickhouse-server (installed by install-clickhouse.sh when missing),
// listening on loopback only, with its configuration, data and logs under one
// project-local directory.
package localch

import (
	"bytes"
	"context"
	_ "embed"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"text/template"
	"time"

	"github.com/haili/haili/services/internal/chdb"
)

//go:embed install-clickhouse.sh
var installScript []byte

// Config says where the server keeps its files and listens.
type Config struct {
	// Dir holds etc/, data/ and log/ of the server.
	Dir string
	// Addr is the native-protocol address, on loopback, e.g. 127.0.0.1:19000.
	Addr string
	// StartTimeout bounds the wait for the server to answer.
	StartTimeout time.Duration
	// Install allows running install-clickhouse.sh when the server is missing.
	Install bool
}

// Validate checks the configuration.
func (c *Config) Validate() error {
	if c.Dir == "" {
		return errors.New("localch: Dir is required")
	}
	host, port, err := net.SplitHostPort(c.Addr)
	if err != nil {
		return fmt.Errorf("localch: address %q: %w", c.Addr, err)
	}
	if ip := net.ParseIP(host); host != "localhost" && (ip == nil || !ip.IsLoopback()) {
		return fmt.Errorf("localch: address %q is not on loopback", c.Addr)
	}
	if _, err := strconv.Atoi(port); err != nil {
		return fmt.Errorf("localch: port %q: %w", port, err)
	}
	return nil
}

// Server is a running (or reused) local ClickHouse.
type Server struct {
	cfg    Config
	cmd    *exec.Cmd
	done   chan error
	reused bool
}

// Addr is the native-protocol address.
func (s *Server) Addr() string { return s.cfg.Addr }

// Pid is the server's process id; 0 when this process did not start it.
func (s *Server) Pid() int {
	if s.cmd == nil || s.cmd.Process == nil {
		return 0
	}
	return s.cmd.Process.Pid
}

// Reused reports whether an already running server on Addr was taken over
// instead of starting one (it is then left running by Stop).
func (s *Server) Reused() bool { return s.reused }

// Binary finds clickhouse-server.
func Binary() (string, error) {
	if p, err := exec.LookPath("clickhouse-server"); err == nil {
		return p, nil
	}
	for _, p := range []string{"/usr/sbin/clickhouse-server", "/usr/bin/clickhouse-server"} {
		if _, err := os.Stat(p); err == nil {
			return p, nil
		}
	}
	if p, err := exec.LookPath("clickhouse"); err == nil {
		return p, nil // the single-binary build: "clickhouse server"
	}
	return "", errors.New("clickhouse-server not found")
}

// Install runs install-clickhouse.sh (apt-get) when the server is missing.
func Install(ctx context.Context) error {
	if _, err := Binary(); err == nil {
		return nil
	}
	cmd := exec.CommandContext(ctx, "bash", "-s")
	cmd.Stdin = bytes.NewReader(installScript)
	out, err := cmd.CombinedOutput()
	if err != nil {
		return fmt.Errorf("install clickhouse-server: %w\n%s", err, out)
	}
	if _, err := Binary(); err != nil {
		return fmt.Errorf("install clickhouse-server: still %w", err)
	}
	return nil
}

// Start starts the server, or takes over one already answering on Addr (for
// example left by an earlier `haili dev` in the same directory).
func Start(ctx context.Context, cfg Config) (*Server, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if cfg.StartTimeout == 0 {
		cfg.StartTimeout = 60 * time.Second
	}
	s := &Server{cfg: cfg}
	if ping(ctx, cfg.Addr) == nil {
		s.reused = true
		return s, nil
	}
	if cfg.Install {
		if err := Install(ctx); err != nil {
			return nil, err
		}
	}
	bin, err := Binary()
	if err != nil {
		return nil, fmt.Errorf("localch: %w (run services/internal/localch/install-clickhouse.sh)", err)
	}
	dir, err := filepath.Abs(cfg.Dir)
	if err != nil {
		return nil, err
	}
	for _, d := range []string{"etc", "data", "data/tmp", "data/user_files", "data/format_schemas", "log"} {
		if err := os.MkdirAll(filepath.Join(dir, d), 0o755); err != nil {
			return nil, fmt.Errorf("localch: %w", err)
		}
	}
	host, port, _ := net.SplitHostPort(cfg.Addr)
	if host == "localhost" {
		host = "127.0.0.1"
	}
	httpPort, err := freePort(host)
	if err != nil {
		return nil, fmt.Errorf("localch: %w", err)
	}
	if err := writeConfig(dir, host, port, httpPort); err != nil {
		return nil, fmt.Errorf("localch: %w", err)
	}
	args := []string{"--config-file=" + filepath.Join(dir, "etc", "config.xml")}
	if filepath.Base(bin) == "clickhouse" {
		args = append([]string{"server"}, args...)
	}
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	logFile, err := os.OpenFile(filepath.Join(dir, "log", "stdout.log"), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return nil, fmt.Errorf("localch: %w", err)
	}
	cmd.Stdout, cmd.Stderr = logFile, logFile
	// Its own process group: a Ctrl-C in the terminal reaches haili, which then
	// stops the server in order, instead of killing it mid-write.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGTERM}
	if err := cmd.Start(); err != nil {
		logFile.Close()
		return nil, fmt.Errorf("localch: start %s: %w", bin, err)
	}
	s.cmd = cmd
	s.done = make(chan error, 1)
	go func() { s.done <- cmd.Wait(); logFile.Close() }()

	deadline := time.Now().Add(cfg.StartTimeout)
	for {
		select {
		case err := <-s.done:
			s.done <- err
			return nil, fmt.Errorf("localch: clickhouse-server exited during start (%v); see %s", err, filepath.Join(dir, "log"))
		case <-ctx.Done():
			s.Stop()
			return nil, ctx.Err()
		case <-time.After(200 * time.Millisecond):
		}
		if ping(ctx, cfg.Addr) == nil {
			return s, nil
		}
		if time.Now().After(deadline) {
			s.Stop()
			return nil, fmt.Errorf("localch: clickhouse-server did not answer on %s within %s; see %s", cfg.Addr, cfg.StartTimeout, filepath.Join(dir, "log"))
		}
	}
}

// Stop stops a server this process started: SIGTERM, then SIGKILL after 15 s.
func (s *Server) Stop() error {
	if s.cmd == nil || s.cmd.Process == nil {
		return nil
	}
	_ = s.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case err := <-s.done:
		s.done <- err // keep the exit for a later Stop or Kill
		return nil
	case <-time.After(15 * time.Second):
		_ = s.cmd.Process.Kill()
		err := <-s.done
		s.done <- err
		return errors.New("localch: clickhouse-server did not stop within 15s; killed")
	}
}

// Kill stops the server at once (SIGKILL), as a crash would; for fault tests.
func (s *Server) Kill() {
	if s.cmd != nil && s.cmd.Process != nil {
		_ = s.cmd.Process.Kill()
		err := <-s.done
		s.done <- err
	}
}

func ping(ctx context.Context, addr string) error {
	db, err := chdb.Dial(chdb.Config{Addr: addr, Database: "default", DialTimeout: time.Second})
	if err != nil {
		return err
	}
	defer db.Close()
	pctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	return db.Ping(pctx)
}

func freePort(host string) (string, error) {
	l, err := net.Listen("tcp", net.JoinHostPort(host, "0"))
	if err != nil {
		return "", err
	}
	defer l.Close()
	_, port, _ := net.SplitHostPort(l.Addr().String())
	return port, nil
}

var configTemplate = template.Must(template.New("config").Parse(`<?xml version="1.0"?>
<!-- Written by haili (services/internal/localch); regenerated at every start. -->
<yandex>
    <logger>
        <level>warning</level>
        <log>{{.Dir}}/log/server.log</log>
        <errorlog>{{.Dir}}/log/server.err.log</errorlog>
        <size>100M</size>
        <count>3</count>
    </logger>
    <listen_host>{{.Host}}</listen_host>
    <tcp_port>{{.TCPPort}}</tcp_port>
    <http_port>{{.HTTPPort}}</http_port>
    <path>{{.Dir}}/data/</path>
    <tmp_path>{{.Dir}}/data/tmp/</tmp_path>
    <user_files_path>{{.Dir}}/data/user_files/</user_files_path>
    <format_schema_path>{{.Dir}}/data/format_schemas/</format_schema_path>
    <users_config>users.xml</users_config>
    <default_profile>default</default_profile>
    <default_database>default</default_database>
    <timezone>UTC</timezone>
    <mark_cache_size>268435456</mark_cache_size>
    <max_concurrent_queries>100</max_concurrent_queries>
</yandex>
`))

const usersXML = `<?xml version="1.0"?>
<!-- Written by haili: one passwordless user, reachable from loopback only. -->
<yandex>
    <profiles><default><max_memory_usage>4000000000</max_memory_usage></default></profiles>
    <users>
        <default>
            <password></password>
            <networks><ip>127.0.0.0/8</ip><ip>::1</ip></networks>
            <profile>default</profile>
            <quota>default</quota>
        </default>
    </users>
    <quotas><default><interval><duration>3600</duration><queries>0</queries><errors>0</errors><result_rows>0</result_rows><read_rows>0</read_rows><execution_time>0</execution_time></interval></default></quotas>
</yandex>
`

func writeConfig(dir, host, tcpPort, httpPort string) error {
	var b bytes.Buffer
	if err := configTemplate.Execute(&b, map[string]string{"Dir": dir, "Host": host, "TCPPort": tcpPort, "HTTPPort": httpPort}); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "etc", "config.xml"), b.Bytes(), 0o644); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "etc", "users.xml"), []byte(usersXML), 0o644)
}
