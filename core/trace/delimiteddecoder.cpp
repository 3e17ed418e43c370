#include "core/trace/delimiteddecoder.h"

#include <algorithm>
#include <string>

namespace meshscope::trace {

void appendUvarint(Bytes& out, std::uint64_t v)
{
    while (v >= 0x80) {
        out.push_back(static_cast<std::uint8_t>(v | 0x80));
        v >>= 7;
    }
    out.push_back(static_cast<std::uint8_t>(v));
}

Status DelimitedDecoder::feed(BytesView in, const Sink& sink)
{
    if (m_failed)
        return fail("stream already failed at byte offset " + std::to_string(m_frameStart));
    std::size_t pos = 0;
    while (pos < in.size()) {
        if (!m_haveLength) {
            if (m_lengthBytes == 0) {
                m_frameStart = m_offset;
                m_length = 0;
            }
            const std::uint8_t b = in[pos++];
            ++m_offset;
            if (m_lengthBytes == 9 && b > 1) {
                m_failed = true;
                return fail("bad length prefix (varint overflows 64 bits) at byte offset " +
                            std::to_string(m_frameStart));
            }
            m_length |= std::uint64_t{b & 0x7fu} << (7 * m_lengthBytes);
            ++m_lengthBytes;
            if (b & 0x80)
                continue;
            if (m_length > m_max) {
                m_failed = true;
                return fail("message of " + std::to_string(m_length) + " bytes at byte offset " +
                            std::to_string(m_frameStart) + " exceeds the limit of " + std::to_string(m_max) +
                            " bytes");
            }
            m_haveLength = true;
            m_payload.clear();
        }
        const std::size_t need = static_cast<std::size_t>(m_length) - m_payload.size();
        const std::size_t take = std::min(need, in.size() - pos);
        Status st;
        if (m_payload.empty() && take == need) {
            // Whole payload inside this piece: no copy.
            pos += take;
            m_offset += take;
            m_haveLength = false;
            m_lengthBytes = 0;
            st = sink(in.subspan(pos - take, take), m_frameStart);
        } else {
            m_payload.insert(m_payload.end(), in.begin() + static_cast<std::ptrdiff_t>(pos),
                             in.begin() + static_cast<std::ptrdiff_t>(pos + take));
            pos += take;
            m_offset += take;
            if (m_payload.size() < m_length)
                continue;
            m_haveLength = false;
            m_lengthBytes = 0;
            st = sink(m_payload, m_frameStart);
            m_payload.clear();
        }
        if (!st) {
            m_failed = true;
            return st;
        }
    }
    return {};
}

Status DelimitedDecoder::finish() const
{
    if (m_failed)
        return fail("stream already failed at byte offset " + std::to_string(m_frameStart));
    if (m_haveLength)
        return fail("truncated message at byte offset " + std::to_string(m_frameStart) + ": " +
                    std::to_string(m_length) + " bytes announced, " + std::to_string(m_payload.size()) +
                    " present");
    if (m_lengthBytes > 0)
        return fail("truncated length prefix at byte offset " + std::to_string(m_frameStart));
    return {};
}

} // namespace meshscope::trace
