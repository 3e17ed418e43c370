#!/usr/bin/env bash
# Builds the release preset and runs every benchmark in tests/bench/ (Google Benchmark binaries, then the
# live-process ones: js-libp2p vs Meshscope receiver CPU, and Meshscope -> Meshscope on two pinned cores),
# printing their figures. Benchmarks are not part of the test suite: run them on a quiet machine.
set -euo pipefail
cd "$(dirname "$0")/.."
bash installer/setup-deps.sh valgrind # valgrind: instructions per simulated event, below
cmake --preset release -DMESHSCOPE_BENCH=ON >/dev/null
cmake --build --preset release -j "$(nproc)"
found=0
while IFS= read -r -d '' b; do
  found=1
  echo "== $(basename "$b")"
  if [ "$(basename "$b")" = bench_sim ]; then
    # The malloc tuning `meshscope-cli sim` runs with (app/cli/malloctuning.h); one process per
    # benchmark, so each memory figure starts from a fresh heap.
    for name in $("$b" --benchmark_list_tests); do
      GLIBC_TUNABLES="${GLIBC_TUNABLES:+$GLIBC_TUNABLES:}glibc.malloc.hugetlb=1:glibc.malloc.trim_threshold=1073741824:glibc.malloc.top_pad=67108864" \
        "$b" --benchmark_min_time=0.5 --benchmark_filter="^${name}\$" "$@"
    done
  else
    "$b" --benchmark_min_time=0.5 "$@"
  fi
done < <(find build/release/tests/bench -type f -executable -name 'bench_*' -print0 | sort -z)
[ "$found" = 1 ] || echo "bench: no benchmark binaries were built"

# Instructions per simulated event on the 100-node run: unlike wall time, which varies by half
# between runs on a shared machine, this count is the same every run, so it shows what a change
# to the work per event is worth (memory waits are not in it: see the ns_per_event figures above).
echo "== sim instructions per event (valgrind, 100 nodes, 60 s)"
sim_bench=build/release/tests/bench/sim/bench_sim
events=$("$sim_bench" --benchmark_filter='^BM_Sim100Nodes/' --benchmark_format=json | python3 -c 'import json,sys; print(int(json.load(sys.stdin)["benchmarks"][0]["events"]))')
instructions=$(valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
  "$sim_bench" --benchmark_filter='^BM_Sim100Nodes/' 2>&1 >/dev/null | sed -n 's/.*I *refs: *//p' | tr -d ,)
echo "events $events, instructions $instructions, per event $((instructions / events))"

# Receiver CPU per message, js-libp2p versus Meshscope, on real processes over loopback.
bash installer/setup-interop.sh
echo "== receiver-cpu (js-libp2p vs meshscope-cli)"
node tests/bench/interop/receiver-cpu.mjs --cli build/release/app/meshscope-cli

# Meshscope -> Meshscope on two pinned processes over loopback (flow-controlled publisher).
echo "== live-pair (meshscope-cli -> meshscope-cli, one core each)"
node tests/bench/node/live-pair.mjs --cli build/release/app/meshscope-cli --runs 3
node tests/bench/node/live-pair.mjs --cli build/release/app/meshscope-cli --sign-policy strict-no-sign --msg-id content --messages 200000 --runs 3
