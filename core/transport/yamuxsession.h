#pragma once
// Yamux session (/yamux/1.0.0): many streams over one secured connection, per-stream flow
// control, ping and go-away. Sans-IO, see Muxer.
//
// Where this differs from go / js, and why:
// - Bytes handed out as StreamData events count as consumed at once: the window update goes out
//   when half of the stream's window has been delivered. The host applies backpressure to its
//   own readers, not through the window.
// - Inbound streams are acknowledged at once (WINDOW_UPDATE + ACK), so there is no inbound ACK
//   backlog; the host limits inbound streams per protocol and resets the rest. openStream()
//   refuses while maxAckBacklog of our streams await the remote's ACK (spec: SHOULD, 256).
// - Receive windows grow (x2, up to maxReceiveWindow) only when a window update falls due within
//   4 RTTs of the previous one, and only once an RTT has been measured with ping(), like go's
//   auto-tuning; without a measured RTT they stay at initialWindow.
// - A stream's unsent bytes are capped (maxPendingWrite); a write beyond it resets the stream.
// - A new inbound stream id must be above every earlier one (go and js only check it is unused).
// - close() sends GoAway(normal) and lets open streams finish for closeTimeout; a remote
//   GoAway(normal) likewise refuses new streams and ends the session when the last stream ends.

#include "core/base/result.h"
#include "core/transport/muxer.h"
#include "core/transport/yamuxframe.h"

#include <chrono>
#include <cstdint>
#include <deque>
#include <map>
#include <string_view>

namespace meshscope::transport {

struct YamuxConfig {
    std::uint32_t maxFrameData = 64 * 1024;           // largest Data payload we send per frame
    std::uint32_t initialWindow = kYamuxInitialWindow; // receive window granted to each stream
    std::uint32_t maxReceiveWindow = 16 * 1024 * 1024; // ceiling for auto-tuned receive windows
    std::size_t maxStreams = 1000;                     // open streams per session, both directions
    std::size_t maxAckBacklog = 256;                   // our streams the remote has not ACKed yet
    std::size_t maxPendingWrite = 4 * 1024 * 1024;     // unsent bytes per stream before a reset
    Duration keepAliveInterval{0};                     // ping period; 0 turns keep-alive off
    Duration pingTimeout = std::chrono::seconds(10);   // an unanswered ping ends the session
    Duration closeTimeout = std::chrono::seconds(5);   // after close(), time left for streams

    // Checks every field; the error names the first bad one.
    Status validate() const;
};

class YamuxSession final : public Muxer {
public:
    static constexpr std::string_view kProtocolId = "/yamux/1.0.0";

    // `initiator`: we dialed (client, odd stream ids); otherwise even ids. `config` must pass
    // validate(); bad fields fall back to their defaults.
    explicit YamuxSession(bool initiator, YamuxConfig config = {});

    std::string protocolId() const override { return std::string(kProtocolId); }
    void onData(BytesView data, TimePoint now) override;
    void onTimeout(TimePoint now) override;
    Deadline nextTimeout() const override;
    std::optional<StreamId> openStream(TimePoint now) override;
    bool write(StreamId stream, BytesView data, TimePoint now) override;
    void closeWrite(StreamId stream, TimePoint now) override;
    void reset(StreamId stream, TimePoint now) override;
    void close(TimePoint now) override;
    Bytes takeOutput() override;
    std::optional<MuxerEvent> pollEvent() override;
    bool isClosed() const override { return m_closed; }
    std::size_t pendingWrite(StreamId stream) const override;

