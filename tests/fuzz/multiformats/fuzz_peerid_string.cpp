// PeerId from text (base58 multihash or CIDv1) and from bytes: both text forms round-trip.

#include "core/multiformats/peerid.h"
#include "fuzzcheck.h"

#include <string_view>

using namespace meshscope;
using namespace meshscope::multiformats;

namespace {
void checkRoundTrips(const PeerId& id)
{
    FUZZ_CHECK(!id.empty());
    const auto viaBase58 = PeerId::fromString(id.toBase58());
    FUZZ_CHECK(viaBase58.ok() && *viaBase58 == id);
    const auto viaCid = PeerId::fromString(id.toCid());
    FUZZ_CHECK(viaCid.ok() && *viaCid == id);
    const auto viaBytes = PeerId::fromBytes(id.bytes());
    FUZZ_CHECK(viaBytes.ok() && *viaBytes == id);
    if (const auto key = id.identityPublicKey())
        FUZZ_CHECK(PeerId::fromPublicKey(*key) == id);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    if (auto id = PeerId::fromString(text))
        checkRoundTrips(*id);
    if (auto id = PeerId::fromBytes(BytesView(data, size)))
        checkRoundTrips(*id);
    return 0;
}
