#pragma once
// What a Host reports to its driver and application (drained with Host::pollEvent()).
// Plain value types: core/qt copies them into Qt signals unchanged.

#include "core/base/bytes.h"
#include "core/base/time.h"
#include "core/multiformats/multiaddr.h"
#include "core/multiformats/peerid.h"
#include "core/transport/muxer.h"

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace meshscope::host {

using PeerId = multiformats::PeerId;
using Multiaddr = multiformats::Multiaddr;

// Identifies one transport connection for the lifetime of a Host (never reused).
using ConnectionId = std::uint64_t;

enum class Direction { Inbound, Outbound };

// "inbound" / "outbound".
const char* directionName(Direction d);

// One application stream: the connection and the muxer's stream id.
struct StreamHandle {
    ConnectionId connection = 0; // the connection carrying the stream
    transport::StreamId stream = 0; // the muxer's id for it
    friend bool operator==(const StreamHandle&, const StreamHandle&) = default;
    friend auto operator<=>(const StreamHandle&, const StreamHandle&) = default;
};

// The security and muxer upgrade finished: the peer is authenticated.
struct PeerConnected {
    ConnectionId connection = 0; // which connection
    PeerId peer;                 // authenticated remote identity
    Direction direction = Direction::Inbound; // who dialed
    Multiaddr remoteAddr;        // the remote's transport address
    std::string muxer;           // "/yamux/1.0.0" or "/mplex/6.7.0"
};

// An identify (or identify push) message from the peer was accepted.
struct PeerIdentified {
    ConnectionId connection = 0;          // which connection
    PeerId peer;                          // who
    std::string protocolVersion;          // "ipfs/0.1.0"
    std::string agentVersion;             // e.g. "js-libp2p/2.10.0 ..."
    std::vector<std::string> protocols;   // what the peer serves
    std::vector<Multiaddr> listenAddrs;   // where it listens (unparseable entries skipped)
    std::optional<Multiaddr> observedAddr; // how it sees us
};

// A ping we sent came back.
struct PingRtt {
    PeerId peer;  // who answered
    Duration rtt; // round-trip time, from the `now` values passed in
};

// A ping we sent was not answered (timeout, reset, refused protocol, or no connection).
struct PingFailed {
    PeerId peer;        // who
    std::string reason; // why
};

// A connection that had emitted PeerConnected ended (one event per connection).
struct PeerDisconnected {
    ConnectionId connection = 0; // the connection that ended
    PeerId peer;                 // who
    std::string reason;          // why
};

// The driver must close this connection's socket (after writing pending output if it can).
struct CloseTransport {
    ConnectionId connection = 0; // which connection
    std::string reason;          // why, for the log
};

// An outbound connection failed before PeerConnected (upgrade error, wrong peer id, timeout).
struct DialFailed {
    ConnectionId connection = 0; // which connection
    Multiaddr remoteAddr;        // what was dialed
    std::string reason;          // why
};

// A stream of a registered application protocol is ready (inbound or one we opened).
struct StreamOpened {
    StreamHandle handle;   // use with Host::write/closeWrite/reset
    PeerId peer;           // remote peer
    std::string protocol;  // negotiated protocol id
    Direction direction = Direction::Inbound; // who opened it
};

// Bytes arrived on an application stream.
struct StreamData {
    StreamHandle handle; // which stream
    Bytes data;          // payload, in order
};

// The remote half-closed an application stream (it will send nothing more).
struct StreamClosed {
    StreamHandle handle; // which stream
};

// An application stream ended abruptly (reset, refused protocol, connection closed).
struct StreamReset {
    StreamHandle handle; // which stream
    std::string reason;  // why
};

using HostEvent = std::variant<PeerConnected, PeerIdentified, PingRtt, PingFailed, PeerDisconnected,
                               CloseTransport, DialFailed, StreamOpened, StreamData, StreamClosed,
                               StreamReset>;

} // namespace meshscope::host
