#include "core/multiformats/varint.h"

namespace meshscope::multiformats {

VarintDecode decodeUvarint(BytesView in)
{
    VarintDecode result;
    if (in.empty())
        return result;
    // Fast path: most lengths and codes fit one byte.
    if (in[0] < 0x80) {
        result.status = VarintStatus::Ok;
        result.value = in[0];
        result.length = 1;
        return result;
    }
    std::uint64_t value = 0;
    const std::size_t limit = in.size() < kMaxVarintBytes ? in.size() : kMaxVarintBytes;
    for (std::size_t i = 0; i < limit; ++i) {
        const std::uint8_t b = in[i];
        value |= std::uint64_t{b & 0x7fu} << (7 * i);
        if ((b & 0x80) == 0) {
            // A last byte of zero means a shorter encoding existed.
            if (b == 0) {
                result.status = VarintStatus::Invalid;
                return result;
            }
            result.status = VarintStatus::Ok;
            result.value = value;
            result.length = i + 1;
            return result;
        }
    }
    result.status = limit == kMaxVarintBytes ? VarintStatus::Invalid : VarintStatus::Incomplete;
    return result;
}

FrameDecode decodeFrame(BytesView in, std::size_t maxLength)
{
    FrameDecode result;
    const VarintDecode prefix = decodeUvarint(in);
    if (prefix.status == VarintStatus::Incomplete)
        return result;
    if (prefix.status == VarintStatus::Invalid) {
        result.status = FrameStatus::Invalid;
        return result;
    }
    result.announced = prefix.value;
    if (prefix.value > maxLength) {
        result.status = FrameStatus::TooLarge;
        return result;
    }
    const auto length = static_cast<std::size_t>(prefix.value);
    if (in.size() - prefix.length < length)
        return result;
    result.status = FrameStatus::Ok;
    result.payload = in.subspan(prefix.length, length);
    result.consumed = prefix.length + length;
    return result;
}

const char* toString(VarintStatus status)
{
    switch (status) {
    case VarintStatus::Ok:
        return "ok";
    case VarintStatus::Incomplete:
        return "incomplete varint";
    case VarintStatus::Invalid:
        return "invalid varint (over 9 bytes or not minimal)";
    }
    return "unknown varint status";
}

const char* toString(FrameStatus status)
{
    switch (status) {
    case FrameStatus::Ok:
        return "ok";
    case FrameStatus::Incomplete:
        return "incomplete frame";
    case FrameStatus::Invalid:
        return "invalid frame length prefix";
    case FrameStatus::TooLarge:
        return "frame length exceeds the limit";
    }
    return "unknown frame status";
}

} // namespace meshscope::multiformats
