// NoiseSession::decrypt fed arbitrary bytes in data-chosen chunks. The first byte picks whether
// a genuine frame (encrypted with the matching key) is sent first, so later garbage is parsed
// after a successful frame too.
#include "core/transport/noisesession.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>

using namespace meshscope;
using namespace meshscope::transport;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1)
        return 0;
    crypto::ChaChaKey key{};
    key.fill(9);
    NoiseCipherState sendState, receiveState, unused1, unused2;
    sendState.initializeKey(key);
    receiveState.initializeKey(key);
    unused1.initializeKey(crypto::ChaChaKey{});
    unused2.initializeKey(crypto::ChaChaKey{});
    NoiseSession sender(sendState, unused1);
    NoiseSession receiver(unused2, receiveState);
    Bytes out;
    if (data[0] & 1) {
        const Bytes genuine = sender.encrypt(BytesView(data, size));
        if (!receiver.decrypt(genuine, out) || out.size() != size)
            __builtin_trap();
        out.clear();
    }
    const BytesView in(data + 1, size - 1);
    std::size_t pos = 0;
    std::size_t step = 1 + (data[0] >> 1);
    while (pos < in.size()) {
        const std::size_t n = std::min(step, in.size() - pos);
        if (!receiver.decrypt(in.subspan(pos, n), out))
            break;
        if (receiver.buffered() > 2 + 65535)
            __builtin_trap();
        pos += n;
        step = step * 5 % 251 + 1;
    }
    return 0;
}
