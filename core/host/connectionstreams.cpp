// Connection: stream dispatch (per-stream multistream-select, identify, ping, app protocols).
#include "core/host/connection.h"

#include "core/host/host.h"

#include <algorithm>

namespace meshscope::host {

using transport::MultistreamSelect;
using transport::MuxerEvent;
using transport::StreamId;

IdentifyInfo Connection::ourIdentify() const
{
    IdentifyInfo info;
    info.protocolVersion = kIdentifyProtocolVersion;
    info.agentVersion = m_host.config().agentVersion;
    info.publicKey = m_host.identity().publicKey().toProtobuf();
    for (const auto& a : m_host.listenAddrs())
        info.listenAddrs.push_back(a.bytes());
    info.observedAddr = m_remote.bytes();
    info.protocols = m_host.servedProtocols();
    return info;
}

std::vector<StreamHandle> Connection::appStreams() const
{
    std::vector<StreamHandle> out;
    for (const auto& [id, s] : m_streams)
        if (s.role == Role::App || (s.role == Role::Negotiating && s.purpose == Purpose::App &&
                                    s.direction == Direction::Outbound))
            out.push_back(StreamHandle{m_id, id});
    return out;
}

std::size_t Connection::inboundCount(const std::string& protocol) const
{
    return static_cast<std::size_t>(std::count_if(m_streams.begin(), m_streams.end(), [&](const auto& kv) {
        return kv.second.direction == Direction::Inbound && kv.second.protocol == protocol;
    }));
}

void Connection::onMuxerEvent(MuxerEvent ev, TimePoint now)
{
    switch (ev.kind) {
    case MuxerEvent::Kind::StreamOpened:
        onInboundStream(ev.stream, now);
        break;
    case MuxerEvent::Kind::StreamData:
        onStreamData(ev.stream, ev.data, now);
        break;
    case MuxerEvent::Kind::StreamClosed:
        onStreamClosed(ev.stream, now);
        break;
    case MuxerEvent::Kind::StreamReset:
        onStreamReset(ev.stream, ev.reason.empty() ? "stream reset by the remote" : ev.reason, now);
        break;
    case MuxerEvent::Kind::SessionClosed:
        fail("muxer: " + (ev.reason.empty() ? std::string("session closed") : ev.reason), now);
        break;
    }
}

void Connection::onInboundStream(StreamId id, TimePoint now)
{
    if (m_streams.size() >= m_host.config().maxStreamsPerConnection) {
        m_muxer->reset(id, now);
        return;
    }
    Stream s;
    s.direction = Direction::Inbound;
    s.negotiation = MultistreamSelect::listener(m_host.servedProtocols());
    s.negotiation->start();
    s.deadline = now + m_host.config().negotiationTimeout;
    const Bytes out = s.negotiation->takeOutput();
    m_streams.emplace(id, std::move(s));
    m_muxer->write(id, out, now);
}

std::optional<StreamId> Connection::openOutbound(Purpose purpose, std::vector<std::string> protocols, TimePoint now)
{
    const auto id = m_streams.size() < m_host.config().maxStreamsPerConnection ? m_muxer->openStream(now)
                                                                              : std::nullopt;
    if (!id) {
        if (purpose == Purpose::Ping)
            m_host.report(PingFailed{m_peer, "cannot open a stream"});
        return std::nullopt;
    }
    Stream s;
    s.direction = Direction::Outbound;
    s.purpose = purpose;
    s.negotiation = MultistreamSelect::dialer(std::move(protocols));
    s.negotiation->start();
    s.deadline = now + m_host.config().negotiationTimeout;
    const Bytes out = s.negotiation->takeOutput();
    m_streams.emplace(*id, std::move(s));
    m_muxer->write(*id, out, now);
    return id;
}

std::optional<StreamId> Connection::openAppStream(const std::vector<std::string>& protocols, TimePoint now)
{
    if (m_phase != Phase::Muxed || closed() || protocols.empty() ||
        m_streams.size() >= m_host.config().maxStreamsPerConnection)
        return std::nullopt;
    const auto id = openOutbound(Purpose::App, protocols, now);
    pumpMuxer(now);
    return id;
}

void Connection::ping(TimePoint now)
{
    if (m_phase != Phase::Muxed || closed()) {
        m_host.report(PingFailed{m_peer, "connection not ready"});
        return;
    }
    openOutbound(Purpose::Ping, {kPingProtocol}, now);
    pumpMuxer(now);
}

void Connection::onStreamData(StreamId id, BytesView data, TimePoint now)
{
    auto it = m_streams.find(id);
    if (it == m_streams.end())
        return; // a stream we already finished with: the muxer discards it
    Stream& s = it->second;
    if (s.role == Role::Negotiating) {
        s.negotiation->onData(data);
        const Bytes out = s.negotiation->takeOutput();
        if (!out.empty())
            m_muxer->write(id, out, now);
        if (s.negotiation->state() == MultistreamSelect::State::Failed) {
            resetStream(id, "protocol negotiation failed: " + s.negotiation->error(), now);
            return;
        }
        if (s.negotiation->state() != MultistreamSelect::State::Done)
            return;
        onNegotiated(id, s, now);
        return;
    }
    switch (s.role) {
    case Role::Negotiating:
    case Role::IdentifyServe:
        break; // the identify requester has nothing to say: ignore
    case Role::IdentifyRead:
        if (auto st = s.reader.onData(data); !st) {
            fail("identify from " + m_peer.toBase58() + ": " + st.error().message, now);
            return;
        }
        if (s.reader.message())
            onIdentifyMessage(id, s, now);
        break;
    case Role::PingServe: {
        const Bytes echo = s.pingResponder.onData(data);
        if (!echo.empty())
            m_muxer->write(id, echo, now);
        break;
    }
    case Role::PingSend: {
        auto r = s.pingInitiator.onData(data, now);
        if (!r) {
            m_host.report(PingFailed{m_peer, r.error().message});
            resetStream(id, r.error().message, now);
            return;
        }
        if (*r) {
            m_host.report(PingRtt{m_peer, **r});
            m_muxer->closeWrite(id, now);
            finishStream(id);
        }
        break;
    }
    case Role::App:
        m_host.report(StreamData{StreamHandle{m_id, id}, Bytes(data.begin(), data.end())});
        break;
    }
}

void Connection::onNegotiated(StreamId id, Stream& s, TimePoint now)
{
    s.protocol = s.negotiation->protocol();
    const Bytes rest = s.negotiation->takeRemainder();
    s.negotiation.reset();
    s.deadline.reset();
    if (s.direction == Direction::Inbound) {
        if (inboundCount(s.protocol) > m_host.config().maxInboundStreamsPerProtocol) {
            resetStream(id, "too many inbound streams for " + s.protocol, now);
            return;
        }
        if (s.protocol == kIdentifyProtocol) {
            s.role = Role::IdentifyServe;
            m_muxer->write(id, encodeIdentifyMessage(ourIdentify()), now);
            m_muxer->closeWrite(id, now);
            s.localClosed = true;
            s.deadline = now + m_host.config().identifyTimeout; // forget it if the remote never closes
        } else if (s.protocol == kIdentifyPushProtocol) {
            s.role = Role::IdentifyRead;
            s.push = true;
            s.deadline = now + m_host.config().identifyTimeout;
        } else if (s.protocol == kPingProtocol) {
            s.role = Role::PingServe;
        } else {
            s.role = Role::App;
            m_host.report(StreamOpened{StreamHandle{m_id, id}, m_peer, s.protocol, Direction::Inbound});
        }
    } else {
        switch (s.purpose) {
        case Purpose::Identify:
            s.role = Role::IdentifyRead;
            s.deadline = now + m_host.config().identifyTimeout;
            m_muxer->closeWrite(id, now);
            s.localClosed = true;
            break;
        case Purpose::Ping: {
            s.role = Role::PingSend;
            auto payload = s.pingInitiator.start(m_host.rng(), now);
            s.deadline = s.pingInitiator.nextTimeout();
            m_muxer->write(id, *payload, now);
            break;
        }
        case Purpose::App:
            s.role = Role::App;
            m_host.report(StreamOpened{StreamHandle{m_id, id}, m_peer, s.protocol, Direction::Outbound});
            if (!s.pendingWrite.empty()) {
                m_muxer->write(id, s.pendingWrite, now);
                s.pendingWrite.clear();
            }
            if (s.pendingCloseWrite) {
                m_muxer->closeWrite(id, now);
                s.localClosed = true;
            }
            break;
        }
    }
    if (!rest.empty()) {
        onStreamData(id, rest, now);
        return;
    }
    // The remote may have half-closed before we agreed.
    auto it = m_streams.find(id);
    if (it != m_streams.end() && it->second.remoteClosed)
        onStreamClosed(id, now);
}

} // namespace meshscope::host
