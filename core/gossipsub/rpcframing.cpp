#include "core/gossipsub/rpcframing.h"

namespace meshscope::gossipsub {

namespace {

// Reads a uvarint from `in`: value and bytes used; 0 bytes used = need more; nullopt = invalid.
std::optional<std::pair<std::uint64_t, std::size_t>> readUvarint(BytesView in)
{
    std::uint64_t value = 0;
    for (std::size_t i = 0; i < in.size() && i < 10; ++i) {
        value |= static_cast<std::uint64_t>(in[i] & 0x7f) << (7 * i);
        if ((in[i] & 0x80) == 0) {
            if (i > 0 && in[i] == 0)
                return std::nullopt; // non-minimal encoding
            return std::make_pair(value, i + 1);
        }
    }
    if (in.size() >= 10)
        return std::nullopt;
    return std::make_pair(std::uint64_t{0}, std::size_t{0});
}

} // namespace

Bytes encodeFrame(const pb::rpc::RPC& rpc)
{
    const auto body = rpc.SerializeAsString();
    Bytes out;
    std::uint64_t n = body.size();
    while (n >= 0x80) {
        out.push_back(static_cast<std::uint8_t>(n | 0x80));
        n >>= 7;
    }
    out.push_back(static_cast<std::uint8_t>(n));
    out.insert(out.end(), body.begin(), body.end());
    return out;
}

Result<pb::rpc::RPC> decodeRpc(BytesView body, std::size_t maxSize)
{
    if (body.size() > maxSize)
        return fail("RPC of " + std::to_string(body.size()) + " bytes exceeds the limit of " + std::to_string(maxSize));
    pb::rpc::RPC rpc;
    if (!rpc.ParseFromArray(body.data(), static_cast<int>(body.size())))
        return fail("malformed RPC protobuf");
    return rpc;
}

Status FrameDecoder::feed(BytesView bytes)
{
    if (m_failed)
        return fail("stream already failed");
    // A frame is at most maxSize plus a 10-byte length: more buffered is a protocol violation.
    if (m_buffer.size() + bytes.size() > m_maxSize + 10 + m_maxSize) {
        m_failed = true;
        return fail("inbound buffer limit exceeded");
    }
    m_buffer.insert(m_buffer.end(), bytes.begin(), bytes.end());
    return {};
}

std::optional<Result<pb::rpc::RPC>> FrameDecoder::next()
{
    if (m_failed)
        return Result<pb::rpc::RPC>(fail("stream already failed"));
    const auto length = readUvarint(m_buffer);
    if (!length) {
        m_failed = true;
        return Result<pb::rpc::RPC>(fail("invalid frame length varint"));
    }
    if (length->second == 0)
        return std::nullopt;
    if (length->first > m_maxSize) {
        m_failed = true;
        return Result<pb::rpc::RPC>(fail("RPC frame of " + std::to_string(length->first) + " bytes exceeds the limit of "
            + std::to_string(m_maxSize)));
    }
    const auto total = length->second + static_cast<std::size_t>(length->first);
    if (m_buffer.size() < total)
        return std::nullopt;
    auto rpc = decodeRpc(BytesView(m_buffer).subspan(length->second, static_cast<std::size_t>(length->first)), m_maxSize);
    m_buffer.erase(m_buffer.begin(), m_buffer.begin() + static_cast<std::ptrdiff_t>(total));
    if (!rpc)
        m_failed = true;
    return rpc;
}

} // namespace meshscope::gossipsub
