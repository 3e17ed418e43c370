// Multiaddr from bytes: what parses re-encodes to the same bytes, and its text parses back to it.

#include "core/multiformats/multiaddr.h"
#include "fuzzcheck.h"

using namespace meshscope;
using namespace meshscope::multiformats;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const BytesView in(data, size);
    auto parsed = Multiaddr::fromBytes(in);
    if (!parsed) {
        FUZZ_CHECK(!parsed.error().message.empty());
        return 0;
    }
    const Multiaddr& a = *parsed;
    FUZZ_CHECK(a.bytes().size() == size && std::equal(a.bytes().begin(), a.bytes().end(), in.begin()));
    Bytes joined;
    for (const auto& component : a.components())
        append(joined, component.packed);
    FUZZ_CHECK(joined == a.bytes());
    const auto viaText = Multiaddr::fromString(a.toString());
    FUZZ_CHECK(viaText.ok());
    FUZZ_CHECK(*viaText == a);
    // Helpers must not crash and must keep their promises.
    if (const auto id = a.peerId()) {
        const auto p2p = Multiaddr::fromString("/p2p/" + id->toBase58());
        FUZZ_CHECK(p2p.ok());
        FUZZ_CHECK(a.withoutPeerId().encapsulate(*p2p) == a);
        FUZZ_CHECK(a.withPeerId(*id) == a);
        FUZZ_CHECK(a.withoutPeerId().withPeerId(*id).peerId() == id);
    }
    if (const auto endpoint = a.tcpEndpoint()) {
        const auto rebuilt = Multiaddr::fromTcpEndpoint(*endpoint);
        FUZZ_CHECK(rebuilt.ok());
        FUZZ_CHECK(rebuilt->tcpEndpoint() == endpoint);
    }
    FUZZ_CHECK(a.encapsulate(a).decapsulate(a) == a);
    return 0;
}
