#!/usr/bin/env bash
# Installs the js-libp2p reference peer (pinned by tests/interop/package-lock.json) with npm ci.
# The registry sometimes stalls mid-download (EIDLETIMEOUT); npm retries each fetch and the whole
# install is tried up to three times before the set-up fails.
set -euo pipefail
cd "$(dirname "$0")/../tests/interop"
[ -f package-lock.json ] || { echo "setup-interop: no lockfile yet, skipping"; exit 0; }
if [ -d node_modules ] && [ ! package-lock.json -nt node_modules/.package-lock.json ]; then
  exit 0
fi
for attempt in 1 2 3; do
  if npm ci --no-audit --no-fund --loglevel=error \
       --fetch-retries=5 --fetch-retry-mintimeout=2000 --fetch-retry-maxtimeout=60000 \
       --fetch-timeout=120000; then
    exit 0
  fi
  echo "setup-interop: npm ci failed (attempt $attempt of 3)" >&2
  rm -rf node_modules
  [ "$attempt" = 3 ] || sleep $((attempt * 15))
done
echo "setup-interop: could not install the js-libp2p peer from the npm registry" >&2
exit 1
