package deploycheck

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/haili/haili/schemas"
)

const repoRoot = "../../.."

type service struct {
	Image       string            `yaml:"image"`
	Command     []string          `yaml:"command"`
	Environment map[string]string `yaml:"environment"`
	DependsOn   map[string]struct {
		Condition string `yaml:"condition"`
	} `yaml:"depends_on"`
	Healthcheck *struct {
		Test []string `yaml:"test"`
	} `yaml:"healthcheck"`
	Restart string           `yaml:"restart"`
	Ports   []map[string]any `yaml:"ports"`
	Volumes []string         `yaml:"volumes"`
}

type composeFile struct {
	Services map[string]service `yaml:"services"`
}

// testTokens is the HAILI_TOKENS given to `docker-compose config`.
const testTokens = "compose-test-token admin"

var (
	composeOnce sync.Once
	composeOut  []byte
	composeErr  error
)

// resolvedCompose runs `docker-compose config` (once per test binary), which
// validates the file and resolves anchors, merges and variables, and parses
// its output.
func resolvedCompose(t *testing.T) composeFile {
	t.Helper()
	bin, err := exec.LookPath("docker-compose")
	if err != nil {
		t.Fatal("docker-compose is not installed; scripts/test installs it (apt-get install docker-compose)")
	}
	composeOnce.Do(func() {
		file, err := filepath.Abs(filepath.Join(repoRoot, "docker-compose.yml"))
		if err != nil {
			composeErr = err
			return
		}
		cmd := exec.Command(bin, "-f", file, "config")
		// Variables with defaults in the file must not come from this
		// environment; HAILI_TOKENS has none (the file requires it).
		cmd.Env = slices.DeleteFunc(os.Environ(), func(kv string) bool {
			return strings.HasPrefix(kv, "HAILI_") || strings.HasPrefix(kv, "GRAFANA_")
		})
		cmd.Env = append(cmd.Env, "HAILI_TOKENS="+testTokens)
		composeOut, composeErr = cmd.CombinedOutput()
	})
	if composeErr != nil {
		t.Fatalf("docker-compose config: %v\n%s", composeErr, composeOut)
	}
	var cf composeFile
	if err := yaml.Unmarshal(composeOut, &cf); err != nil {
		t.Fatalf("parsing the resolved compose file: %v", err)
	}
	return cf
}

func TestComposeFileIsValid(t *testing.T) {
	cf := resolvedCompose(t)
	for _, name := range []string{"kafka", "kafka-topics", "clickhouse", "migrate", "detect", "enforce", "serve", "grafana", "prometheus"} {
		if _, ok := cf.Services[name]; !ok {
			t.Errorf("service %q is missing", name)
		}
	}
	for _, name := range []string{"kafka", "clickhouse", "detect", "enforce", "serve", "grafana"} {
		if s := cf.Services[name]; s.Healthcheck == nil || len(s.Healthcheck.Test) == 0 {
			t.Errorf("service %q has no healthcheck", name)
		}
	}
	if env := cf.Services["kafka"].Environment; env["KAFKA_PROCESS_ROLES"] == "" {
		t.Error("kafka does not run in KRaft mode (KAFKA_PROCESS_ROLES unset)")
	}
}

func TestComposeRoles(t *testing.T) {
	cf := resolvedCompose(t)
	tests := []struct {
		name    string
		command []string
		port    int // published port of --listen; 0 for none
	}{
		{"migrate", []string{"migrate"}, 0},
		{"detect", []string{"detect", "--listen", ":8080"}, 0},
		{"enforce", []string{"enforce", "--listen", ":8080", "--order-window", "30s"}, 0},
		{"serve", []string{"serve", "--listen", ":8080"}, 8080},
	}
	image := cf.Services["migrate"].Image
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := cf.Services[tt.name]
			if !slices.Equal(s.Command, tt.command) {
				t.Errorf("command %q, want %q", s.Command, tt.command)
			}
			if s.Image == "" || s.Image != image {
				t.Errorf("image %q, want the one haili image %q", s.Image, image)
			}
			for _, k := range []string{"HAILI_KAFKA", "HAILI_CLICKHOUSE", "HAILI_CLICKHOUSE_USER", "HAILI_CLICKHOUSE_PASSWORD", "HAILI_POLICY"} {
				if s.Environment[k] == "" {
					t.Errorf("environment lacks %s", k)
				}
			}
			checkMountedFile(t, s, s.Environment["HAILI_POLICY"])
			if tt.port != 0 && !publishes(s, tt.port) {
				t.Errorf("does not publish port %d: %v", tt.port, s.Ports)
			}
			if len(tt.command) > 1 && tt.name != "migrate" {
				if s.Healthcheck == nil || !strings.Contains(strings.Join(s.Healthcheck.Test, " "), "/readyz") {
					t.Errorf("healthcheck %v does not ask /readyz", s.Healthcheck)
				}
			}
		})
	}
	ch := cf.Services["clickhouse"].Environment
	role := cf.Services["detect"].Environment
	if ch["CLICKHOUSE_USER"] != role["HAILI_CLICKHOUSE_USER"] || ch["CLICKHOUSE_PASSWORD"] != role["HAILI_CLICKHOUSE_PASSWORD"] {
		t.Errorf("the roles' ClickHouse credentials are not the ones the clickhouse service creates")
	}
}

