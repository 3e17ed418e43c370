#pragma once
// Connection: the sans-IO upgrade pipeline and stream dispatch of one TCP connection.
//   multistream-select "/noise" -> SecureChannel (noise XX, early muxer negotiation) ->
//   [multistream-select for the muxer if the remote offered none] -> Muxer (yamux or mplex) ->
//   per stream: multistream-select -> identify / identify push / ping / application protocol.
// Owned by Host; reports through Host::report(). Any error closes the whole connection with a
// reason (closed()/closeReason()); Host then tells the driver with CloseTransport.

#include "core/base/bytes.h"
#include "core/base/time.h"
#include "core/host/hostevent.h"
#include "core/host/identify.h"
#include "core/host/lengthprefix.h"
#include "core/host/ping.h"
#include "core/host/securechannel.h"
#include "core/transport/multistreamselect.h"
#include "core/transport/muxer.h"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace meshscope::host {

class Host;

class Connection {
public:
    // App bytes buffered on an outbound stream whose protocol is not agreed yet.
    static constexpr std::size_t kMaxPendingWrite = 4 * 1024 * 1024;

    enum class Phase { SecurityNegotiation, Handshake, MuxerNegotiation, Muxed, Closed };

    Connection(Host& host, ConnectionId id, Direction direction, Multiaddr remote,
        std::optional<PeerId> expected, TimePoint now);
    ~Connection();

    // Call once after construction: queues the first multistream-select messages.
    void start(TimePoint now);
    // Call with every chunk of bytes read from the socket.
    void onBytes(BytesView data, TimePoint now);
    // Call when nextTimeout() has passed.
    void onTimeout(TimePoint now);
    // The next time onTimeout() must be called, if any.
    Deadline nextTimeout() const;
    // Bytes to write to the socket.
    Bytes takeOutput();
    // Application bytes accepted by write() but not yet handed to the socket (waiting for
    // protocol agreement or for the muxer's send window). Call for back-pressure.
    std::size_t pendingWrite() const;
    // Closes the connection locally (go-away on the muxer if there is one).
    void close(const std::string& reason, TimePoint now);
    // The socket is gone: nothing more can be sent.
    void onTransportClosed(const std::string& reason);

    ConnectionId id() const { return m_id; }
    Direction direction() const { return m_direction; }
    const Multiaddr& remoteAddr() const { return m_remote; }
    Phase phase() const { return m_phase; }
    bool closed() const { return m_phase == Phase::Closed; }
    const std::string& closeReason() const { return m_closeReason; }
    bool transportClosed() const { return m_transportClosed; }
    // True once PeerConnected was emitted for this connection.
    bool upgraded() const { return m_upgraded; }
    // The authenticated peer (after the handshake).
    const PeerId& peer() const { return m_peer; }
    // Application streams still open (for StreamReset on close).
    std::vector<StreamHandle> appStreams() const;

    // Opens a ping stream; PingRtt or PingFailed follows.
    void ping(TimePoint now);
    // Opens an application stream proposing `protocols`; nullopt when not muxed or over limits.
    std::optional<transport::StreamId> openAppStream(
        const std::vector<std::string>& protocols, TimePoint now);
    bool write(transport::StreamId stream, BytesView data, TimePoint now);
    void closeWrite(transport::StreamId stream, TimePoint now);
    void reset(transport::StreamId stream, TimePoint now);

private:
    enum class Role {
        Negotiating, // multistream-select still running on the stream
        IdentifyServe, // inbound /ipfs/id/1.0.0: we answer and close
        IdentifyRead, // outbound /ipfs/id/1.0.0 or inbound push: we read one message
        PingServe, // inbound /ipfs/ping/1.0.0: we echo
        PingSend, // outbound ping
        App, // registered application protocol
    };
    enum class Purpose { Identify, Ping, App }; // why we opened an outbound stream

    struct Stream {
        Direction direction = Direction::Inbound; // who opened it
        Role role = Role::Negotiating; // what runs on it now
        Purpose purpose = Purpose::App; // outbound streams: why we opened it
        std::optional<transport::MultistreamSelect> negotiation; // until the protocol is agreed
        std::string protocol; // agreed protocol
        Deadline deadline; // negotiation / identify / ping deadline
        LengthPrefixedReader reader { kIdentifyMaxMessage }; // identify message being read
        PingResponder pingResponder; // PingServe state
        PingInitiator pingInitiator; // PingSend state
        Bytes pendingWrite; // app bytes written before agreement
        bool pendingCloseWrite = false; // app closeWrite before agreement
        bool push = false; // IdentifyRead: an identify push
        bool localClosed = false; // we half-closed
        bool remoteClosed = false; // the remote half-closed
    };

    void fail(const std::string& reason, TimePoint now);
    void onSecurityBytes(BytesView data, TimePoint now);
    void onHandshakeBytes(BytesView data, TimePoint now);
    void onSecurePlaintext(BytesView data, TimePoint now);
    void onHandshakeDone(TimePoint now);
    void startMuxer(const std::string& protocol, BytesView early, TimePoint now);
    void pumpMuxer(TimePoint now);
    void flushMuxerOutput();
    void sendSecure(BytesView plaintext);

    // connectionstreams.cpp
    void onMuxerEvent(transport::MuxerEvent event, TimePoint now);
    void onInboundStream(transport::StreamId id, TimePoint now);
    void onStreamData(transport::StreamId id, BytesView data, TimePoint now);
    void onStreamClosed(transport::StreamId id, TimePoint now);
    void onStreamReset(transport::StreamId id, const std::string& reason, TimePoint now);
    void onNegotiated(transport::StreamId id, Stream& s, TimePoint now);
    void onIdentifyMessage(transport::StreamId id, Stream& s, TimePoint now);
    std::optional<transport::StreamId> openOutbound(
        Purpose purpose, std::vector<std::string> protocols, TimePoint now);
    void finishStream(transport::StreamId id);
    void resetStream(transport::StreamId id, const std::string& reason, TimePoint now);
    void streamWrite(transport::StreamId id, BytesView data, TimePoint now);
    std::size_t inboundCount(const std::string& protocol) const;
    void onStreamTimeout(transport::StreamId id, Stream& s, TimePoint now);
    IdentifyInfo ourIdentify() const;

    Host& m_host; // owner: config, rng, events
    ConnectionId m_id; // our id
    Direction m_direction; // who dialed
    Multiaddr m_remote; // remote transport address
    std::optional<PeerId> m_expected; // required remote identity (dial with /p2p/)
    Phase m_phase = Phase::SecurityNegotiation; // where the upgrade stands
    TimePoint m_upgradeDeadline; // the upgrade must finish by then
    std::optional<transport::MultistreamSelect> m_negotiation; // security or muxer negotiation
    std::unique_ptr<SecureChannel> m_secure; // noise, once negotiated
    std::unique_ptr<transport::Muxer> m_muxer; // yamux or mplex, once negotiated
    PeerId m_peer; // authenticated remote peer
    bool m_upgraded = false; // PeerConnected emitted
    bool m_transportClosed = false; // the socket is gone
    std::string m_closeReason; // why it closed
    Bytes m_output; // bytes for the socket
    Bytes m_plainOut; // secure-channel plaintext not yet encrypted (takeOutput() does)
    std::map<transport::StreamId, Stream> m_streams; // streams we track
};

} // namespace meshscope::host
