// The core headers come first: core/host/host.h declares Host::report(), and Qt headers must not
// rewrite anything in them.
#include "app/cli/gossipsession.h"

#include "core/gossipsub/msgid.h"
#include "core/gossipsub/paramsjson.h"
#include "core/gossipsub/presets.h"
#include "core/gossipsub/signing.h"
#include "core/qt/clock.h"

#include <QFile>

#include <algorithm>
#include <chrono>
#include <variant>

namespace meshscope::cli {
namespace {

// Publishing starts at the latest this long after start, subscriber or not.
constexpr qint64 kPublishWaitMs = 10000;
// How often the publisher checks for a subscribed peer before the first message.
constexpr int kSubscriberPollMs = 20;
// Largest --params file read.
constexpr qint64 kMaxParamsFile = 4 << 20;
// Publishing pauses while this many bytes wait to be sent (host stream backlog + socket buffers)
// and resumes below half of it: a publisher faster than its peers cannot queue without bound.
constexpr qint64 kMaxPublishBacklog = 256 * 1024;
// Messages published in one event-loop turn at --publish-interval-ms 0 (one socket write each turn).
constexpr int kPublishBurst = 64;

QString qstr(const std::string& s)
{
    return QString::fromStdString(s);
}
QString peerText(const gossipsub::PeerId& p)
{
    return qstr(p.toBase58());
}
QByteArray qbytes(const std::string& s)
{
    return QByteArray(s.data(), static_cast<qsizetype>(s.size()));
}

} // namespace

Result<node::NodeConfig> nodeConfigFrom(const NodeOptions& options)
{
    node::NodeConfig config;
    auto profile = gossipsub::presetByName(options.profile.toStdString());
    if (!profile)
        return fail("--profile: " + profile.error().message);
    config.profile = *profile;
    if (!options.paramsFile.isEmpty()) {
        QFile file(options.paramsFile);
        if (!file.open(QIODevice::ReadOnly))
            return fail(
                "--params " + options.paramsFile.toStdString() + ": " + file.errorString().toStdString());
        if (file.size() > kMaxParamsFile)
            return fail("--params " + options.paramsFile.toStdString() + ": larger than 4 MiB");
        const QByteArray text = file.read(kMaxParamsFile + 1);
        auto parsed = gossipsub::parseProfile(
            std::string_view(text.constData(), static_cast<std::size_t>(text.size())), config.profile);
        if (!parsed)
            return fail("--params " + options.paramsFile.toStdString() + ": " + parsed.error().message);
        config.profile = *parsed;
    }
    auto policy = gossipsub::parseSignPolicy(options.signPolicy.toStdString());
    if (!policy)
        return fail("--sign-policy: " + policy.error().message);
    config.signPolicy = *policy;
    auto msgId = gossipsub::parseMsgIdFunction(options.msgId.toStdString());
    if (!msgId)
        return fail("--msg-id: " + msgId.error().message);
    config.msgId = *msgId;
    return config;
}

GossipSession::GossipSession(const NodeOptions& options, coreqt::TcpHost& tcp, NodeDriver& driver,
    EventWriter& writer, Summary& summary)
    : m_options(options)
    , m_driver(driver)
    , m_writer(writer)
    , m_summary(summary)
    , m_tcp(tcp)
{
    m_driver.node().setRpcObserver(
        [this](const gossipsub::PeerId& peer, bool received, const pb::rpc::RPC& rpc, TimePoint now) {
            onRpc(peer, received, rpc, now);
        });
    m_driver.setStepHook([this] {
        drain();
        resumeIfDrained();
    });
    QObject::connect(&tcp, &coreqt::TcpHost::outputWritten, &m_publishTimer, [this] { resumeIfDrained(); });
    QObject::connect(&m_statsTimer, &QTimer::timeout, &m_statsTimer, [this] { writeStats(); });
    QObject::connect(&m_publishTimer, &QTimer::timeout, &m_publishTimer, [this] {
        if (m_publishing)
            publishNext();
        else
            maybeStartPublishing();
    });
}

Status GossipSession::start()
{
    if (!m_options.recordFile.isEmpty()) {
        trace::RecordingOptions ro;
        ro.path = m_options.recordFile.toStdString();
        auto writer = trace::RecordingWriter::open(ro);
        if (!writer)
            return fail("--record " + ro.path + ": " + writer.error().message);
        m_recorder = std::move(*writer);
        QObject::connect(&m_recordFlush, &QTimer::timeout, &m_recordFlush, [this] {
            if (m_recorder)
                (void)m_recorder->flush();
        });
        m_recordFlush.start(1000);
    }
    if (!m_options.remoteTrace.isEmpty()) {
        auto addr = multiformats::Multiaddr::fromString(m_options.remoteTrace.toStdString());
        if (!addr)
            return fail("--remote-trace: " + addr.error().message);
        m_remoteTrace = new coreqt::RemoteTraceClient(m_tcp, addr.value(), {}, &m_tcp);
        m_remoteTrace->start();
    }
    if (m_recorder || m_remoteTrace) {
        m_unixOffsetNs = std::chrono::duration_cast<std::chrono::nanoseconds>(
                             std::chrono::system_clock::now().time_since_epoch())
                             .count()
            - toNanos(coreqt::steadyNow());
        auto& node = m_driver.node();
        m_tracer = std::make_unique<trace::RouterTracer>(node.host().localPeer(), node.config().msgId);
        m_tracer->setRpcEventsFromRouter(false);
    }
    if (!m_options.metricsAddress.isEmpty()) {
        m_metrics = std::make_unique<coreqt::MetricsServer>();
        if (!m_metrics->listen(m_options.metricsAddress))
            return fail("--metrics " + m_options.metricsAddress.toStdString() + ": "
                + m_metrics->errorString().toStdString());
        const auto refresh = [this] {
            m_metrics->updateSnapshot(
                m_driver.node().snapshot(coreqt::steadyNow(), ++m_snapshotSequence, 0, {}));
        };
        QObject::connect(&m_metricsRefresh, &QTimer::timeout, &m_metricsRefresh, refresh);
        refresh();
        m_metricsRefresh.start(1000);
    }
    for (const QString& t : m_options.topics) {
        m_driver.node().subscribe(t.toStdString(), coreqt::steadyNow());
        m_writer.write(events::subscribed(t));
    }
    m_driver.step();
    if (m_options.statsIntervalMs > 0)
        m_statsTimer.start(m_options.statsIntervalMs);
    if (!m_options.publishTopic.isEmpty() && m_options.publishCount > 0) {
        m_publishWait.start();
        m_publishTimer.start(kSubscriberPollMs);
        maybeStartPublishing();
    }
    return {};
}

void GossipSession::finish()
{
    m_publishTimer.stop();
    m_statsTimer.stop();
    drain();
    if (m_options.statsIntervalMs > 0)
        writeStats();
    m_recordFlush.stop();
    m_metricsRefresh.stop();
    if (m_recorder) {
        (void)m_recorder->close();
        m_recorder.reset();
    }
}

void GossipSession::record(trace::TraceEvent event)
{
    // go writes unix nanoseconds; the node's clock is the steady one.
    event.set_timestamp(event.timestamp() + m_unixOffsetNs);
    if (m_remoteTrace)
        m_remoteTrace->addEvent(event);
    if (m_recorder && !m_recorder->write(event)) {
        m_recorder.reset(); // disk full or similar: stop recording, keep the node running
        m_writer.write(events::warning(QStringLiteral("--record: write failed; recording stopped")));
    }
}

void GossipSession::maybeStartPublishing()
{
    const auto topic = m_options.publishTopic.toStdString();
    const auto& router = m_driver.node().router();
    const auto subscribers = m_topicPeers[topic].size();
    const bool ready = subscribers >= static_cast<std::size_t>(m_options.publishAfterPeers)
        || (m_options.publishAfterPeers == 1
            && (!router.mesh(topic).empty() || !router.fanout(topic).empty()));
    if (!ready && m_publishWait.elapsed() < kPublishWaitMs)
        return;
    m_publishing = true;
    m_publishTimer.setInterval(std::max(m_options.publishIntervalMs, 0));
    publishNext();
}

void GossipSession::publishNext()
{
    // At interval 0 a burst per event-loop turn, as fast as the peers take the bytes.
    const int burst = m_options.publishIntervalMs > 0 ? 1 : kPublishBurst;
    for (int k = 0; k < burst && m_nextIndex < m_options.publishCount; ++k) {
        if (m_tcp.pendingOutput() >= kMaxPublishBacklog) {
            m_publishTimer.stop(); // resumeIfDrained() restarts it
            m_publishPaused = true;
            break;
        }
        publishOne();
    }
    m_driver.step();
    if (m_nextIndex >= m_options.publishCount)
        m_publishTimer.stop();
}

void GossipSession::publishOne()
{
    const int i = m_nextIndex++;
    const QByteArray payload = (m_options.publishText + QLatin1Char('-') + QString::number(i)).toUtf8();
    const Bytes data(payload.begin(), payload.end());
    auto id = m_driver.node().publish(m_options.publishTopic.toStdString(), data, coreqt::steadyNow());
    if (id) {
        ++m_summary.published;
        if (m_options.messageEvents)
            m_writer.write(events::published(m_options.publishTopic, qbytes(*id), i, payload));
    } else {
        ++m_summary.publishFailures;
        m_writer.write(events::publishFailed(m_options.publishTopic, i, qstr(id.error().message)));
    }
}

void GossipSession::resumeIfDrained()
{
    if (!m_publishPaused || m_tcp.pendingOutput() >= kMaxPublishBacklog / 2)
        return;
    m_publishPaused = false;
    if (m_nextIndex < m_options.publishCount)
        m_publishTimer.start();
}

void GossipSession::onRpc(
    const gossipsub::PeerId& peer, bool received, const pb::rpc::RPC& rpc, TimePoint now)
{
    if (m_tracer)
        record(received ? m_tracer->recvRpc(peer, rpc, now) : m_tracer->sendRpc(peer, rpc, now));
    if (!rpc.has_control())
        return;
    const QString who = peerText(peer);
    for (const auto& g : rpc.control().graft()) {
        ++(received ? m_summary.graftsReceived : m_summary.graftsSent);
        m_writer.write(events::graftPrune(true, who, qstr(g.topicid()), !received));
    }
    for (const auto& p : rpc.control().prune()) {
        ++(received ? m_summary.prunesReceived : m_summary.prunesSent);
        m_writer.write(events::graftPrune(false, who, qstr(p.topicid()), !received));
    }
}

void GossipSession::drain()
{
    auto& node = m_driver.node();
    const auto polled = node.pollEvents();
    if (m_tracer) {
        std::vector<trace::TraceEvent> traced;
        for (const auto& ev : polled)
            m_tracer->map(ev, traced);
        for (const auto& t : traced)
            record(t);
    }
    for (const auto& ev : polled) {
        if (const auto* s = std::get_if<gossipsub::EvPeerSubscribed>(&ev.body)) {
            if (s->subscribed)
                m_topicPeers[s->topic].insert(s->peer);
            else
                m_topicPeers[s->topic].erase(s->peer);
            m_writer.write(events::peerSubscription(peerText(s->peer), qstr(s->topic), s->subscribed));
        } else if (const auto* r = std::get_if<gossipsub::EvRemovePeer>(&ev.body)) {
            for (auto& [topic, peers] : m_topicPeers)
                peers.erase(r->peer);
        } else if (const auto* j = std::get_if<gossipsub::EvReject>(&ev.body)) {
            ++m_summary.rejected;
            m_writer.write(events::rejected(peerText(j->from), qstr(j->topic), qbytes(j->id),
                qstr(std::string(gossipsub::rejectReasonText(j->reason)))));
        }
    }
    for (const auto& d : node.pollDeliveries()) {
        MessageInfo m;
        m.topic = qstr(d.message->topic());
        if (!d.message->from().empty())
            m.from = peerIdText(d.message->from());
        m.seqno = qbytes(d.message->seqno());
        m.msgId = qbytes(d.id);
        m.receivedFrom = peerIdText(std::string(d.from.bytes().begin(), d.from.bytes().end()));
        m.data = qbytes(d.message->data());
        ++m_summary.messages;
        if (m_options.messageEvents)
            m_writer.writeMessage(m);
    }
    node.pollDialRequests(); // PX and direct-peer dials are not acted upon by the CLI yet
}

const QString& GossipSession::peerIdText(const std::string& bytes)
{
    const auto it = m_peerIdTexts.find(bytes);
    if (it != m_peerIdTexts.end())
        return it->second;
    if (m_peerIdTexts.size() >= 4096)
        m_peerIdTexts.clear();
    auto id = multiformats::PeerId::fromBytes(
        BytesView(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()));
    QString text = id ? peerText(*id) : QString::fromLatin1(qbytes(bytes).toHex());
    return m_peerIdTexts.emplace(bytes, std::move(text)).first->second;
}

void GossipSession::writeStats()
{
    const auto now = coreqt::steadyNow();
    const auto& node = m_driver.node();
    const auto& router = node.router();
    StatsInfo s;
    s.peers = static_cast<int>(node.traffic().size());
    for (const QString& t : m_options.topics)
        s.mesh[t] = static_cast<int>(router.mesh(t.toStdString()).size());
    if (!m_options.publishTopic.isEmpty() && !router.subscribed(m_options.publishTopic.toStdString()))
        s.fanout[m_options.publishTopic]
            = static_cast<int>(router.fanout(m_options.publishTopic.toStdString()).size());
    const auto& c = router.counters();
    s.counters = { { QStringLiteral("published"), c.published }, { QStringLiteral("delivered"), c.delivered },
        { QStringLiteral("rejected"), c.rejected }, { QStringLiteral("ignored"), c.ignored },
        { QStringLiteral("duplicates"), c.duplicates }, { QStringLiteral("forwarded"), c.forwarded },
        { QStringLiteral("ihave_sent"), c.ihaveSent }, { QStringLiteral("ihave_received"), c.ihaveReceived },
        { QStringLiteral("iwant_sent"), c.iwantSent }, { QStringLiteral("iwant_received"), c.iwantReceived },
        { QStringLiteral("idontwant_sent"), c.idontwantSent },
        { QStringLiteral("idontwant_received"), c.idontwantReceived },
        { QStringLiteral("graft_sent"), c.graftSent }, { QStringLiteral("graft_received"), c.graftReceived },
        { QStringLiteral("prune_sent"), c.pruneSent }, { QStringLiteral("prune_received"), c.pruneReceived },
        { QStringLiteral("rpcs_received"), c.rpcsReceived }, { QStringLiteral("rpcs_sent"), c.rpcsSent },
        { QStringLiteral("dropped_rpcs"), c.droppedRpcs }, { QStringLiteral("penalties"), c.penalties },
        { QStringLiteral("heartbeats"), c.heartbeats }, { QStringLiteral("bad_frames"), node.badFrames() } };
    if (const auto* score = node.score())
        for (const auto& [peer, traffic] : node.traffic())
            s.scores[peerText(peer)] = score->score(peer, now);
    m_writer.write(events::stats(s));
}

} // namespace meshscope::cli