func TestComposeStartOrder(t *testing.T) {
	cf := resolvedCompose(t)
	want := map[string]map[string]string{
		"kafka-topics": {"kafka": "service_healthy"},
		"migrate":      {"clickhouse": "service_healthy"},
		"detect":       {"kafka-topics": "service_completed_successfully", "migrate": "service_completed_successfully"},
		"enforce":      {"kafka-topics": "service_completed_successfully", "migrate": "service_completed_successfully"},
		"serve":        {"migrate": "service_completed_successfully"},
		"grafana":      {"clickhouse": "service_healthy", "migrate": "service_completed_successfully"},
	}
	for name, deps := range want {
		for dep, cond := range deps {
			if got := cf.Services[name].DependsOn[dep].Condition; got != cond {
				t.Errorf("%s must wait for %s (%s), got %q", name, dep, cond, got)
			}
		}
	}
	for name, s := range cf.Services {
		for dep, d := range s.DependsOn {
			target, ok := cf.Services[dep]
			switch {
			case !ok:
				t.Errorf("%s depends on unknown service %s", name, dep)
			case d.Condition == "service_healthy" && target.Healthcheck == nil:
				t.Errorf("%s waits for %s to be healthy, which has no healthcheck", name, dep)
			case d.Condition == "service_completed_successfully" && target.Restart != "no":
				t.Errorf("%s waits for %s to complete, which restarts (%q)", name, dep, target.Restart)
			}
		}
	}
	if cycle := dependencyCycle(cf); cycle != nil {
		t.Errorf("dependency cycle %v", cycle)
	}
}

// dependencyCycle returns a cycle of depends_on, or nil.
func dependencyCycle(cf composeFile) []string {
	const (
		visiting = 1
		done     = 2
	)
	state := map[string]int{}
	var path []string
	var visit func(string) []string
	visit = func(n string) []string {
		switch state[n] {
		case visiting:
			return append(slices.Clone(path), n)
		case done:
			return nil
		}
		state[n] = visiting
		path = append(path, n)
		for dep := range cf.Services[n].DependsOn {
			if c := visit(dep); c != nil {
				return c
			}
		}
		path = path[:len(path)-1]
		state[n] = done
		return nil
	}
	for n := range cf.Services {
		if c := visit(n); c != nil {
			return c
		}
	}
	return nil
}

// createRE reads the kafka-topics service's "create TOPIC PARTITIONS
// CONFIG=VALUE…" lines.
var createRE = regexp.MustCompile(`(?m)^\s*create\s+(\S+)\s+(\d+)((?:\s+[\w.]+=\S+)*)\s*$`)

// replicationConfigs are the topic configs of a replicated cluster that a
// single broker (replication factor 1) leaves out.
var replicationConfigs = []string{"min.insync.replicas"}

type kafkaTopic struct {
	Spec struct {
		TopicName  string            `yaml:"topicName"`
		Partitions int               `yaml:"partitions"`
		Config     map[string]string `yaml:"config"`
	} `yaml:"spec"`
}

