#include "core/host/host.h"

#include "core/host/connection.h"

#include <algorithm>

#ifndef MESHSCOPE_VERSION
#define MESHSCOPE_VERSION "0.0.0"
#endif

namespace meshscope::host {

const char* directionName(Direction d)
{
    return d == Direction::Inbound ? "inbound" : "outbound";
}

std::string defaultAgentVersion()
{
    return std::string("meshscope/") + MESHSCOPE_VERSION;
}

namespace {
crypto::PrivateKey identityFrom(const HostConfig& config, Rng& rng)
{
    return config.identity ? *config.identity : crypto::PrivateKey::generateEd25519(rng);
}
} // namespace

Host::Host(HostConfig config, Rng& rng)
    : m_config(std::move(config))
    , m_rng(rng)
    , m_identity(identityFrom(m_config, rng))
    , m_localPeer(PeerId::fromPublicKey(m_identity.publicKey().toProtobuf()))
{
    if (m_config.muxers.empty())
        m_config.muxers = { kYamuxProtocol, kMplexProtocol };
}

Host::~Host() = default;

void Host::setListenAddrs(std::vector<Multiaddr> addrs)
{
    m_listenAddrs = std::move(addrs);
}

void Host::handle(const std::vector<std::string>& protocols)
{
    for (const auto& p : protocols)
        m_appProtocols.insert(p);
}

std::vector<std::string> Host::servedProtocols() const
{
    std::vector<std::string> out { kIdentifyProtocol, kIdentifyPushProtocol, kPingProtocol };
    out.insert(out.end(), m_appProtocols.begin(), m_appProtocols.end());
    return out;
}

Result<ConnectionId> Host::addConnection(
    Direction direction, const Multiaddr& remote, std::optional<PeerId> expected, TimePoint now)
{
    if (m_connections.size() >= m_config.maxConnections)
        return fail("connection limit of " + std::to_string(m_config.maxConnections) + " reached");
    const ConnectionId id = m_nextId++;
    auto conn = std::make_unique<Connection>(*this, id, direction, remote, std::move(expected), now);
    conn->start(now);
    m_connections.emplace(id, std::move(conn));
    return id;
}

Connection* Host::find(ConnectionId id)
{
    auto it = m_connections.find(id);
    return it == m_connections.end() ? nullptr : it->second.get();
}

Connection* Host::anyConnection(const PeerId& peer)
{
    for (auto& [id, c] : m_connections)
        if (c->upgraded() && !c->closed() && c->peer() == peer)
            return c.get();
    return nullptr;
}

bool Host::admitPeer(ConnectionId id, const PeerId& peer)
{
    std::size_t n = 0;
    for (const auto& [cid, c] : m_connections)
        if (cid != id && c->upgraded() && !c->closed() && c->peer() == peer)
            ++n;
    return n < m_config.maxConnectionsPerPeer;
}

void Host::onBytes(ConnectionId id, BytesView data, TimePoint now)
{
    if (auto* c = find(id))
        c->onBytes(data, now);
    reap(now);
}

void Host::onTransportClosed(ConnectionId id, const std::string& reason, TimePoint now)
{
    if (auto* c = find(id))
        c->onTransportClosed(reason);
    reap(now);
}

void Host::onTimeout(TimePoint now)
{
    std::vector<ConnectionId> ids;
    for (const auto& [id, c] : m_connections)
        ids.push_back(id);
    for (const auto id : ids) {
        auto* c = find(id);
        if (!c)
            continue;
        if (const auto d = c->nextTimeout(); d && now >= *d)
            c->onTimeout(now);
    }
    reap(now);
}

Deadline Host::nextTimeout() const
{
    Deadline d;
    for (const auto& [id, c] : m_connections)
        d = earliest(d, c->nextTimeout());
    return d;
}

void Host::reap(TimePoint)
{
    for (auto it = m_connections.begin(); it != m_connections.end();) {
        Connection& c = *it->second;
        if (!c.closed()) {
            ++it;
            continue;
        }
        const std::string reason = c.closeReason();
        for (const auto& h : c.appStreams())
            m_events.push_back(StreamReset { h, "connection closed: " + reason });
        if (c.upgraded())
            m_events.push_back(PeerDisconnected { c.id(), c.peer(), reason });
        else if (c.direction() == Direction::Outbound)
            m_events.push_back(DialFailed { c.id(), c.remoteAddr(), reason });
        if (!c.transportClosed()) {
            Bytes last = c.takeOutput();
            if (!last.empty())
                m_finalOutput.push_back(Transmit { c.id(), std::move(last) });
            m_events.push_back(CloseTransport { c.id(), reason });
        }
        it = m_connections.erase(it);
    }
}

std::optional<Transmit> Host::pollOutput()
{
    for (auto& [id, c] : m_connections) {
        Bytes out = c->takeOutput();
        if (!out.empty())
            return Transmit { id, std::move(out) };
    }
    if (!m_finalOutput.empty()) {
        Transmit t = std::move(m_finalOutput.front());
        m_finalOutput.pop_front();
        return t;
    }
    return std::nullopt;
}

std::size_t Host::pendingWrite() const
{
    std::size_t n = 0;
    for (const auto& [id, c] : m_connections)
        n += c->pendingWrite();
    for (const auto& t : m_finalOutput)
        n += t.data.size();
    return n;
}

std::optional<HostEvent> Host::pollEvent()
{
    if (m_events.empty())
        return std::nullopt;
    HostEvent ev = std::move(m_events.front());
    m_events.pop_front();
    return ev;
}

void Host::ping(const PeerId& peer, TimePoint now)
{
    if (auto* c = anyConnection(peer))
        c->ping(now);
    else
        m_events.push_back(PingFailed { peer, "not connected" });
    reap(now);
}

void Host::disconnect(const PeerId& peer, const std::string& reason, TimePoint now)
{
    for (auto& [id, c] : m_connections)
        if (c->upgraded() && c->peer() == peer)
            c->close(reason, now);
    reap(now);
}

void Host::closeConnection(ConnectionId id, const std::string& reason, TimePoint now)
{
    if (auto* c = find(id))
        c->close(reason, now);
    reap(now);
}

std::optional<StreamHandle> Host::openStream(
    const PeerId& peer, const std::vector<std::string>& protocols, TimePoint now)
{
    auto* c = anyConnection(peer);
    if (!c)
        return std::nullopt;
    const auto id = c->openAppStream(protocols, now);
    const ConnectionId cid = c->id();
    reap(now);
    if (!id)
        return std::nullopt;
    return StreamHandle { cid, *id };
}

bool Host::write(StreamHandle stream, BytesView data, TimePoint now)
{
    auto* c = find(stream.connection);
    const bool ok = c && c->write(stream.stream, data, now);
    reap(now);
    return ok;
}

void Host::closeWrite(StreamHandle stream, TimePoint now)
{
    if (auto* c = find(stream.connection))
        c->closeWrite(stream.stream, now);
    reap(now);
}

void Host::reset(StreamHandle stream, TimePoint now)
{
    if (auto* c = find(stream.connection))
        c->reset(stream.stream, now);
    reap(now);
}

std::vector<PeerId> Host::connectedPeers() const
{
    std::vector<PeerId> out;
    for (const auto& [id, c] : m_connections)
        if (c->upgraded() && !c->closed() && std::find(out.begin(), out.end(), c->peer()) == out.end())
            out.push_back(c->peer());
    return out;
}

} // namespace meshscope::host
