package deploy

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/mod/modfile"
)

// TestDockerfileBuildsTheServices checks the image build against the
// workspace: a build in workspace mode needs every module go.work uses, so
// the Dockerfile must either copy them all or build with GOWORK=off; and the
// Go image must be the workspace's Go release.
func TestDockerfileBuildsTheServices(t *testing.T) {
	df, err := os.ReadFile(filepath.Join("docker", "Dockerfile"))
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join("..", "go.work"))
	if err != nil {
		t.Fatal(err)
	}
	wf, err := modfile.ParseWork("go.work", data, nil)
	if err != nil {
		t.Fatal(err)
	}
	text := string(df)
	for _, want := range []string{"COPY schemas", "COPY detectors", "COPY services"} {
		if !strings.Contains(text, want) {
			t.Errorf("Dockerfile lacks %q", want)
		}
	}
	if !strings.Contains(text, "GOWORK=off") {
		for _, u := range wf.Use {
			dir := strings.TrimPrefix(u.Path, "./")
			if !strings.Contains(text, "COPY "+dir) {
				t.Errorf("Dockerfile builds in workspace mode but does not copy module %s of go.work", u.Path)
			}
		}
	}
	m := regexp.MustCompile(`(?m)^FROM golang:(\d+\.\d+)`).FindStringSubmatch(text)
	if m == nil || wf.Go == nil || !strings.HasPrefix(wf.Go.Version, m[1]) {
		t.Errorf("Go image %v does not match go.work's go %v", m, wf.Go)
	}
}
