#include "core/qt/readcoalescer.h"

#include "core/qt/clock.h"

#include <QTimer>

#if defined(Q_OS_LINUX)
#include <sys/socket.h>
#endif

namespace meshscope::coreqt {

ReadCoalescer::ReadCoalescer(std::chrono::milliseconds hold, Duration quickGap, QObject* parent)
    : QObject(parent)
    , m_hold(hold)
    , m_quickGap(quickGap)
    , m_timer(new QTimer(this))
{
    m_timer->setTimerType(Qt::PreciseTimer);
    m_timer->setInterval(hold);
    connect(m_timer, &QTimer::timeout, this, &ReadCoalescer::onTimer);
}

bool ReadCoalescer::setLowWater(Connection& c, int bytes)
{
#if defined(Q_OS_LINUX) && defined(SO_RCVLOWAT)
    return ::setsockopt(static_cast<int>(c.fd), SOL_SOCKET, SO_RCVLOWAT, &bytes, sizeof bytes) == 0;
#else
    Q_UNUSED(c);
    Q_UNUSED(bytes);
    return false;
#endif
}

void ReadCoalescer::setHold(std::chrono::milliseconds hold)
{
    onTimer(); // lowers every raised connection and stops the timer
    m_hold = hold;
    m_timer->setInterval(hold);
}

void ReadCoalescer::onRead(std::uint64_t id, qintptr fd, TimePoint now)
{
    if (m_hold <= Duration::zero() || fd < 0)
        return;
    Connection& c = m_connections[id];
    c.fd = fd;
    const bool quick = c.lastRead != TimePoint {} && now - c.lastRead < m_quickGap;
    c.lastRead = now;
    if (c.raised)
        return; // woken by the low-water mark: the burst goes on, the timer lowers it in time
    c.quickReads = quick ? c.quickReads + 1 : 0;
    const bool burstGoesOn = now <= c.rearmUntil; // read right after the timer lowered it
    if (!burstGoesOn && c.quickReads < kQuickReads)
        return;
    if (!setLowWater(c, kLowWater))
        return;
    c.raised = true;
    ++m_raisedCount;
    ++m_raises;
    if (!m_timer->isActive())
        m_timer->start();
}

void ReadCoalescer::onTimer()
{
    const TimePoint now = steadyNow();
    for (auto& [id, c] : m_connections) {
        if (!c.raised)
            continue;
        // Bytes below the mark become readable at once; reading them re-raises it (rearmUntil).
        setLowWater(c, 1);
        c.raised = false;
        c.quickReads = 0;
        c.rearmUntil = now + m_hold;
        --m_raisedCount;
    }
    if (m_raisedCount == 0)
        m_timer->stop();
}

void ReadCoalescer::forget(std::uint64_t id)
{
    auto it = m_connections.find(id);
    if (it == m_connections.end())
        return;
    if (it->second.raised)
        --m_raisedCount;
    m_connections.erase(it);
    if (m_raisedCount == 0)
        m_timer->stop();
}

bool ReadCoalescer::raised(std::uint64_t id) const
{
    auto it = m_connections.find(id);
    return it != m_connections.end() && it->second.raised;
}

} // namespace meshscope::coreqt
