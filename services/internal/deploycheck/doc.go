// Package deploycheck validates the deployment files that cannot run on a
// machine without a container engine: the compose file is checked with
// Debian's docker-compose and its structure asserted (roles, healthchecks,
// start order, Grafana provisioning, and topics that match the code and
// deploy/kafka/topics.yaml). The Kubernetes manifests are validated by the
// deploy module's own tests.
package deploycheck
