// Package deploy holds no code of its own: its tests validate the deployment
// files beside them. The Kubernetes manifests under k8s/ are decoded strictly
// into the official API types (KEDA's ScaledObject and Strimzi's KafkaTopic,
// which those types lack, into small local structs, just as strictly), the
// Kafka topic definitions under kafka/ are checked against the topics the code
// uses, and the Grafana provisioning under grafana/ against the ClickHouse
// schema. It is a module of its own so that the Kubernetes API packages stay
// out of the services module.
package deploy
