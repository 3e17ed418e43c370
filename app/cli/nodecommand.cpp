// The core headers come first: core/host/host.h declares Host::emit(), which Qt's `emit` macro
// would rewrite if a Qt header came before it.
#include "core/crypto/keyfile.h"
#include "core/qt/systemrng.h"
#include "core/qt/tcphost.h"

#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <vector>
#include "app/cli/gossipsession.h"

#include "app/cli/nodecommand.h"

#include "app/cli/jsonevents.h"
#include "app/cli/nodeoptions.h"
#include "app/cli/unixsignals.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <cstdio>

namespace meshscope::cli {
namespace {

void printError(const QString& message)
{
    std::fprintf(stderr, "meshscope-cli node: %s\n", qPrintable(message));
    std::fflush(stderr);
}

QString qstr(const std::string& s) { return QString::fromStdString(s); }

// How often connected peers are pinged (the first ping goes right after identify).
constexpr int kPingIntervalMs = 5000;
// How long peer_connected waits for identify before it is reported without agent/protocols.
constexpr int kIdentifyWaitMs = 6000;

// One run of the node: owns the host, reports its signals, counts for the summary.
class NodeSession {
public:
    NodeSession(const NodeOptions& options, host::HostConfig config)
        : m_options(options), m_writer(options.json), m_host(std::move(config))
    {
        m_uptime.start();
        m_host.setReadCoalescing(std::chrono::milliseconds(options.readCoalesceMs));
        m_summary.peerId = qstr(m_host.localPeer().toBase58());
        wire();
    }

    // Runs the gossipsub node on this host (before run()).
    void enableGossip(node::NodeConfig config)
    {
        m_driver = std::make_unique<NodeDriver>(m_host, std::move(config));
        m_gossip = std::make_unique<GossipSession>(m_options, m_host, *m_driver, m_writer, m_summary);
    }

    // Listens, dials and runs the event loop until the duration ends or a signal arrives.
    int run()
    {
        for (const QString& text : m_options.listen) {
            auto addr = multiformats::Multiaddr::fromString(text.toStdString());
            if (!addr) {
                printError(QStringLiteral("--listen: bad multiaddr '%1': %2").arg(text, qstr(addr.error().message)));
                return 2;
            }
            if (Status s = m_host.listen(*addr); !s) {
                printError(QStringLiteral("cannot listen on %1: %2").arg(text, qstr(s.error().message)));
                return 1;
            }
        }
        QStringList addrs;
        for (const auto& a : m_host.listenAddrs())
            addrs << qstr(a.toString());
        m_writer.write(events::listening(m_summary.peerId, addrs));
        if (m_gossip) {
            if (Status s = m_gossip->start(); !s) { // subscriptions go out in the first RPC to every peer
                printError(qstr(s.error().message));
                return 1;
            }
        }

        std::vector<multiformats::Multiaddr> dials;
        for (const QString& text : m_options.dial) {
            auto addr = multiformats::Multiaddr::fromString(text.toStdString());
            if (!addr) {
                printError(QStringLiteral("--dial: bad multiaddr '%1': %2").arg(text, qstr(addr.error().message)));
                return 2;
            }
            dials.push_back(*addr);
        }
        for (const auto& addr : dials)
            m_host.dial(addr);

        UnixSignals unixSignals;
        QObject::connect(&unixSignals, &UnixSignals::received, &m_host, [](int) { QCoreApplication::quit(); });
        if (m_options.durationSeconds)
            QTimer::singleShot(static_cast<int>(*m_options.durationSeconds * 1000.0), Qt::PreciseTimer, &m_host,
                               [] { QCoreApplication::quit(); });
        QTimer pinger;
        QObject::connect(&pinger, &QTimer::timeout, &m_host, [this] { pingAll(); });
        pinger.start(kPingIntervalMs);

        QCoreApplication::exec();

        pinger.stop();
        if (m_gossip)
            m_gossip->finish();
        m_summary.connectedAtExit = static_cast<int>(m_peers.size());
        m_host.shutdown(QStringLiteral("shutting down"));
        m_summary.uptimeSeconds = static_cast<double>(m_uptime.elapsed()) / 1000.0;
        m_writer.write(events::summary(m_summary));
        return m_summary.dialFailures > 0 ? 1 : 0;
    }

private:
    // A connection we have seen upgrade, keyed by connection id.
    struct Tracked {
        PeerInfo info;         // what peer_connected reports
        bool reported = false; // peer_connected written
    };

