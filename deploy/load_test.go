package deploy

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"testing"

	appsv1 "k8s.io/api/apps/v1"
	autoscalingv2 "k8s.io/api/autoscaling/v2"
	batchv1 "k8s.io/api/batch/v1"
	corev1 "k8s.io/api/core/v1"
	policyv1 "k8s.io/api/policy/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	utilyaml "k8s.io/apimachinery/pkg/util/yaml"
	"sigs.k8s.io/yaml"
)

// object is one decoded document of a manifest file.
type object struct {
	file string // path relative to the deploy directory
	doc  int    // 1-based position in the file
	kind string // apiVersion/kind
	obj  any    // a pointer to the typed object
}

func (o object) String() string { return fmt.Sprintf("%s#%d (%s)", o.file, o.doc, o.kind) }

// objectMeta returns the metadata of any decoded object.
func (o object) meta() *metav1.ObjectMeta {
	if m, ok := o.obj.(metav1.ObjectMetaAccessor); ok {
		return m.GetObjectMeta().(*metav1.ObjectMeta)
	}
	panic(fmt.Sprintf("%s has no metadata", o))
}

// scaledObject is KEDA's keda.sh/v1alpha1 ScaledObject, reduced to the
// fields KEDA defines; KEDA's Go module is not imported for one type.
type scaledObject struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata"`
	Spec              struct {
		ScaleTargetRef struct {
			APIVersion             string `json:"apiVersion,omitempty"`
			Kind                   string `json:"kind,omitempty"`
			Name                   string `json:"name"`
			EnvSourceContainerName string `json:"envSourceContainerName,omitempty"`
		} `json:"scaleTargetRef"`
		PollingInterval       *int32 `json:"pollingInterval,omitempty"`
		InitialCooldownPeriod *int32 `json:"initialCooldownPeriod,omitempty"`
		CooldownPeriod        *int32 `json:"cooldownPeriod,omitempty"`
		IdleReplicaCount      *int32 `json:"idleReplicaCount,omitempty"`
		MinReplicaCount       *int32 `json:"minReplicaCount,omitempty"`
		MaxReplicaCount       *int32 `json:"maxReplicaCount,omitempty"`
		Fallback              *struct {
			FailureThreshold int32 `json:"failureThreshold"`
			Replicas         int32 `json:"replicas"`
		} `json:"fallback,omitempty"`
		Advanced *struct {
			RestoreToOriginalReplicaCount bool `json:"restoreToOriginalReplicaCount,omitempty"`
			HorizontalPodAutoscalerConfig *struct {
				Name     string                                         `json:"name,omitempty"`
				Behavior *autoscalingv2.HorizontalPodAutoscalerBehavior `json:"behavior,omitempty"`
			} `json:"horizontalPodAutoscalerConfig,omitempty"`
		} `json:"advanced,omitempty"`
		Triggers []struct {
			Type              string                         `json:"type"`
			Name              string                         `json:"name,omitempty"`
			UseCachedMetrics  bool                           `json:"useCachedMetrics,omitempty"`
			MetricType        autoscalingv2.MetricTargetType `json:"metricType,omitempty"`
			Metadata          map[string]string              `json:"metadata"`
			AuthenticationRef *struct {
				Name string `json:"name"`
				Kind string `json:"kind,omitempty"`
			} `json:"authenticationRef,omitempty"`
		} `json:"triggers"`
	} `json:"spec"`
}

// kafkaTopic is Strimzi's kafka.strimzi.io/v1 KafkaTopic. Config values
// are strings here (Strimzi accepts any scalar), which keeps them comparable.
type kafkaTopic struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata"`
	Spec              struct {
		TopicName  string            `json:"topicName"`
		Partitions int32             `json:"partitions"`
		Replicas   int32             `json:"replicas"`
		Config     map[string]string `json:"config"`
	} `json:"spec"`
}

// kustomization is the part of kustomize.config.k8s.io/v1beta1 Kustomization
// that deploy/k8s uses.
type kustomization struct {
	metav1.TypeMeta `json:",inline"`
	Resources       []string `json:"resources"`
	Images          []struct {
		Name    string `json:"name"`
		NewName string `json:"newName,omitempty"`
		NewTag  string `json:"newTag,omitempty"`
		Digest  string `json:"digest,omitempty"`
	} `json:"images,omitempty"`
}

