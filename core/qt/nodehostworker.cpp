// NodeWorker: the live node on its thread (see nodehostworker.h).
#include "core/qt/nodehostworker.h"

#include "core/qt/clock.h"
#include "core/qt/tcphost.h"

#include <QTimer>

#include <algorithm>

namespace meshscope::coreqt {

namespace {
QString qs(const std::string& s) { return QString::fromStdString(s); }
// Trace events kept per tick before the excess is dropped (counted).
constexpr std::size_t kMaxTracePerTick = 200000;
} // namespace

NodeWorker::NodeWorker(NodeHost& owner, NodeHostConfig config)
    : m_owner(owner)
    , m_config(std::move(config))
{
}

NodeWorker::~NodeWorker() = default;

void NodeWorker::startNode()
{
    const TimePoint now = steadyNow();
    m_tcp = new TcpHost(m_config.host, this);
    m_node = std::make_unique<node::Node>(m_tcp->host(), m_config.node, m_rng, now);
    m_tracer = std::make_unique<trace::RouterTracer>(m_tcp->localPeer(), m_config.node.msgId);
    if (m_config.traceRpcs) {
        m_tracer->setRpcEventsFromRouter(false);
        m_node->setRpcObserver([this](const gossipsub::PeerId& peer, bool received, const pb::rpc::RPC& rpc, TimePoint t) {
            if (m_pendingTrace.size() >= kMaxTracePerTick) {
                ++m_traceOverflow;
                return;
            }
            m_pendingTrace.push_back(received ? m_tracer->recvRpc(peer, rpc, t) : m_tracer->sendRpc(peer, rpc, t));
            if (m_recorder)
                (void)m_recorder->write(m_pendingTrace.back());
        });
    }
    if (!m_config.recordPath.isEmpty()) {
        auto rec = trace::RecordingWriter::open({m_config.recordPath.toStdString()});
        if (rec)
            m_recorder = std::move(rec.value());
        else
            Q_EMIT m_owner.errorOccurred(NodeHost::tr("cannot record to %1: %2").arg(m_config.recordPath, qs(rec.error().message)));
    }
    connectHost();
    for (const auto& text : m_config.listen) {
        auto addr = multiformats::Multiaddr::fromString(text.toStdString());
        Status st = addr ? m_tcp->listen(addr.value()) : Status(fail(addr.error().message));
        if (!st)
            Q_EMIT m_owner.errorOccurred(NodeHost::tr("cannot listen on %1: %2").arg(text, qs(st.error().message)));
    }
    for (const auto& a : m_tcp->listenAddrs())
        m_listenAddrs << qs(a.toString());
    std::vector<multiformats::Multiaddr> plain;
    for (const auto& a : m_tcp->listenAddrs())
        plain.push_back(a.withoutPeerId());
    m_tcp->host().setListenAddrs(plain);
    for (const auto& t : m_config.topics)
        m_node->subscribe(t.toStdString(), now);

    m_routerTimer = new QTimer(this);
    m_routerTimer->setSingleShot(true);
    connect(m_routerTimer, &QTimer::timeout, this, [this] { onRouterTimer(); });
    m_tickTimer = new QTimer(this);
    m_tickTimer->setInterval(std::max(50, m_config.snapshotIntervalMs));
    connect(m_tickTimer, &QTimer::timeout, this, [this] { onTick(); });
    m_tickTimer->start();
    m_running = true;
    m_lastScoreUpdate = now;
    afterNode();
    m_tcp->pump();
    const QString peer = qs(m_tcp->localPeer().toBase58());
    m_owner.setInfo(m_listenAddrs, peer);
    Q_EMIT m_owner.started(m_listenAddrs, peer);
}

void NodeWorker::connectHost()
{
    auto feed = [this](auto event) {
        m_node->onHostEvent(host::HostEvent{std::move(event)}, steadyNow());
        afterNode(); // TcpHost::pump() (our caller) writes what the node queued
    };
    connect(m_tcp, &TcpHost::peerConnected, this, [this, feed](const host::PeerConnected& e) {
        feed(e);
        settleDials(e.peer, true, NodeHost::tr("connected"));
    });
    connect(m_tcp, &TcpHost::peerIdentified, this, [this, feed](const host::PeerIdentified& e) {
        feed(e);
        m_tcp->ping(e.peer); // an RTT for the peers table
    });
    connect(m_tcp, &TcpHost::pingMeasured, this, [feed](const host::PingRtt& e) { feed(e); });
    connect(m_tcp, &TcpHost::peerDisconnected, this, [feed](const host::PeerDisconnected& e) { feed(e); });
    connect(m_tcp, &TcpHost::streamOpened, this, [feed](const host::StreamOpened& e) { feed(e); });
    connect(m_tcp, &TcpHost::streamData, this, [feed](const host::StreamData& e) { feed(e); });
    connect(m_tcp, &TcpHost::streamClosed, this, [feed](const host::StreamClosed& e) { feed(e); });
    connect(m_tcp, &TcpHost::streamReset, this, [feed](const host::StreamReset& e) { feed(e); });
    connect(m_tcp, &TcpHost::dialFailed, this, [this](const QString& addr, const QString& reason) {
        Q_EMIT m_owner.dialFailed(addr, reason);
        if (auto a = multiformats::Multiaddr::fromString(addr.toStdString()); a && a.value().peerId())
            settleDials(*a.value().peerId(), false, reason);
    });
}

void NodeWorker::shutdown()
{
    if (!m_running)
        return;
    m_running = false;
    m_tickTimer->stop();
    m_routerTimer->stop();
    onTick(); // last snapshot and batch
    m_tcp->shutdown(QStringLiteral("node stopping"));
    if (m_recorder)
        (void)m_recorder->close();
    m_node.reset();
    delete m_tcp;
    m_tcp = nullptr;
}

void NodeWorker::afterNode()
{
    if (!m_node)
        return;
    for (auto& d : m_node->pollDeliveries())
        m_pendingOutput.deliveries.push_back(std::move(d));
    auto events = m_node->pollEvents();
    for (const auto& ev : events) {
        if (m_pendingTrace.size() >= kMaxTracePerTick) {
            ++m_traceOverflow;
            continue;
        }
        const std::size_t before = m_pendingTrace.size();
        m_tracer->map(ev, m_pendingTrace);
        if (m_recorder)
            for (std::size_t i = before; i < m_pendingTrace.size(); ++i)
                (void)m_recorder->write(m_pendingTrace[i]);
    }
    std::move(events.begin(), events.end(), std::back_inserter(m_pendingOutput.events));
    for (const auto& req : m_node->pollDialRequests()) {
        const auto connected = m_tcp->host().connectedPeers();
        if (std::find(connected.begin(), connected.end(), req.peer) != connected.end())
            continue;
        if (!req.addrs.empty())
            m_tcp->dial(req.addrs.front());
    }
    if (auto next = m_node->router().nextTimeout()) {
        const auto wait = std::chrono::ceil<std::chrono::milliseconds>(*next - steadyNow()).count();
        m_routerTimer->start(static_cast<int>(std::clamp<long long>(wait, 0, 3600LL * 1000)));
    }
}

void NodeWorker::onRouterTimer()
{
    m_node->onTimeout(steadyNow());
    afterNode();
    m_tcp->pump();
}

void NodeWorker::onTick()
{
    if (!m_node)
        return;
    const TimePoint now = steadyNow();
    if (m_config.scoreUpdates && m_node->score() && now - m_lastScoreUpdate >= std::chrono::seconds(1)) {
        m_lastScoreUpdate = now;
        auto updates = m_tracer->scoreUpdates(m_node->score()->breakdown(now), m_node->score()->params(), now);
        if (m_recorder)
            for (const auto& e : updates)
                (void)m_recorder->write(e);
        std::move(updates.begin(), updates.end(), std::back_inserter(m_pendingTrace));
    }
    emitBatch();
    if (!m_pendingOutput.deliveries.empty() || !m_pendingOutput.events.empty()) {
        auto out = std::make_shared<const NodeOutput>(std::exchange(m_pendingOutput, {}));
        Q_EMIT m_owner.nodeOutput(out);
    }
    std::vector<std::string> addrs;
    for (const auto& a : m_listenAddrs)
        addrs.push_back(a.toStdString());
    Q_EMIT m_owner.snapshotAvailable(m_node->snapshot(now, ++m_snapshotSeq, m_owner.m_dropped.load(), addrs));
}

void NodeWorker::emitBatch()
{
    if (m_pendingTrace.empty())
        return;
    auto events = std::exchange(m_pendingTrace, {});
    if (m_owner.m_inFlight.load() >= m_config.maxBatchesInFlight) {
        ++m_droppedSinceLast;
        m_owner.m_dropped.fetch_add(1);
        return; // the consumer is behind: drop the whole batch
    }
    TraceBatch batch;
    batch.events = std::make_shared<const std::vector<trace::TraceEvent>>(std::move(events));
    batch.sequence = ++m_batchSeq;
    batch.dropped = std::exchange(m_droppedSinceLast, 0);
    m_owner.m_inFlight.fetch_add(1);
    Q_EMIT m_owner.eventsAvailable(batch);
    m_owner.batchEmitted();
}

void NodeWorker::finish(quint64 requestId, bool ok, const QString& message)
{
    Q_EMIT m_owner.commandFinished(requestId, ok, message);
}

void NodeWorker::settleDials(const gossipsub::PeerId& peer, bool ok, const QString& message)
{
    auto it = m_dialRequests.find(peer);
    if (it == m_dialRequests.end())
        return;
    for (auto id : it->second)
        finish(id, ok, message);
    m_dialRequests.erase(it);
}

} // namespace meshscope::coreqt
