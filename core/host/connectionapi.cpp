// Connection: stream endings, identify results, timeouts and the application stream API.
#include "core/host/connection.h"
#include "core/host/host.h"

namespace meshscope::host {

using transport::StreamId;

void Connection::onIdentifyMessage(StreamId id, Stream& s, TimePoint now)
{
    if (s.reader.hasTrailingData()) {
        fail("identify from " + m_peer.toBase58() + ": bytes after the message", now);
        return;
    }
    auto info = decodeIdentify(*s.reader.message());
    if (!info) {
        fail("identify from " + m_peer.toBase58() + ": " + info.error().message, now);
        return;
    }
    if (auto st = checkIdentifyKey(*info, m_peer, s.push); !st) {
        fail(st.error().message, now);
        return;
    }
    PeerIdentified ev;
    ev.connection = m_id;
    ev.peer = m_peer;
    ev.protocolVersion = info->protocolVersion;
    ev.agentVersion = info->agentVersion;
    ev.protocols = info->protocols;
    for (const auto& raw : info->listenAddrs)
        if (auto a = Multiaddr::fromBytes(raw))
            ev.listenAddrs.push_back(std::move(*a));
    if (info->observedAddr)
        if (auto a = Multiaddr::fromBytes(*info->observedAddr))
            ev.observedAddr = std::move(*a);
    m_host.report(std::move(ev));
    // One message per stream: we are done reading; close our side if still open.
    if (!s.localClosed)
        m_muxer->closeWrite(id, now);
    finishStream(id);
}

void Connection::onStreamClosed(StreamId id, TimePoint now)
{
    auto it = m_streams.find(id);
    if (it == m_streams.end())
        return;
    Stream& s = it->second;
    s.remoteClosed = true;
    switch (s.role) {
    case Role::Negotiating:
        resetStream(id, "stream closed during protocol negotiation", now);
        return;
    case Role::IdentifyServe:
        finishStream(id);
        return;
    case Role::IdentifyRead:
        if (!s.reader.message()) {
            // js and go answer an unknown request with an empty stream; a truncated message is an error.
            if (s.reader.buffered() == 0 && !s.push) {
                finishStream(id);
                return;
            }
            fail(
                "identify from " + m_peer.toBase58() + ": stream ended before the message was complete", now);
        }
        return;
    case Role::PingServe:
        if (!s.localClosed)
            m_muxer->closeWrite(id, now);
        finishStream(id);
        return;
    case Role::PingSend:
        m_host.report(PingFailed { m_peer, "ping stream closed before the echo" });
        resetStream(id, "ping stream closed", now);
        return;
    case Role::App:
        m_host.report(StreamClosed { StreamHandle { m_id, id } });
        if (s.localClosed)
            finishStream(id);
        return;
    }
}

void Connection::onStreamReset(StreamId id, const std::string& reason, TimePoint)
{
    auto it = m_streams.find(id);
    if (it == m_streams.end())
        return;
    const Stream& s = it->second;
    if (s.role == Role::App
        || (s.role == Role::Negotiating && s.direction == Direction::Outbound && s.purpose == Purpose::App))
        m_host.report(StreamReset { StreamHandle { m_id, id }, reason });
    if (s.direction == Direction::Outbound && s.purpose == Purpose::Ping
        && (s.role == Role::Negotiating || s.role == Role::PingSend))
        m_host.report(PingFailed { m_peer, reason });
    finishStream(id);
}

void Connection::finishStream(StreamId id)
{
    m_streams.erase(id);
}

void Connection::resetStream(StreamId id, const std::string& reason, TimePoint now)
{
    m_muxer->reset(id, now);
    // Report it as if the reset came from the muxer, so App and Ping owners hear about it.
    onStreamReset(id, reason, now);
}

void Connection::onStreamTimeout(StreamId id, Stream& s, TimePoint now)
{
    if (s.role == Role::Negotiating) {
        resetStream(id, "protocol negotiation timed out", now);
    } else if (s.role == Role::IdentifyRead) {
        resetStream(id, "identify timed out", now);
    } else if (s.role == Role::IdentifyServe) {
        resetStream(id, "identify requester did not close the stream", now);
    } else if (s.role == Role::PingSend) {
        s.pingInitiator.onTimeout(now);
        resetStream(id, "ping timed out", now);
    } else {
        s.deadline.reset();
    }
}

std::size_t Connection::pendingWrite() const
{
    std::size_t n = m_output.size() + m_plainOut.size();
    for (const auto& [id, s] : m_streams) {
        n += s.pendingWrite.size();
        if (m_muxer && s.role == Role::App)
            n += m_muxer->pendingWrite(id);
    }
    return n;
}

bool Connection::write(StreamId stream, BytesView data, TimePoint now)
{
    auto it = m_streams.find(stream);
    if (closed() || it == m_streams.end() || it->second.purpose != Purpose::App || it->second.localClosed)
        return false;
    Stream& s = it->second;
    if (s.role == Role::Negotiating) {
        if (s.direction != Direction::Outbound || s.pendingCloseWrite
            || s.pendingWrite.size() + data.size() > kMaxPendingWrite)
            return false;
        append(s.pendingWrite, data);
        return true;
    }
    if (s.role != Role::App || !m_muxer->write(stream, data, now))
        return false;
    pumpMuxer(now);
    return true;
}

void Connection::closeWrite(StreamId stream, TimePoint now)
{
    auto it = m_streams.find(stream);
    if (closed() || it == m_streams.end() || it->second.localClosed)
        return;
    Stream& s = it->second;
    if (s.role == Role::Negotiating) {
        s.pendingCloseWrite = true;
        return;
    }
    if (s.role != Role::App)
        return;
    m_muxer->closeWrite(stream, now);
    s.localClosed = true;
    if (s.remoteClosed)
        finishStream(stream);
    pumpMuxer(now);
}

void Connection::reset(StreamId stream, TimePoint now)
{
    auto it = m_streams.find(stream);
    if (closed() || it == m_streams.end())
        return;
    m_muxer->reset(stream, now);
    finishStream(stream);
    pumpMuxer(now);
}

} // namespace meshscope::host
