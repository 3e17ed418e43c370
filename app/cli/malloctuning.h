#pragma once
// glibc malloc tuning for `meshscope-cli sim`. A simulation keeps hundreds of MB of small router
// objects and touches them in random order, and glibc's defaults cost it dearly:
// - with 4 KiB pages much of its time goes to TLB misses: glibc.malloc.hugetlb=1 backs the heap
//   with transparent huge pages (needed in the kernel's THP mode "madvise", Debian's default);
// - glibc returns free memory at the top of the heap to the kernel (trim threshold 128 KiB) and
//   takes it back moments later, each time faulting in and zeroing fresh (huge) pages:
//   glibc.malloc.trim_threshold and glibc.malloc.top_pad keep and grow the heap in large steps.
// Together about 35% faster at 1,000 nodes. The tunables are read only at start-up, so `sim`
// re-executes itself once with them added. MESHSCOPE_MALLOC_TUNING=0 turns this off; tunables the
// user set in GLIBC_TUNABLES are kept as they are.

#include <optional>
#include <string>
#include <string_view>

namespace meshscope::cli {

// The GLIBC_TUNABLES value to re-execute with, or none when nothing is to change: `thpMode` is the
// content of /sys/kernel/mm/transparent_hugepage/enabled ("always [madvise] never"), `tunables`
// the current GLIBC_TUNABLES (null: unset), `optOut` MESHSCOPE_MALLOC_TUNING (null: unset).
std::optional<std::string> simMallocTunables(
    std::string_view thpMode, const char* tunables, const char* optOut);

// Call first thing in main() for `sim`: re-executes this program with the tunables when
// simMallocTunables() says so; returns (changing nothing) when it does not or exec fails.
void tuneMallocForSim(char** argv);

} // namespace meshscope::cli
