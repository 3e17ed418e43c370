// SandboxWorker: the sandbox peers and their behaviours, on the sandbox thread.
#include "core/qt/sandboxworker.h"

#include "core/qt/clock.h"
#include "core/qt/tcphost.h"

#include <QTimer>

#include <algorithm>

namespace meshscope::coreqt {

namespace {
const char* behaviourName(SandboxBehaviour b)
{
    switch (b) {
    case SandboxBehaviour::Honest:
        return "relay";
    case SandboxBehaviour::Publisher:
        return "publisher";
    case SandboxBehaviour::Slow:
        return "slow";
    case SandboxBehaviour::Invalid:
        return "invalid";
    case SandboxBehaviour::Flaky:
        return "flaky";
    }
    return "relay";
}

void dialText(TcpHost& tcp, const QString& text)
{
    if (auto a = multiformats::Multiaddr::fromString(text.toStdString()))
        tcp.dial(a.value());
}
} // namespace

SandboxWorker::SandboxWorker(SandboxConfig config)
    : m_config(std::move(config))
{ }

SandboxWorker::~SandboxWorker() = default;

QStringList SandboxWorker::startPeers(
    const QStringList& observedAddrs, gossipsub::MsgIdFunction msgId, gossipsub::SignPolicy signPolicy)
{
    m_observed = observedAddrs;
    const TimePoint now = steadyNow();
    const int n = std::max(1, m_config.peers);
    for (int i = 0; i < n; ++i) {
        auto p = std::make_unique<SandboxPeer>();
        p->index = i;
        if (i < m_config.publishers)
            p->behaviour = SandboxBehaviour::Publisher;
        else if (i == m_config.publishers)
            p->behaviour = SandboxBehaviour::Slow;
        else if (i == m_config.publishers + 1)
            p->behaviour = SandboxBehaviour::Invalid;
        else if (i == m_config.publishers + 2)
            p->behaviour = SandboxBehaviour::Flaky;
        host::HostConfig hc;
        hc.agentVersion = std::string("meshscope-sandbox/") + behaviourName(p->behaviour);
        p->tcp = new TcpHost(hc, this);
        node::NodeConfig nc;
        nc.profile = Sandbox::profile(m_config.topics);
        nc.msgId = msgId;
        nc.signPolicy = signPolicy;
        p->node = std::make_unique<node::Node>(p->tcp->host(), nc, m_rng, now);
        if (p->tcp->listen(multiformats::Multiaddr::fromString("/ip4/127.0.0.1/tcp/0").value())) {
            std::vector<multiformats::Multiaddr> plain;
            for (const auto& a : p->tcp->listenAddrs()) {
                plain.push_back(a.withoutPeerId());
                m_addrs << QString::fromStdString(a.toString());
            }
            p->tcp->host().setListenAddrs(plain);
        }
        SandboxPeer* raw = p.get();
        auto hook = [this, raw](auto ev) { feed(*raw, host::HostEvent { std::move(ev) }); };
        connect(p->tcp, &TcpHost::peerConnected, this, hook);
        connect(p->tcp, &TcpHost::peerIdentified, this, hook);
        connect(p->tcp, &TcpHost::pingMeasured, this, hook);
        connect(p->tcp, &TcpHost::peerDisconnected, this, hook);
        connect(p->tcp, &TcpHost::streamOpened, this, hook);
        connect(p->tcp, &TcpHost::streamData, this, hook);
        connect(p->tcp, &TcpHost::streamClosed, this, hook);
        connect(p->tcp, &TcpHost::streamReset, this, hook);
        p->routerTimer = new QTimer(this);
        p->routerTimer->setSingleShot(true);
        connect(p->routerTimer, &QTimer::timeout, this, [this, raw] {
            raw->node->onTimeout(steadyNow());
            after(*raw);
            raw->tcp->pump();
        });
        for (const auto& t : m_config.topics)
            p->node->subscribe(t.toStdString(), now);
        int interval = 0;
        if (p->behaviour == SandboxBehaviour::Publisher)
            interval = m_config.publishIntervalMs;
        else if (p->behaviour == SandboxBehaviour::Invalid)
            interval = m_config.invalidIntervalMs;
        else if (p->behaviour == SandboxBehaviour::Flaky)
            interval = m_config.flakyUpMs;
        if (interval > 0) {
            p->actTimer = new QTimer(this);
            p->actTimer->setInterval(interval);
            connect(p->actTimer, &QTimer::timeout, this, [this, raw] { act(*raw); });
            p->actTimer->start();
        }
        after(*p);
        m_peers.push_back(std::move(p));
    }
    // A ring with chords among the sandbox peers: everyone has a few sandbox neighbours.
    for (int i = 0; i < n && n > 1; ++i)
        for (int step : { 1, 3 })
            if (step < n && m_addrs.size() == n)
                dialText(*m_peers[static_cast<std::size_t>(i)]->tcp, m_addrs[(i + step) % n]);
    for (auto& p : m_peers)
        p->tcp->pump();
    return m_addrs;
}

void SandboxWorker::shutdown()
{
    for (auto& p : m_peers) {
        if (p->actTimer)
            p->actTimer->stop();
        p->routerTimer->stop();
        p->tcp->shutdown(QStringLiteral("sandbox stopping"));
    }
    for (auto& p : m_peers) {
        p->node.reset();
        delete p->tcp;
        p->tcp = nullptr;
    }
    m_peers.clear();
}

void SandboxWorker::feed(SandboxPeer& p, const host::HostEvent& event)
{
    if (p.behaviour != SandboxBehaviour::Slow) {
        p.node->onHostEvent(event, steadyNow());
        after(p); // TcpHost::pump() (our caller) writes the output
        return;
    }
    // The slow peer handles everything late (in order: every event waits the same delay).
    SandboxPeer* raw = &p;
    QTimer::singleShot(m_config.slowDelayMs, this, [this, raw, event] {
        if (!raw->node)
            return;
        raw->node->onHostEvent(event, steadyNow());
        after(*raw);
        raw->tcp->pump();
    });
}

void SandboxWorker::after(SandboxPeer& p)
{
    (void)p.node->pollDeliveries();
    (void)p.node->pollEvents();
    for (const auto& req : p.node->pollDialRequests())
        if (!req.addrs.empty() && !p.away)
            p.tcp->dial(req.addrs.front());
    if (auto next = p.node->router().nextTimeout()) {
        const auto wait = std::chrono::ceil<std::chrono::milliseconds>(*next - steadyNow()).count();
        p.routerTimer->start(static_cast<int>(std::clamp<long long>(wait, 0, 3600LL * 1000)));
    }
}

void SandboxWorker::act(SandboxPeer& p)
{
    const TimePoint now = steadyNow();
    switch (p.behaviour) {
    case SandboxBehaviour::Publisher: {
        const auto& topic
            = m_config.topics[static_cast<int>((p.published + static_cast<std::uint64_t>(p.index))
                % static_cast<std::uint64_t>(m_config.topics.size()))];
        const std::string text
            = "message " + std::to_string(++p.published) + " from sandbox peer " + std::to_string(p.index);
        (void)p.node->publish(topic.toStdString(), toBytes(text), now);
        break;
    }
    case SandboxBehaviour::Invalid:
        sendInvalid(p);
        break;
    case SandboxBehaviour::Flaky:
        flakyToggle(p);
        break;
    default:
        break;
    }
    after(p);
    p.tcp->pump();
}

void SandboxWorker::sendInvalid(SandboxPeer& p)
{
    // A message claiming to be from us with a signature that is 64 random bytes.
    pb::rpc::RPC rpc;
    auto* m = rpc.add_publish();
    const auto& self = p.tcp->localPeer().bytes();
    m->set_from(std::string(self.begin(), self.end()));
    const std::string data = "forged " + std::to_string(++p.published);
    m->set_data(data);
    Bytes seqno(8);
    for (int i = 0; i < 8; ++i)
        seqno[static_cast<std::size_t>(7 - i)] = static_cast<std::uint8_t>(p.published >> (8 * i));
    m->set_seqno(std::string(seqno.begin(), seqno.end()));
    m->set_topic(m_config.topics.front().toStdString());
    const Bytes sig = m_rng.bytes(64);
    m->set_signature(std::string(sig.begin(), sig.end()));
    for (const auto& peer : p.node->pubsubPeers())
        p.node->sendRaw(peer, rpc, steadyNow());
}

void SandboxWorker::flakyToggle(SandboxPeer& p)
{
    const TimePoint now = steadyNow();
    if (!p.away) {
        // Leave: unsubscribe (our mesh peers get PRUNEs with the unsubscribe backoff), then go.
        for (const auto& t : m_config.topics)
            p.node->unsubscribe(t.toStdString(), now);
        p.tcp->pump();
        SandboxPeer* raw = &p;
        QTimer::singleShot(300, this, [raw] {
            if (!raw->tcp)
                return;
            for (const auto& peer : raw->tcp->host().connectedPeers())
                raw->tcp->disconnect(peer, QStringLiteral("flaky peer leaves"));
            raw->tcp->pump();
        });
        p.away = true;
        p.actTimer->setInterval(m_config.flakyDownMs);
        return;
    }
    p.away = false;
    p.actTimer->setInterval(m_config.flakyUpMs);
    for (const auto& t : m_config.topics)
        p.node->subscribe(t.toStdString(), now);
    for (const auto& a : m_observed)
        dialText(*p.tcp, a);
    const int n = static_cast<int>(m_peers.size());
    for (int step : { 1, 3 })
        if (step < n && m_addrs.size() == n)
            dialText(*p.tcp, m_addrs[(p.index + step) % n]);
}

} // namespace meshscope::coreqt
