#!/usr/bin/env bash
# Installs the js-libp2p reference peer (pinned by tests/interop/package-lock.json) with npm ci.
set -euo pipefail
cd "$(dirname "$0")/../tests/interop"
[ -f package-lock.json ] || { echo "setup-interop: no lockfile yet, skipping"; exit 0; }
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
