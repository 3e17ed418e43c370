#include "core/qt/remotetracecollector.h"

#include "core/multiformats/peerid.h"

#include <QDateTime>
#include <QDir>
#include <QLoggingCategory>

namespace meshscope::coreqt {

namespace {
Q_LOGGING_CATEGORY(lcTrace, "meshscope.node")

QString originText(const std::string& bytes)
{
    const BytesView view(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
    if (auto id = multiformats::PeerId::fromBytes(view))
        return QString::fromStdString(id.value().toBase58());
    return QStringLiteral("hex:") + QString::fromStdString(toHex(view));
}
} // namespace

RemoteTraceCollector::RemoteTraceCollector(TcpHost& host, CollectorLimits limits, QObject* parent)
    : ObservationSource(parent)
    , m_host(host)
    , m_limits(limits)
{
    m_host.handle({kRemoteTracerProtocol});
    connect(&m_host, &TcpHost::streamOpened, this, &RemoteTraceCollector::onStreamOpened);
    connect(&m_host, &TcpHost::streamData, this, &RemoteTraceCollector::onStreamData);
    connect(&m_host, &TcpHost::streamClosed, this, &RemoteTraceCollector::onStreamClosed);
    connect(&m_host, &TcpHost::streamReset, this, &RemoteTraceCollector::onStreamReset);
    m_timer.setInterval(kTickMs);
    connect(&m_timer, &QTimer::timeout, this, &RemoteTraceCollector::onTick);
}

RemoteTraceCollector::~RemoteTraceCollector()
{
    closeRecordings();
}

Status RemoteTraceCollector::setRecordingDir(const QString& dir)
{
    if (!QDir().mkpath(dir))
        return meshscope::fail("cannot create directory " + dir.toStdString());
    m_recordingDir = dir;
    return {};
}

QString RemoteTraceCollector::description() const
{
    return QStringLiteral("remote tracer collector, %1 traced nodes").arg(m_nodes.size());
}

std::vector<TracedNode> RemoteTraceCollector::nodes() const
{
    std::vector<TracedNode> out;
    out.reserve(m_order.size());
    for (const auto& origin : m_order)
        out.push_back(m_nodes.at(origin).info);
    return out;
}

std::uint64_t RemoteTraceCollector::eventCount(const QString& peerId) const
{
    const auto it = m_byText.find(peerId);
    return it == m_byText.end() ? 0 : m_nodes.at(it->second).info.events;
}

void RemoteTraceCollector::selectNode(const QString& peerId)
{
    if (peerId == m_selected)
        return;
    m_selected = peerId;
    m_pending.clear();
    m_selectionChanged = true;
}

trace::NodeSnapshot RemoteTraceCollector::snapshot() const
{
    const auto it = m_byText.find(m_selected);
    if (it == m_byText.end())
        return {};
    return m_nodes.at(it->second).builder->snapshot();
}

void RemoteTraceCollector::closeRecordings()
{
    for (auto& [origin, node] : m_nodes) {
        if (node.writer) {
            if (auto st = node.writer->close(); !st)
                qCWarning(lcTrace) << "closing recording failed:" << QString::fromStdString(st.error().message);
            node.writer.reset();
        }
    }
}

void RemoteTraceCollector::start()
{
    m_timer.start();
}

void RemoteTraceCollector::stop()
{
    m_timer.stop();
}

void RemoteTraceCollector::onStreamOpened(const host::StreamOpened& event)
{
    if (event.protocol != kRemoteTracerProtocol || event.direction != host::Direction::Inbound)
        return;
    const QString remote = QString::fromStdString(event.peer.toBase58());
    if (m_streams.size() >= m_limits.maxStreams) {
        ++m_failedStreams;
        m_host.reset(event.handle);
        const QString reason = QStringLiteral("too many tracer streams (limit %1)").arg(m_limits.maxStreams);
        qCWarning(lcTrace) << "tracer stream from" << remote << "refused:" << reason;
        emit tracerError(remote, reason);
        return;
    }
    m_streams[event.handle].remotePeer = remote;
    emit tracerConnected(remote);
}

void RemoteTraceCollector::onStreamData(const host::StreamData& event)
{
    const auto it = m_streams.find(event.handle);
    if (it == m_streams.end())
        return;
    Stream& stream = it->second;
    const QString remote = stream.remotePeer;
    BytesView in(event.data);
    std::vector<trace::TraceEventBatch> batches;
    while (!in.empty()) {
        const auto used = stream.decoder.feedSome(in, batches);
        if (!used) {
            // Batches completed before the damage are still delivered.
            deliver(batches, remote);
            // The decoder's message names the offset in the stream's compressed bytes.
            fail(event.handle, QString::fromStdString(used.error().message) +
                                   QStringLiteral(" (%1 bytes received on this stream)")
                                       .arg(stream.bytesIn + event.data.size()));
            return;
        }
        stream.bytesIn += used.value();
        in = in.subspan(used.value());
        deliver(batches, remote);
        batches.clear();
    }
    for (auto& [origin, node] : m_nodes) {
        if (node.writer)
            (void)node.writer->flush();
    }
}

void RemoteTraceCollector::onStreamClosed(const host::StreamClosed& event)
{
    const auto it = m_streams.find(event.handle);
    if (it == m_streams.end())
        return;
    std::vector<trace::TraceEventBatch> batches;
    const auto st = it->second.decoder.finish(batches);
    const QString remote = it->second.remotePeer;
    deliver(batches, remote);
    if (!st) {
        fail(event.handle, QString::fromStdString(st.error().message));
        return;
    }
    m_host.closeWrite(event.handle);
    m_streams.erase(event.handle);
    emit tracerDisconnected(remote, QStringLiteral("closed"));
}

void RemoteTraceCollector::onStreamReset(const host::StreamReset& event)
{
    const auto it = m_streams.find(event.handle);
    if (it == m_streams.end())
        return;
    const QString remote = it->second.remotePeer;
    m_streams.erase(it);
    emit tracerDisconnected(remote, QString::fromStdString(event.reason));
}

void RemoteTraceCollector::fail(host::StreamHandle handle, const QString& reason)
{
    const auto it = m_streams.find(handle);
    const QString remote = it == m_streams.end() ? QString() : it->second.remotePeer;
    if (it != m_streams.end())
        m_streams.erase(it);
    ++m_failedStreams;
    qCWarning(lcTrace) << "tracer stream from" << remote << "reset:" << reason;
    m_host.reset(handle);
    emit tracerError(remote, reason);
}

RemoteTraceCollector::Node* RemoteTraceCollector::nodeFor(const std::string& originBytes,
                                                          const QString& fallbackOrigin)
{
    std::string key = originBytes;
    if (key.empty()) {
        // go always sets peerID; without it, the connection's peer is the best origin we know.
        if (auto id = multiformats::PeerId::fromString(fallbackOrigin.toStdString()))
            key = toString(id.value().bytes());
    }
    if (auto it = m_nodes.find(key); it != m_nodes.end())
        return &it->second;
    if (m_nodes.size() >= m_limits.maxNodes)
        return nullptr;
    Node& node = m_nodes[key];
    node.info.peerId = originText(key);
    node.builder = std::make_unique<trace::SnapshotBuilder>(m_limits.builderMaxPeers, m_limits.builderMaxTopics);
    if (!m_recordingDir.isEmpty()) {
        QString safe = node.info.peerId;
        safe.replace(QLatin1Char(':'), QLatin1Char('_'));
        const QString dir = m_recordingDir + QLatin1Char('/') + safe;
        const QString path = dir + QStringLiteral("/trace.%1.pb.gz")
                                       .arg(QDateTime::currentMSecsSinceEpoch() * qint64{1000000});
        auto writer = QDir().mkpath(dir) ? trace::RecordingWriter::open({path.toStdString(), 0, 0})
                                         : Result<std::unique_ptr<trace::RecordingWriter>>(
                                               meshscope::fail("cannot create " + dir.toStdString()));
        if (writer) {
            node.writer = std::move(writer.value());
            node.info.recordingPath = path;
        } else {
            qCWarning(lcTrace) << "recording for" << node.info.peerId
                               << "failed:" << QString::fromStdString(writer.error().message);
            emit errorOccurred(QString::fromStdString(writer.error().message));
        }
    }
    m_order.push_back(key);
    m_byText[node.info.peerId] = key;
    if (m_selected.isEmpty()) {
        m_selected = node.info.peerId;
        m_selectionChanged = true;
    }
    emit nodeAdded(node.info.peerId);
    return &node;
}

void RemoteTraceCollector::deliver(const std::vector<trace::TraceEventBatch>& batches, const QString& fallbackOrigin)
{
    for (const auto& batch : batches) {
        for (const auto& event : batch.batch()) {
            Node* node = nodeFor(event.peerid(), fallbackOrigin);
            if (!node) {
                ++m_overflowEvents;
                continue;
            }
            ++node->info.events;
            ++m_totalEvents;
            node->builder->apply(event);
            node->dirty = true;
            if (node->writer) {
                if (auto st = node->writer->write(event); !st) {
                    qCWarning(lcTrace) << "recording for" << node->info.peerId
                                       << "failed:" << QString::fromStdString(st.error().message);
                    node->writer.reset();
                }
            }
            if (node->info.peerId == m_selected) {
                if (m_pending.size() >= m_limits.maxPendingEvents) {
                    m_pending.clear();
                    ++m_droppedBatches;
                }
                m_pending.push_back(event);
            }
        }
    }
}

void RemoteTraceCollector::onTick()
{
    const auto it = m_byText.find(m_selected);
    if (it == m_byText.end())
        return;
    Node& node = m_nodes.at(it->second);
    if (!m_pending.empty()) {
        TraceBatch batch;
        batch.events = std::make_shared<const std::vector<trace::TraceEvent>>(std::move(m_pending));
        m_pending = {};
        batch.sequence = ++m_batchSeq;
        batch.dropped = m_droppedBatches;
        m_droppedBatches = 0;
        emit eventsAvailable(batch);
    }
    if (node.dirty || m_selectionChanged) {
        node.dirty = false;
        m_selectionChanged = false;
        trace::NodeSnapshot snap = node.builder->snapshot();
        snap.sequence = ++m_snapshotSeq;
        emit snapshotAvailable(snap);
    }
}

} // namespace meshscope::coreqt
