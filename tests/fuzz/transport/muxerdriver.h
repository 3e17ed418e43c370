#pragma once
// Fuzz helper: drives any Muxer from fuzz input. Each step reads one opcode byte: most feed the
// next bytes as received data, the rest open, write, half-close, reset, close or advance time.

#include "core/transport/muxer.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace meshscope::transport::fuzz {

// Runs the session over `input`; `extra` is called for opcodes the generic driver leaves free.
template <typename Extra>
void drive(Muxer& m, BytesView input, Extra&& extra)
{
    TimePoint now = fromNanos(1'000'000'000);
    std::vector<StreamId> streams;
    std::size_t pos = 0;
    const Bytes payload(70'000, 0x5a);
    while (pos < input.size()) {
        const std::uint8_t op = input[pos++];
        const std::uint8_t arg = pos < input.size() ? input[pos] : 0;
        const StreamId pick = streams.empty() ? StreamId{arg} : streams[arg % streams.size()];
        switch (op & 0x0f) {
        case 0:
        case 1:
        case 2:
        case 3:
        case 4:
        case 5: {
            const std::size_t n = std::min<std::size_t>(1 + (op >> 4) * 8 + (op & 3) * 64, input.size() - pos);
            m.onData(input.subspan(pos, n), now);
            pos += n;
            break;
        }
        case 6:
            if (auto id = m.openStream(now))
                streams.push_back(*id);
            break;
        case 7:
            (void)m.write(pick, BytesView(payload).first(std::size_t{arg} * 271 % payload.size()), now);
            ++pos;
            break;
        case 8:
            m.closeWrite(pick, now);
            ++pos;
            break;
        case 9:
            m.reset(pick, now);
            ++pos;
            break;
        case 10:
            m.close(now);
            break;
        case 11:
            now += std::chrono::milliseconds(std::int64_t{arg} * 100);
            if (auto t = m.nextTimeout(); t && *t <= now)
                m.onTimeout(now);
            ++pos;
            break;
        default:
            extra(op, now);
            break;
        }
        (void)m.takeOutput();
        while (auto e = m.pollEvent()) {
            if (e->kind == MuxerEvent::Kind::StreamOpened)
                streams.push_back(e->stream);
            (void)m.pendingWrite(e->stream);
        }
        if (streams.size() > 2000)
            streams.erase(streams.begin(), streams.begin() + 1000);
    }
}

} // namespace meshscope::transport::fuzz
