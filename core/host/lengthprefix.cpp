#include "core/host/lengthprefix.h"

#include <algorithm>
#include <string>

namespace meshscope::host {

void appendUvarint(Bytes& out, std::uint64_t value)
{
    while (value >= 0x80) {
        out.push_back(static_cast<std::uint8_t>(value | 0x80));
        value >>= 7;
    }
    out.push_back(static_cast<std::uint8_t>(value));
}

Bytes lengthPrefixed(BytesView payload)
{
    Bytes out;
    out.reserve(payload.size() + 4);
    appendUvarint(out, payload.size());
    append(out, payload);
    return out;
}

Status LengthPrefixedReader::onData(BytesView data)
{
    std::size_t i = 0;
    while (!m_headerLen && i < data.size()) {
        m_buffer.push_back(data[i++]);
        if ((m_buffer.back() & 0x80) != 0) {
            if (m_buffer.size() >= 9)
                return fail("length prefix is too long");
            continue;
        }
        if (m_buffer.size() > 1 && m_buffer.back() == 0)
            return fail("length prefix is not minimally encoded");
        std::uint64_t value = 0;
        for (std::size_t k = 0; k < m_buffer.size(); ++k)
            value |= static_cast<std::uint64_t>(m_buffer[k] & 0x7f) << (7 * k);
        if (value > m_max)
            return fail("message of " + std::to_string(value) + " bytes exceeds the limit of " +
                        std::to_string(m_max));
        m_headerLen = m_buffer.size();
        m_bodyLen = static_cast<std::size_t>(value);
    }
    if (!m_headerLen)
        return {};
    // Keep at most one byte past the message: enough to know trailing data arrived.
    const std::size_t want = *m_headerLen + m_bodyLen + 1;
    const std::size_t room = want > m_buffer.size() ? want - m_buffer.size() : 0;
    const std::size_t take = std::min(room, data.size() - i);
    m_buffer.insert(m_buffer.end(), data.begin() + static_cast<std::ptrdiff_t>(i),
                    data.begin() + static_cast<std::ptrdiff_t>(i + take));
    return {};
}

std::optional<BytesView> LengthPrefixedReader::message() const
{
    if (!m_headerLen || m_buffer.size() < *m_headerLen + m_bodyLen)
        return std::nullopt;
    return BytesView(m_buffer).subspan(*m_headerLen, m_bodyLen);
}

bool LengthPrefixedReader::hasTrailingData() const
{
    return m_headerLen && m_buffer.size() > *m_headerLen + m_bodyLen;
}

} // namespace meshscope::host
