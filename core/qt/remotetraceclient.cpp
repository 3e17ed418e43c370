#include "core/qt/remotetraceclient.h"

#include "core/qt/remotetracecollector.h"

#include <QLoggingCategory>

#include <algorithm>

namespace meshscope::coreqt {

namespace {
Q_LOGGING_CATEGORY(lcTraceClient, "meshscope.node")
} // namespace

RemoteTraceClient::RemoteTraceClient(TcpHost& host, multiformats::Multiaddr collector,
                                     RemoteTraceClientOptions options, QObject* parent)
    : QObject(parent)
    , m_host(host)
    , m_collector(std::move(collector))
    , m_collectorPeer(m_collector.peerId().value_or(multiformats::PeerId{}))
    , m_options(options)
    , m_backoffMs(options.minBackoffMs)
{
    m_batchTimer.setSingleShot(true);
    m_batchTimer.setInterval(m_options.batchIntervalMs);
    connect(&m_batchTimer, &QTimer::timeout, this, &RemoteTraceClient::flush);
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &RemoteTraceClient::connectNow);
    connect(&m_host, &TcpHost::peerConnected, this, &RemoteTraceClient::onPeerConnected);
    connect(&m_host, &TcpHost::peerDisconnected, this, &RemoteTraceClient::onPeerDisconnected);
    connect(&m_host, &TcpHost::dialFailed, this, &RemoteTraceClient::onDialFailed);
    connect(&m_host, &TcpHost::streamOpened, this, &RemoteTraceClient::onStreamOpened);
    connect(&m_host, &TcpHost::streamReset, this, &RemoteTraceClient::onStreamReset);
}

RemoteTraceClient::~RemoteTraceClient() = default;

void RemoteTraceClient::start()
{
    if (m_state != State::Idle)
        return;
    if (!m_collector.peerId()) {
        emit connectionFailed(QStringLiteral("collector address has no /p2p/ part"));
        return;
    }
    connectNow();
}

void RemoteTraceClient::stop()
{
    flush();
    m_reconnectTimer.stop();
    if (m_state == State::Open && m_stream) {
        m_host.write(*m_stream, m_encoder->finish());
        m_host.closeWrite(*m_stream);
    } else if (m_stream) {
        m_host.reset(*m_stream);
    }
    const bool wasOpen = m_state == State::Open;
    m_stream.reset();
    m_encoder.reset();
    m_state = State::Idle;
    if (wasOpen)
        emit connectedChanged(false);
}

void RemoteTraceClient::addEvents(const TraceBatch& batch)
{
    if (!batch.events)
        return;
    for (const auto& event : *batch.events)
        addEvent(event);
}

void RemoteTraceClient::addEvent(const trace::TraceEvent& event)
{
    m_pending.push_back(event);
    if (m_pending.size() >= m_options.batchEvents)
        flush();
    else if (!m_batchTimer.isActive())
        m_batchTimer.start();
}

void RemoteTraceClient::flush()
{
    m_batchTimer.stop();
    if (m_pending.empty())
        return;
    trace::TraceEventBatch batch;
    for (auto& event : m_pending)
        *batch.add_batch() = std::move(event);
    m_pending.clear();
    m_queue.push_back(std::move(batch));
    while (m_queue.size() > std::max<std::size_t>(m_options.maxQueuedBatches, 1)) {
        ++m_droppedBatches;
        m_droppedEvents += static_cast<std::uint64_t>(m_queue.front().batch_size());
        m_queue.pop_front();
    }
    sendQueued();
}

void RemoteTraceClient::connectNow()
{
    if (m_state != State::Idle && m_state != State::Backoff)
        return;
    const auto connected = m_host.host().connectedPeers();
    if (std::find(connected.begin(), connected.end(), m_collectorPeer) != connected.end()) {
        openStream();
        return;
    }
    m_state = State::Dialing;
    m_host.dial(m_collector);
}

void RemoteTraceClient::openStream()
{
    m_state = State::Opening;
    m_stream = m_host.openStream(m_collectorPeer, {kRemoteTracerProtocol});
    if (!m_stream)
        lost(QStringLiteral("cannot open a stream to the collector"));
}

void RemoteTraceClient::lost(const QString& reason)
{
    const bool wasOpen = m_state == State::Open;
    m_stream.reset();
    m_encoder.reset();
    m_state = State::Backoff;
    qCInfo(lcTraceClient) << "remote tracer:" << reason << "- retrying in" << m_backoffMs << "ms";
    emit connectionFailed(reason);
    if (wasOpen)
        emit connectedChanged(false);
    m_reconnectTimer.start(m_backoffMs);
    m_backoffMs = std::min(m_backoffMs * 2, m_options.maxBackoffMs);
}

void RemoteTraceClient::sendQueued()
{
    if (m_state != State::Open || !m_stream)
        return;
    while (!m_queue.empty()) {
        const auto bytes = m_encoder->encode(m_queue.front());
        if (!m_host.write(*m_stream, bytes)) {
            // The gzip stream now lacks this batch: the stream is unusable, start a new one.
            const auto stream = *m_stream;
            lost(QStringLiteral("write to the collector failed"));
            m_host.reset(stream);
            return;
        }
        ++m_sentBatches;
        m_sentEvents += static_cast<std::uint64_t>(m_queue.front().batch_size());
        m_queue.pop_front();
    }
}

void RemoteTraceClient::onPeerConnected(const host::PeerConnected& event)
{
    if (m_state == State::Dialing && event.peer == m_collectorPeer)
        openStream();
}

void RemoteTraceClient::onPeerDisconnected(const host::PeerDisconnected& event)
{
    if (event.peer != m_collectorPeer)
        return;
    if (m_state == State::Opening || m_state == State::Open) {
        const auto connected = m_host.host().connectedPeers();
        if (std::find(connected.begin(), connected.end(), m_collectorPeer) == connected.end())
            lost(QStringLiteral("collector disconnected: ") + QString::fromStdString(event.reason));
    }
}

void RemoteTraceClient::onDialFailed(const QString& addr, const QString& reason)
{
    if (m_state == State::Dialing && addr == QString::fromStdString(m_collector.toString()))
        lost(QStringLiteral("dial failed: ") + reason);
}

void RemoteTraceClient::onStreamOpened(const host::StreamOpened& event)
{
    if (m_state != State::Opening || !m_stream || event.handle != *m_stream)
        return;
    m_state = State::Open;
    m_encoder = std::make_unique<trace::BatchStreamEncoder>();
    m_backoffMs = m_options.minBackoffMs;
    ++m_connections;
    emit connectedChanged(true);
    sendQueued();
}

void RemoteTraceClient::onStreamReset(const host::StreamReset& event)
{
    if (!m_stream || event.handle != *m_stream)
        return;
    lost(QStringLiteral("tracer stream reset: ") + QString::fromStdString(event.reason));
}

} // namespace meshscope::coreqt