// GetObjectMeta lets kustomization pass as an object; it has no metadata.
func (k *kustomization) GetObjectMeta() metav1.Object { return &metav1.ObjectMeta{} }

// kinds are the types the manifests may hold, by apiVersion/kind.
var kinds = map[string]func() any{
	"v1/Namespace":                                  func() any { return &corev1.Namespace{} },
	"v1/ConfigMap":                                  func() any { return &corev1.ConfigMap{} },
	"v1/Secret":                                     func() any { return &corev1.Secret{} },
	"v1/Service":                                    func() any { return &corev1.Service{} },
	"apps/v1/Deployment":                            func() any { return &appsv1.Deployment{} },
	"batch/v1/Job":                                  func() any { return &batchv1.Job{} },
	"batch/v1/CronJob":                              func() any { return &batchv1.CronJob{} },
	"policy/v1/PodDisruptionBudget":                 func() any { return &policyv1.PodDisruptionBudget{} },
	"autoscaling/v2/HorizontalPodAutoscaler":        func() any { return &autoscalingv2.HorizontalPodAutoscaler{} },
	"keda.sh/v1alpha1/ScaledObject":                 func() any { return &scaledObject{} },
	"kafka.strimzi.io/v1/KafkaTopic":                func() any { return &kafkaTopic{} },
	"kustomize.config.k8s.io/v1beta1/Kustomization": func() any { return &kustomization{} },
}

// loadDir decodes every document of every *.yaml file of dir (relative to the
// deploy directory).
func loadDir(t *testing.T, dir string) []object {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatalf("no manifests in %s", dir)
	}
	sort.Strings(files)
	var out []object
	for _, f := range files {
		objs, err := loadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, objs...)
	}
	return out
}

// loadFile splits a file into documents and decodes each one strictly into
// the type of its apiVersion and kind: an unknown or misplaced field, a
// duplicate key or a value of the wrong type is an error.
func loadFile(path string) ([]object, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	r := utilyaml.NewYAMLReader(bufio.NewReader(bytes.NewReader(data)))
	var out []object
	for n := 1; ; n++ {
		doc, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s: document %d: %w", path, n, err)
		}
		if len(bytes.TrimSpace(stripComments(doc))) == 0 {
			n--
			continue
		}
		var tm metav1.TypeMeta
		if err := yaml.Unmarshal(doc, &tm); err != nil {
			return nil, fmt.Errorf("%s: document %d: %w", path, n, err)
		}
		kind := tm.APIVersion + "/" + tm.Kind
		newObj, ok := kinds[kind]
		if !ok {
			return nil, fmt.Errorf("%s: document %d: unexpected kind %q", path, n, kind)
		}
		obj := newObj()
		if err := yaml.UnmarshalStrict(doc, obj); err != nil {
			return nil, fmt.Errorf("%s: document %d (%s): %w", path, n, kind, err)
		}
		out = append(out, object{file: path, doc: n, kind: kind, obj: obj})
	}
	return out, nil
}

// stripComments drops comment lines, so that a document of comments only
// counts as empty.
func stripComments(doc []byte) []byte {
	var b bytes.Buffer
	for _, line := range bytes.Split(doc, []byte("\n")) {
		if t := bytes.TrimSpace(line); len(t) > 0 && t[0] != '#' {
			b.Write(line)
			b.WriteByte('\n')
		}
	}
	return b.Bytes()
}

// find returns the objects of one kind; name "" matches any.
func find[T any](objs []object, name string) []T {
	var out []T
	for _, o := range objs {
		v, ok := o.obj.(T)
		if ok && (name == "" || o.meta().Name == name) {
			out = append(out, v)
		}
	}
	return out
}

// one returns the single object of a kind and name.
func one[T any](t *testing.T, objs []object, name string) T {
	t.Helper()
	got := find[T](objs, name)
	if len(got) != 1 {
		var zero T
		t.Fatalf("want one %T named %q, found %d", zero, name, len(got))
	}
	return got[0]
}
