#include "widgets/mainwindow/demosource.h"

#include "core/trace/traceevent.h"

#include <QDateTime>

#include <algorithm>
#include <chrono>

namespace meshscope::widgets {

using namespace std::chrono_literals;

DemoSource::DemoSource(Options options, QObject* parent) : coreqt::ObservationSource(parent), m_options(options), m_rng(options.seed)
{
    m_nowNs = QDateTime::currentMSecsSinceEpoch() * 1000000LL;
    m_self = randomBytes(32);
    m_snapshot.peerId = trace::peerText(asBytes(m_self));
    m_snapshot.agent = "meshscope/0.1.0 (demo)";
    m_snapshot.listenAddrs = {"/ip4/127.0.0.1/tcp/4001"};
    m_snapshot.scoringEnabled = true;
    m_snapshot.scoreParams.behaviourPenaltyWeight = -10;
    static const char* names[] = {"blocks", "attestations", "chat", "tx", "status", "sync"};
    for (int i = 0; i < std::clamp(m_options.topics, 1, 6); ++i)
        m_topics.emplace_back(names[i]);
    for (int i = 0; i < m_options.peers; ++i) {
        Peer p;
        p.bytes = randomBytes(32);
        p.text = trace::peerText(asBytes(p.bytes));
        p.drift = std::uniform_real_distribution<double>(-0.6, 1.0)(m_rng);
        m_peers.push_back(std::move(p));
    }
    std::sort(m_peers.begin(), m_peers.end(), [](const Peer& a, const Peer& b) { return a.text < b.text; });
    for (std::size_t i = 0; i < m_peers.size(); ++i) {
        trace::PeerSnapshot s;
        s.id = m_peers[i].text;
        s.address = "/ip4/127.0.0." + std::to_string(2 + i % 250) + "/tcp/" + std::to_string(4002 + i);
        s.ip = "127.0.0." + std::to_string(2 + i % 250);
        s.agent = i % 3 == 0 ? "js-libp2p/1.2.0" : i % 3 == 1 ? "go-libp2p/0.33.0" : "rust-libp2p/0.53.2";
        s.direction = i % 2 ? trace::PeerDirection::Outbound : trace::PeerDirection::Inbound;
        s.pubsubProtocol = i % 4 == 0 ? "/meshsub/1.1.0" : "/meshsub/1.2.0";
        s.rtt = std::chrono::microseconds(300 + static_cast<int>(i) * 137 % 5000);
        s.score.known = true;
        for (const auto& t : m_topics)
            if ((i + t.size()) % 5 != 0)
                s.topics.push_back(t);
        m_snapshot.peers.push_back(std::move(s));
    }
    for (const auto& t : m_topics) {
        trace::TopicSnapshot ts;
        ts.topic = t;
        ts.subscribed = true;
        ts.D = 6;
        ts.Dlo = 4;
        ts.Dhi = 12;
        ts.Dout = 2;
        m_snapshot.topics.push_back(ts);
    }
    std::sort(m_snapshot.topics.begin(), m_snapshot.topics.end(),
              [](const trace::TopicSnapshot& a, const trace::TopicSnapshot& b) { return a.topic < b.topic; });
    connect(&m_timer, &QTimer::timeout, this, [this] { step(m_options.intervalMs); });
}

DemoSource::DemoSource(QObject* parent) : DemoSource(Options{}, parent) {}

QString DemoSource::description() const
{
    return tr("demo network, %1 peers").arg(m_options.peers);
}

std::string DemoSource::randomBytes(std::size_t n)
{
    std::string s(n, '\0');
    for (auto& c : s)
        c = static_cast<char>(m_rng() & 0xff);
    return s;
}

void DemoSource::start()
{
    m_timer.start(m_options.intervalMs);
}

void DemoSource::stop()
{
    m_timer.stop();
}

void DemoSource::step(int ms)
{
    m_nowNs += static_cast<qint64>(ms) * 1000000LL;
    const TimePoint now = fromNanos(m_nowNs);
    const BytesView self = asBytes(m_self);
    auto events = std::make_shared<std::vector<trace::TraceEvent>>();
    m_eventDebt += m_options.eventsPerSecond * ms / 1000.0;
    const int count = static_cast<int>(m_eventDebt);
    m_eventDebt -= count;
    events->reserve(static_cast<std::size_t>(count));
    std::uniform_int_distribution<std::size_t> anyPeer(0, m_peers.size() - 1);
    std::uniform_int_distribution<std::size_t> anyTopic(0, m_topics.size() - 1);
    std::uniform_int_distribution<int> kind(0, 99);
    std::string lastId;
    for (int i = 0; i < count; ++i) {
        const std::size_t pi = anyPeer(m_rng);
        Peer& peer = m_peers[pi];
        trace::PeerSnapshot& ps = m_snapshot.peers[pi];
        const std::string& topic = m_topics[anyTopic(m_rng)];
        const BytesView from = asBytes(peer.bytes);
        const int k = kind(m_rng);
        if (k < 35 || lastId.empty()) {
            lastId = "m" + std::to_string(++m_msgSeq);
            events->push_back(trace::deliverMessage(self, now, lastId, topic, from));
            ps.messagesIn++;
            ps.bytesIn += 1100;
        } else if (k < 65) {
            events->push_back(trace::duplicateMessage(self, now + std::chrono::milliseconds(k), lastId, from, topic));
            ps.bytesIn += 1100;
        } else if (k < 85) {
            trace::RpcMeta meta;
            meta.add_messages()->set_messageid(lastId);
            auto* ih = meta.mutable_control()->add_ihave();
            ih->set_topic(topic);
            ih->add_messageids(lastId);
            events->push_back(trace::sendRpc(self, now, from, meta));
            ps.messagesOut++;
            ps.bytesOut += 1200;
        } else if (k < 90) {
            trace::RpcMeta meta;
            meta.mutable_control()->add_iwant()->add_messageids(lastId);
            meta.mutable_control()->add_idontwant()->add_messageids(lastId);
            events->push_back(trace::recvRpc(self, now, from, meta));
        } else if (k < 93) {
            events->push_back(trace::publishMessage(self, now, "p" + std::to_string(++m_msgSeq), topic));
        } else if (k < 95 && ps.score.total < 0) {
            events->push_back(trace::rejectMessage(self, now, "bad" + std::to_string(++m_msgSeq), from, "invalid signature", topic));
        } else {
            // mesh maintenance
            auto& ts = *std::find_if(m_snapshot.topics.begin(), m_snapshot.topics.end(),
                                     [&](const trace::TopicSnapshot& t) { return t.topic == topic; });
            auto it = std::find(ts.mesh.begin(), ts.mesh.end(), peer.text);
            if (it != ts.mesh.end() && (ts.mesh.size() > 5 || k > 97)) {
                ts.mesh.erase(it);
                events->push_back(trace::prune(self, now, from, topic));
                m_snapshot.backoffs.push_back({peer.text, topic, now + 60s});
            } else if (it == ts.mesh.end() && ts.mesh.size() < 8 && ps.connected) {
                const bool backedOff = std::any_of(m_snapshot.backoffs.begin(), m_snapshot.backoffs.end(),
                                                   [&](const trace::BackoffSnapshot& b) { return b.peer == peer.text && b.topic == topic; });
                if (!backedOff) {
                    ts.mesh.push_back(peer.text);
                    events->push_back(trace::graft(self, now, from, topic));
                }
            }
        }
    }
    // scores drift; a flaky peer leaves and returns
    const double dt = ms / 1000.0;
    for (std::size_t i = 0; i < m_peers.size(); ++i) {
        auto& s = m_snapshot.peers[i].score;
        s.p1 = std::min(10.0, s.p1 + 0.05 * dt * 10);
        s.p2 = std::max(0.0, s.p2 + m_peers[i].drift * dt * 2);
        s.p3 = m_peers[i].drift < -0.3 ? std::max(-40.0, s.p3 - dt * 3) : s.p3 * 0.99;
        s.p7 = m_peers[i].drift < -0.5 ? std::max(-60.0, s.p7 - dt * 4) : 0;
        s.behaviourPenalty = -s.p7 / 10;
        s.total = s.p1 + s.p2 + s.p3 + s.p7;
    }
    if (!m_peers.empty() && kind(m_rng) < 2) {
        const std::size_t pi = anyPeer(m_rng);
        m_peers[pi].connected = !m_peers[pi].connected;
        m_snapshot.peers[pi].connected = m_peers[pi].connected;
        events->push_back(m_peers[pi].connected ? trace::addPeer(self, now, asBytes(m_peers[pi].bytes), "/meshsub/1.2.0")
                                                : trace::removePeer(self, now, asBytes(m_peers[pi].bytes)));
    }
    m_snapshot.time = now;
    rebuildSnapshot();
    coreqt::TraceBatch batch;
    batch.sequence = ++m_batchSeq;
    batch.events = std::move(events);
    Q_EMIT eventsAvailable(batch);
    Q_EMIT snapshotAvailable(m_snapshot);
}

void DemoSource::rebuildSnapshot()
{
    const TimePoint now = m_snapshot.time;
    std::erase_if(m_snapshot.backoffs, [now](const trace::BackoffSnapshot& b) { return b.expires <= now; });
    std::uint64_t in = 0, out = 0;
    for (const auto& p : m_snapshot.peers) {
        in += p.bytesIn;
        out += p.bytesOut;
    }
    m_snapshot.hostCounters.bytesIn = in;
    m_snapshot.hostCounters.bytesOut = out;
    for (auto& t : m_snapshot.topics) {
        std::erase_if(t.mesh, [this](const std::string& id) {
            auto it = std::find_if(m_snapshot.peers.begin(), m_snapshot.peers.end(),
                                   [&](const trace::PeerSnapshot& p) { return p.id == id; });
            return it == m_snapshot.peers.end() || !it->connected;
        });
        std::sort(t.mesh.begin(), t.mesh.end());
        t.peers.clear();
        t.gossip.clear();
        int outbound = 0;
        for (const auto& p : m_snapshot.peers) {
            if (!p.connected || std::find(p.topics.begin(), p.topics.end(), t.topic) == p.topics.end())
                continue;
            t.peers.push_back(p.id);
            const bool inMesh = std::binary_search(t.mesh.begin(), t.mesh.end(), p.id);
            if (!inMesh && p.score.total >= m_snapshot.thresholds.gossipThreshold)
                t.gossip.push_back(p.id);
            if (inMesh && p.direction == trace::PeerDirection::Outbound)
                ++outbound;
        }
        t.outboundInMesh = t.subscribed ? outbound : 0;
        t.health = trace::classifyHealth(t.mesh.size(), t.Dlo, t.Dhi);
        t.underDout = t.subscribed && !t.mesh.empty() && outbound < t.Dout;
    }
    ++m_snapshot.sequence;
}

void DemoSource::subscribe(quint64 requestId, const QString& topic)
{
    const std::string name = topic.toStdString();
    auto it = std::find_if(m_snapshot.topics.begin(), m_snapshot.topics.end(),
                           [&](const trace::TopicSnapshot& t) { return t.topic == name; });
    if (it == m_snapshot.topics.end()) {
        trace::TopicSnapshot ts;
        ts.topic = name;
        ts.D = m_snapshot.params.D;
        ts.Dlo = m_snapshot.params.Dlo;
        ts.Dhi = m_snapshot.params.Dhi;
        ts.Dout = m_snapshot.params.Dout;
        m_snapshot.topics.push_back(ts);
        std::sort(m_snapshot.topics.begin(), m_snapshot.topics.end(),
                  [](const trace::TopicSnapshot& a, const trace::TopicSnapshot& b) { return a.topic < b.topic; });
        it = std::find_if(m_snapshot.topics.begin(), m_snapshot.topics.end(),
                          [&](const trace::TopicSnapshot& t) { return t.topic == name; });
        m_topics.push_back(name);
    }
    it->subscribed = true;
    Q_EMIT commandFinished(requestId, true, tr("subscribed to %1").arg(topic));
}

void DemoSource::unsubscribe(quint64 requestId, const QString& topic)
{
    for (auto& t : m_snapshot.topics)
        if (t.topic == topic.toStdString()) {
            t.subscribed = false;
            t.mesh.clear();
        }
    Q_EMIT commandFinished(requestId, true, tr("unsubscribed from %1").arg(topic));
}

void DemoSource::publish(quint64 requestId, const QString& topic, const QByteArray& data)
{
    if (static_cast<std::size_t>(data.size()) > m_snapshot.params.maxMessageSize) {
        Q_EMIT commandFinished(requestId, false, tr("payload of %1 bytes exceeds the %2-byte message size limit")
                                                     .arg(data.size()).arg(m_snapshot.params.maxMessageSize));
        return;
    }
    auto events = std::make_shared<std::vector<trace::TraceEvent>>();
    events->push_back(trace::publishMessage(asBytes(m_self), m_snapshot.time, "p" + std::to_string(++m_msgSeq), topic.toStdString()));
    Q_EMIT eventsAvailable(coreqt::TraceBatch{events, ++m_batchSeq, 0});
    Q_EMIT commandFinished(requestId, true, tr("published %1 bytes on %2").arg(data.size()).arg(topic));
}

void DemoSource::applyParams(quint64 requestId, const meshscope::coreqt::ParamsUpdate& update)
{
    if (update.params) {
        if (auto st = update.params->validate(); !st) {
            Q_EMIT commandFinished(requestId, false, QString::fromStdString(st.error().message));
            return;
        }
        m_snapshot.params = *update.params;
        for (auto& t : m_snapshot.topics) {
            t.D = update.params->D;
            t.Dlo = update.params->Dlo;
            t.Dhi = update.params->Dhi;
            t.Dout = update.params->Dout;
        }
    }
    if (update.scoreParams)
        m_snapshot.scoreParams = *update.scoreParams;
    if (update.thresholds)
        m_snapshot.thresholds = *update.thresholds;
    Q_EMIT commandFinished(requestId, true, tr("parameters applied"));
}

void DemoSource::dial(quint64 requestId, const QString& multiaddr)
{
    Q_EMIT commandFinished(requestId, false, tr("%1: the demo network cannot dial real peers").arg(multiaddr));
}

} // namespace meshscope::widgets
