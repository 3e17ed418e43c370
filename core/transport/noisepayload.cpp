#include "core/transport/noisepayload.h"

#include <cstdint>

namespace meshscope::transport {

namespace {

void putVarint(Bytes& out, std::uint64_t v)
{
    while (v >= 0x80) {
        out.push_back(static_cast<std::uint8_t>(v | 0x80));
        v >>= 7;
    }
    out.push_back(static_cast<std::uint8_t>(v));
}

void putBytesField(Bytes& out, std::uint8_t tag, BytesView value)
{
    out.push_back(tag);
    putVarint(out, value.size());
    append(out, value);
}

// A forward-only protobuf reader over one message.
class Reader {
public:
    explicit Reader(BytesView in) : m_in(in) {}
    bool atEnd() const { return m_pos >= m_in.size(); }

    bool varint(std::uint64_t& v)
    {
        v = 0;
        for (unsigned shift = 0; shift < 64 && m_pos < m_in.size(); shift += 7) {
            const std::uint8_t b = m_in[m_pos++];
            v |= static_cast<std::uint64_t>(b & 0x7f) << shift;
            if ((b & 0x80) == 0)
                return true;
        }
        return false;
    }
    bool lengthDelimited(BytesView& out)
    {
        std::uint64_t len = 0;
        if (!varint(len) || len > m_in.size() - m_pos)
            return false;
        out = m_in.subspan(m_pos, static_cast<std::size_t>(len));
        m_pos += static_cast<std::size_t>(len);
        return true;
    }
    bool skip(std::uint64_t wireType)
    {
        std::uint64_t ignored = 0;
        BytesView view;
        switch (wireType) {
        case 0:
            return varint(ignored);
        case 1:
            return advance(8);
        case 2:
            return lengthDelimited(view);
        case 5:
            return advance(4);
        default:
            return false; // groups (3, 4) and invalid wire types
        }
    }

private:
    bool advance(std::size_t n)
    {
        if (n > m_in.size() - m_pos)
            return false;
        m_pos += n;
        return true;
    }
    BytesView m_in;      // the message
    std::size_t m_pos = 0; // read position
};

Status decodeExtensions(BytesView in, NoisePayload& out, std::size_t maxMuxers, std::size_t maxMuxerName)
{
    Reader r(in);
    while (!r.atEnd()) {
        std::uint64_t tag = 0;
        if (!r.varint(tag))
            return fail("truncated field tag in extensions");
        if (tag == 0x12) { // stream_muxers
            BytesView name;
            if (!r.lengthDelimited(name))
                return fail("truncated stream_muxers entry");
            if (out.streamMuxers.size() >= maxMuxers)
                return fail("more than " + std::to_string(maxMuxers) + " stream muxers");
            if (name.size() > maxMuxerName)
                return fail("stream muxer name of " + std::to_string(name.size()) + " bytes (limit "
                            + std::to_string(maxMuxerName) + ")");
            out.streamMuxers.push_back(toString(name));
        } else if (!r.skip(tag & 7)) {
            return fail("malformed field " + std::to_string(tag >> 3) + " in extensions");
        }
    }
    return {};
}

} // namespace

Bytes encodeNoisePayload(const NoisePayload& payload)
{
    Bytes out;
    putBytesField(out, 0x0a, payload.identityKey);
    putBytesField(out, 0x12, payload.identitySig);
    if (!payload.streamMuxers.empty()) {
        Bytes ext;
        for (const auto& m : payload.streamMuxers)
            putBytesField(ext, 0x12, asBytes(m));
        putBytesField(out, 0x22, ext);
    }
    return out;
}

Result<NoisePayload> decodeNoisePayload(BytesView in, std::size_t maxMuxers, std::size_t maxMuxerName)
{
    NoisePayload out;
    Reader r(in);
    while (!r.atEnd()) {
        std::uint64_t tag = 0;
        if (!r.varint(tag))
            return fail("truncated field tag");
        BytesView value;
        if (tag == 0x0a || tag == 0x12 || tag == 0x22) {
            if (!r.lengthDelimited(value))
                return fail("field " + std::to_string(tag >> 3) + " runs past the end");
            if (tag == 0x0a) {
                out.identityKey.assign(value.begin(), value.end());
                out.hasIdentityKey = true;
            } else if (tag == 0x12) {
                out.identitySig.assign(value.begin(), value.end());
                out.hasIdentitySig = true;
            } else if (auto st = decodeExtensions(value, out, maxMuxers, maxMuxerName); !st) {
                return st.error();
            }
        } else if (!r.skip(tag & 7)) {
            return fail("malformed field " + std::to_string(tag >> 3));
        }
    }
    return out;
}

} // namespace meshscope::transport
