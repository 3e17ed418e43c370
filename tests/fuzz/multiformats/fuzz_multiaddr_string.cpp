// Multiaddr from text: what parses prints canonically, and the canonical text is a fixed point.

#include "core/multiformats/multiaddr.h"
#include "fuzzcheck.h"

#include <string_view>

using namespace meshscope;
using namespace meshscope::multiformats;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    auto parsed = Multiaddr::fromString(text);
    if (!parsed) {
        FUZZ_CHECK(!parsed.error().message.empty());
        return 0;
    }
    const std::string canonical = parsed->toString();
    const auto again = Multiaddr::fromString(canonical);
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(*again == *parsed);
    FUZZ_CHECK(again->toString() == canonical);
    const auto fromBinary = Multiaddr::fromBytes(parsed->bytes());
    FUZZ_CHECK(fromBinary.ok());
    FUZZ_CHECK(*fromBinary == *parsed);
    return 0;
}
