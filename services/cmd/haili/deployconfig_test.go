package main

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/haili/haili/services/internal/cli"
)

// roleRun is how a deployment starts one haili container.
type roleRun struct {
	name string
	args []string          // after the binary's name
	env  map[string]string // its whole HAILI_* environment
	// mounts maps a path in the container to the host path holding it.
	mounts map[string]string
}

// TestDeployedRolesHaveTheirConfiguration runs every haili container of
// docker-compose.yml and deploy/k8s as deployed, with --check-config: each
// role validates what it requires (flags, environment, policy, tokens) the
// way it does at start, without connecting. What a role requires is thus
// its own code's, not a list kept here.
func TestDeployedRolesHaveTheirConfiguration(t *testing.T) {
	runs := append(composeRuns(t), k8sRuns(t)...)
	if len(runs) < 6 {
		t.Fatalf("found only %d haili containers", len(runs))
	}
	for _, r := range runs {
		t.Run(r.name, func(t *testing.T) {
			if err := checkConfig(t, r); err != nil {
				t.Errorf("haili %s --check-config: %v", strings.Join(r.args, " "), err)
			}
		})
	}
	// The check must catch a role started without what it needs: serve
	// without its tokens, as both deployments once did.
	for _, r := range runs {
		if r.args[0] != "serve" {
			continue
		}
		r.name += " without HAILI_TOKENS"
		delete(r.env, "HAILI_TOKENS")
		if err := checkConfig(t, r); err == nil || cli.ExitCode(err) != 2 {
			t.Errorf("%s: --check-config passed (%v)", r.name, err)
		}
	}
}

// checkConfig runs the role of r with --check-config in r's environment
// (and no other HAILI_ variable), container paths mapped to the host.
func checkConfig(t *testing.T, r roleRun) error {
	for _, kv := range os.Environ() {
		if k, _, _ := strings.Cut(kv, "="); strings.HasPrefix(k, "HAILI_") {
			t.Setenv(k, "")
			os.Unsetenv(k)
		}
	}
	for k, v := range r.env {
		t.Setenv(k, hostPath(v, r.mounts))
	}
	args := make([]string, 0, len(r.args)+1)
	for _, a := range r.args {
		args = append(args, hostPath(a, r.mounts))
	}
	var out bytes.Buffer
	return run(context.Background(), append(args, "--check-config"), cli.IO{Stdin: strings.NewReader(""), Stdout: &out, Stderr: io.Discard})
}

// hostPath maps a container path under a mount to the host.
func hostPath(v string, mounts map[string]string) string {
	for target, src := range mounts {
		if v == target || strings.HasPrefix(v, target+"/") {
			return src + strings.TrimPrefix(v, target)
		}
	}
	return v
}

const repoRoot = "../../.."

func composeRuns(t *testing.T) []roleRun {
	t.Helper()
	bin, err := exec.LookPath("docker-compose")
	if err != nil {
		t.Fatal("docker-compose is not installed; scripts/test installs it")
	}
	file, _ := filepath.Abs(filepath.Join(repoRoot, "docker-compose.yml"))
	cmd := exec.Command(bin, "-f", file, "config")
	cmd.Env = slices.DeleteFunc(os.Environ(), func(kv string) bool { return strings.HasPrefix(kv, "HAILI_") })
	cmd.Env = append(cmd.Env, "HAILI_TOKENS=compose-test-token admin")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("docker-compose config: %v", err)
	}
	var cf struct {
		Services map[string]struct {
			Image       string            `yaml:"image"`
			Command     []string          `yaml:"command"`
			Environment map[string]string `yaml:"environment"`
			Volumes     []string          `yaml:"volumes"`
		} `yaml:"services"`
	}
	if err := yaml.Unmarshal(out, &cf); err != nil {
		t.Fatal(err)
	}
	var runs []roleRun
	for name, s := range cf.Services {
		if !strings.HasPrefix(s.Image, "haili:") {
			continue
		}
		r := roleRun{name: "compose/" + name, args: s.Command, env: map[string]string{}, mounts: map[string]string{}}
		for k, v := range s.Environment {
			if strings.HasPrefix(k, "HAILI_") {
				r.env[k] = v
			}
		}
		for _, v := range s.Volumes {
			if parts := strings.Split(v, ":"); len(parts) >= 2 && filepath.IsAbs(parts[0]) {
				r.mounts[parts[1]] = parts[0]
			}
		}
		runs = append(runs, r)
	}
	return runs
}

// k8sObject is the part of the manifests this test reads.
type k8sObject struct {
	Kind     string `yaml:"kind"`
	Metadata struct {
		Name string `yaml:"name"`
	} `yaml:"metadata"`
	Data       map[string]string `yaml:"data"`
	StringData map[string]string `yaml:"stringData"`
	Spec       struct {
		Template struct {
			Spec podSpec `yaml:"spec"`
		} `yaml:"template"`
	} `yaml:"spec"`
}

type podSpec struct {
	InitContainers []container `yaml:"initContainers"`
	Containers     []container `yaml:"containers"`
	Volumes        []struct {
		Name      string `yaml:"name"`
		ConfigMap *struct {
			Name string `yaml:"name"`
		} `yaml:"configMap"`
	} `yaml:"volumes"`
}

