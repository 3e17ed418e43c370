// A Noise responder fed arbitrary bytes. First byte picks the mode:
//   even: the rest goes to the responder raw, in chunks whose sizes come from the data;
//   odd:  an honest initiator (NoiseHandshakeState with fixed keys) completes messages 1 and 2
//         and sends the rest as its message 3 payload, reaching the payload/identity checks.
#include "core/transport/noisehandshake.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>

using namespace meshscope;
using namespace meshscope::transport;

namespace {

const crypto::PrivateKey& identity()
{
    static const crypto::PrivateKey key = crypto::PrivateKey::ed25519FromSeed(Bytes(32, 7)).value();
    return key;
}

NoiseConfig config()
{
    NoiseConfig c;
    c.identity = &identity();
    c.staticSecret.fill(1);
    c.ephemeralSecret.fill(2);
    c.muxers = {"/yamux/1.0.0"};
    return c;
}

Bytes framed(BytesView msg)
{
    Bytes out{static_cast<std::uint8_t>(msg.size() >> 8), static_cast<std::uint8_t>(msg.size() & 0xff)};
    append(out, msg);
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1)
        return 0;
    const BytesView in(data + 1, size - 1);
    NoiseHandshake responder(false, config());
    responder.start();
    if (data[0] % 2 == 0) {
        std::size_t pos = 0;
        std::size_t step = 1 + data[0] / 2;
        while (pos < in.size() && !responder.failed()) {
            const std::size_t n = std::min(step, in.size() - pos);
            responder.onData(in.subspan(pos, n));
            (void)responder.takeOutput();
            pos += n;
            step = step * 3 % 97 + 1;
        }
    } else {
        crypto::X25519Key s{}, e{};
        s.fill(3);
        e.fill(4);
        NoiseHandshakeState initiator(true, {}, s, e);
        responder.onData(framed(initiator.writeMessage({}).value()));
        const Bytes m2 = responder.takeOutput();
        if (m2.size() < 2 || !initiator.readMessage(BytesView(m2).subspan(2)))
            __builtin_trap(); // the honest exchange must work
        auto m3 = initiator.writeMessage(in.first(std::min<std::size_t>(in.size(), 60000)));
        if (m3)
            responder.onData(framed(*m3));
    }
    if (responder.done()) {
        (void)responder.remotePeerId();
        NoiseSession session = responder.takeSession();
        Bytes out;
        (void)session.decrypt(responder.takeRemainder(), out);
    }
    return 0;
}
