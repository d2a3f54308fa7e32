package deploy

import (
	"bytes"
	"encoding/json"
	"os"
	"regexp"
	"strings"
	"testing"

	corev1 "k8s.io/api/core/v1"
)

const runbook = "RUNBOOK.md"

// TestRunbookDeadLetterPod decodes the --overrides of the runbook's
// `kubectl run` strictly as a Pod and holds it to what the namespace's
// `restricted` Pod Security level admits; since an override's container
// replaces the one kubectl builds, it must ask for stdin and a TTY itself
// for `-it` to attach.
func TestRunbookDeadLetterPod(t *testing.T) {
	data, err := os.ReadFile(runbook)
	if err != nil {
		t.Fatal(err)
	}
	runs := regexp.MustCompile(`(?s)kubectl -n haili run (\S+)[^\n]*?(-it)?[^\n]*\\\n\s*--overrides='(.*?)'`).FindAllSubmatch(data, -1)
	if len(runs) == 0 {
		t.Fatal("no `kubectl run … --overrides` in the runbook")
	}
	for _, m := range runs {
		var pod corev1.Pod
		dec := json.NewDecoder(bytes.NewReader(m[3]))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&pod); err != nil {
			t.Fatalf("%s: --overrides is not a Pod: %v", m[1], err)
		}
		if len(pod.Spec.Containers) != 1 {
			t.Fatalf("%s: want one container, got %d", m[1], len(pod.Spec.Containers))
		}
		c := pod.Spec.Containers[0]
		if c.Name != string(m[1]) {
			t.Errorf("%s: the override's container is named %q; kubectl run merges by the pod's name", m[1], c.Name)
		}
		for _, p := range restrictedProblems(pod.Spec) {
			t.Errorf("%s: %s", m[1], p)
		}
		if len(m[2]) > 0 && (!c.Stdin || !c.TTY) {
			t.Errorf("%s: run with -it, but the override's container has stdin %v, tty %v", m[1], c.Stdin, c.TTY)
		}
	}
}

// restrictedProblems lists what the `restricted` Pod Security Standard
// (v1.25+) refuses in spec.
func restrictedProblems(spec corev1.PodSpec) []string {
	var out []string
	psc := spec.SecurityContext
	if psc == nil {
		psc = &corev1.PodSecurityContext{}
	}
	podNonRoot := psc.RunAsNonRoot != nil && *psc.RunAsNonRoot
	podSeccomp := psc.SeccompProfile != nil && psc.SeccompProfile.Type != corev1.SeccompProfileTypeUnconfined
	if psc.RunAsUser != nil && *psc.RunAsUser == 0 {
		out = append(out, "pod runs as uid 0")
	}
	for _, c := range append(append([]corev1.Container{}, spec.InitContainers...), spec.Containers...) {
		sc := c.SecurityContext
		if sc == nil {
			out = append(out, c.Name+": no securityContext")
			continue
		}
		if sc.AllowPrivilegeEscalation == nil || *sc.AllowPrivilegeEscalation {
			out = append(out, c.Name+": allowPrivilegeEscalation is not false")
		}
		if sc.Capabilities == nil || !containsCap(sc.Capabilities.Drop, "ALL") {
			out = append(out, c.Name+": capabilities do not drop ALL")
		} else {
			for _, a := range sc.Capabilities.Add {
				if a != "NET_BIND_SERVICE" {
					out = append(out, c.Name+": adds capability "+string(a))
				}
			}
		}
		if !podNonRoot && (sc.RunAsNonRoot == nil || !*sc.RunAsNonRoot) {
			out = append(out, c.Name+": runAsNonRoot is not true")
		}
		if sc.RunAsUser != nil && *sc.RunAsUser == 0 {
			out = append(out, c.Name+": runs as uid 0")
		}
		if !podSeccomp && (sc.SeccompProfile == nil || sc.SeccompProfile.Type == corev1.SeccompProfileTypeUnconfined) {
			out = append(out, c.Name+": no seccompProfile RuntimeDefault or Localhost")
		}
		if sc.Privileged != nil && *sc.Privileged {
			out = append(out, c.Name+": privileged")
		}
	}
	return out
}

func containsCap(caps []corev1.Capability, want corev1.Capability) bool {
	for _, c := range caps {
		if c == want {
			return true
		}
	}
	return false
}

func TestRestrictedProblems(t *testing.T) {
	no, yes := false, true
	ok := corev1.PodSpec{
		SecurityContext: &corev1.PodSecurityContext{RunAsNonRoot: &yes, SeccompProfile: &corev1.SeccompProfile{Type: corev1.SeccompProfileTypeRuntimeDefault}},
		Containers: []corev1.Container{{Name: "c", SecurityContext: &corev1.SecurityContext{
			AllowPrivilegeEscalation: &no, Capabilities: &corev1.Capabilities{Drop: []corev1.Capability{"ALL"}}}}},
	}
	if p := restrictedProblems(ok); len(p) != 0 {
		t.Errorf("a restricted pod: %v", p)
	}
	bare := corev1.PodSpec{Containers: []corev1.Container{{Name: "c"}}}
	if p := restrictedProblems(bare); len(p) == 0 {
		t.Error("a pod without securityContext passes")
	}
}

// TestRunbookKeepsKeysInPlace: adding partitions to a keyed topic moves
// keys (murmur2(key) mod n); on compacted listings.v1 old versions then
// survive in the old partition, and on the enforcement inputs one merchant
// is split across two owners. The runbook may grow in place only topics
// that are not keyed by an entity id.
func TestRunbookKeepsKeysInPlace(t *testing.T) {
	data, err := os.ReadFile(runbook)
	if err != nil {
		t.Fatal(err)
	}
	keyed := map[string]string{}
	for _, o := range loadDir(t, "kafka") {
		kt, ok := o.obj.(*kafkaTopic)
		if !ok {
			continue
		}
		if key := kt.Annotations["haili.io/key"]; strings.HasSuffix(key, "_id") {
			keyed[kt.Spec.TopicName] = key
		}
	}
	if len(keyed) == 0 {
		t.Fatal("no keyed topics in kafka/topics.yaml")
	}
	alters := regexp.MustCompile(`--alter\b[^\n`+"`"+`]*--topic[ =](\S+)[^\n`+"`"+`]*--partitions`).FindAllSubmatch(data, -1)
	for _, m := range alters {
		if key, ok := keyed[string(m[1])]; ok {
			t.Errorf("the runbook grows the partitions of %s, keyed by %s", m[1], key)
		}
	}
}