type container struct {
	Name    string   `yaml:"name"`
	Image   string   `yaml:"image"`
	Command []string `yaml:"command"`
	Args    []string `yaml:"args"`
	EnvFrom []struct {
		ConfigMapRef *struct{ Name string } `yaml:"configMapRef"`
		SecretRef    *struct{ Name string } `yaml:"secretRef"`
	} `yaml:"envFrom"`
	Env []struct {
		Name      string `yaml:"name"`
		Value     string `yaml:"value"`
		ValueFrom *struct {
			SecretKeyRef    *struct{ Name, Key string } `yaml:"secretKeyRef"`
			ConfigMapKeyRef *struct{ Name, Key string } `yaml:"configMapKeyRef"`
		} `yaml:"valueFrom"`
	} `yaml:"env"`
	VolumeMounts []struct {
		Name      string `yaml:"name"`
		MountPath string `yaml:"mountPath"`
	} `yaml:"volumeMounts"`
}

func k8sRuns(t *testing.T) []roleRun {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(repoRoot, "deploy", "k8s", "*.yaml"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no manifests: %v", err)
	}
	var objs []k8sObject
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		dec := yaml.NewDecoder(bytes.NewReader(data))
		for {
			var o k8sObject
			if err := dec.Decode(&o); errors.Is(err, io.EOF) {
				break
			} else if err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			objs = append(objs, o)
		}
	}
	data := map[string]map[string]string{} // "ConfigMap/name" → data
	for _, o := range objs {
		switch o.Kind {
		case "ConfigMap":
			data["ConfigMap/"+o.Metadata.Name] = o.Data
		case "Secret":
			data["Secret/"+o.Metadata.Name] = o.StringData
		}
	}
	dir := t.TempDir()
	var runs []roleRun
	for _, o := range objs {
		spec := o.Spec.Template.Spec
		for _, c := range append(spec.InitContainers, spec.Containers...) {
			if !strings.HasPrefix(c.Image, "haili:") {
				continue
			}
			r := roleRun{name: "k8s/" + o.Metadata.Name + "/" + c.Name, env: map[string]string{}, mounts: map[string]string{}}
			for _, ef := range c.EnvFrom {
				switch {
				case ef.ConfigMapRef != nil:
					maps(r.env, data["ConfigMap/"+ef.ConfigMapRef.Name])
				case ef.SecretRef != nil:
					maps(r.env, data["Secret/"+ef.SecretRef.Name])
				}
			}
			for _, e := range c.Env {
				switch {
				case e.ValueFrom == nil:
					r.env[e.Name] = e.Value
				case e.ValueFrom.SecretKeyRef != nil:
					if v, ok := data["Secret/"+e.ValueFrom.SecretKeyRef.Name][e.ValueFrom.SecretKeyRef.Key]; ok {
						r.env[e.Name] = v
					}
				case e.ValueFrom.ConfigMapKeyRef != nil:
					if v, ok := data["ConfigMap/"+e.ValueFrom.ConfigMapKeyRef.Name][e.ValueFrom.ConfigMapKeyRef.Key]; ok {
						r.env[e.Name] = v
					}
				}
			}
			for k := range r.env {
				if !strings.HasPrefix(k, "HAILI_") {
					delete(r.env, k)
				}
			}
			// ConfigMap volumes are written out as the kubelet would.
			for _, m := range c.VolumeMounts {
				for _, v := range spec.Volumes {
					if v.Name != m.Name || v.ConfigMap == nil {
						continue
					}
					d := filepath.Join(dir, o.Metadata.Name, v.Name)
					if err := os.MkdirAll(d, 0o755); err != nil {
						t.Fatal(err)
					}
					for k, body := range data["ConfigMap/"+v.ConfigMap.Name] {
						if err := os.WriteFile(filepath.Join(d, k), []byte(body), 0o644); err != nil {
							t.Fatal(err)
						}
					}
					r.mounts[m.MountPath] = d
				}
			}
			r.args = containerArgs(t, c, r.env)
			runs = append(runs, r)
		}
	}
	return runs
}

func maps(dst, src map[string]string) {
	for k, v := range src {
		dst[k] = v
	}
}

// containerArgs is the haili command line of c: its args, or the `haili …`
// of a shell command, with $VARs of env expanded.
func containerArgs(t *testing.T, c container, env map[string]string) []string {
	t.Helper()
	if len(c.Command) == 0 || !strings.HasSuffix(c.Command[0], "sh") {
		return c.Args
	}
	m := regexp.MustCompile(`(?m)^\s*(?:exec\s+)?haili\s+([^>|&;\n]+)`).FindStringSubmatch(strings.Join(c.Args, "\n"))
	if m == nil {
		t.Fatalf("container %s runs a shell without haili: %q", c.Name, c.Args)
	}
	var args []string
	for _, f := range strings.Fields(m[1]) {
		f = strings.Trim(os.Expand(f, func(k string) string { return env[k] }), `"'`)
		args = append(args, f)
	}
	return args
}
