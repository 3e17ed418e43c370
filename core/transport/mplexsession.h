#pragma once
// mplex session (/mplex/6.7.0): streams over one connection without flow control. Sans-IO, see
// Muxer. Kept for older peers; prefer Yamux.
//
// Stream ids: both sides number their own streams from 0, so the Muxer StreamId tells them
// apart: 2n for our stream n, 2n + 1 for the remote's stream n.
// Where this differs from go / js, and why:
// - No flow control exists: write() never queues (pendingWrite() is always 0) and received data
//   goes out as events at once; the host bounds what it buffers per stream.
// - A message on a stream the remote already closed resets that stream (go drops it).
// - close() resets every open stream, then ends the session (mplex has no go-away).
// - Inbound streams past maxStreams are reset at once instead of blocking the connection.

#include "core/transport/mplexframe.h"
#include "core/transport/muxer.h"

#include <deque>
#include <map>
#include <string_view>

namespace meshscope::transport {

struct MplexConfig {
    std::size_t maxMessageSize = 1024 * 1024; // data per message, sent and accepted (spec: 1 MiB)
    std::size_t maxStreams = 1000;            // open streams per session, both directions
};

class MplexSession final : public Muxer {
public:
    static constexpr std::string_view kProtocolId = "/mplex/6.7.0";

    // `initiator` (we dialed) changes nothing on the wire; kept so both muxers build alike.
    explicit MplexSession(bool initiator, MplexConfig config = {});

    std::string protocolId() const override { return std::string(kProtocolId); }
    void onData(BytesView data, TimePoint now) override;
    void onTimeout(TimePoint) override {}
    Deadline nextTimeout() const override { return std::nullopt; }
    std::optional<StreamId> openStream(TimePoint now) override;
    bool write(StreamId stream, BytesView data, TimePoint now) override;
    void closeWrite(StreamId stream, TimePoint now) override;
    void reset(StreamId stream, TimePoint now) override;
    void close(TimePoint now) override;
    Bytes takeOutput() override;
    std::optional<MuxerEvent> pollEvent() override;
    bool isClosed() const override { return m_closed; }
    std::size_t pendingWrite(StreamId) const override { return 0; }

    // Why the session ended (empty while open).
    const std::string& closeReason() const { return m_closeReason; }
    // Streams currently open.
    std::size_t streamCount() const { return m_streams.size(); }
    bool isInitiator() const { return m_initiator; }

    // The Muxer id of stream `id` opened by us (`local`) or by the remote.
    static StreamId muxerId(std::uint64_t id, bool local) { return id * 2 + (local ? 0 : 1); }

private:
    struct Stream {
        bool localClosed = false;  // we sent Close
        bool remoteClosed = false; // the remote sent Close
    };

    void onFrame(const MplexFrame& f);
    void onNewStream(std::uint64_t id);
    void send(StreamId stream, MplexFlag asInitiator, BytesView data = {});
    void removeIfDone(StreamId stream);
    void sessionError(const std::string& reason);
    void end(const std::string& reason);
    void emit(MuxerEvent::Kind kind, StreamId stream, std::string reason = {}, Bytes data = {});

    bool m_initiator;                      // we dialed
    MplexConfig m_config;                  // limits
    std::map<StreamId, Stream> m_streams;  // open streams by Muxer id
    std::uint64_t m_nextStreamId = 0;      // our next stream number
    Bytes m_input;                         // received bytes not yet a whole message
    Bytes m_output;                        // bytes to send
    std::deque<MuxerEvent> m_events;       // events not yet polled
    bool m_closed = false;                 // the session is over
    std::string m_closeReason;             // why it ended
};

} // namespace meshscope::transport
