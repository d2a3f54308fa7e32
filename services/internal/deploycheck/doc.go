// Package deploycheck validates the deployment files that cannot run on a
// machine without a container engine: the compose file is checked with
// Debian's docker-compose and its structure asserted.
package deploycheck
