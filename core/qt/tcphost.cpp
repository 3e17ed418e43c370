#include "core/qt/tcphost.h"

#include "core/qt/clock.h"
#include "core/qt/readcoalescer.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <chrono>

namespace meshscope::coreqt {

namespace {
QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

std::optional<multiformats::Multiaddr> toMultiaddr(const QHostAddress& address, quint16 port)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    multiformats::TcpEndpoint ep;
    ep.port = port;
    if (isV4) {
        ep.family = multiformats::HostFamily::Ip4;
        ep.host = QHostAddress(v4).toString().toStdString();
    } else {
        ep.family = multiformats::HostFamily::Ip6;
        QHostAddress bare(address);
        bare.setScopeId(QString());
        ep.host = bare.toString().toStdString();
    }
    auto m = multiformats::Multiaddr::fromTcpEndpoint(ep);
    if (!m)
        return std::nullopt;
    return *m;
}
} // namespace

TcpHost::TcpHost(host::HostConfig config, QObject* parent)
    : QObject(parent)
    , m_host(std::make_unique<host::Host>(std::move(config), m_rng))
    , m_timer(new QTimer(this))
    , m_coalescer(new ReadCoalescer(std::chrono::milliseconds(1), ReadCoalescer::kQuickGap, this))
{
    qRegisterMetaType<host::PeerConnected>();
    qRegisterMetaType<host::PeerIdentified>();
    qRegisterMetaType<host::PingRtt>();
    qRegisterMetaType<host::PingFailed>();
    qRegisterMetaType<host::PeerDisconnected>();
    qRegisterMetaType<host::StreamOpened>();
    qRegisterMetaType<host::StreamData>();
    qRegisterMetaType<host::StreamClosed>();
    qRegisterMetaType<host::StreamReset>();
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &TcpHost::onTimer);
}

TcpHost::~TcpHost()
{
    // Sockets are children: they go with us. Detach first so no slot runs on a dying host.
    for (auto& [id, socket] : m_sockets)
        socket->disconnect(this);
}

const multiformats::PeerId& TcpHost::localPeer() const
{
    return m_host->localPeer();
}

std::vector<multiformats::Multiaddr> TcpHost::listenAddrs() const
{
    return m_listenAddrs;
}

Status TcpHost::listen(const multiformats::Multiaddr& addr)
{
    const auto ep = addr.tcpEndpoint();
    if (!ep || ep->family == multiformats::HostFamily::Dns)
        return fail("cannot listen on " + addr.toString() + ": need /ip4/.../tcp/PORT or /ip6/.../tcp/PORT");
    QHostAddress address;
    if (!address.setAddress(qs(ep->host)))
        return fail("cannot listen on " + addr.toString() + ": bad IP address");
    auto* server = new QTcpServer(this);
    if (!server->listen(address, ep->port)) {
        const std::string why = server->errorString().toStdString();
        delete server;
        return fail("cannot listen on " + addr.toString() + ": " + why);
    }
    auto actual = toMultiaddr(server->serverAddress(), server->serverPort());
    if (!actual) {
        delete server;
        return fail("cannot listen on " + addr.toString() + ": unrepresentable address");
    }
    connect(server, &QTcpServer::newConnection, this, [this, server] { onNewConnection(server); });
    m_servers.push_back(server);
    m_listenAddrs.push_back(actual->withPeerId(m_host->localPeer()));
    std::vector<multiformats::Multiaddr> bare;
    for (const auto& a : m_listenAddrs)
        bare.push_back(a.withoutPeerId());
    m_host->setListenAddrs(std::move(bare));
    return {};
}

void TcpHost::onNewConnection(QTcpServer* server)
{
    while (server->hasPendingConnections()) {
        QTcpSocket* socket = server->nextPendingConnection();
        socket->setParent(this);
        const auto remote = toMultiaddr(socket->peerAddress(), socket->peerPort());
        auto id = remote ? m_host->addConnection(host::Direction::Inbound, *remote, std::nullopt, steadyNow())
                         : Result<host::ConnectionId>(fail("unrepresentable remote address"));
        if (!id) {
            emit connectionClosed(0, qs(id.error().message));
            socket->abort();
            socket->deleteLater();
            continue;
        }
        attach(socket, *id);
    }
    pump();
}

