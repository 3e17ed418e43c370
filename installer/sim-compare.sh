#!/usr/bin/env bash
# Compares the simulator of two revisions, for changes to core/gossipsub or core/sim:
# - results: every shipped scenario at 300 nodes x 20 s and the default one at 1,000 nodes x 30 s,
#   run by both, must print the same bytes (a speed-up must not change what is simulated);
# - speed: interleaved one-lane runs of the default scenario at 1,000 nodes, wall ns per event
#   while publishing, min and median of each side (wall time varies by a third or more between
#   runs on a shared machine: only interleaved pairs compare);
# - with --instructions, the instructions of a 300-node run (valgrind: the same every run).
#   installer/sim-compare.sh [--pairs N] [--instructions] BASE [HEAD]
# BASE and HEAD are git revisions; without HEAD, the working tree (uncommitted changes included).
# Builds the engines without Qt under $SIM_COMPARE_DIR (default /tmp/meshscope-sim-compare).
# Exit status 0 when the results are the same, 1 when they differ, 2 on a usage error.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
pairs=6
instructions=0
while [ $# -gt 0 ]; do
  case "$1" in
    --pairs) pairs=${2:?}; shift 2 ;;
    --instructions) instructions=1; shift ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    -*) echo "sim-compare: unknown option $1" >&2; exit 2 ;;
    *) break ;;
  esac
done
if [ $# -lt 1 ] || [ $# -gt 2 ]; then
  echo "usage: installer/sim-compare.sh [--pairs N] [--instructions] BASE [HEAD]" >&2
  exit 2
fi
case "$pairs" in '' | *[!0-9]* | 0) echo "sim-compare: --pairs needs a count of 1 or more" >&2; exit 2 ;; esac
base=$(git rev-parse --verify "$1^{commit}")
head=${2:+$(git rev-parse --verify "$2^{commit}")}
work=${SIM_COMPARE_DIR:-/tmp/meshscope-sim-compare}
mkdir -p "$work"
[ "$instructions" = 0 ] || bash installer/setup-deps.sh valgrind

# build NAME REV: REV's engines (the working tree when REV is empty) in $work/NAME, and this
# checkout's driver against them.
build() {
  local name=$1 rev=$2 dir=$work/$1 src
  mkdir -p "$dir"
  # What $dir holds a build of (a revision, or the working tree): built again only when it changes.
  if [ "$(cat "$dir/source" 2>/dev/null)" != "${rev:-working tree}" ]; then
    rm -rf "$dir/src" "$dir/build"
    if [ -n "$rev" ]; then
      mkdir -p "$dir/src"
      git archive "$rev" | tar -x -C "$dir/src"
    fi
    echo "${rev:-working tree}" >"$dir/source"
  fi
  src=$dir/src
  [ -n "$rev" ] || src=$repo
  echo "== building $name (${rev:-working tree})"
  cmake -S "$src" -B "$dir/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMESHSCOPE_WITH_QT=OFF \
    -DMESHSCOPE_BENCH=OFF >"$dir/configure.log"
  cmake --build "$dir/build" --target meshscope_sim >"$dir/build.log"
  local b=$dir/build
  c++ -O2 -g -DNDEBUG -std=gnu++20 -I"$src" -I"$b" -I"$b/core/proto" "$repo/tests/bench/sim/sim_compare.cpp" \
    -o "$dir/sim_compare" "$b/core/sim/libmeshscope_sim.a" "$b/core/gossipsub/libmeshscope_gossipsub.a" \
    "$b/core/crypto/libmeshscope_crypto.a" "$b/core/proto/libmeshscope_proto.a" -lprotobuf \
    "$b/core/multiformats/libmeshscope_multiformats.a" -lsnappy -lcrypto "$b/core/base/libmeshscope_base.a"
}
build base "$base"
build head "$head"

# The malloc tuning meshscope-cli sim runs with (app/cli/malloctuning.h).
export GLIBC_TUNABLES="${GLIBC_TUNABLES:+$GLIBC_TUNABLES:}glibc.malloc.hugetlb=1:glibc.malloc.trim_threshold=1073741824:glibc.malloc.top_pad=67108864"

echo "== results"
runs=()
for f in resources/scenarios/*.json; do runs+=("$f 300 20"); done
runs+=("- 1000 30")
for side in base head; do
  rm -rf "${work:?}/$side/results"
  mkdir -p "$work/$side/results"
  printf '%s\n' "${runs[@]}" | xargs -P "$(nproc)" -L 1 sh -c \
    'out="$0/$(basename "$1" .json)-$2x$3.json"; "$0/../sim_compare" result "$1" "$2" "$3" >"$out" 2>&1' \
    "$work/$side/results" || true # (a failed run's error text is its output, compared below)
done
same=1
for f in "$work"/base/results/*.json; do
  if ! cmp -s "$f" "$work/head/results/$(basename "$f")"; then
    same=0
    echo "differs: $(basename "$f")"
    diff "$f" "$work/head/results/$(basename "$f")" | head -8 || true
  fi
done
[ "$same" = 0 ] || echo "same results in all ${#runs[@]} runs"

echo "== speed (1,000 nodes, one lane, ns per event while publishing; $pairs interleaved pairs)"
a=()
b=()
for _ in $(seq "$pairs"); do
  a+=("$("$work/base/sim_compare" speed 1000 16 8 | awk '{print $2}')")
  b+=("$("$work/head/sim_compare" speed 1000 16 8 | awk '{print $2}')")
done
python3 - "${a[*]}" "${b[*]}" <<'EOF'
import statistics as st, sys
a = [float(x) for x in sys.argv[1].split()]
b = [float(x) for x in sys.argv[2].split()]
print("base: min %.0f median %.0f  %s" % (min(a), st.median(a), " ".join("%.0f" % x for x in a)))
print("head: min %.0f median %.0f  %s" % (min(b), st.median(b), " ".join("%.0f" % x for x in b)))
print("head/base: min %.3f median %.3f" % (min(b) / min(a), st.median(b) / st.median(a)))
EOF

if [ "$instructions" = 1 ]; then
  echo "== instructions (300 nodes, 20 s, valgrind; the whole run, network set-up included)"
  refs=()
  for side in base head; do
    out=$(valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
      "$work/$side/sim_compare" speed 300 20 8 2>&1)
    refs+=("$(sed -n 's/.*I *refs: *//p' <<<"$out" | tr -d ,)")
    echo "$side: ${refs[-1]} instructions, $(awk '/^ns_per_event/ {print $4}' <<<"$out") events while publishing"
  done
  python3 -c "import sys; print('head/base: %.4f' % (int(sys.argv[2]) / int(sys.argv[1])))" "${refs[@]}"
fi
[ "$same" = 1 ]
