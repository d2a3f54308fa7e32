package deploycheck

import (
	"os/exec"
	"path/filepath"
	"testing"

	"gopkg.in/yaml.v3"
)

type composeFile struct {
	Services map[string]struct {
		Image       string            `yaml:"image"`
		Command     []string          `yaml:"command"`
		Environment map[string]string `yaml:"environment"`
		DependsOn   map[string]struct {
			Condition string `yaml:"condition"`
		} `yaml:"depends_on"`
		Healthcheck *struct {
			Test []string `yaml:"test"`
		} `yaml:"healthcheck"`
	} `yaml:"services"`
}

func TestComposeFileIsValid(t *testing.T) {
	bin, err := exec.LookPath("docker-compose")
	if err != nil {
		t.Fatal("docker-compose is not installed; scripts/test installs it (apt-get install docker-compose)")
	}
	file, err := filepath.Abs("../../../docker-compose.yml")
	if err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(bin, "-f", file, "config").CombinedOutput()
	if err != nil {
		t.Fatalf("docker-compose config: %v\n%s", err, out)
	}
	var cf composeFile
	if err := yaml.Unmarshal(out, &cf); err != nil {
		t.Fatalf("parsing the resolved compose file: %v", err)
	}
	for _, name := range []string{"kafka", "clickhouse", "migrate", "detect"} {
		if _, ok := cf.Services[name]; !ok {
			t.Errorf("service %q is missing", name)
		}
	}
	for _, name := range []string{"kafka", "clickhouse", "detect"} {
		if s := cf.Services[name]; s.Healthcheck == nil || len(s.Healthcheck.Test) == 0 {
			t.Errorf("service %q has no healthcheck", name)
		}
	}
	if env := cf.Services["kafka"].Environment; env["KAFKA_PROCESS_ROLES"] == "" {
		t.Error("kafka does not run in KRaft mode (KAFKA_PROCESS_ROLES unset)")
	}
	detect := cf.Services["detect"]
	if detect.Environment["HAILI_KAFKA"] == "" || detect.Environment["HAILI_CLICKHOUSE"] == "" {
		t.Errorf("detect lacks HAILI_KAFKA/HAILI_CLICKHOUSE: %v", detect.Environment)
	}
	if detect.DependsOn["migrate"].Condition != "service_completed_successfully" {
		t.Errorf("detect must start after the migration completed, got %+v", detect.DependsOn)
	}
}
