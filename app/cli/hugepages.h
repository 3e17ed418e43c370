#pragma once
// Transparent huge pages for the simulator's heap. A 1,000-node simulation keeps hundreds of MB of
// small router objects and touches them in random order, so with 4 KiB pages much of its time goes
// to TLB misses; with 2 MiB pages it runs about 15% faster. glibc backs malloc with huge pages only
// when its start-up tunable glibc.malloc.hugetlb=1 is set (the kernel's THP mode "madvise", Debian's
// default), so `meshscope-cli sim` re-executes itself once with the tunable added.
// MESHSCOPE_HUGEPAGES=0 turns this off.

#include <optional>
#include <string>
#include <string_view>

namespace meshscope::cli {

// The GLIBC_TUNABLES value to re-execute with, or none when nothing is to change: `thpMode` is the
// content of /sys/kernel/mm/transparent_hugepage/enabled ("always [madvise] never"), `tunables`
// the current GLIBC_TUNABLES (null: unset), `optOut` MESHSCOPE_HUGEPAGES (null: unset).
std::optional<std::string> hugePageTunables(
    std::string_view thpMode, const char* tunables, const char* optOut);

// Call first thing in main() for `sim`: re-executes this program with huge-page malloc when
// hugePageTunables() says so; returns (changing nothing) when it does not or exec fails.
void preferHugePages(char** argv);

} // namespace meshscope::cli