func TestComposeTopicsMatchTheDeployment(t *testing.T) {
	cf := resolvedCompose(t)
	script := strings.Join(cf.Services["kafka-topics"].Command, "\n")
	type topic struct {
		partitions string
		configs    map[string]string
	}
	created := map[string]topic{}
	for _, m := range createRE.FindAllStringSubmatch(script, -1) {
		tp := topic{m[2], map[string]string{}}
		for _, kv := range strings.Fields(m[3]) {
			k, v, _ := strings.Cut(kv, "=")
			tp.configs[k] = v
		}
		created[m[1]] = tp
	}
	if len(created) == 0 {
		t.Fatalf("no create lines in kafka-topics:\n%s", script)
	}
	for _, topic := range schemas.Topics {
		if _, ok := created[topic]; !ok {
			t.Errorf("kafka-topics does not create %s, which the code uses", topic)
		}
	}
	f, err := os.Open(filepath.Join(repoRoot, "deploy", "kafka", "topics.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	dec := yaml.NewDecoder(f)
	n := 0
	for {
		var kt kafkaTopic
		err := dec.Decode(&kt)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("deploy/kafka/topics.yaml: %v", err)
		}
		if kt.Spec.TopicName == "" {
			continue
		}
		n++
		got, ok := created[kt.Spec.TopicName]
		if !ok {
			t.Errorf("kafka-topics does not create %s", kt.Spec.TopicName)
			continue
		}
		if got.partitions != strconv.Itoa(kt.Spec.Partitions) {
			t.Errorf("kafka-topics creates %s with %s partitions; deploy/kafka/topics.yaml says %d", kt.Spec.TopicName, got.partitions, kt.Spec.Partitions)
		}
		// Every topic config (retention, cleanup, compaction lag) as in the
		// deployment, but those of replication.
		want := maps.Clone(kt.Spec.Config)
		maps.DeleteFunc(want, func(k, _ string) bool { return slices.Contains(replicationConfigs, k) })
		if !maps.Equal(got.configs, want) {
			t.Errorf("kafka-topics creates %s with configs %v; deploy/kafka/topics.yaml says %v", kt.Spec.TopicName, got.configs, want)
		}
	}
	if n != len(created) {
		t.Errorf("kafka-topics creates %d topics, deploy/kafka/topics.yaml defines %d", len(created), n)
	}
}

func TestComposeGrafana(t *testing.T) {
	cf := resolvedCompose(t)
	g := cf.Services["grafana"]
	plugins := g.Environment["GF_PLUGINS_PREINSTALL_SYNC"] + "," + g.Environment["GF_PLUGINS_PREINSTALL"] + "," + g.Environment["GF_INSTALL_PLUGINS"]
	if !strings.Contains(plugins, "grafana-clickhouse-datasource") {
		t.Error("grafana does not install grafana-clickhouse-datasource")
	}
	if !mounts(t, g, filepath.Join("deploy", "grafana", "provisioning"), "/etc/grafana/provisioning") {
		t.Errorf("grafana does not mount deploy/grafana/provisioning: %v", g.Volumes)
	}
	provider := filepath.Join(repoRoot, "deploy", "grafana", "provisioning", "dashboards", "haili.yaml")
	data, err := os.ReadFile(provider)
	if err != nil {
		t.Fatal(err)
	}
	var p struct {
		Providers []struct {
			Options struct {
				Path string `yaml:"path"`
			} `yaml:"options"`
		} `yaml:"providers"`
	}
	if err := yaml.Unmarshal(data, &p); err != nil || len(p.Providers) == 0 {
		t.Fatalf("%s: %v", provider, err)
	}
	if !mounts(t, g, filepath.Join("deploy", "grafana", "dashboards"), p.Providers[0].Options.Path) {
		t.Errorf("grafana does not mount deploy/grafana/dashboards at the provider's path %s", p.Providers[0].Options.Path)
	}
	home := g.Environment["GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH"]
	checkMountedFile(t, g, home)
	// Every $VAR of the data source files must be set for Grafana.
	files, _ := filepath.Glob(filepath.Join(repoRoot, "deploy", "grafana", "provisioning", "datasources", "*.yaml"))
	if len(files) < 2 {
		t.Errorf("want the ClickHouse and Prometheus data sources, got %v", files)
	}
	for _, f := range files {
		ds, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range regexp.MustCompile(`\$\{?(\w+)`).FindAllSubmatch(stripComments(ds), -1) {
			if g.Environment[string(m[1])] == "" {
				t.Errorf("%s uses $%s, which grafana's environment does not set", filepath.Base(f), m[1])
			}
		}
	}
	// Prometheus scrapes every role that serves /metrics.
	prom, err := os.ReadFile(filepath.Join(repoRoot, "deploy", "prometheus", "prometheus.yml"))
	if err != nil {
		t.Fatal(err)
	}
	if !mounts(t, cf.Services["prometheus"], filepath.Join("deploy", "prometheus", "prometheus.yml"), "/etc/prometheus/prometheus.yml") {
		t.Error("prometheus does not mount deploy/prometheus/prometheus.yml")
	}
	if bin, err := exec.LookPath("promtool"); err != nil {
		t.Error("promtool is not installed; scripts/test installs it (apt-get install prometheus)")
	} else if out, err := exec.Command(bin, "check", "config", filepath.Join(repoRoot, "deploy", "prometheus", "prometheus.yml")).CombinedOutput(); err != nil {
		t.Errorf("promtool check config: %v\n%s", err, out)
	}
	for _, role := range []string{"detect", "enforce", "serve"} {
		if !regexp.MustCompile(`names:\s*\[[^\]]*\b` + role + `\b`).Match(prom) {
			t.Errorf("prometheus.yml does not scrape %s", role)
		}
	}
	checkGrafanaUser(t, cf)
}

func stripComments(b []byte) []byte {
	var out bytes.Buffer
	for _, line := range bytes.Split(b, []byte("\n")) {
		if t := bytes.TrimSpace(line); len(t) == 0 || t[0] != '#' {
			out.Write(line)
			out.WriteByte('\n')
		}
	}
	return out.Bytes()
}

// mounts reports whether s bind-mounts the repository directory dir at target.
func mounts(t *testing.T, s service, dir, target string) bool {
	t.Helper()
	abs, err := filepath.Abs(filepath.Join(repoRoot, dir))
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range s.Volumes {
		parts := strings.Split(v, ":")
		if len(parts) >= 2 && filepath.Clean(parts[0]) == abs && filepath.Clean(parts[1]) == filepath.Clean(target) {
			return true
		}
	}
	return false
}

// checkMountedFile requires file (a path in the container) to lie in a bind
// mount whose host directory has it.
func checkMountedFile(t *testing.T, s service, file string) {
	t.Helper()
	if file == "" {
		return
	}
	for _, v := range s.Volumes {
		parts := strings.Split(v, ":")
		if len(parts) < 2 || !filepath.IsAbs(parts[0]) {
			continue
		}
		rel, err := filepath.Rel(parts[1], file)
		if err != nil || strings.HasPrefix(rel, "..") {
			continue
		}
		if _, err := os.Stat(filepath.Join(parts[0], rel)); err != nil {
			t.Errorf("%s is mounted from %s, which has no %s", file, parts[0], rel)
		}
		return
	}
	t.Errorf("%s is in no bind mount: %v", file, s.Volumes)
}

func publishes(s service, port int) bool {
	for _, p := range s.Ports {
		if fmt.Sprint(p["target"]) == strconv.Itoa(port) && p["published"] != nil {
			return true
		}
	}
	return false
}

// checkGrafanaUser requires Grafana to read ClickHouse as a user of
// deploy/clickhouse/grafana-user.xml that can only read: not the roles'
// read-write user, with a readonly profile and nothing granted but SELECT.
func checkGrafanaUser(t *testing.T, cf composeFile) {
	t.Helper()
	g, ch := cf.Services["grafana"].Environment, cf.Services["clickhouse"]
	user := g["HAILI_CLICKHOUSE_USER"]
	if user == "" || user == ch.Environment["CLICKHOUSE_USER"] || user == "default" {
		t.Errorf("grafana reads ClickHouse as %q, the read-write user", user)
	}
	const file = "grafana-user.xml"
	if !mountsFile(t, ch, filepath.Join("deploy", "clickhouse", file), "/etc/clickhouse-server/users.d/"+file) {
		t.Errorf("clickhouse does not mount deploy/clickhouse/%s into users.d: %v", file, ch.Volumes)
	}
	data, err := os.ReadFile(filepath.Join(repoRoot, "deploy", "clickhouse", file))
	if err != nil {
		t.Fatal(err)
	}
	var cfg struct {
		Profiles struct {
			Any []struct {
				XMLName  xml.Name
				Readonly int `xml:"readonly"`
			} `xml:",any"`
		} `xml:"profiles"`
		Users struct {
			Any []struct {
				XMLName  xml.Name
				Password struct {
					FromEnv string `xml:"from_env,attr"`
				} `xml:"password"`
				Profile string   `xml:"profile"`
				Grants  []string `xml:"grants>query"`
			} `xml:",any"`
		} `xml:"users"`
	}
	if err := xml.Unmarshal(data, &cfg); err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	found := false
	for _, u := range cfg.Users.Any {
		if u.XMLName.Local != user {
			continue
		}
		found = true
		readonly := 0
		for _, p := range cfg.Profiles.Any {
			if p.XMLName.Local == u.Profile {
				readonly = p.Readonly
			}
		}
		if readonly != 1 && readonly != 2 {
			t.Errorf("user %s has profile %q with readonly %d, want 1 or 2", user, u.Profile, readonly)
		}
		for _, q := range u.Grants {
			if !regexp.MustCompile(`^GRANT SELECT ON \w+\.\*$`).MatchString(strings.TrimSpace(q)) {
				t.Errorf("user %s is granted %q: only SELECT", user, q)
			}
		}
		env := u.Password.FromEnv
		if env == "" || ch.Environment[env] == "" || ch.Environment[env] != g["HAILI_CLICKHOUSE_PASSWORD"] {
			t.Errorf("user %s's password (from $%s of clickhouse) is not grafana's HAILI_CLICKHOUSE_PASSWORD", user, env)
		}
	}
	if !found {
		t.Errorf("%s defines no user %q", file, user)
	}
}

// mountsFile reports whether s bind-mounts the repository file at target.
func mountsFile(t *testing.T, s service, file, target string) bool {
	return mounts(t, s, file, target)
}

// TestComposeServeTokens: serve refuses to start without tokens, so compose
// must pass them, from the environment and without a default.
func TestComposeServeTokens(t *testing.T) {
	cf := resolvedCompose(t)
	if got := cf.Services["serve"].Environment["HAILI_TOKENS"]; got != testTokens {
		t.Errorf("serve's HAILI_TOKENS = %q, want the environment's %q", got, testTokens)
	}
	raw, err := os.ReadFile(filepath.Join(repoRoot, "docker-compose.yml"))
	if err != nil {
		t.Fatal(err)
	}
	if !regexp.MustCompile(`HAILI_TOKENS:\s*\$\{HAILI_TOKENS:\?`).Match(raw) {
		t.Error("docker-compose.yml must require HAILI_TOKENS (${HAILI_TOKENS:?message}), not default it")
	}
}

// TestComposeKafkaKeepsItsLog: the broker's log directory must be on the
// kafka-data volume (the image's default /tmp/kafka-logs is not).
func TestComposeKafkaKeepsItsLog(t *testing.T) {
	cf := resolvedCompose(t)
	k := cf.Services["kafka"]
	dirs := k.Environment["KAFKA_LOG_DIRS"]
	if dirs == "" {
		t.Fatal("kafka: KAFKA_LOG_DIRS is unset, so the log is in /tmp/kafka-logs")
	}
	for _, dir := range strings.Split(dirs, ",") {
		onVolume := false
		for _, v := range k.Volumes {
			parts := strings.Split(v, ":")
			if len(parts) >= 2 && !filepath.IsAbs(parts[0]) {
				if rel, err := filepath.Rel(parts[1], dir); err == nil && !strings.HasPrefix(rel, "..") {
					onVolume = true
				}
			}
		}
		if !onVolume {
			t.Errorf("kafka's log dir %s is on no named volume %v", dir, k.Volumes)
		}
	}
}

// TestComposeClickHouseHealth: on the first start the image's init server
// listens on loopback only, so a check of localhost passes before the other
// containers can connect; the check must use the service's own address and
// the native port the roles use.
func TestComposeClickHouseHealth(t *testing.T) {
	cf := resolvedCompose(t)
	test := strings.Join(cf.Services["clickhouse"].Healthcheck.Test, " ")
	if !strings.Contains(test, "clickhouse-client") || !strings.Contains(test, "$(hostname)") || !strings.Contains(test, "9000") {
		t.Errorf("clickhouse healthcheck %q does not query port 9000 through the container's hostname", test)
	}
	for _, loop := range []string{"localhost", "127.0.0.1", "::1"} {
		if strings.Contains(test, loop) {
			t.Errorf("clickhouse healthcheck %q uses %s, which the init server answers", test, loop)
		}
	}
}
