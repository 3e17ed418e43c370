#pragma once
// Host: the sans-IO libp2p host. It owns one Connection per transport connection (keyed by
// ConnectionId), runs the upgrade pipeline on each (multistream-select -> /noise -> yamux or
// mplex -> per-stream multistream-select), answers identify, identify push and ping, runs
// identify on every new connection, and dispatches streams of registered application protocols.
//
// The driver (core/qt TcpHost, the simulator, tests) owns the sockets and the clock:
//   addConnection() when a TCP connection exists, onBytes() with what it read, pollOutput() for
//   what to write, onTransportClosed() when the socket died, onTimeout() at nextTimeout(), and
//   pollEvent() until empty after every call. No sockets, no clock reads; randomness (identity
//   key if none is configured, Noise keys, ping payloads) comes from the Rng passed in.
//
// Differences from go/js: no peer store, no address book, no signed peer records; identify push
// is answered but never sent (our listen addresses do not change after listen()).

#include "core/base/bytes.h"
#include "core/base/result.h"
#include "core/base/rng.h"
#include "core/base/time.h"
#include "core/crypto/keys.h"
#include "core/host/hostevent.h"

#include <chrono>
#include <cstddef>
#include <deque>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace meshscope::host {

class Connection;

inline constexpr const char* kYamuxProtocol = "/yamux/1.0.0";
inline constexpr const char* kMplexProtocol = "/mplex/6.7.0";
inline constexpr const char* kNoiseProtocol = "/noise";

// The default agent version: "meshscope/<project version>".
std::string defaultAgentVersion();

struct HostConfig {
    std::optional<crypto::PrivateKey> identity; // our identity; generated from the Rng when absent
    std::string agentVersion = defaultAgentVersion(); // identify agentVersion
    std::vector<std::string> muxers { kYamuxProtocol, kMplexProtocol }; // in preference order
    std::size_t maxConnections = 256; // all connections, any state
    std::size_t maxConnectionsPerPeer = 2; // authenticated connections to one peer
    std::size_t maxInboundStreamsPerProtocol = 32; // open inbound streams per protocol, per connection
    std::size_t maxStreamsPerConnection = 512; // open streams of any kind, per connection
    Duration upgradeTimeout = std::chrono::seconds(10); // TCP accepted/dialed -> muxer ready
    Duration negotiationTimeout = std::chrono::seconds(10); // stream opened -> protocol agreed
    Duration identifyTimeout = std::chrono::seconds(5); // identify request -> answer
    bool identifyOnConnect = true; // run identify on every new connection
    bool earlyMuxerNegotiation = true; // offer muxers in the noise handshake payload
};

// Bytes the driver must write to one connection's socket.
struct Transmit {
    ConnectionId connection = 0; // which socket
    Bytes data; // bytes, in order
};

class Host {
public:
    Host(HostConfig config, Rng& rng);
    ~Host();
    Host(const Host&) = delete;
    Host& operator=(const Host&) = delete;

    // Our identity.
    const PeerId& localPeer() const { return m_localPeer; }
    const crypto::PrivateKey& identity() const { return m_identity; }
    const HostConfig& config() const { return m_config; }

    // Call when the driver's listen addresses are known (advertised in identify, without /p2p/).
    void setListenAddrs(std::vector<Multiaddr> addrs);
    const std::vector<Multiaddr>& listenAddrs() const { return m_listenAddrs; }

    // Registers protocol ids served by the application: inbound streams negotiating one of them
    // produce StreamOpened. They are listed in our identify message.
    void handle(const std::vector<std::string>& protocols);

    // Call when a TCP connection exists (accepted: Inbound; connected: Outbound). `expected` is
    // the peer the dialed address named (/p2p/...): any other identity fails the upgrade.
    // Fails when the connection limit is reached (the driver closes the socket).
    Result<ConnectionId> addConnection(
        Direction direction, const Multiaddr& remote, std::optional<PeerId> expected, TimePoint now);
    // Call with every chunk of bytes read from the connection's socket, in order.
    void onBytes(ConnectionId id, BytesView data, TimePoint now);
    // Call when the socket closed or failed (the connection is forgotten).
    void onTransportClosed(ConnectionId id, const std::string& reason, TimePoint now);
    // Call when nextTimeout() has passed.
    void onTimeout(TimePoint now);
    // The next time onTimeout() must be called, if any.
    Deadline nextTimeout() const;

    // Bytes to write, one connection at a time; nullopt when nothing is pending.
    std::optional<Transmit> pollOutput();
    // Bytes written to streams but not yet released by pollOutput() (waiting for the muxer's send
    // window, protocol agreement or the driver), over every connection. A publisher that keeps
    // this bounded (with the driver's socket buffers) cannot queue without limit.
    std::size_t pendingWrite() const;
    // The next event; nullopt when none is pending. Drain after every call above.
    std::optional<HostEvent> pollEvent();

    // Sends one ping to `peer` on a new /ipfs/ping/1.0.0 stream: PingRtt or PingFailed follows.
    void ping(const PeerId& peer, TimePoint now);
    // Closes every connection to `peer`.
    void disconnect(const PeerId& peer, const std::string& reason, TimePoint now);
    // Closes one connection.
    void closeConnection(ConnectionId id, const std::string& reason, TimePoint now);

    // Opens a stream to `peer` proposing `protocols` in order; StreamOpened (or StreamReset if
    // the peer supports none) follows. Nullopt when the peer is not connected or limits forbid it.
    std::optional<StreamHandle> openStream(
        const PeerId& peer, const std::vector<std::string>& protocols, TimePoint now);
    // Writes to an application stream; false if it cannot be written.
    bool write(StreamHandle stream, BytesView data, TimePoint now);
    // Half-closes our side of an application stream.
    void closeWrite(StreamHandle stream, TimePoint now);
    // Resets an application stream.
    void reset(StreamHandle stream, TimePoint now);

    // Peers with at least one upgraded connection.
    std::vector<PeerId> connectedPeers() const;
    // Number of connections in any state.
    std::size_t connectionCount() const { return m_connections.size(); }

    // --- Used by Connection (not for drivers) ---
    // Protocols we serve, for identify and the stream listener.
    std::vector<std::string> servedProtocols() const;
    bool isAppProtocol(const std::string& protocol) const { return m_appProtocols.count(protocol) > 0; }
    Rng& rng() { return m_rng; }
    // Queues an event for pollEvent() (named so it cannot clash with Qt's `emit` macro).
    void report(HostEvent event) { m_events.push_back(std::move(event)); }
    // Called by a connection when its upgrade finished; false if the per-peer limit refuses it.
    bool admitPeer(ConnectionId id, const PeerId& peer);

private:
    Connection* find(ConnectionId id);
    Connection* anyConnection(const PeerId& peer);
    void reap(TimePoint now); // drops closed connections, emitting their final events

    HostConfig m_config; // limits and identity settings
    Rng& m_rng; // all randomness (keys, noise, ping payloads)
    crypto::PrivateKey m_identity; // our identity key
    PeerId m_localPeer; // derived from m_identity
    std::vector<Multiaddr> m_listenAddrs; // advertised in identify
    std::set<std::string> m_appProtocols; // registered application protocols
    std::map<ConnectionId, std::unique_ptr<Connection>> m_connections; // live connections
    ConnectionId m_nextId = 1; // next ConnectionId to hand out
    std::deque<HostEvent> m_events; // events not yet polled
    std::deque<Transmit> m_finalOutput; // last bytes (go-away) of connections already closed
};

} // namespace meshscope::host