void TcpHost::dial(const multiformats::Multiaddr& addr)
{
    const QString text = qs(addr.toString());
    const auto peer = addr.peerId();
    const auto ep = addr.tcpEndpoint();
    if (!peer) {
        emit dialFailed(text, QStringLiteral("the address has no /p2p/<peer id>"));
        return;
    }
    if (!ep || ep->family == multiformats::HostFamily::Dns) {
        emit dialFailed(text, QStringLiteral("only /ip4 and /ip6 TCP addresses can be dialed"));
        return;
    }
    if (*peer == m_host->localPeer()) {
        emit dialFailed(text, QStringLiteral("cannot dial ourselves"));
        return;
    }
    auto* socket = new QTcpSocket(this);
    const auto remote = addr.withoutPeerId();
    connect(socket, &QTcpSocket::connected, this, [this, socket, remote, peer, text] {
        socket->disconnect(this);
        auto id = m_host->addConnection(host::Direction::Outbound, remote, *peer, steadyNow());
        if (!id) {
            emit dialFailed(text, qs(id.error().message));
            socket->abort();
            socket->deleteLater();
            return;
        }
        m_dialed[*id] = text;
        attach(socket, *id);
        pump();
    });
    connect(socket, &QTcpSocket::errorOccurred, this, [this, socket, text](QAbstractSocket::SocketError) {
        socket->disconnect(this);
        if (auto* t = socket->findChild<QTimer*>())
            t->stop();
        emit dialFailed(text, socket->errorString());
        socket->deleteLater();
    });
    // TCP connect gets the same budget as the upgrade; the upgrade's own deadline starts after it.
    auto* connectTimer = new QTimer(socket);
    connectTimer->setSingleShot(true);
    connect(socket, &QTcpSocket::connected, connectTimer, &QTimer::stop);
    connect(connectTimer, &QTimer::timeout, this, [this, socket, text] {
        socket->disconnect(this);
        emit dialFailed(text, QStringLiteral("TCP connect timed out"));
        socket->abort();
        socket->deleteLater();
    });
    connectTimer->start(
        std::chrono::duration_cast<std::chrono::milliseconds>(m_host->config().upgradeTimeout));
    socket->connectToHost(qs(ep->host), ep->port);
}

