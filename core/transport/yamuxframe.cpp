#include "core/transport/yamuxframe.h"

namespace meshscope::transport {

namespace {

void putBe16(Bytes& out, std::uint16_t v)
{
    out.push_back(static_cast<std::uint8_t>(v >> 8));
    out.push_back(static_cast<std::uint8_t>(v));
}

void putBe32(Bytes& out, std::uint32_t v)
{
    for (int shift = 24; shift >= 0; shift -= 8)
        out.push_back(static_cast<std::uint8_t>(v >> shift));
}

std::uint32_t getBe32(BytesView in, std::size_t at)
{
    return (std::uint32_t{in[at]} << 24) | (std::uint32_t{in[at + 1]} << 16) | (std::uint32_t{in[at + 2]} << 8)
        | std::uint32_t{in[at + 3]};
}

} // namespace

void appendYamuxHeader(Bytes& out, const YamuxHeader& h)
{
    out.push_back(h.version);
    out.push_back(h.type);
    putBe16(out, h.flags);
    putBe32(out, h.streamId);
    putBe32(out, h.length);
}

YamuxHeader decodeYamuxHeader(BytesView in)
{
    YamuxHeader h;
    h.version = in[0];
    h.type = in[1];
    h.flags = static_cast<std::uint16_t>((in[2] << 8) | in[3]);
    h.streamId = getBe32(in, 4);
    h.length = getBe32(in, 8);
    return h;
}

std::string yamuxTypeName(std::uint8_t type)
{
    switch (type) {
    case 0:
        return "Data";
    case 1:
        return "WindowUpdate";
    case 2:
        return "Ping";
    case 3:
        return "GoAway";
    default:
        return "type " + std::to_string(type);
    }
}

std::string yamuxGoAwayName(std::uint32_t code)
{
    switch (code) {
    case 0:
        return "normal termination";
    case 1:
        return "protocol error";
    case 2:
        return "internal error";
    default:
        return "code " + std::to_string(code);
    }
}

} // namespace meshscope::transport
