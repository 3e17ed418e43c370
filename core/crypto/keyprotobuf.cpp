#include "core/crypto/keyprotobuf.h"

#include "core/crypto/keys.h"

#include <string>

namespace meshscope::crypto::detail {

namespace {

void putVarint(Bytes& out, std::uint64_t v)
{
    while (v >= 0x80) {
        out.push_back(static_cast<std::uint8_t>(v | 0x80));
        v >>= 7;
    }
    out.push_back(static_cast<std::uint8_t>(v));
}

// Reads a varint at `pos`; false if truncated or longer than 10 bytes.
bool getVarint(BytesView in, std::size_t& pos, std::uint64_t& v)
{
    v = 0;
    for (unsigned shift = 0; shift < 64 && pos < in.size(); shift += 7) {
        const std::uint8_t b = in[pos++];
        v |= static_cast<std::uint64_t>(b & 0x7f) << shift;
        if ((b & 0x80) == 0)
            return true;
    }
    return false;
}

} // namespace

Bytes encodeKeyProtobuf(std::uint64_t type, BytesView data)
{
    Bytes out;
    out.reserve(data.size() + 8);
    out.push_back(0x08);
    putVarint(out, type);
    out.push_back(0x12);
    putVarint(out, data.size());
    append(out, data);
    return out;
}

Result<KeyProtobuf> decodeKeyProtobuf(BytesView in, const char* what)
{
    const std::string name = what;
    if (in.size() > kMaxKeyProtobufSize)
        return fail(name + " protobuf too large (" + std::to_string(in.size()) + " bytes, limit "
                    + std::to_string(kMaxKeyProtobufSize) + ")");
    KeyProtobuf out;
    bool haveType = false;
    bool haveData = false;
    std::size_t pos = 0;
    while (pos < in.size()) {
        std::uint64_t tag = 0;
        if (!getVarint(in, pos, tag))
            return fail(name + " protobuf: truncated field tag");
        const std::uint64_t field = tag >> 3;
        const std::uint64_t wire = tag & 7;
        if (field == 1 && wire == 0) {
            if (!getVarint(in, pos, out.type))
                return fail(name + " protobuf: truncated Type");
            haveType = true;
        } else if (field == 2 && wire == 2) {
            std::uint64_t len = 0;
            if (!getVarint(in, pos, len))
                return fail(name + " protobuf: truncated Data length");
            if (len > in.size() - pos)
                return fail(name + " protobuf: Data length " + std::to_string(len) + " runs past the end");
            const auto begin = in.begin() + static_cast<std::ptrdiff_t>(pos);
            out.data.assign(begin, begin + static_cast<std::ptrdiff_t>(len));
            pos += static_cast<std::size_t>(len);
            haveData = true;
        } else {
            return fail(name + " protobuf: unexpected field " + std::to_string(field) + " (wire type "
                        + std::to_string(wire) + ")");
        }
    }
    if (!haveType)
        return fail(name + " protobuf: required field Type missing");
    if (!haveData)
        return fail(name + " protobuf: required field Data missing");
    return out;
}

} // namespace meshscope::crypto::detail
