// PublicKey::fromProtobuf on arbitrary bytes, then verify() of a fuzzed message and signature.
// Input: 2-byte key length, key protobuf, then signature bytes (message is the key bytes).
#include "core/crypto/keys.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace meshscope;
    const BytesView in(data, size);
    if (in.size() < 2)
        return 0;
    const std::size_t keyLen = std::min<std::size_t>((static_cast<std::size_t>(in[0]) << 8) | in[1], in.size() - 2);
    const BytesView keyBytes = in.subspan(2, keyLen);
    const BytesView sig = in.subspan(2 + keyLen);
    auto key = crypto::PublicKey::fromProtobuf(keyBytes);
    if (!key)
        return 0;
    (void)key->verify(keyBytes, sig);
    auto round = crypto::PublicKey::fromProtobuf(key->toProtobuf());
    if (!round || !(round.value() == key.value()))
        __builtin_trap(); // re-encoding must round-trip
    return 0;
}
