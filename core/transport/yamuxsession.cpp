// YamuxSession: frame parsing, session-level frames (ping, go-away), errors and timers.
// Stream state and flow control live in yamuxstream.cpp.

#include "core/transport/yamuxsession.h"

#include <utility>

namespace meshscope::transport {

Status YamuxConfig::validate() const
{
    if (maxFrameData == 0)
        return fail("YamuxConfig.maxFrameData must be positive");
    if (initialWindow < kYamuxInitialWindow)
        return fail("YamuxConfig.initialWindow must be at least 256 KiB (the spec's initial window)");
    if (maxReceiveWindow < initialWindow)
        return fail("YamuxConfig.maxReceiveWindow must be at least initialWindow");
    if (maxReceiveWindow > 0x7fffffffu)
        return fail("YamuxConfig.maxReceiveWindow must fit in 31 bits");
    if (maxStreams == 0)
        return fail("YamuxConfig.maxStreams must be positive");
    if (maxAckBacklog == 0)
        return fail("YamuxConfig.maxAckBacklog must be positive");
    if (maxPendingWrite == 0)
        return fail("YamuxConfig.maxPendingWrite must be positive");
    if (keepAliveInterval.count() < 0)
        return fail("YamuxConfig.keepAliveInterval must not be negative");
    if (pingTimeout.count() <= 0)
        return fail("YamuxConfig.pingTimeout must be positive");
    if (closeTimeout.count() < 0)
        return fail("YamuxConfig.closeTimeout must not be negative");
    return {};
}

YamuxSession::YamuxSession(bool initiator, YamuxConfig config)
    : m_initiator(initiator), m_config(config), m_nextStreamId(initiator ? 1 : 2)
{
    if (!m_config.validate())
        m_config = YamuxConfig{};
}

void YamuxSession::touch(TimePoint now)
{
    if (!m_nextKeepAlive && m_config.keepAliveInterval.count() > 0 && !m_closed)
        m_nextKeepAlive = now + m_config.keepAliveInterval;
}

void YamuxSession::sendFrame(YamuxType type, std::uint16_t flags, std::uint32_t id, std::uint32_t length)
{
    appendYamuxHeader(m_output, YamuxHeader{kYamuxVersion, static_cast<std::uint8_t>(type), flags, id, length});
}

void YamuxSession::onData(BytesView data, TimePoint now)
{
    if (m_closed)
        return;
    touch(now);
    append(m_input, data);
    std::size_t pos = 0;
    while (!m_closed && m_input.size() - pos >= kYamuxHeaderSize) {
        const BytesView rest = BytesView(m_input).subspan(pos);
        const YamuxHeader h = decodeYamuxHeader(rest);
        if (!checkHeader(h))
            break;
        std::size_t frameSize = kYamuxHeaderSize;
        if (h.type == static_cast<std::uint8_t>(YamuxType::Data))
            frameSize += h.length;
        if (rest.size() < frameSize)
            break; // checkHeader() bounded the length: waiting is safe
        pos += frameSize;
        processFrame(h, rest.subspan(kYamuxHeaderSize, frameSize - kYamuxHeaderSize), now);
    }
    if (m_closed)
        m_input.clear();
    else
        m_input.erase(m_input.begin(), m_input.begin() + static_cast<std::ptrdiff_t>(pos));
}

bool YamuxSession::checkHeader(const YamuxHeader& h)
{
    if (h.version != kYamuxVersion) {
        sessionError("unsupported yamux version " + std::to_string(h.version));
        return false;
    }
    if (h.type > static_cast<std::uint8_t>(YamuxType::GoAway)) {
        sessionError("unknown frame " + yamuxTypeName(h.type));
        return false;
    }
    const bool sessionFrame = h.type == static_cast<std::uint8_t>(YamuxType::Ping)
        || h.type == static_cast<std::uint8_t>(YamuxType::GoAway);
    if (sessionFrame != (h.streamId == 0)) {
        sessionError(yamuxTypeName(h.type) + " frame on stream " + std::to_string(h.streamId)
                     + (sessionFrame ? " (must be 0)" : " (0 is the session)"));
        return false;
    }
    if (h.type != static_cast<std::uint8_t>(YamuxType::Data))
        return true;
    // Bound the payload before waiting for it: it must fit the stream's receive window.
    std::uint32_t window = m_config.maxReceiveWindow;
    if (const Stream* s = find(h.streamId))
        window = s->recvWindow;
    else if (h.flags & YamuxFlag::SYN)
        window = kYamuxInitialWindow;
    if (h.length > window) {
        sessionError("Data frame of " + std::to_string(h.length) + " bytes on stream " + std::to_string(h.streamId)
                     + " exceeds the receive window of " + std::to_string(window));
        return false;
    }
    return true;
}

bool YamuxSession::processFrame(const YamuxHeader& h, BytesView payload, TimePoint now)
{
    switch (static_cast<YamuxType>(h.type)) {
    case YamuxType::Ping:
        onPing(h, now);
        break;
    case YamuxType::GoAway:
        onGoAway(h);
        break;
    case YamuxType::Data:
    case YamuxType::WindowUpdate:
        onStreamFrame(h, payload, now);
        break;
    }
    return !m_closed;
}

void YamuxSession::onPing(const YamuxHeader& h, TimePoint now)
{
    if (h.flags & YamuxFlag::SYN) {
        sendFrame(YamuxType::Ping, YamuxFlag::ACK, 0, h.length);
        return;
    }
    if (h.flags & YamuxFlag::ACK) {
        if (!m_pingOutstanding || h.length != m_pingValue) {
            sessionError("unsolicited ping ACK (value " + std::to_string(h.length) + ")");
            return;
        }
        m_pingOutstanding = false;
        m_pingDeadline.reset();
        m_rtt = now - m_pingSentAt;
        return;
    }
    sessionError("ping without SYN or ACK");
}

void YamuxSession::onGoAway(const YamuxHeader& h)
{
    if (h.length != static_cast<std::uint32_t>(YamuxGoAwayCode::Normal)) {
        end("remote go-away: " + yamuxGoAwayName(h.length));
        return;
    }
    m_remoteGoAway = true;
    maybeFinishDrain();
}

void YamuxSession::onStreamFrame(const YamuxHeader& h, BytesView payload, TimePoint now)
{
    const std::uint32_t id = h.streamId;
    if ((h.flags & YamuxFlag::SYN) && !acceptInbound(id, now))
        return;
    Stream* s = find(id);
    if (!s)
        return; // a stream already closed or reset here: late frames are dropped
    if (h.flags & YamuxFlag::ACK)
        s->acknowledged = true;
    if (h.type == static_cast<std::uint8_t>(YamuxType::WindowUpdate)) {
        const std::uint64_t grown = std::uint64_t{s->sendWindow} + h.length;
        if (grown > 0xffffffffu) {
            sessionError("window update on stream " + std::to_string(id) + " overflows the 32-bit send window");
            return;
        }
        s->sendWindow = static_cast<std::uint32_t>(grown);
        flush(id, *s);
        s = find(id);
        if (!s)
            return;
    } else {
        onStreamData(id, *s, payload, now);
        s = find(id);
        if (!s)
            return;
    }
    if (h.flags & YamuxFlag::RST) {
        resetWithEvent(id, "reset by remote");
        return;
    }
    if ((h.flags & YamuxFlag::FIN) && !s->remoteClosed) {
        s->remoteClosed = true;
        emit(MuxerEvent::Kind::StreamClosed, id);
        maybeRemove(id);
    }
}

bool YamuxSession::acceptInbound(std::uint32_t id, TimePoint now)
{
    const bool remoteParity = (id % 2 == 1) != m_initiator;
    if (!remoteParity) {
        sessionError("SYN for stream " + std::to_string(id) + ": wrong parity for a stream the "
                     + (m_initiator ? "listener" : "dialer") + " opens");
        return false;
    }
    if (id <= m_lastRemoteStreamId) {
        sessionError("SYN for stream " + std::to_string(id) + " reuses an old or open stream id");
        return false;
    }
    m_lastRemoteStreamId = id;
    if (m_localGoAway || m_remoteGoAway || m_streams.size() >= m_config.maxStreams) {
        sendFrame(YamuxType::WindowUpdate, YamuxFlag::RST, id, 0); // refused
        return false;
    }
    Stream& s = m_streams[id];
    s.outbound = false;
    const std::uint32_t extra = m_config.initialWindow - kYamuxInitialWindow;
    sendFrame(YamuxType::WindowUpdate, YamuxFlag::ACK, id, extra);
    s.recvWindow += extra;
    s.recvWindowSize = m_config.initialWindow;
    s.lastWindowUpdate = now;
    emit(MuxerEvent::Kind::StreamOpened, id);
    return true;
}

void YamuxSession::sessionError(const std::string& reason, YamuxGoAwayCode code)
{
    if (m_closed)
        return;
    sendFrame(YamuxType::GoAway, 0, 0, static_cast<std::uint32_t>(code));
    end("yamux " + yamuxGoAwayName(static_cast<std::uint32_t>(code)) + ": " + reason);
}

void YamuxSession::end(const std::string& reason)
{
    if (m_closed)
        return;
    m_closed = true;
    m_closeReason = reason;
    for (auto& [id, s] : m_streams)
        emit(MuxerEvent::Kind::StreamReset, id, "session closed: " + reason);
    m_streams.clear();
    m_pingDeadline.reset();
    m_nextKeepAlive.reset();
    m_closeDeadline.reset();
    emit(MuxerEvent::Kind::SessionClosed, 0, reason);
}

void YamuxSession::maybeFinishDrain()
{
    if (m_closed || !m_streams.empty())
        return;
    if (m_remoteGoAway)
        end("remote go-away: normal termination");
    else if (m_localGoAway)
        end("closed locally");
}

void YamuxSession::close(TimePoint now)
{
    if (m_closed || m_localGoAway)
        return;
    sendFrame(YamuxType::GoAway, 0, 0, static_cast<std::uint32_t>(YamuxGoAwayCode::Normal));
    m_localGoAway = true;
    m_closeDeadline = now + m_config.closeTimeout;
    maybeFinishDrain();
}

std::optional<std::uint32_t> YamuxSession::ping(TimePoint now)
{
    if (m_closed || m_pingOutstanding)
        return std::nullopt;
    touch(now);
    ++m_pingValue;
    m_pingOutstanding = true;
    m_pingSentAt = now;
    m_pingDeadline = now + m_config.pingTimeout;
    sendFrame(YamuxType::Ping, YamuxFlag::SYN, 0, m_pingValue);
    return m_pingValue;
}

void YamuxSession::onTimeout(TimePoint now)
{
    if (m_closed)
        return;
    touch(now);
    if (m_pingDeadline && now >= *m_pingDeadline) {
        sessionError("ping timeout", YamuxGoAwayCode::InternalError);
        return;
    }
    if (m_closeDeadline && now >= *m_closeDeadline) {
        end("closed locally (streams still open after the close timeout)");
        return;
    }
    if (m_nextKeepAlive && now >= *m_nextKeepAlive) {
        m_nextKeepAlive = now + m_config.keepAliveInterval;
        (void)ping(now);
    }
}

Deadline YamuxSession::nextTimeout() const
{
    if (m_closed)
        return std::nullopt;
    return earliest(earliest(m_pingDeadline, m_closeDeadline), m_nextKeepAlive);
}

Bytes YamuxSession::takeOutput() { return std::exchange(m_output, {}); }

std::optional<MuxerEvent> YamuxSession::pollEvent()
{
    if (m_events.empty())
        return std::nullopt;
    MuxerEvent e = std::move(m_events.front());
    m_events.pop_front();
    return e;
}

void YamuxSession::emit(MuxerEvent::Kind kind, std::uint32_t id, std::string reason, Bytes data)
{
    m_events.push_back(MuxerEvent{kind, id, std::move(data), std::move(reason)});
}

} // namespace meshscope::transport
