#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine, builds Meshscope and runs every test:
#   1. release build (g++): unit, interop (real js-libp2p peers on 127.0.0.1), gui, sim tests;
#   2. engines-only clang build with libFuzzer + ASan + UBSan: unit tests under sanitizers and a
#      short bounded pass of every fuzz target.
# Usage: installer/test.sh [extra ctest args]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

bash installer/setup-deps.sh
bash installer/setup-interop.sh

export QT_QPA_PLATFORM=offscreen
jobs=$(nproc)

echo "== release build"
cmake --preset release >/dev/null
cmake --build --preset release -j "$jobs"
echo "== release tests"
ctest --preset release -j "$jobs" "$@"

echo "== engines under libFuzzer + ASan + UBSan"
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j "$jobs"
ctest --preset fuzz -j "$jobs" "$@"
