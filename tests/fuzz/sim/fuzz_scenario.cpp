// Fuzz target: scenario files (user input to `meshscope-cli sim` and the GUI's simulation panel).
// Invariant: whatever parses must print to JSON that parses again to the same JSON.
#include "core/sim/scenario.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    auto scenario = meshscope::sim::parseScenario(text);
    if (!scenario.ok())
        return 0;
    const auto once = meshscope::sim::toJson(*scenario);
    auto again = meshscope::sim::scenarioFromJson(once);
    if (!again.ok() || meshscope::sim::toJson(*again) != once)
        std::abort();
    return 0;
}
