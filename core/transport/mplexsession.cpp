#include "core/transport/mplexsession.h"

#include <algorithm>
#include <utility>

namespace meshscope::transport {

namespace {

// Our stream's flag for `asInitiator` (Message/Close/ResetInitiator), or the Receiver variant
// (one less) for a stream the remote opened.
MplexFlag flagFor(MplexFlag asInitiator, bool local)
{
    return local ? asInitiator : static_cast<MplexFlag>(static_cast<std::uint8_t>(asInitiator) - 1);
}

} // namespace

MplexSession::MplexSession(bool initiator, MplexConfig config) : m_initiator(initiator), m_config(config)
{
    if (m_config.maxMessageSize == 0)
        m_config.maxMessageSize = MplexConfig{}.maxMessageSize;
}

void MplexSession::onData(BytesView data, TimePoint)
{
    if (m_closed)
        return;
    append(m_input, data);
    std::size_t pos = 0;
    while (!m_closed && pos < m_input.size()) {
        const MplexDecode d = decodeMplexFrame(BytesView(m_input).subspan(pos), m_config.maxMessageSize);
        if (d.status == MplexDecodeStatus::Incomplete)
            break;
        if (d.status == MplexDecodeStatus::Invalid) {
            sessionError("invalid varint in a message header");
            break;
        }
        if (d.status == MplexDecodeStatus::TooLarge) {
            sessionError("message of " + std::to_string(d.announced) + " bytes exceeds the limit of "
                         + std::to_string(m_config.maxMessageSize));
            break;
        }
        pos += d.consumed;
        onFrame(d.frame);
    }
    if (m_closed)
        m_input.clear();
    else
        m_input.erase(m_input.begin(), m_input.begin() + static_cast<std::ptrdiff_t>(pos));
}

void MplexSession::onFrame(const MplexFrame& f)
{
    if (f.flag > static_cast<std::uint8_t>(MplexFlag::ResetInitiator)) {
        sessionError("unknown " + mplexFlagName(f.flag) + " on stream " + std::to_string(f.streamId));
        return;
    }
    const auto flag = static_cast<MplexFlag>(f.flag);
    if (flag == MplexFlag::NewStream) {
        onNewStream(f.streamId);
        return;
    }
    // Initiator flags (2, 4, 6) come from the side that opened the stream: the remote.
    const bool local = (f.flag % 2) == 1;
    const StreamId id = muxerId(f.streamId, local);
    const auto it = m_streams.find(id);
    if (it == m_streams.end())
        return; // closed or reset here already: late messages are dropped
    switch (flag) {
    case MplexFlag::MessageReceiver:
    case MplexFlag::MessageInitiator:
        if (it->second.remoteClosed) {
            send(id, MplexFlag::ResetInitiator);
            m_streams.erase(it);
            emit(MuxerEvent::Kind::StreamReset, id, "data after the remote closed the stream");
            return;
        }
        if (!f.data.empty())
            emit(MuxerEvent::Kind::StreamData, id, {}, Bytes(f.data.begin(), f.data.end()));
        return;
    case MplexFlag::CloseReceiver:
    case MplexFlag::CloseInitiator:
        if (!it->second.remoteClosed) {
            it->second.remoteClosed = true;
            emit(MuxerEvent::Kind::StreamClosed, id);
            removeIfDone(id);
        }
        return;
    case MplexFlag::ResetReceiver:
    case MplexFlag::ResetInitiator:
        m_streams.erase(it);
        emit(MuxerEvent::Kind::StreamReset, id, "reset by remote");
        return;
    case MplexFlag::NewStream:
        return;
    }
}

void MplexSession::onNewStream(std::uint64_t remoteId)
{
    const StreamId id = muxerId(remoteId, false);
    if (m_streams.count(id)) {
        sessionError("NewStream for stream " + std::to_string(remoteId) + " which is already open");
        return;
    }
    if (m_streams.size() >= m_config.maxStreams) {
        appendMplexFrame(m_output, remoteId, MplexFlag::ResetReceiver, {}); // refused
        return;
    }
    m_streams[id] = Stream{};
    emit(MuxerEvent::Kind::StreamOpened, id);
}

std::optional<StreamId> MplexSession::openStream(TimePoint)
{
    if (m_closed || m_streams.size() >= m_config.maxStreams || m_nextStreamId > kMplexMaxStreamId)
        return std::nullopt;
    const std::uint64_t n = m_nextStreamId++;
    const StreamId id = muxerId(n, true);
    m_streams[id] = Stream{};
    appendMplexFrame(m_output, n, MplexFlag::NewStream, asBytes(std::to_string(n))); // name as go/js do
    return id;
}

void MplexSession::send(StreamId stream, MplexFlag asInitiator, BytesView data)
{
    const bool local = stream % 2 == 0;
    appendMplexFrame(m_output, stream / 2, flagFor(asInitiator, local), data);
}

bool MplexSession::write(StreamId stream, BytesView data, TimePoint)
{
    const auto it = m_streams.find(stream);
    if (m_closed || it == m_streams.end() || it->second.localClosed)
        return false;
    while (!data.empty()) {
        const std::size_t n = std::min(data.size(), m_config.maxMessageSize);
        send(stream, MplexFlag::MessageInitiator, data.first(n));
        data = data.subspan(n);
    }
    return true;
}

void MplexSession::closeWrite(StreamId stream, TimePoint)
{
    const auto it = m_streams.find(stream);
    if (m_closed || it == m_streams.end() || it->second.localClosed)
        return;
    it->second.localClosed = true;
    send(stream, MplexFlag::CloseInitiator);
    removeIfDone(stream);
}

void MplexSession::reset(StreamId stream, TimePoint)
{
    if (m_closed || m_streams.erase(stream) == 0)
        return;
    send(stream, MplexFlag::ResetInitiator);
}

void MplexSession::close(TimePoint)
{
    if (m_closed)
        return;
    for (const auto& [id, s] : m_streams)
        send(id, MplexFlag::ResetInitiator);
    end("closed locally");
}

void MplexSession::removeIfDone(StreamId stream)
{
    const auto it = m_streams.find(stream);
    if (it != m_streams.end() && it->second.localClosed && it->second.remoteClosed)
        m_streams.erase(it);
}

void MplexSession::sessionError(const std::string& reason) { end("mplex protocol error: " + reason); }

void MplexSession::end(const std::string& reason)
{
    if (m_closed)
        return;
    m_closed = true;
    m_closeReason = reason;
    for (const auto& [id, s] : m_streams)
        emit(MuxerEvent::Kind::StreamReset, id, "session closed: " + reason);
    m_streams.clear();
    emit(MuxerEvent::Kind::SessionClosed, 0, reason);
}

Bytes MplexSession::takeOutput() { return std::exchange(m_output, {}); }

std::optional<MuxerEvent> MplexSession::pollEvent()
{
    if (m_events.empty())
        return std::nullopt;
    MuxerEvent e = std::move(m_events.front());
    m_events.pop_front();
    return e;
}

void MplexSession::emit(MuxerEvent::Kind kind, StreamId stream, std::string reason, Bytes data)
{
    m_events.push_back(MuxerEvent{kind, stream, std::move(data), std::move(reason)});
}

} // namespace meshscope::transport
