#include "app/cli/hugepages.h"

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <unistd.h>

namespace meshscope::cli {

std::optional<std::string> hugePageTunables(
    std::string_view thpMode, const char* tunables, const char* optOut)
{
    if (optOut && std::string_view(optOut) == "0")
        return std::nullopt;
    // Only "madvise" needs the tunable: "always" gives the heap huge pages anyway, "never" none.
    if (thpMode.find("[madvise]") == std::string_view::npos)
        return std::nullopt;
    const std::string_view current = tunables ? tunables : "";
    if (current.find("glibc.malloc.hugetlb") != std::string_view::npos)
        return std::nullopt; // already set (by us before the exec, or by the user)
    std::string next(current);
    if (!next.empty())
        next += ':';
    next += "glibc.malloc.hugetlb=1";
    return next;
}

void preferHugePages(char** argv)
{
    std::ifstream in("/sys/kernel/mm/transparent_hugepage/enabled");
    const std::string mode((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const auto tunables
        = hugePageTunables(mode, std::getenv("GLIBC_TUNABLES"), std::getenv("MESHSCOPE_HUGEPAGES"));
    if (!tunables || ::setenv("GLIBC_TUNABLES", tunables->c_str(), 1) != 0)
        return;
    ::execv("/proc/self/exe", argv);
    // exec failed: run on as we are (the variable stays set, so a child would not try again).
}

} // namespace meshscope::cli