void TcpHost::attach(QTcpSocket* socket, host::ConnectionId id)
{
    m_sockets[id] = socket;
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(socket, &QTcpSocket::readyRead, this, [this, id] { onReadyRead(id); });
    connect(socket, &QTcpSocket::bytesWritten, this, [this] { emit outputWritten(); });
    connect(socket, &QTcpSocket::disconnected, this,
        [this, id] { onSocketGone(id, QStringLiteral("the remote closed the connection")); });
    connect(socket, &QTcpSocket::errorOccurred, this,
        [this, id, socket](QAbstractSocket::SocketError) { onSocketGone(id, socket->errorString()); });
    // Bytes may already be waiting (they arrived with the connection).
    if (socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(
            this, [this, id] { onReadyRead(id); }, Qt::QueuedConnection);
}

void TcpHost::onReadyRead(host::ConnectionId id)
{
    auto it = m_sockets.find(id);
    if (it == m_sockets.end())
        return;
    const QByteArray data = it->second->readAll();
    if (data.isEmpty())
        return;
    const TimePoint now = steadyNow();
    m_coalescer->onRead(id, it->second->socketDescriptor(), now);
    m_host->onBytes(id,
        BytesView(
            reinterpret_cast<const std::uint8_t*>(data.constData()), static_cast<std::size_t>(data.size())),
        now);
    pump();
}

void TcpHost::onSocketGone(host::ConnectionId id, const QString& reason)
{
    auto it = m_sockets.find(id);
    if (it == m_sockets.end())
        return;
    QTcpSocket* socket = it->second;
    m_sockets.erase(it);
    m_coalescer->forget(id);
    socket->disconnect(this);
    socket->deleteLater();
    m_host->onTransportClosed(id, reason.toStdString(), steadyNow());
    pump();
    m_dialed.erase(id);
    emit connectionClosed(id, reason);
}

void TcpHost::closeSocket(host::ConnectionId id)
{
    auto it = m_sockets.find(id);
    if (it == m_sockets.end())
        return;
    QTcpSocket* socket = it->second;
    m_sockets.erase(it);
    m_coalescer->forget(id);
    socket->disconnect(this);
    // disconnectFromHost() writes what is still buffered (a go-away), then closes.
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    socket->disconnectFromHost();
    if (socket->state() == QAbstractSocket::UnconnectedState)
        socket->deleteLater();
    else
        QTimer::singleShot(2000, socket, [socket] {
            socket->abort();
            socket->deleteLater();
        });
}

void TcpHost::onTimer()
{
    m_host->onTimeout(steadyNow());
    pump();
}

void TcpHost::pump()
{
    if (m_pumping)
        return; // the outer pump() loops until nothing is pending
    m_pumping = true;
    for (int round = 0; round < 1000; ++round) {
        bool any = false;
        while (auto t = m_host->pollOutput()) {
            any = true;
            auto it = m_sockets.find(t->connection);
            if (it != m_sockets.end())
                it->second->write(
                    reinterpret_cast<const char*>(t->data.data()), static_cast<qint64>(t->data.size()));
        }
        while (auto ev = m_host->pollEvent()) {
            any = true;
            dispatch(*ev);
        }
        if (!any)
            break;
    }
    m_pumping = false;
    const auto next = m_host->nextTimeout();
    if (!next) {
        m_timer->stop();
        return;
    }
    if (m_armedFor == *next && m_timer->isActive())
        return; // already armed for this deadline (re-arming costs more than the check)
    m_armedFor = *next;
    const auto wait = std::chrono::ceil<std::chrono::milliseconds>(*next - steadyNow()).count();
    m_timer->start(static_cast<int>(std::clamp<long long>(wait, 0, 24LL * 3600 * 1000)));
}

void TcpHost::setReadCoalescing(std::chrono::milliseconds hold)
{
    m_coalescer->setHold(hold);
}

qint64 TcpHost::pendingOutput() const
{
    qint64 n = static_cast<qint64>(m_host->pendingWrite());
    for (const auto& [id, socket] : m_sockets)
        n += socket->bytesToWrite();
    return n;
}

void TcpHost::dispatch(const host::HostEvent& event)
{
    std::visit(
        [this](const auto& ev) {
            using T = std::decay_t<decltype(ev)>;
            if constexpr (std::is_same_v<T, host::PeerConnected>) {
                emit peerConnected(ev);
            } else if constexpr (std::is_same_v<T, host::PeerIdentified>) {
                emit peerIdentified(ev);
            } else if constexpr (std::is_same_v<T, host::PingRtt>) {
                emit pingMeasured(ev);
            } else if constexpr (std::is_same_v<T, host::PingFailed>) {
                emit pingFailed(ev);
            } else if constexpr (std::is_same_v<T, host::PeerDisconnected>) {
                emit peerDisconnected(ev);
            } else if constexpr (std::is_same_v<T, host::CloseTransport>) {
                closeSocket(ev.connection);
                m_dialed.erase(ev.connection);
                emit connectionClosed(ev.connection, qs(ev.reason));
            } else if constexpr (std::is_same_v<T, host::DialFailed>) {
                auto it = m_dialed.find(ev.connection);
                const QString addr = it != m_dialed.end() ? it->second : qs(ev.remoteAddr.toString());
                emit dialFailed(addr, qs(ev.reason));
            } else if constexpr (std::is_same_v<T, host::StreamOpened>) {
                emit streamOpened(ev);
            } else if constexpr (std::is_same_v<T, host::StreamData>) {
                emit streamData(ev);
            } else if constexpr (std::is_same_v<T, host::StreamClosed>) {
                emit streamClosed(ev);
            } else if constexpr (std::is_same_v<T, host::StreamReset>) {
                emit streamReset(ev);
            }
        },
        event);
}

void TcpHost::disconnect(const multiformats::PeerId& peer, const QString& reason)
{
    m_host->disconnect(peer, reason.toStdString(), steadyNow());
    pump();
}

void TcpHost::ping(const multiformats::PeerId& peer)
{
    m_host->ping(peer, steadyNow());
    pump();
}

void TcpHost::shutdown(const QString& reason)
{
    for (auto* server : m_servers) {
        server->close();
        server->deleteLater();
    }
    m_servers.clear();
    std::vector<host::ConnectionId> ids;
    for (const auto& [id, socket] : m_sockets)
        ids.push_back(id);
    for (const auto id : ids)
        m_host->closeConnection(id, reason.toStdString(), steadyNow());
    pump();
}

void TcpHost::handle(const std::vector<std::string>& protocols)
{
    m_host->handle(protocols);
}

std::optional<host::StreamHandle> TcpHost::openStream(
    const multiformats::PeerId& peer, const std::vector<std::string>& protocols)
{
    auto h = m_host->openStream(peer, protocols, steadyNow());
    pump();
    return h;
}

bool TcpHost::write(host::StreamHandle stream, BytesView data)
{
    const bool ok = m_host->write(stream, data, steadyNow());
    pump();
    return ok;
}

void TcpHost::closeWrite(host::StreamHandle stream)
{
    m_host->closeWrite(stream, steadyNow());
    pump();
}

void TcpHost::reset(host::StreamHandle stream)
{
    m_host->reset(stream, steadyNow());
    pump();
}

} // namespace meshscope::coreqt
