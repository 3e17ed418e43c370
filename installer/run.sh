#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine, builds Meshscope and starts it on its embedded default:
# the GUI where a display exists, the terminal dashboard otherwise. Extra args go to Meshscope.
set -euo pipefail
cd "$(dirname "$0")/.."
bash installer/setup-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc)"
bin=build/release/app
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -x "$bin/meshscope" ]; then
  exec "$bin/meshscope" "$@"
elif [ -t 1 ] && "$bin/meshscope-cli" top --help >/dev/null 2>&1; then
  exec "$bin/meshscope-cli" top "$@"
else
  exec "$bin/meshscope-cli" node --json "$@"
fi
