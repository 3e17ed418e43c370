// YamuxSession: stream life cycle, flow control (32-bit windows) and buffered writes.

#include "core/transport/yamuxsession.h"

#include <algorithm>

namespace meshscope::transport {

YamuxSession::Stream* YamuxSession::find(StreamId stream)
{
    const auto it = m_streams.find(static_cast<std::uint32_t>(stream));
    return (stream <= 0xffffffffu && it != m_streams.end()) ? &it->second : nullptr;
}

const YamuxSession::Stream* YamuxSession::find(StreamId stream) const
{
    const auto it = m_streams.find(static_cast<std::uint32_t>(stream));
    return (stream <= 0xffffffffu && it != m_streams.end()) ? &it->second : nullptr;
}

std::optional<StreamId> YamuxSession::openStream(TimePoint now)
{
    if (m_closed || m_localGoAway || m_remoteGoAway || m_streams.size() >= m_config.maxStreams
        || m_nextStreamId > 0xffffffffu)
        return std::nullopt;
    const auto unacknowledged = std::count_if(m_streams.begin(), m_streams.end(), [](const auto& entry) {
        return entry.second.outbound && !entry.second.acknowledged;
    });
    if (static_cast<std::size_t>(unacknowledged) >= m_config.maxAckBacklog)
        return std::nullopt;
    touch(now);
    const auto id = static_cast<std::uint32_t>(m_nextStreamId);
    m_nextStreamId += 2;
    Stream& s = m_streams[id];
    s.outbound = true;
    const std::uint32_t extra = m_config.initialWindow - kYamuxInitialWindow;
    sendFrame(YamuxType::WindowUpdate, YamuxFlag::SYN, id, extra);
    s.recvWindow += extra;
    s.recvWindowSize = m_config.initialWindow;
    s.lastWindowUpdate = now;
    return id;
}

void YamuxSession::onStreamData(std::uint32_t id, Stream& s, BytesView payload, TimePoint now)
{
    if (payload.empty())
        return;
    if (s.remoteClosed) {
        sendFrame(YamuxType::WindowUpdate, YamuxFlag::RST, id, 0);
        resetWithEvent(id, "data after the remote's FIN");
        return;
    }
    s.recvWindow -= static_cast<std::uint32_t>(payload.size()); // checkHeader() bounded it
    emit(MuxerEvent::Kind::StreamData, id, {}, Bytes(payload.begin(), payload.end()));
    sendWindowUpdateIfDue(id, s, now);
}

void YamuxSession::sendWindowUpdateIfDue(std::uint32_t id, Stream& s, TimePoint now)
{
    // Delivered bytes count as consumed: give them back once half the window is used up.
    const std::uint32_t consumed = s.recvWindowSize - s.recvWindow;
    if (consumed < s.recvWindowSize / 2)
        return;
    if (m_rtt && s.lastWindowUpdate && now - *s.lastWindowUpdate < 4 * *m_rtt) {
        // The window turned over within a few RTTs: it is what limits throughput, so grow it.
        const std::uint64_t doubled = std::uint64_t{s.recvWindowSize} * 2;
        s.recvWindowSize = static_cast<std::uint32_t>(std::min<std::uint64_t>(doubled, m_config.maxReceiveWindow));
    }
    const std::uint32_t delta = s.recvWindowSize - s.recvWindow;
    sendFrame(YamuxType::WindowUpdate, 0, id, delta);
    s.recvWindow = s.recvWindowSize;
    s.lastWindowUpdate = now;
}

bool YamuxSession::write(StreamId stream, BytesView data, TimePoint now)
{
    Stream* s = find(stream);
    if (m_closed || !s || s->localClosed)
        return false;
    touch(now);
    const auto id = static_cast<std::uint32_t>(stream);
    if (s->unsent() + data.size() > m_config.maxPendingWrite + s->sendWindow) { // what stays queued
        sendFrame(YamuxType::WindowUpdate, YamuxFlag::RST, id, 0);
        resetWithEvent(id, "more than " + std::to_string(m_config.maxPendingWrite)
                               + " bytes waiting for the send window");
        return false;
    }
    if (s->pendingOffset > 0 && s->pendingOffset >= s->pending.size() / 2) {
        s->pending.erase(s->pending.begin(), s->pending.begin() + static_cast<std::ptrdiff_t>(s->pendingOffset));
        s->pendingOffset = 0;
    }
    append(s->pending, data);
    flush(id, *s);
    return true;
}

void YamuxSession::flush(std::uint32_t id, Stream& s)
{
    while (s.unsent() > 0 && s.sendWindow > 0) {
        const std::size_t n = std::min<std::size_t>({s.unsent(), s.sendWindow, m_config.maxFrameData});
        sendFrame(YamuxType::Data, 0, id, static_cast<std::uint32_t>(n));
        const auto from = s.pending.begin() + static_cast<std::ptrdiff_t>(s.pendingOffset);
        m_output.insert(m_output.end(), from, from + static_cast<std::ptrdiff_t>(n));
        s.pendingOffset += n;
        s.sendWindow -= static_cast<std::uint32_t>(n);
    }
    if (s.unsent() == 0) {
        s.pending.clear();
        s.pendingOffset = 0;
        if (s.localClosed && !s.finSent) {
            sendFrame(YamuxType::WindowUpdate, YamuxFlag::FIN, id, 0);
            s.finSent = true;
            maybeRemove(id);
        }
    }
}

void YamuxSession::closeWrite(StreamId stream, TimePoint now)
{
    Stream* s = find(stream);
    if (m_closed || !s || s->localClosed)
        return;
    touch(now);
    s->localClosed = true;
    flush(static_cast<std::uint32_t>(stream), *s);
}

void YamuxSession::reset(StreamId stream, TimePoint now)
{
    if (m_closed || !find(stream))
        return;
    touch(now);
    const auto id = static_cast<std::uint32_t>(stream);
    sendFrame(YamuxType::WindowUpdate, YamuxFlag::RST, id, 0);
    m_streams.erase(id);
    maybeFinishDrain();
}

void YamuxSession::maybeRemove(std::uint32_t id)
{
    const auto it = m_streams.find(id);
    if (it != m_streams.end() && it->second.finSent && it->second.remoteClosed) {
        m_streams.erase(it);
        maybeFinishDrain();
    }
}

void YamuxSession::resetWithEvent(std::uint32_t id, const std::string& reason)
{
    if (m_streams.erase(id) == 0)
        return;
    emit(MuxerEvent::Kind::StreamReset, id, reason);
    maybeFinishDrain();
}

std::size_t YamuxSession::pendingWrite(StreamId stream) const
{
    const Stream* s = find(stream);
    return s ? s->unsent() : 0;
}

std::uint32_t YamuxSession::sendWindow(StreamId stream) const
{
    const Stream* s = find(stream);
    return s ? s->sendWindow : 0;
}

std::uint32_t YamuxSession::receiveWindow(StreamId stream) const
{
    const Stream* s = find(stream);
    return s ? s->recvWindow : 0;
}

} // namespace meshscope::transport
