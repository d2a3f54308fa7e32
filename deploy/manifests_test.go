package deploy

import (
	"fmt"
	"os"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	appsv1 "k8s.io/api/apps/v1"
	autoscalingv2 "k8s.io/api/autoscaling/v2"
	batchv1 "k8s.io/api/batch/v1"
	corev1 "k8s.io/api/core/v1"
	policyv1 "k8s.io/api/policy/v1"
	"k8s.io/apimachinery/pkg/api/resource"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/labels"

	"github.com/haili/haili/schemas"
)

const (
	namespace   = "haili"
	configName  = "haili-config"
	secretName  = "haili-clickhouse"
	policyName  = "haili-policy"
	policyKey   = "policy.yaml"
	listenPort  = 8080
	policyAnnot = "haili.io/policy-version"
	detectGroup = "haili-detect"
)

// roles are the long-running roles and how each one is scaled.
var roles = []struct {
	role       string
	autoscaler string // "ScaledObject", "HorizontalPodAutoscaler" or "" (fixed count)
}{
	{"detect", "ScaledObject"},
	{"enforce", ""},
	{"serve", "HorizontalPodAutoscaler"},
}

func TestManifestsDecodeStrictly(t *testing.T) {
	objs := loadDir(t, "k8s")
	seen := map[string]object{}
	for _, o := range objs {
		if o.kind == "kustomize.config.k8s.io/v1beta1/Kustomization" {
			continue
		}
		m := o.meta()
		if m.Name == "" {
			t.Errorf("%s has no name", o)
		}
		if o.kind != "v1/Namespace" && m.Namespace != namespace {
			t.Errorf("%s: namespace %q, want %q", o, m.Namespace, namespace)
		}
		key := o.kind + "/" + m.Name
		if prev, dup := seen[key]; dup {
			t.Errorf("%s and %s define the same object", prev, o)
		}
		seen[key] = o
	}
	if len(find[*corev1.Namespace](objs, namespace)) != 1 {
		t.Errorf("no Namespace %s", namespace)
	}
}

