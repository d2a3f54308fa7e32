package deploy

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"

	corev1 "k8s.io/api/core/v1"

	"github.com/haili/haili/detectors/policy"
)

var update = flag.Bool("update", false, "rewrite k8s/policy.yaml from the built-in policy and the policy-version annotations")

const policyFile = "k8s/policy.yaml"

// policyConfigMap renders the policy ConfigMap around the policy file.
func policyConfigMap(p []byte) []byte {
	var b bytes.Buffer
	b.WriteString(`# GENERATED from detectors/policy/default.yaml by
#   go test ./deploy -run TestPolicyConfigMap -update
# which also sets the haili.io/policy-version annotation of every role to the
# policy's ID, so that applying a new policy rolls the roles. To run another
# policy, change detectors/policy/default.yaml (or replace this ConfigMap and
# the annotations by hand; see deploy/RUNBOOK.md, "Rotate a policy").
apiVersion: v1
kind: ConfigMap
metadata:
  name: haili-policy
  namespace: haili
  labels:
    app.kubernetes.io/part-of: haili
data:
  policy.yaml: |
`)
	for _, line := range bytes.SplitAfter(p, []byte("\n")) {
		if len(bytes.TrimSpace(line)) > 0 {
			b.WriteString("    ")
		}
		b.Write(line)
	}
	return b.Bytes()
}

// policyID returns the ID (version and digest) of the ConfigMap's policy.
func policyID(t *testing.T, cm *corev1.ConfigMap) string {
	t.Helper()
	p, err := policy.Parse([]byte(cm.Data[policyKey]))
	if err != nil {
		t.Fatalf("ConfigMap %s: %s does not load: %v", cm.Name, policyKey, err)
	}
	return p.ID()
}

var annotationRE = regexp.MustCompile(`(?m)^(\s*` + regexp.QuoteMeta(policyAnnot) + `:).*$`)

func TestPolicyConfigMap(t *testing.T) {
	def := policy.DefaultYAML()
	if *update {
		if err := os.WriteFile(policyFile, policyConfigMap(def), 0o644); err != nil {
			t.Fatal(err)
		}
		id := policy.Default().ID()
		files, _ := filepath.Glob(filepath.Join("k8s", "*.yaml"))
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			out := annotationRE.ReplaceAll(data, []byte("${1} "+strconv.Quote(id)))
			if !bytes.Equal(out, data) {
				if err := os.WriteFile(f, out, 0o644); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	objs, err := loadFile(policyFile)
	if err != nil {
		t.Fatal(err)
	}
	if len(objs) != 1 {
		t.Fatalf("%s: want one ConfigMap, got %d documents", policyFile, len(objs))
	}
	cm, ok := objs[0].obj.(*corev1.ConfigMap)
	if !ok || cm.Name != policyName {
		t.Fatalf("%s: want ConfigMap %s, got %s", policyFile, policyName, objs[0])
	}
	if cm.Data[policyKey] != string(def) {
		t.Errorf("%s differs from detectors/policy/default.yaml; run\n  go test ./deploy -run TestPolicyConfigMap -update", policyFile)
	}
	if got, want := policyID(t, cm), policy.Default().ID(); got != want {
		t.Errorf("policy ID %s, want %s", got, want)
	}
}
