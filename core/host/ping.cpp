#include "core/host/ping.h"

#include <algorithm>

namespace meshscope::host {

Bytes PingResponder::onData(BytesView data)
{
    Bytes echo;
    const std::size_t total = m_partial.size() + data.size();
    const std::size_t whole = total - total % kPingPayloadSize;
    if (whole == 0) {
        append(m_partial, data);
        return echo;
    }
    echo.reserve(whole);
    append(echo, m_partial);
    const std::size_t fromData = whole - m_partial.size();
    append(echo, data.first(fromData));
    m_partial.assign(data.begin() + static_cast<std::ptrdiff_t>(fromData), data.end());
    return echo;
}

std::optional<Bytes> PingInitiator::start(Rng& rng, TimePoint now)
{
    if (m_sentAt)
        return std::nullopt;
    m_payload = rng.bytes(kPingPayloadSize);
    m_received.clear();
    m_sentAt = now;
    return m_payload;
}

Result<std::optional<Duration>> PingInitiator::onData(BytesView data, TimePoint now)
{
    if (!m_sentAt)
        return fail("ping: echo bytes arrived with no ping outstanding");
    if (m_received.size() + data.size() > kPingPayloadSize)
        return fail("ping: echo longer than the 32-byte payload");
    append(m_received, data);
    if (!std::equal(m_received.begin(), m_received.end(), m_payload.begin()))
        return fail("ping: echo differs from the payload sent");
    if (m_received.size() < kPingPayloadSize)
        return std::optional<Duration>{};
    const Duration rtt = now - *m_sentAt;
    m_sentAt.reset();
    m_received.clear();
    return std::optional<Duration>{rtt};
}

Deadline PingInitiator::nextTimeout() const
{
    if (!m_sentAt)
        return std::nullopt;
    return *m_sentAt + kPingTimeout;
}

bool PingInitiator::onTimeout(TimePoint now)
{
    if (!m_sentAt || now < *m_sentAt + kPingTimeout)
        return false;
    m_sentAt.reset();
    m_received.clear();
    return true;
}

} // namespace meshscope::host
