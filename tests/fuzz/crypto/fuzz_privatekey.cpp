// PrivateKey::fromProtobuf on arbitrary bytes; a parsed key must round-trip and sign/verify.
#include "core/crypto/keys.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace meshscope;
    auto key = crypto::PrivateKey::fromProtobuf(BytesView(data, size));
    if (!key)
        return 0;
    const Bytes msg{1, 2, 3};
    if (!key->publicKey().verify(msg, key->sign(msg)))
        __builtin_trap();
    auto round = crypto::PrivateKey::fromProtobuf(key->toProtobuf());
    if (!round || !(round->publicKey() == key->publicKey()))
        __builtin_trap();
    return 0;
}
