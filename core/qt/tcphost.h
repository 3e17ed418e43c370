#pragma once
// TcpHost: the live libp2p host on real TCP sockets. A QObject living on its thread (the node's
// thread): QTcpServer/QTcpSocket <-> host::Host, one QTimer re-armed from nextTimeout() after
// every input, SystemRng for randomness and steadyNow() for time. Every host::HostEvent becomes a
// Qt signal carrying the event's value type (metatypes registered in the constructor).
//
// Threading: create it on (or move it to) the node's thread and call it only from there (use
// queued invocations from elsewhere). host() gives the engine for reads; after calling one of its
// mutating methods directly, call pump() so output is written and the timer re-armed.

#include "core/base/result.h"
#include "core/host/host.h"
#include "core/qt/systemrng.h"

#include <QHash>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

class QTcpServer;
class QTcpSocket;
class QTimer;

namespace meshscope::coreqt {
class ReadCoalescer;
}

namespace meshscope::coreqt {

class TcpHost : public QObject {
    Q_OBJECT
public:
    explicit TcpHost(host::HostConfig config, QObject* parent = nullptr);
    ~TcpHost() override;

    // Listens on /ip4/A/tcp/P or /ip6/A/tcp/P (port 0 picks a free port). May be called repeatedly.
    Status listen(const multiformats::Multiaddr& addr);
    // The addresses actually listened on, each ending in /p2p/<our peer id>.
    std::vector<multiformats::Multiaddr> listenAddrs() const;
    // Our peer id.
    const multiformats::PeerId& localPeer() const;

    // Dials /ip4|ip6/A/tcp/P/p2p/ID (the /p2p/ part is required and checked during the upgrade).
    // Success shows as peerConnected, failure as dialFailed.
    void dial(const multiformats::Multiaddr& addr);
    // Closes every connection to `peer`; peerDisconnected follows.
    void disconnect(const multiformats::PeerId& peer, const QString& reason);
    // Pings `peer`; pingMeasured or pingFailed follows.
    void ping(const multiformats::PeerId& peer);
    // Closes every connection and stops listening.
    void shutdown(const QString& reason);

    // Application protocols (e.g. gossipsub): see host::Host for semantics.
    void handle(const std::vector<std::string>& protocols);
    std::optional<host::StreamHandle> openStream(
        const multiformats::PeerId& peer, const std::vector<std::string>& protocols);
    bool write(host::StreamHandle stream, BytesView data);
    void closeWrite(host::StreamHandle stream);
    void reset(host::StreamHandle stream);

    // The engine (reads; after a mutating call, call pump()).
    host::Host& host() { return *m_host; }
    // Writes pending output, emits pending events and re-arms the timer.
    void pump();
    // Bytes accepted for sending but not yet taken by the kernel: the host's stream backlog
    // (muxer send windows) plus every socket's write buffer. Publishers keep it bounded.
    qint64 pendingOutput() const;
    // Longest a received byte may wait while a busy connection's reads are coalesced (see
    // ReadCoalescer; default 1 ms, 0 turns coalescing off).
    void setReadCoalescing(std::chrono::milliseconds hold);

signals:
    void peerConnected(const meshscope::host::PeerConnected& event);
    void peerIdentified(const meshscope::host::PeerIdentified& event);
    void pingMeasured(const meshscope::host::PingRtt& event);
    void pingFailed(const meshscope::host::PingFailed& event);
    void peerDisconnected(const meshscope::host::PeerDisconnected& event);
    // A dial failed (socket error or upgrade failure); `addr` is the dialed multiaddr text.
    void dialFailed(const QString& addr, const QString& reason);
    // A connection (any state) was closed; `reason` says why (for logs).
    void connectionClosed(quint64 connection, const QString& reason);
    void streamOpened(const meshscope::host::StreamOpened& event);
    void streamData(const meshscope::host::StreamData& event);
    void streamClosed(const meshscope::host::StreamClosed& event);
    void streamReset(const meshscope::host::StreamReset& event);
    // A socket handed bytes to the kernel (pendingOutput() went down).
    void outputWritten();

private:
    void onNewConnection(QTcpServer* server);
    void attach(QTcpSocket* socket, host::ConnectionId id);
    void onReadyRead(host::ConnectionId id);
    void onSocketGone(host::ConnectionId id, const QString& reason);
    void onTimer();
    void dispatch(const host::HostEvent& event);
    void closeSocket(host::ConnectionId id);

    SystemRng m_rng; // cryptographic randomness for the engine
    std::unique_ptr<host::Host> m_host; // the sans-IO engine
    std::vector<QTcpServer*> m_servers; // listening sockets (children)
    std::vector<multiformats::Multiaddr> m_listenAddrs; // actual listen addresses with /p2p/
    std::map<host::ConnectionId, QTcpSocket*> m_sockets; // live sockets (children)
    std::map<host::ConnectionId, QString> m_dialed; // outbound connections' dialed address text
    QTimer* m_timer = nullptr; // single-shot, re-armed from nextTimeout()
    bool m_pumping = false; // guards against re-entrant pump()
    TimePoint m_armedFor {}; // the deadline m_timer was last started for
    ReadCoalescer* m_coalescer = nullptr; // raises busy sockets' SO_RCVLOWAT (child)
};

} // namespace meshscope::coreqt

Q_DECLARE_METATYPE(meshscope::host::PeerConnected)
Q_DECLARE_METATYPE(meshscope::host::PeerIdentified)
Q_DECLARE_METATYPE(meshscope::host::PingRtt)
Q_DECLARE_METATYPE(meshscope::host::PingFailed)
Q_DECLARE_METATYPE(meshscope::host::PeerDisconnected)
Q_DECLARE_METATYPE(meshscope::host::StreamOpened)
Q_DECLARE_METATYPE(meshscope::host::StreamData)
Q_DECLARE_METATYPE(meshscope::host::StreamClosed)
Q_DECLARE_METATYPE(meshscope::host::StreamReset)
