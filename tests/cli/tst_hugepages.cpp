// When `meshscope-cli sim` re-executes itself with huge-page malloc (app/cli/hugepages.h).
#include "app/cli/hugepages.h"

#include <gtest/gtest.h>

using meshscope::cli::hugePageTunables;

TEST(HugePages, AddsTheTunableOnlyInMadviseMode)
{
    EXPECT_EQ(hugePageTunables("always [madvise] never\n", nullptr, nullptr), "glibc.malloc.hugetlb=1");
    EXPECT_EQ(hugePageTunables("[always] madvise never\n", nullptr, nullptr),
        std::nullopt); // heap has them already
    EXPECT_EQ(hugePageTunables("always madvise [never]\n", nullptr, nullptr), std::nullopt);
    EXPECT_EQ(hugePageTunables("", nullptr, nullptr), std::nullopt); // no THP support (file missing)
}

TEST(HugePages, KeepsTheUsersTunablesAndNeverLoops)
{
    EXPECT_EQ(hugePageTunables("always [madvise] never", "glibc.malloc.arena_max=2", nullptr),
        "glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1");
    // After the exec (or when the user chose a value, even 0) nothing changes: exec happens once.
    EXPECT_EQ(hugePageTunables("always [madvise] never", "glibc.malloc.hugetlb=1", nullptr), std::nullopt);
    EXPECT_EQ(hugePageTunables("always [madvise] never", "glibc.malloc.hugetlb=0", nullptr), std::nullopt);
    EXPECT_EQ(
        hugePageTunables("always [madvise] never", nullptr, "0"), std::nullopt); // MESHSCOPE_HUGEPAGES=0
    EXPECT_EQ(hugePageTunables("always [madvise] never", nullptr, "1"), "glibc.malloc.hugetlb=1");
}
