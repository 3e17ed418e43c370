#include "app/cli/nodedriver.h"

#include "core/qt/clock.h"

#include <algorithm>
#include <chrono>

namespace meshscope::cli {

NodeDriver::NodeDriver(coreqt::TcpHost& tcp, node::NodeConfig config)
    : m_tcp(tcp)
{
    m_node = std::make_unique<node::Node>(m_tcp.host(), std::move(config), m_rng, coreqt::steadyNow());
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { onTimer(); });
    const auto ctx = &m_timer;
    using coreqt::TcpHost;
    QObject::connect(&m_tcp, &TcpHost::peerConnected, ctx, [this](const host::PeerConnected& e) { feed(e); });
    QObject::connect(
        &m_tcp, &TcpHost::peerIdentified, ctx, [this](const host::PeerIdentified& e) { feed(e); });
    QObject::connect(&m_tcp, &TcpHost::pingMeasured, ctx, [this](const host::PingRtt& e) { feed(e); });
    QObject::connect(&m_tcp, &TcpHost::pingFailed, ctx, [this](const host::PingFailed& e) { feed(e); });
    QObject::connect(
        &m_tcp, &TcpHost::peerDisconnected, ctx, [this](const host::PeerDisconnected& e) { feed(e); });
    QObject::connect(&m_tcp, &TcpHost::streamOpened, ctx, [this](const host::StreamOpened& e) { feed(e); });
    QObject::connect(&m_tcp, &TcpHost::streamData, ctx, [this](const host::StreamData& e) { feed(e); });
    QObject::connect(&m_tcp, &TcpHost::streamClosed, ctx, [this](const host::StreamClosed& e) { feed(e); });
    QObject::connect(&m_tcp, &TcpHost::streamReset, ctx, [this](const host::StreamReset& e) { feed(e); });
    step();
}

void NodeDriver::feed(const host::HostEvent& event)
{
    m_node->onHostEvent(event, coreqt::steadyNow());
    step();
}

void NodeDriver::onTimer()
{
    m_node->onTimeout(coreqt::steadyNow());
    step();
}

void NodeDriver::step()
{
    m_tcp.pump(); // inside TcpHost's own pump this returns at once; its loop drains our output
    if (const auto next = m_node->nextTimeout()) {
        if (*next != m_armedFor || !m_timer.isActive()) {
            m_armedFor = *next;
            const auto wait
                = std::chrono::ceil<std::chrono::milliseconds>(*next - coreqt::steadyNow()).count();
            m_timer.start(static_cast<int>(std::clamp<long long>(wait, 0, 24LL * 3600 * 1000)));
        }
    } else {
        m_timer.stop();
    }
    if (m_hook && !m_inHook) {
        m_inHook = true;
        m_hook();
        m_inHook = false;
    }
}

} // namespace meshscope::cli
