// Fuzzes the profile JSON loader: arbitrary text never crashes, and every accepted profile
// serialises and loads back to the same values.
#include "core/gossipsub/paramsjson.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

using namespace meshscope::gossipsub;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    auto profile = parseProfile(text);
    if (!profile.ok())
        return 0;
    const std::string saved = serializeProfile(*profile);
    auto back = parseProfile(saved);
    if (!back.ok())
        std::abort(); // an accepted profile must reload
    if (!(back->gossipsub == profile->gossipsub) || !(back->score == profile->score)
        || !(back->thresholds == profile->thresholds))
        std::abort(); // and round-trip exactly
    return 0;
}
