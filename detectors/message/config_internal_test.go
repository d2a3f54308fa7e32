package message

import (
	"bytes"
	"os"
	"testing"

	"gopkg.in/yaml.v3"
)

// testConfig reads the message section of the built-in policy file, so that
// internal tests run with the shipped settings (the policy package imports
// this one, so it cannot be imported here).
func testConfig(t testing.TB) *Config {
	t.Helper()
	data, err := os.ReadFile("../policy/default.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Message yaml.Node `yaml:"message"`
	}
	if err := yaml.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := yaml.NewEncoder(&buf).Encode(&doc.Message); err != nil {
		t.Fatal(err)
	}
	dec := yaml.NewDecoder(&buf)
	dec.KnownFields(true)
	var c Config
	if err := dec.Decode(&c); err != nil {
		t.Fatal(err)
	}
	return &c
}

func testDetector(t testing.TB) *Detector {
	t.Helper()
	d, err := NewDetector(testConfig(t))
	if err != nil {
		t.Fatal(err)
	}
	return d
}