    void wire()
    {
        QObject::connect(&m_host, &coreqt::TcpHost::peerConnected, &m_host, [this](const host::PeerConnected& e) {
            Tracked t;
            t.info.peerId = qstr(e.peer.toBase58());
            t.info.direction = QString::fromLatin1(host::directionName(e.direction));
            t.info.addr = withPeer(qstr(e.remoteAddr.toString()), t.info.peerId);
            t.info.muxer = qstr(e.muxer);
            const auto id = e.connection;
            m_connections[id] = t;
            QTimer::singleShot(kIdentifyWaitMs, &m_host, [this, id] { report(id); });
        });
        QObject::connect(&m_host, &coreqt::TcpHost::peerIdentified, &m_host, [this](const host::PeerIdentified& e) {
            auto it = m_connections.find(e.connection);
            if (it == m_connections.end() || it->second.reported)
                return; // identify push after the report: nothing new to say
            it->second.info.agent = qstr(e.agentVersion);
            QStringList protocols;
            for (const auto& p : e.protocols)
                protocols << qstr(p);
            protocols.sort();
            it->second.info.protocols = protocols;
            report(e.connection);
            m_host.ping(e.peer);
        });
        QObject::connect(&m_host, &coreqt::TcpHost::pingMeasured, &m_host, [this](const host::PingRtt& e) {
            ++m_summary.pings;
            const double ms = std::chrono::duration<double, std::milli>(e.rtt).count();
            m_writer.write(events::ping(qstr(e.peer.toBase58()), ms));
        });
        QObject::connect(&m_host, &coreqt::TcpHost::pingFailed, &m_host, [this](const host::PingFailed& e) {
            ++m_summary.pingFailures;
            m_writer.write(events::pingFailed(qstr(e.peer.toBase58()), qstr(e.reason)));
        });
        QObject::connect(&m_host, &coreqt::TcpHost::peerDisconnected, &m_host, [this](const host::PeerDisconnected& e) {
            auto it = m_connections.find(e.connection);
            PeerInfo info;
            if (it != m_connections.end()) {
                info = it->second.info;
                m_connections.erase(it);
            } else {
                info.peerId = qstr(e.peer.toBase58());
            }
            m_peers.erase(e.peer);
            ++m_summary.disconnections;
            m_writer.write(events::peerDisconnected(info, qstr(e.reason)));
        });
        QObject::connect(&m_host, &coreqt::TcpHost::dialFailed, &m_host, [this](const QString& addr, const QString& reason) {
            ++m_summary.dialFailures;
            m_writer.write(events::dialFailed(addr, reason));
            printError(QStringLiteral("dial %1 failed: %2").arg(addr, reason));
        });
    }

    // Writes peer_connected for connection `id` once (on identify, or when waiting for it ends).
    void report(host::ConnectionId id)
    {
        auto it = m_connections.find(id);
        if (it == m_connections.end() || it->second.reported)
            return;
        it->second.reported = true;
        ++m_summary.connections;
        if (auto peer = multiformats::PeerId::fromString(it->second.info.peerId.toStdString()))
            m_peers.insert(*peer);
        m_writer.write(events::peerConnected(it->second.info));
    }

    void pingAll()
    {
        for (const auto& peer : m_peers)
            m_host.ping(peer);
    }

    static QString withPeer(const QString& addr, const QString& peerId)
    {
        return addr.contains(QStringLiteral("/p2p/")) ? addr : addr + QStringLiteral("/p2p/") + peerId;
    }

    const NodeOptions& m_options;                    // what the command line asked for
    EventWriter m_writer;                            // stdout, JSON or human lines
    coreqt::TcpHost m_host;                          // the live host
    QElapsedTimer m_uptime;                          // for the summary
    Summary m_summary;                               // counters for the summary event
    std::map<host::ConnectionId, Tracked> m_connections; // upgraded connections
    std::set<multiformats::PeerId> m_peers;          // reported peers, pinged periodically
    std::unique_ptr<NodeDriver> m_driver;            // the gossipsub node on m_host
    std::unique_ptr<GossipSession> m_gossip;         // its commands and events
};

int runNode(const NodeOptions& options)
{
    coreqt::SystemRng rng;
    host::HostConfig config;
    if (options.keyFile.isEmpty()) {
        config.identity = crypto::PrivateKey::generateEd25519(rng);
    } else {
        auto key = crypto::loadOrCreateKeyFile(options.keyFile.toStdString(), rng);
        if (!key) {
            printError(QStringLiteral("--key %1: %2").arg(options.keyFile, qstr(key.error().message)));
            return 1;
        }
        config.identity = *key;
    }
    auto nodeConfig = nodeConfigFrom(options);
    if (!nodeConfig) {
        printError(qstr(nodeConfig.error().message));
        return 2;
    }
    NodeSession session(options, std::move(config));
    session.enableGossip(std::move(*nodeConfig));
    return session.run();
}

} // namespace

int runNodeCommand(const QStringList& arguments)
{
    auto parsed = parseNodeOptions(arguments);
    if (!parsed) {
        printError(QString::fromStdString(parsed.error().message));
        std::fprintf(stderr, "Run 'meshscope-cli node --help' for the options.\n");
        return 2;
    }
    if (parsed->helpRequested) {
        std::fputs(qPrintable(nodeHelpText()), stdout);
        return 0;
    }
    for (const QString& w : parsed->options.warnings)
        printError(QStringLiteral("warning: ") + w);
    return runNode(parsed->options);
}

} // namespace meshscope::cli
