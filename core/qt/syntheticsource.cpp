// SyntheticSource: seeded synthetic observation stream.
#include "core/qt/syntheticsource.h"

#include <algorithm>

namespace meshscope::coreqt {

namespace {

std::string syntheticPeer(std::size_t i)
{
    // identity multihash of an Ed25519 protobuf key: 00 24 08 01 12 20 + 32 bytes
    std::string b("\x00\x24\x08\x01\x12\x20", 6);
    for (std::size_t k = 0; k < 32; ++k)
        b.push_back(static_cast<char>((i * 131 + k * 7 + (k == 0 ? i >> 8 : 0)) & 0xff));
    b[6 + 30] = static_cast<char>(i >> 8);
    b[6 + 31] = static_cast<char>(i & 0xff);
    return b;
}

} // namespace

SyntheticSource::SyntheticSource(SyntheticConfig config, QObject* parent)
    : ObservationSource(parent)
    , m_config(config)
    , m_rng(config.seed)
{
    m_self = toBytes(syntheticPeer(1u << 20));
    m_config.peers = std::clamp(m_config.peers, 1, 100000);
    m_config.topics = std::clamp(m_config.topics, 1, 10000);
    for (int i = 0; i < m_config.peers; ++i)
        m_peerIds.push_back(syntheticPeer(static_cast<std::size_t>(i)));
    for (int t = 0; t < m_config.topics; ++t)
        m_topicNames.push_back("/synthetic/topic-" + std::to_string(t));
    m_mesh.resize(m_topicNames.size());
    m_timer.setInterval(kTickMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { step(std::chrono::milliseconds(kTickMs)); });
}

SyntheticSource::~SyntheticSource() = default;

QString SyntheticSource::description() const
{
    return tr("synthetic %1 peers, %2 topics, %3 events/s")
        .arg(m_config.peers)
        .arg(m_config.topics)
        .arg(m_config.eventsPerSecond);
}

void SyntheticSource::setup(std::vector<trace::TraceEvent>& out)
{
    const Bytes& self = m_self;
    for (std::size_t i = 0; i < m_peerIds.size(); ++i)
        out.push_back(trace::addPeer(self, m_now, asBytes(m_peerIds[i]), i % 5 == 0 ? "/meshsub/1.1.0" : "/meshsub/1.2.0"));
    for (std::size_t t = 0; t < m_topicNames.size(); ++t)
        out.push_back(trace::join(self, m_now, m_topicNames[t]));
    // Each peer subscribes to a random subset (at least one topic).
    for (std::size_t i = 0; i < m_peerIds.size(); ++i) {
        trace::RpcMeta meta;
        for (std::size_t t = 0; t < m_topicNames.size(); ++t) {
            if (t == i % m_topicNames.size() || m_rng.below(3) == 0) {
                auto* s = meta.add_subscription();
                s->set_subscribe(true);
                s->set_topic(m_topicNames[t]);
            }
        }
        out.push_back(trace::recvRpc(self, m_now, asBytes(m_peerIds[i]), meta));
    }
    // Meshes of about D peers (some topics deliberately low).
    for (std::size_t t = 0; t < m_topicNames.size(); ++t) {
        const std::size_t want = std::min<std::size_t>(m_peerIds.size(), t % 4 == 3 ? 2 : 6 + m_rng.below(3));
        while (m_mesh[t].size() < want) {
            const std::size_t p = m_rng.below(m_peerIds.size());
            if (std::find(m_mesh[t].begin(), m_mesh[t].end(), p) != m_mesh[t].end())
                continue;
            m_mesh[t].push_back(p);
            out.push_back(trace::graft(self, m_now, asBytes(m_peerIds[p]), m_topicNames[t]));
        }
    }
    m_generated += out.size();
}

void SyntheticSource::generateOne(std::vector<trace::TraceEvent>& out)
{
    const Bytes& self = m_self;
    const std::size_t t = m_rng.below(m_topicNames.size());
    const std::size_t p = m_rng.below(m_peerIds.size());
    const auto& topic = m_topicNames[t];
    const auto peer = asBytes(m_peerIds[p]);
    const std::uint64_t roll = m_rng.below(100);
    if (roll < 35) {
        out.push_back(trace::deliverMessage(self, m_now, "msg-" + std::to_string(++m_msgSeq), topic, peer));
    } else if (roll < 55) {
        out.push_back(trace::duplicateMessage(self, m_now, "msg-" + std::to_string(m_msgSeq), peer, topic));
    } else if (roll < 70) {
        trace::RpcMeta meta;
        auto* ih = meta.mutable_control()->add_ihave();
        ih->set_topic(topic);
        ih->add_messageids("msg-" + std::to_string(m_msgSeq));
        out.push_back(trace::recvRpc(self, m_now, peer, meta));
    } else if (roll < 78) {
        trace::RpcMeta meta;
        auto* m = meta.add_messages();
        m->set_messageid("msg-" + std::to_string(m_msgSeq));
        m->set_topic(topic);
        out.push_back(trace::sendRpc(self, m_now, peer, meta));
    } else if (roll < 86) {
        // Mesh churn: prune a mesh member or graft a newcomer, keeping sizes around the band.
        auto& mesh = m_mesh[t];
        auto it = std::find(mesh.begin(), mesh.end(), p);
        if (it != mesh.end() && mesh.size() > 3) {
            mesh.erase(it);
            out.push_back(trace::prune(self, m_now, peer, topic));
        } else if (it == mesh.end() && mesh.size() < 13) {
            mesh.push_back(p);
            out.push_back(trace::graft(self, m_now, peer, topic));
        } else {
            out.push_back(trace::deliverMessage(self, m_now, "msg-" + std::to_string(++m_msgSeq), topic, peer));
        }
    } else if (roll < 90) {
        out.push_back(trace::publishMessage(self, m_now, "own-" + std::to_string(++m_msgSeq), topic));
    } else {
        const double score = static_cast<double>(m_rng.below(2000)) / 10.0 - 100.0;
        auto e = trace::scoreUpdate(self, m_now, peer, score);
        auto* u = e.mutable_scoreupdate();
        u->set_behaviourpenalty(score < -50 ? 3.0 : 0.0);
        auto* ts = u->add_topics();
        ts->set_topic(topic);
        ts->set_timeinmesh(static_cast<double>(m_rng.below(3600)));
        ts->set_firstmessagedeliveries(static_cast<double>(m_rng.below(100)));
        ts->set_meshmessagedeliveries(static_cast<double>(m_rng.below(40)));
        out.push_back(std::move(e));
    }
    ++m_generated;
}

void SyntheticSource::step(Duration elapsed)
{
    auto batch = std::make_shared<std::vector<trace::TraceEvent>>();
    if (!m_setUp) {
        m_setUp = true;
        setup(*batch);
    }
    const double owed = m_carry + m_config.eventsPerSecond * std::chrono::duration<double>(elapsed).count();
    std::size_t n = owed > 0 ? static_cast<std::size_t>(owed) : 0;
    m_carry = owed - static_cast<double>(n);
    n = std::min(n, kMaxEventsPerStep);
    const Duration spacing = n ? elapsed / static_cast<std::int64_t>(n) : elapsed;
    for (std::size_t i = 0; i < n; ++i) {
        m_now += spacing;
        generateOne(*batch);
    }
    if (n == 0)
        m_now += elapsed;
    for (const auto& e : *batch)
        m_builder.apply(e);
    if (!batch->empty()) {
        TraceBatch b;
        b.events = std::move(batch);
        b.sequence = ++m_batchSeq;
        Q_EMIT eventsAvailable(b);
    }
    ++m_snapshotSeq;
    Q_EMIT snapshotAvailable(snapshot());
}

trace::NodeSnapshot SyntheticSource::snapshot() const
{
    auto snap = m_builder.snapshot();
    snap.sequence = m_snapshotSeq;
    snap.time = m_now;
    snap.agent = "meshscope-synthetic";
    snap.listenAddrs = {"/ip4/127.0.0.1/tcp/4001"};
    // What a trace lacks, derived from the peer's position in the sorted list (deterministic).
    for (std::size_t i = 0; i < snap.peers.size(); ++i) {
        auto& p = snap.peers[i];
        p.address = "/ip4/10." + std::to_string((i >> 8) & 0xff) + "." + std::to_string(i & 0xff) + ".1/tcp/9000";
        p.ip = "10." + std::to_string((i >> 8) & 0xff) + "." + std::to_string(i & 0xff) + ".1";
        p.agent = i % 3 == 0 ? "go-libp2p/0.36" : (i % 3 == 1 ? "js-libp2p/2.0" : "rust-libp2p/0.54");
        p.direction = i % 2 ? trace::PeerDirection::Outbound : trace::PeerDirection::Inbound;
        p.rtt = std::chrono::milliseconds(5 + static_cast<int>(i % 120));
    }
    return snap;
}

void SyntheticSource::start()
{
    m_timer.start();
}

void SyntheticSource::stop()
{
    m_timer.stop();
}

} // namespace meshscope::coreqt