// TestStrictDecodingRejects makes sure the loader is as strict as it claims.
func TestStrictDecodingRejects(t *testing.T) {
	tests := []struct {
		name, doc, wantErr string
	}{
		{"unknown field", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndatta: {a: b}\n", "unknown field"},
		{"misplaced field", "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: x}\nspec:\n  template:\n    spec:\n      containers:\n        - name: a\n          livenessProbe: {path: /healthz}\n", "unknown field"},
		{"duplicate key", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata: {a: b, a: c}\n", "duplicate"},
		{"wrong type", "apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: {name: x}\nspec: {minAvailable: [1]}\n", "unmarshal"},
		{"unknown kind", "apiVersion: v1\nkind: Pod\nmetadata: {name: x}\n", "unexpected kind"},
		{"keda unknown field", "apiVersion: keda.sh/v1alpha1\nkind: ScaledObject\nmetadata: {name: x}\nspec: {scaleTargetRef: {name: d}, maxReplicas: 3, triggers: []}\n", "unknown field"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := filepath.Join(t.TempDir(), "m.yaml")
			if err := os.WriteFile(f, []byte(tt.doc), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := loadFile(f)
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("error %v, want one containing %q", err, tt.wantErr)
			}
		})
	}
}

// TestClusterQuorum: on the cluster the state a worker rebuilds after a
// rebalance is written with a quorum (deploy/README.md says why).
func TestClusterQuorum(t *testing.T) {
	for _, cm := range find[*corev1.ConfigMap](loadDir(t, "k8s"), "") {
		if cm.Name == configName {
			if q := cm.Data["HAILI_CLICKHOUSE_INSERT_QUORUM"]; q == "" {
				t.Error("the roles' configuration sets no HAILI_CLICKHOUSE_INSERT_QUORUM for the replicated cluster")
			}
			return
		}
	}
	t.Fatalf("no ConfigMap %s", configName)
}

func TestKustomizationListsEveryManifest(t *testing.T) {
	k := one[*kustomization](t, loadDir(t, "k8s"), "")
	files, err := filepath.Glob(filepath.Join("k8s", "*.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, f := range files {
		if b := filepath.Base(f); b != "kustomization.yaml" {
			want = append(want, b)
		}
	}
	got := slices.Clone(k.Resources)
	sort.Strings(got)
	if !slices.Equal(got, want) {
		t.Errorf("kustomization resources %v, want every manifest %v", got, want)
	}
}

func TestRoles(t *testing.T) {
	objs := loadDir(t, "k8s")
	cm := one[*corev1.ConfigMap](t, objs, configName)
	secret := one[*corev1.Secret](t, objs, secretName)
	for _, k := range []string{"HAILI_KAFKA", "HAILI_CLICKHOUSE", "HAILI_CLICKHOUSE_DATABASE"} {
		if cm.Data[k] == "" {
			t.Errorf("ConfigMap %s lacks %s", configName, k)
		}
	}
	for _, k := range []string{"HAILI_CLICKHOUSE_USER", "HAILI_CLICKHOUSE_PASSWORD"} {
		if secret.StringData[k] == "" && len(secret.Data[k]) == 0 {
			t.Errorf("Secret %s lacks %s", secretName, k)
		}
		if cm.Data[k] != "" {
			t.Errorf("ConfigMap %s holds %s, which belongs in the Secret", configName, k)
		}
	}
	policyCM := one[*corev1.ConfigMap](t, objs, policyName)
	image := ""
	for _, r := range roles {
		t.Run(r.role, func(t *testing.T) {
			name := "haili-" + r.role
			d := one[*appsv1.Deployment](t, objs, name)
			tpl := d.Spec.Template
			sel, err := metav1.LabelSelectorAsSelector(d.Spec.Selector)
			if err != nil || sel.Empty() || !sel.Matches(labels.Set(tpl.Labels)) {
				t.Errorf("selector %v does not select the pod template's labels %v (%v)", d.Spec.Selector, tpl.Labels, err)
			}
			c := container(t, tpl.Spec.Containers, "haili")
			if image == "" {
				image = c.Image
			} else if c.Image != image {
				t.Errorf("image %s, other roles run %s", c.Image, image)
			}
			if len(c.Command) > 0 || len(c.Args) == 0 || c.Args[0] != r.role {
				t.Errorf("runs %v %v, want the image's haili with args [%s …]", c.Command, c.Args, r.role)
			}
			checkListen(t, c)
			checkResources(t, c)
			checkProbes(t, c)
			checkEnvFrom(t, c.EnvFrom)
			checkPolicyMount(t, c, tpl.Spec.Volumes, policyCM)
			checkSecurity(t, tpl.Spec, c)
			if got, want := tpl.Annotations[policyAnnot], policyID(t, policyCM); got != want {
				t.Errorf("pod annotation %s = %q, want %q (the policy's ID): run\n  go test ./deploy -run TestPolicyConfigMap -update", policyAnnot, got, want)
			}
			checkPDB(t, objs, tpl.Labels)
			checkService(t, objs, tpl.Labels)
			checkScaling(t, objs, d, r.autoscaler)
		})
	}
}

func container(t *testing.T, cs []corev1.Container, name string) corev1.Container {
	t.Helper()
	for _, c := range cs {
		if c.Name == name {
			return c
		}
	}
	t.Fatalf("no container %q", name)
	return corev1.Container{}
}

// flagValue returns the value of --name in args ("--name v" or "--name=v").
func flagValue(args []string, name string) (string, bool) {
	for i, a := range args {
		if a == "--"+name && i+1 < len(args) {
			return args[i+1], true
		}
		if v, ok := strings.CutPrefix(a, "--"+name+"="); ok {
			return v, true
		}
	}
	return "", false
}

func checkListen(t *testing.T, c corev1.Container) {
	t.Helper()
	listen, ok := flagValue(c.Args, "listen")
	if want := fmt.Sprintf(":%d", listenPort); !ok || listen != want {
		t.Errorf("--listen %q, want %q", listen, want)
	}
	for _, p := range c.Ports {
		if p.Name == "http" && p.ContainerPort == listenPort {
			return
		}
	}
	t.Errorf("no container port http = %d: %v", listenPort, c.Ports)
}

func checkResources(t *testing.T, c corev1.Container) {
	t.Helper()
	for _, res := range []corev1.ResourceName{corev1.ResourceCPU, corev1.ResourceMemory} {
		req, okReq := c.Resources.Requests[res]
		lim, okLim := c.Resources.Limits[res]
		if !okReq || !okLim {
			t.Errorf("%s: requests %v, limits %v: want both", res, c.Resources.Requests, c.Resources.Limits)
			continue
		}
		if req.Cmp(lim) > 0 {
			t.Errorf("%s: request %s above limit %s", res, req.String(), lim.String())
		}
	}
	for _, e := range c.Env {
		if e.Name != "GOMEMLIMIT" {
			continue
		}
		v := strings.TrimSuffix(e.Value, "B") // Go's MiB, GiB are Kubernetes' Mi, Gi
		q, err := resource.ParseQuantity(v)
		lim := c.Resources.Limits[corev1.ResourceMemory]
		if err != nil || q.Cmp(lim) >= 0 {
			t.Errorf("GOMEMLIMIT %q must be below the memory limit %s (%v)", e.Value, lim.String(), err)
		}
	}
}

func checkProbes(t *testing.T, c corev1.Container) {
	t.Helper()
	for _, p := range []struct {
		what  string
		probe *corev1.Probe
		path  string
	}{
		{"liveness", c.LivenessProbe, "/healthz"},
		{"readiness", c.ReadinessProbe, "/readyz"},
	} {
		if p.probe == nil || p.probe.HTTPGet == nil {
			t.Errorf("no HTTP %s probe", p.what)
			continue
		}
		g := p.probe.HTTPGet
		if g.Path != p.path {
			t.Errorf("%s probe on %s, want %s", p.what, g.Path, p.path)
		}
		if g.Port.String() != "http" && g.Port.IntValue() != listenPort {
			t.Errorf("%s probe on port %s, want http (%d)", p.what, g.Port.String(), listenPort)
		}
	}
	if c.StartupProbe != nil && (c.StartupProbe.HTTPGet == nil || c.StartupProbe.HTTPGet.Path != "/healthz") {
		t.Errorf("startup probe must check /healthz")
	}
}

func checkEnvFrom(t *testing.T, envFrom []corev1.EnvFromSource) {
	t.Helper()
	var cm, secret bool
	for _, e := range envFrom {
		if e.ConfigMapRef != nil && e.ConfigMapRef.Name == configName {
			cm = true
		}
		if e.SecretRef != nil && e.SecretRef.Name == secretName {
			secret = true
		}
	}
	if !cm || !secret {
		t.Errorf("environment not from ConfigMap %s (%v) and Secret %s (%v)", configName, cm, secretName, secret)
	}
}

// checkPolicyMount follows --policy to a mounted volume of the policy
// ConfigMap holding that file.
func checkPolicyMount(t *testing.T, c corev1.Container, vols []corev1.Volume, policyCM *corev1.ConfigMap) {
	t.Helper()
	file, ok := flagValue(c.Args, "policy")
	if !ok {
		t.Error("no --policy")
		return
	}
	for _, m := range c.VolumeMounts {
		if path.Dir(file) != path.Clean(m.MountPath) {
			continue
		}
		if !m.ReadOnly {
			t.Errorf("policy volume %s is mounted read-write", m.Name)
		}
		for _, v := range vols {
			if v.Name != m.Name || v.ConfigMap == nil || v.ConfigMap.Name != policyCM.Name {
				continue
			}
			key := path.Base(file)
			for _, it := range v.ConfigMap.Items {
				if it.Path == key {
					key = it.Key
				}
			}
			if _, ok := policyCM.Data[key]; !ok {
				t.Errorf("--policy %s: ConfigMap %s has no key %s", file, policyCM.Name, key)
			}
			return
		}
	}
	t.Errorf("--policy %s is not in a volume of ConfigMap %s", file, policyCM.Name)
}

func checkSecurity(t *testing.T, pod corev1.PodSpec, c corev1.Container) {
	t.Helper()
	if pod.SecurityContext == nil || pod.SecurityContext.RunAsNonRoot == nil || !*pod.SecurityContext.RunAsNonRoot {
		t.Error("pod does not require runAsNonRoot")
	}
	if pod.AutomountServiceAccountToken == nil || *pod.AutomountServiceAccountToken {
		t.Error("pod mounts a service account token it does not need")
	}
	sc := c.SecurityContext
	if sc == nil || sc.AllowPrivilegeEscalation == nil || *sc.AllowPrivilegeEscalation ||
		sc.ReadOnlyRootFilesystem == nil || !*sc.ReadOnlyRootFilesystem {
		t.Error("container must set allowPrivilegeEscalation false and readOnlyRootFilesystem true")
	}
}

func checkPDB(t *testing.T, objs []object, podLabels map[string]string) {
	t.Helper()
	for _, p := range find[*policyv1.PodDisruptionBudget](objs, "") {
		sel, err := metav1.LabelSelectorAsSelector(p.Spec.Selector)
		if err == nil && !sel.Empty() && sel.Matches(labels.Set(podLabels)) {
			if (p.Spec.MinAvailable == nil) == (p.Spec.MaxUnavailable == nil) {
				t.Errorf("PodDisruptionBudget %s: set exactly one of minAvailable, maxUnavailable", p.Name)
			}
			return
		}
	}
	t.Error("no PodDisruptionBudget selects the pods")
}

func checkService(t *testing.T, objs []object, podLabels map[string]string) {
	t.Helper()
	for _, s := range find[*corev1.Service](objs, "") {
		if len(s.Spec.Selector) == 0 || !labels.SelectorFromSet(s.Spec.Selector).Matches(labels.Set(podLabels)) {
			continue
		}
		for _, p := range s.Spec.Ports {
			if p.TargetPort.String() != "http" && p.TargetPort.IntValue() != listenPort {
				t.Errorf("Service %s port %s targets %s, want http", s.Name, p.Name, p.TargetPort.String())
			}
		}
		return
	}
	t.Error("no Service selects the pods")
}

// checkScaling: an autoscaled Deployment leaves replicas to its autoscaler
// (kubectl apply would otherwise reset the count); a fixed one runs two or
// more for availability.
func checkScaling(t *testing.T, objs []object, d *appsv1.Deployment, want string) {
	t.Helper()
	var got []string
	for _, h := range find[*autoscalingv2.HorizontalPodAutoscaler](objs, "") {
		if h.Spec.ScaleTargetRef.Kind == "Deployment" && h.Spec.ScaleTargetRef.Name == d.Name {
			got = append(got, "HorizontalPodAutoscaler")
			if h.Spec.MinReplicas == nil || *h.Spec.MinReplicas < 2 || h.Spec.MaxReplicas < *h.Spec.MinReplicas {
				t.Errorf("HorizontalPodAutoscaler %s: want 2 <= minReplicas <= maxReplicas", h.Name)
			}
			if len(h.Spec.Metrics) == 0 {
				t.Errorf("HorizontalPodAutoscaler %s has no metric", h.Name)
			}
		}
	}
	for _, s := range find[*scaledObject](objs, "") {
		if s.Spec.ScaleTargetRef.Name == d.Name && (s.Spec.ScaleTargetRef.Kind == "" || s.Spec.ScaleTargetRef.Kind == "Deployment") {
			got = append(got, "ScaledObject")
		}
	}
	switch {
	case want == "" && len(got) > 0:
		t.Errorf("scaled by %v, want a fixed count", got)
	case want == "" && (d.Spec.Replicas == nil || *d.Spec.Replicas < 2):
		t.Error("a fixed-size role needs replicas >= 2")
	case want != "" && !slices.Equal(got, []string{want}):
		t.Errorf("scaled by %v, want one %s", got, want)
	case want != "" && d.Spec.Replicas != nil:
		t.Errorf("replicas %d set although the %s owns the count", *d.Spec.Replicas, want)
	}
}

// kafkaScalerKeys are the metadata keys of KEDA's Kafka scaler: a misspelt
// key would be ignored silently by KEDA.
var kafkaScalerKeys = []string{
	"bootstrapServers", "consumerGroup", "topic", "lagThreshold", "activationLagThreshold",
	"offsetResetPolicy", "allowIdleConsumers", "excludePersistentLag", "scaleToZeroOnInvalidOffset",
	"limitToPartitionsWithLag", "ensureEvenDistributionOfPartitions", "partitionLimitation",
	"version", "sasl", "tls", "unsafeSsl",
}

func TestDetectScalesOnConsumerLag(t *testing.T) {
	objs := loadDir(t, "k8s")
	cm := one[*corev1.ConfigMap](t, objs, configName)
	so := one[*scaledObject](t, objs, "haili-detect")
	spec := so.Spec
	if spec.MinReplicaCount == nil || spec.MaxReplicaCount == nil || *spec.MinReplicaCount < 1 || *spec.MaxReplicaCount < *spec.MinReplicaCount {
		t.Fatalf("want 1 <= minReplicaCount <= maxReplicaCount, got %v, %v", spec.MinReplicaCount, spec.MaxReplicaCount)
	}
	topics := topicsByName(t)
	var maxPartitions int32
	for _, in := range schemas.InputTopics {
		maxPartitions = max(maxPartitions, topics[in].Spec.Partitions)
	}
	if *spec.MaxReplicaCount > maxPartitions {
		t.Errorf("maxReplicaCount %d above the %d partitions of the largest input topic: extra workers would idle", *spec.MaxReplicaCount, maxPartitions)
	}
	if !codeHasString(t, detectGroup) {
		t.Errorf("consumer group %q does not appear in the services' code", detectGroup)
	}
	var covered []string
	for i, tr := range spec.Triggers {
		md := tr.Metadata
		if tr.Type != "kafka" {
			t.Errorf("trigger %d: type %q, want kafka", i, tr.Type)
			continue
		}
		for k := range md {
			if !slices.Contains(kafkaScalerKeys, k) {
				t.Errorf("trigger %d: unknown metadata key %q", i, k)
			}
		}
		if md["consumerGroup"] != detectGroup {
			t.Errorf("trigger %d: consumer group %q, want %q", i, md["consumerGroup"], detectGroup)
		}
		if md["bootstrapServers"] != cm.Data["HAILI_KAFKA"] {
			t.Errorf("trigger %d: bootstrapServers %q, the roles use %q", i, md["bootstrapServers"], cm.Data["HAILI_KAFKA"])
		}
		if md["lagThreshold"] == "" {
			t.Errorf("trigger %d: no lagThreshold", i)
		}
		if md["allowIdleConsumers"] == "true" {
			t.Errorf("trigger %d: allowIdleConsumers lets KEDA add workers that get no partition", i)
		}
		covered = append(covered, md["topic"])
	}
	sort.Strings(covered)
	want := slices.Clone(schemas.InputTopics)
	sort.Strings(want)
	if !slices.Equal(covered, want) {
		t.Errorf("triggers watch %v, want one per input topic %v", covered, want)
	}
}

func TestMigrateJob(t *testing.T) {
	objs := loadDir(t, "k8s")
	job := one[*batchv1.Job](t, objs, "haili-migrate")
	pod := job.Spec.Template.Spec
	if pod.RestartPolicy != corev1.RestartPolicyOnFailure && pod.RestartPolicy != corev1.RestartPolicyNever {
		t.Errorf("restartPolicy %q", pod.RestartPolicy)
	}
	if job.Spec.BackoffLimit == nil {
		t.Error("no backoffLimit")
	}
	runsMigrate := false
	for _, c := range slices.Concat(pod.InitContainers, pod.Containers) {
		checkResources(t, c)
		checkEnvFrom(t, c.EnvFrom)
		cmd := strings.Join(slices.Concat(c.Command, c.Args), " ")
		if strings.Contains(cmd, "haili migrate") || (len(c.Command) == 0 && len(c.Args) > 0 && c.Args[0] == "migrate") {
			runsMigrate = true
		}
	}
	if !runsMigrate {
		t.Error("no container runs haili migrate")
	}
}

// TestPruneHistoryCronJob: the archive's retention runs nightly, one run
// at a time, with the policy the roles use.
func TestPruneHistoryCronJob(t *testing.T) {
	objs := loadDir(t, "k8s")
	cj := one[*batchv1.CronJob](t, objs, "haili-prune-history")
	if cj.Spec.Schedule == "" || cj.Spec.ConcurrencyPolicy != batchv1.ForbidConcurrent {
		t.Errorf("schedule %q, concurrency %q; want a schedule and Forbid", cj.Spec.Schedule, cj.Spec.ConcurrencyPolicy)
	}
	pod := cj.Spec.JobTemplate.Spec.Template.Spec
	if len(pod.Containers) != 1 {
		t.Fatalf("%d containers, want 1", len(pod.Containers))
	}
	c := pod.Containers[0]
	checkResources(t, c)
	checkEnvFrom(t, c.EnvFrom)
	args := strings.Join(c.Args, " ")
	if !strings.HasPrefix(args, "migrate --prune-history") || !strings.Contains(args, "--policy /etc/haili/policy/"+policyKey) {
		t.Errorf("args %q, want migrate --prune-history with the mounted policy", args)
	}
	mounted := false
	for _, v := range pod.Volumes {
		mounted = mounted || (v.ConfigMap != nil && v.ConfigMap.Name == policyName)
	}
	if !mounted {
		t.Errorf("the policy ConfigMap %s is not mounted", policyName)
	}
}

// codeHasString reports whether a Go string literal appears in the services'
// non-test sources.
func codeHasString(t *testing.T, s string) bool {
	t.Helper()
	found := false
	err := filepath.WalkDir(filepath.Join("..", "services"), func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") || found {
			return err
		}
		data, err := os.ReadFile(p)
		found = err == nil && strings.Contains(string(data), `"`+s+`"`)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return found
}
