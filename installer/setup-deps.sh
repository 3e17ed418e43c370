#!/usr/bin/env bash
# Installs everything Meshscope needs to build, test and run on Debian 12 (bookworm).
# Idempotent: skips apt when every package is already present. Run as root (or with sudo).
# Arguments name extra packages a task needs beyond these (installer/bench.sh: valgrind).
set -euo pipefail

PACKAGES=(
  cmake g++ ninja-build dpkg-dev pkg-config file
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
  libqcustomplot-dev libprotobuf-dev protobuf-compiler libssl-dev zlib1g-dev
  libsnappy-dev nlohmann-json3-dev libgtest-dev libgmock-dev libbenchmark-dev
  clang-14 libclang-rt-14-dev llvm-14
  libxkbcommon-dev xvfb xauth fonts-dejavu-core tmux
  nodejs npm
)
PACKAGES+=("$@")

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

# Node.js and npm may come from outside Debian's packages on some machines: accept any node >= 20.
if command -v node >/dev/null 2>&1 && node -e 'process.exit(parseInt(process.versions.node) >= 20 ? 0 : 1)'; then
  missing=("${missing[@]/nodejs/}")
  command -v npm >/dev/null 2>&1 && missing=("${missing[@]/npm/}")
fi
clean=()
for p in "${missing[@]}"; do [ -n "$p" ] && clean+=("$p"); done

if [ ${#clean[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  echo "installer: installing ${clean[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${clean[@]}"
else
  echo "installer: all Debian packages present"
fi
