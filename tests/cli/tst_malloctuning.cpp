// Which malloc tunables `meshscope-cli sim` re-executes itself with (app/cli/malloctuning.h).
#include "app/cli/malloctuning.h"

#include <gtest/gtest.h>

using meshscope::cli::simMallocTunables;

namespace {
const char* const kKeep = "glibc.malloc.trim_threshold=1073741824:glibc.malloc.top_pad=67108864";
}

TEST(MallocTuning, HugePagesOnlyInMadviseMode)
{
    EXPECT_EQ(simMallocTunables("always [madvise] never\n", nullptr, nullptr),
        std::string("glibc.malloc.hugetlb=1:") + kKeep);
    EXPECT_EQ(
        simMallocTunables("[always] madvise never\n", nullptr, nullptr), kKeep); // heap has them already
    EXPECT_EQ(simMallocTunables("always madvise [never]\n", nullptr, nullptr), kKeep);
    EXPECT_EQ(simMallocTunables("", nullptr, nullptr), kKeep); // no THP support (file missing)
}

TEST(MallocTuning, KeepsTheUsersTunablesAndNeverLoops)
{
    EXPECT_EQ(simMallocTunables("[never]", "glibc.malloc.arena_max=2", nullptr),
        std::string("glibc.malloc.arena_max=2:") + kKeep);
    // The user's own value of one of ours stays; the others are added.
    EXPECT_EQ(simMallocTunables("always [madvise] never", "glibc.malloc.hugetlb=0", nullptr),
        std::string("glibc.malloc.hugetlb=0:") + kKeep);
    // After the exec everything is set: nothing changes, so the exec happens once.
    const std::string after = std::string("glibc.malloc.hugetlb=1:") + kKeep;
    EXPECT_EQ(simMallocTunables("always [madvise] never", after.c_str(), nullptr), std::nullopt);
    EXPECT_EQ(simMallocTunables("always [madvise] never", nullptr, "0"), std::nullopt); // opted out
    EXPECT_EQ(simMallocTunables("always [madvise] never", nullptr, "1"),
        std::string("glibc.malloc.hugetlb=1:") + kKeep);
}
