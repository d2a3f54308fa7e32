package deploy

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
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
	// The image's Go must be at least every module's go line (1.26 is older
	// than go 1.26.8, and with GOTOOLCHAIN=local the build then fails).
	m := regexp.MustCompile(`(?m)^FROM golang:(\d+\.\d+\.\d+)\b`).FindStringSubmatch(text)
	if m == nil {
		t.Fatal("the build stage's image is not golang:X.Y.Z (a full Go release)")
	}
	for _, dir := range append([]string{".."}, modDirs(wf)...) {
		want := wf.Go.Version
		if dir != ".." {
			data, err := os.ReadFile(filepath.Join(dir, "go.mod"))
			if err != nil {
				t.Fatal(err)
			}
			mf, err := modfile.ParseLax("go.mod", data, nil)
			if err != nil || mf.Go == nil {
				t.Fatalf("%s/go.mod: %v", dir, err)
			}
			want = mf.Go.Version
		}
		if compareGo(m[1], want) < 0 {
			t.Errorf("Go image golang:%s is older than go %s of %s", m[1], want, dir)
		}
	}
	if !regexp.MustCompile(`(?m)^ENV GOTOOLCHAIN=local\s*$`).MatchString(text) {
		t.Error("the build does not pin GOTOOLCHAIN=local (a newer go line would download a toolchain)")
	}
	users := regexp.MustCompile(`(?m)^USER\s+(\S+)\s*$`).FindAllStringSubmatch(text, -1)
	if len(users) == 0 || !regexp.MustCompile(`^[1-9]\d*(:\d+)?$`).MatchString(users[len(users)-1][1]) {
		t.Errorf("the image's USER %v is not a numeric non-root uid[:gid]: runAsNonRoot refuses a named user", users)
	}
}

func modDirs(wf *modfile.WorkFile) []string {
	var out []string
	for _, u := range wf.Use {
		out = append(out, filepath.Join("..", u.Path))
	}
	return out
}

// compareGo compares two Go versions "1.26" or "1.26.8".
func compareGo(a, b string) int {
	pa, pb := strings.Split(a, "."), strings.Split(b, ".")
	for i := range max(len(pa), len(pb)) {
		var x, y int
		if i < len(pa) {
			x, _ = strconv.Atoi(pa[i])
		}
		if i < len(pb) {
			y, _ = strconv.Atoi(pb[i])
		}
		if x != y {
			return x - y
		}
	}
	return 0
}
