#include "core/transport/mplexframe.h"

#include "core/multiformats/varint.h"

namespace meshscope::transport {

void appendMplexFrame(Bytes& out, std::uint64_t streamId, MplexFlag flag, BytesView data)
{
    multiformats::appendUvarint(out, (streamId << 3) | static_cast<std::uint8_t>(flag));
    multiformats::appendUvarint(out, data.size());
    append(out, data);
}

MplexDecode decodeMplexFrame(BytesView in, std::size_t maxData)
{
    using multiformats::VarintStatus;
    MplexDecode d;
    const auto header = multiformats::decodeUvarint(in);
    if (header.status != VarintStatus::Ok) {
        d.status = header.status == VarintStatus::Invalid ? MplexDecodeStatus::Invalid : MplexDecodeStatus::Incomplete;
        return d;
    }
    const auto length = multiformats::decodeUvarint(in.subspan(header.length));
    if (length.status != VarintStatus::Ok) {
        d.status = length.status == VarintStatus::Invalid ? MplexDecodeStatus::Invalid : MplexDecodeStatus::Incomplete;
        return d;
    }
    if (length.value > maxData) {
        d.status = MplexDecodeStatus::TooLarge;
        d.announced = length.value;
        return d;
    }
    const std::size_t prefix = header.length + length.length;
    if (in.size() - prefix < length.value)
        return d; // Incomplete
    d.status = MplexDecodeStatus::Ok;
    d.frame.streamId = header.value >> 3;
    d.frame.flag = static_cast<std::uint8_t>(header.value & 7);
    d.frame.data = in.subspan(prefix, static_cast<std::size_t>(length.value));
    d.consumed = prefix + static_cast<std::size_t>(length.value);
    return d;
}

std::string mplexFlagName(std::uint8_t flag)
{
    static const char* const kNames[] = {"NewStream",      "MessageReceiver", "MessageInitiator", "CloseReceiver",
                                         "CloseInitiator", "ResetReceiver",   "ResetInitiator"};
    return flag < 7 ? kNames[flag] : "flag " + std::to_string(flag);
}

} // namespace meshscope::transport
