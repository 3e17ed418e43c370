#pragma once
// mplex message framing (libp2p/specs mplex): uvarint(id << 3 | flag) || uvarint(length) || data.

#include "core/base/bytes.h"

#include <cstddef>
#include <cstdint>
#include <string>

namespace meshscope::transport {

enum class MplexFlag : std::uint8_t {
    NewStream = 0,
    MessageReceiver = 1,
    MessageInitiator = 2,
    CloseReceiver = 3,
    CloseInitiator = 4,
    ResetReceiver = 5,
    ResetInitiator = 6,
};

// Largest stream id a 9-byte header varint can carry (2^60 - 1).
inline constexpr std::uint64_t kMplexMaxStreamId = (std::uint64_t{1} << 60) - 1;

struct MplexFrame {
    std::uint64_t streamId = 0; // the id chosen by the stream's initiator
    std::uint8_t flag = 0;      // a MplexFlag, kept raw so 7 can be reported
    BytesView data;             // view into the decoder's input
};

enum class MplexDecodeStatus { Ok, Incomplete, Invalid, TooLarge };

struct MplexDecode {
    MplexDecodeStatus status = MplexDecodeStatus::Incomplete; // outcome
    MplexFrame frame;                                          // when Ok
    std::size_t consumed = 0;                                  // bytes used, when Ok
    std::uint64_t announced = 0;                               // data length, when TooLarge
};

// Appends one message.
void appendMplexFrame(Bytes& out, std::uint64_t streamId, MplexFlag flag, BytesView data);
// Decodes the first message of `in`; data longer than `maxData` is TooLarge as soon as its
// length is readable.
MplexDecode decodeMplexFrame(BytesView in, std::size_t maxData);
// "NewStream", "MessageReceiver", ... or "flag N", for error messages.
std::string mplexFlagName(std::uint8_t flag);

} // namespace meshscope::transport
