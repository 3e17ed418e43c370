// Connection: the upgrade pipeline (security and muxer). Streams are in connectionstreams.cpp.
#include "core/host/connection.h"

#include "core/host/host.h"
#include "core/host/muxerfactory.h"

#include <algorithm>

namespace meshscope::host {

using transport::MultistreamSelect;

Connection::Connection(Host& host, ConnectionId id, Direction direction, Multiaddr remote,
    std::optional<PeerId> expected, TimePoint now)
    : m_host(host)
    , m_id(id)
    , m_direction(direction)
    , m_remote(std::move(remote))
    , m_expected(std::move(expected))
    , m_upgradeDeadline(now + host.config().upgradeTimeout)
{ }

Connection::~Connection() = default;

void Connection::start(TimePoint)
{
    m_negotiation = m_direction == Direction::Outbound ? MultistreamSelect::dialer({ kNoiseProtocol })
                                                       : MultistreamSelect::listener({ kNoiseProtocol });
    m_negotiation->start();
    append(m_output, m_negotiation->takeOutput());
}

void Connection::fail(const std::string& reason, TimePoint now)
{
    if (closed())
        return;
    // Resets and a go-away are best effort: the driver writes what it can before closing.
    if (m_muxer && !m_transportClosed) {
        m_muxer->close(now);
        flushMuxerOutput();
    }
    m_closeReason = reason;
    m_phase = Phase::Closed;
}

void Connection::close(const std::string& reason, TimePoint now)
{
    fail(reason, now);
}

void Connection::onTransportClosed(const std::string& reason)
{
    m_transportClosed = true;
    if (!closed()) {
        m_closeReason = reason;
        m_phase = Phase::Closed;
    }
}

void Connection::onBytes(BytesView data, TimePoint now)
{
    if (closed() || data.empty())
        return;
    switch (m_phase) {
    case Phase::SecurityNegotiation:
        onSecurityBytes(data, now);
        break;
    case Phase::Handshake:
        onHandshakeBytes(data, now);
        break;
    case Phase::MuxerNegotiation:
    case Phase::Muxed: {
        if (auto st = m_secure->onData(data); !st) {
            fail("noise: " + st.error().message, now);
            return;
        }
        const Bytes plain = m_secure->takePlaintext();
        if (!plain.empty())
            onSecurePlaintext(plain, now);
        break;
    }
    case Phase::Closed:
        break;
    }
}

void Connection::onSecurityBytes(BytesView data, TimePoint now)
{
    m_negotiation->onData(data);
    append(m_output, m_negotiation->takeOutput());
    switch (m_negotiation->state()) {
    case MultistreamSelect::State::Negotiating:
        return;
    case MultistreamSelect::State::Failed:
        fail("security negotiation failed: " + m_negotiation->error(), now);
        return;
    case MultistreamSelect::State::Done:
        break;
    }
    const Bytes rest = m_negotiation->takeRemainder();
    m_negotiation.reset();
    const auto& cfg = m_host.config();
    m_secure = std::make_unique<SecureChannel>(m_direction == Direction::Outbound, m_host.identity(),
        m_host.rng(), cfg.earlyMuxerNegotiation ? cfg.muxers : std::vector<std::string> {}, m_expected);
    m_phase = Phase::Handshake;
    if (auto st = m_secure->start(); !st) {
        fail("noise: " + st.error().message, now);
        return;
    }
    append(m_output, m_secure->takeOutput());
    if (!rest.empty())
        onHandshakeBytes(rest, now);
}

void Connection::onHandshakeBytes(BytesView data, TimePoint now)
{
    const auto st = m_secure->onData(data);
    append(m_output, m_secure->takeOutput());
    if (!st) {
        fail("noise handshake failed: " + st.error().message, now);
        return;
    }
    if (!m_secure->established())
        return;
    onHandshakeDone(now);
}

void Connection::onHandshakeDone(TimePoint now)
{
    m_peer = m_secure->remotePeer();
    if (m_expected && *m_expected != m_peer) {
        fail("peer id mismatch: dialed " + m_expected->toBase58() + " but the remote is " + m_peer.toBase58(),
            now);
        return;
    }
    if (m_peer == m_host.localPeer()) {
        fail("connected to ourselves (" + m_peer.toBase58() + ")", now);
        return;
    }
    const Bytes early = m_secure->takePlaintext();
    const auto& ours = m_host.config().muxers;
    const auto& theirs = m_secure->remoteMuxers();
    if (!theirs.empty() && m_host.config().earlyMuxerNegotiation) {
        // Early muxer negotiation (noise extensions): the initiator's list decides; the
        // responder takes the first of the initiator's muxers it supports.
        const auto& pref = m_direction == Direction::Outbound ? ours : theirs;
        const auto& other = m_direction == Direction::Outbound ? theirs : ours;
        for (const auto& p : pref) {
            if (std::find(other.begin(), other.end(), p) != other.end()) {
                startMuxer(p, early, now);
                return;
            }
        }
        fail("no stream muxer in common (remote offered " + std::to_string(theirs.size()) + ")", now);
        return;
    }
    // Either side sent no muxers: multistream-select over the secure channel.
    m_phase = Phase::MuxerNegotiation;
    m_negotiation = m_direction == Direction::Outbound ? MultistreamSelect::dialer(ours)
                                                       : MultistreamSelect::listener(ours);
    m_negotiation->start();
    sendSecure(m_negotiation->takeOutput());
    if (!early.empty())
        onSecurePlaintext(early, now);
}

void Connection::onSecurePlaintext(BytesView data, TimePoint now)
{
    if (m_phase == Phase::Muxed) {
        m_muxer->onData(data, now);
        pumpMuxer(now);
        return;
    }
    m_negotiation->onData(data);
    sendSecure(m_negotiation->takeOutput());
    switch (m_negotiation->state()) {
    case MultistreamSelect::State::Negotiating:
        return;
    case MultistreamSelect::State::Failed:
        fail("muxer negotiation failed: " + m_negotiation->error(), now);
        return;
    case MultistreamSelect::State::Done:
        break;
    }
    const std::string protocol = m_negotiation->protocol();
    const Bytes rest = m_negotiation->takeRemainder();
    m_negotiation.reset();
    startMuxer(protocol, rest, now);
}

void Connection::startMuxer(const std::string& protocol, BytesView early, TimePoint now)
{
    m_muxer = makeMuxer(protocol, m_direction == Direction::Outbound, m_host.config(), now);
    if (!m_muxer) {
        fail("unsupported stream muxer " + protocol, now);
        return;
    }
    m_phase = Phase::Muxed;
    if (!m_host.admitPeer(m_id, m_peer)) {
        fail("too many connections to peer " + m_peer.toBase58(), now);
        return;
    }
    m_upgraded = true;
    m_host.report(PeerConnected { m_id, m_peer, m_direction, m_remote, protocol });
    if (m_host.config().identifyOnConnect)
        openOutbound(Purpose::Identify, { kIdentifyProtocol }, now);
    if (!early.empty())
        m_muxer->onData(early, now);
    pumpMuxer(now);
}

void Connection::sendSecure(BytesView plaintext)
{
    if (plaintext.empty() || m_transportClosed)
        return;
    // Queued, encrypted in takeOutput(): everything written during one driver turn shares Noise
    // frames (one encryption and one length prefix per 64 KiB instead of one per write).
    append(m_plainOut, plaintext);
}

void Connection::flushMuxerOutput()
{
    if (!m_muxer)
        return;
    const Bytes out = m_muxer->takeOutput();
    sendSecure(out);
}

void Connection::pumpMuxer(TimePoint now)
{
    // Events may open or write streams, which queues more output; loop until both are empty.
    for (int guard = 0; guard < 100000 && !closed(); ++guard) {
        auto ev = m_muxer->pollEvent();
        if (!ev)
            break;
        onMuxerEvent(std::move(*ev), now);
    }
    if (m_muxer && !closed() && m_muxer->isClosed())
        fail("muxer session closed", now);
    if (!m_transportClosed)
        flushMuxerOutput();
}

void Connection::onTimeout(TimePoint now)
{
    if (closed())
        return;
    if (m_phase != Phase::Muxed) {
        if (now >= m_upgradeDeadline)
            fail("upgrade did not finish within "
                    + std::to_string(
                        std::chrono::duration_cast<std::chrono::seconds>(m_host.config().upgradeTimeout)
                            .count())
                    + " s",
                now);
        return;
    }
    if (const auto d = m_muxer->nextTimeout(); d && now >= *d)
        m_muxer->onTimeout(now);
    std::vector<transport::StreamId> due;
    for (auto& [id, s] : m_streams)
        if (s.deadline && now >= *s.deadline)
            due.push_back(id);
    for (const auto id : due) {
        auto it = m_streams.find(id);
        if (it != m_streams.end())
            onStreamTimeout(id, it->second, now);
        if (closed())
            return;
    }
    pumpMuxer(now);
}

Deadline Connection::nextTimeout() const
{
    if (closed())
        return std::nullopt;
    if (m_phase != Phase::Muxed)
        return m_upgradeDeadline;
    Deadline d = m_muxer->nextTimeout();
    for (const auto& [id, s] : m_streams)
        d = earliest(d, s.deadline);
    return d;
}

Bytes Connection::takeOutput()
{
    if (!m_plainOut.empty()) {
        Bytes plain;
        plain.swap(m_plainOut);
        if (m_secure && !m_transportClosed) {
            if (auto st = m_secure->send(plain); !st) {
                // Encryption only fails on nonce exhaustion; treat as fatal.
                m_closeReason = "noise: " + st.error().message;
                m_phase = Phase::Closed;
            } else {
                append(m_output, m_secure->takeOutput());
            }
        }
    }
    Bytes out;
    out.swap(m_output);
    return out;
}

} // namespace meshscope::host
