#include "app/cli/malloctuning.h"

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <unistd.h>

namespace meshscope::cli {

std::optional<std::string> simMallocTunables(
    std::string_view thpMode, const char* tunables, const char* optOut)
{
    if (optOut && std::string_view(optOut) == "0")
        return std::nullopt;
    std::string next(tunables ? tunables : "");
    const std::size_t before = next.size();
    auto add = [&](std::string_view name, std::string_view value) {
        if (next.find(name) != std::string::npos)
            return; // set already (by the user, or by us before the exec)
        if (!next.empty())
            next += ':';
        next.append(name).append("=").append(value);
    };
    // Only "madvise" needs the tunable: "always" gives the heap huge pages anyway, "never" none.
    if (thpMode.find("[madvise]") != std::string_view::npos)
        add("glibc.malloc.hugetlb", "1");
    add("glibc.malloc.trim_threshold", "1073741824"); // 1 GiB
    add("glibc.malloc.top_pad", "67108864"); // 64 MiB
    if (next.size() == before)
        return std::nullopt;
    return next;
}

void tuneMallocForSim(char** argv)
{
    // glibc may rewrite GLIBC_TUNABLES in the environment it starts with, so the marker, not the
    // variable, is what guarantees a single exec.
    if (std::getenv("MESHSCOPE_MALLOC_TUNED"))
        return;
    std::ifstream in("/sys/kernel/mm/transparent_hugepage/enabled");
    const std::string mode((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const auto tunables
        = simMallocTunables(mode, std::getenv("GLIBC_TUNABLES"), std::getenv("MESHSCOPE_MALLOC_TUNING"));
    if (!tunables || ::setenv("GLIBC_TUNABLES", tunables->c_str(), 1) != 0
        || ::setenv("MESHSCOPE_MALLOC_TUNED", "1", 1) != 0)
        return;
    ::execv("/proc/self/exe", argv);
    // exec failed: run on as we are (the variable stays set, so a child would not try again).
}

} // namespace meshscope::cli
