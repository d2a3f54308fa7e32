#!/usr/bin/env bash
# Installs Debian's clickhouse-server (and client) when they are missing.
# Used by `haili dev`, the tests and CI; safe to run again.
set -euo pipefail
if command -v clickhouse-server >/dev/null 2>&1 || [ -x /usr/sbin/clickhouse-server ] || [ -x /usr/bin/clickhouse ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq clickhouse-server clickhouse-client >/dev/null
# The package may start a system-wide server on the default ports; Haili runs its
# own on loopback with a project-local data directory, so stop that one.
if command -v service >/dev/null 2>&1; then $SUDO service clickhouse-server stop >/dev/null 2>&1 || true; fi