    // Sends a Ping SYN to measure the RTT; returns its opaque value, or nullopt while another
    // ping is unanswered or the session is over. Call whenever a fresh RTT is wanted.
    std::optional<std::uint32_t> ping(TimePoint now);
    // The RTT of the last answered ping, if any.
    std::optional<Duration> rtt() const { return m_rtt; }
    // Why the session ended (empty while open).
    const std::string& closeReason() const { return m_closeReason; }
    // Streams currently open (any direction, any half-closed state).
    std::size_t streamCount() const { return m_streams.size(); }
    // Bytes we may still send on `stream` before a window update (0 if unknown).
    std::uint32_t sendWindow(StreamId stream) const;
    // Bytes the remote may still send on `stream` before our next window update (0 if unknown).
    std::uint32_t receiveWindow(StreamId stream) const;
    bool isInitiator() const { return m_initiator; }

private:
    struct Stream {
        bool outbound = false;                           // we opened it
        bool acknowledged = false;                       // outbound: the remote's ACK arrived
        bool localClosed = false;                        // closeWrite() called (FIN due)
        bool finSent = false;                            // our FIN went out
        bool remoteClosed = false;                       // the remote's FIN arrived
        std::uint32_t sendWindow = kYamuxInitialWindow;  // bytes we may still send
        std::uint32_t recvWindow = kYamuxInitialWindow;  // bytes the remote may still send
        std::uint32_t recvWindowSize = kYamuxInitialWindow; // the window we currently grant
        std::optional<TimePoint> lastWindowUpdate;       // when we last sent a window update
        Bytes pending;                                   // queued bytes, sent from pendingOffset
        std::size_t pendingOffset = 0;                   // bytes of `pending` already sent
        std::size_t unsent() const { return pending.size() - pendingOffset; }
    };

    // yamuxsession.cpp: frames in, session control, timers.
    void touch(TimePoint now);
    bool processFrame(const YamuxHeader& h, BytesView payload, TimePoint now);
    bool checkHeader(const YamuxHeader& h);
    void onPing(const YamuxHeader& h, TimePoint now);
    void onGoAway(const YamuxHeader& h);
    void onStreamFrame(const YamuxHeader& h, BytesView payload, TimePoint now);
    bool acceptInbound(std::uint32_t id, TimePoint now);
    void sessionError(const std::string& reason, YamuxGoAwayCode code = YamuxGoAwayCode::ProtocolError);
    void end(const std::string& reason);
    void maybeFinishDrain();
    void sendFrame(YamuxType type, std::uint16_t flags, std::uint32_t id, std::uint32_t length);

    // yamuxstream.cpp: stream state, flow control, writes.
    Stream* find(StreamId stream);
    const Stream* find(StreamId stream) const;
    void onStreamData(std::uint32_t id, Stream& s, BytesView payload, TimePoint now);
    void sendWindowUpdateIfDue(std::uint32_t id, Stream& s, TimePoint now);
    void flush(std::uint32_t id, Stream& s);
    void maybeRemove(std::uint32_t id);
    void resetWithEvent(std::uint32_t id, const std::string& reason);
    void emit(MuxerEvent::Kind kind, std::uint32_t id, std::string reason = {}, Bytes data = {});

    bool m_initiator;                      // client side: odd ids
    YamuxConfig m_config;                  // limits and timers
    std::map<std::uint32_t, Stream> m_streams; // open streams by id
    std::uint64_t m_nextStreamId;          // id for our next openStream()
    std::uint32_t m_lastRemoteStreamId = 0; // highest stream id the remote opened
    Bytes m_input;                         // received bytes not yet a whole frame
    Bytes m_output;                        // bytes to send
    std::deque<MuxerEvent> m_events;       // events not yet polled
    bool m_closed = false;                 // the session is over
    std::string m_closeReason;             // why it ended
    bool m_localGoAway = false;            // we sent GoAway(normal) and are draining
    bool m_remoteGoAway = false;           // the remote sent GoAway(normal)
    Deadline m_closeDeadline;              // after close(): when draining gives up
    bool m_pingOutstanding = false;        // our ping awaits its ACK
    std::uint32_t m_pingValue = 0;         // the value of our last ping
    TimePoint m_pingSentAt{};              // when it went out
    Deadline m_pingDeadline;               // when an unanswered ping ends the session
    Deadline m_nextKeepAlive;              // when the next keep-alive ping is due
    std::optional<Duration> m_rtt;         // last measured RTT
};

} // namespace meshscope::transport
