// `meshscope-cli collect`: go's RemoteTracer collector on a TcpHost (core/qt), events on stdout.
#include "app/cli/collectcommand.h"

#include "app/cli/unixsignals.h"
#include "core/crypto/keyfile.h"
#include "core/qt/remotetracecollector.h"
#include "core/qt/systemrng.h"
#include "core/qt/tcphost.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace meshscope::cli {

namespace {

// Prints events as JSON lines (--json) or as one plain line each.
class Reporter {
public:
    explicit Reporter(bool json) : m_json(json) {}

    void report(const QJsonObject& event) const
    {
        QByteArray line;
        if (m_json) {
            line = QJsonDocument(event).toJson(QJsonDocument::Compact);
        } else {
            QStringList parts{event.value(QStringLiteral("event")).toString()};
            for (auto it = event.begin(); it != event.end(); ++it) {
                if (it.key() == QStringLiteral("event"))
                    continue;
                const QJsonValue v = it.value();
                const QString text = v.isString() ? v.toString()
                                   : v.isDouble() ? QString::number(v.toDouble())
                                                  : QString::fromUtf8(v.isArray()
                                                        ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                                        : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
                parts << it.key() + QLatin1Char('=') + text;
            }
            line = parts.join(QLatin1Char(' ')).toUtf8();
        }
        line += '\n';
        std::fwrite(line.constData(), 1, static_cast<std::size_t>(line.size()), stdout);
        std::fflush(stdout);
    }

private:
    bool m_json; // compact JSON lines instead of plain text
};

QJsonObject event(const char* name, std::initializer_list<std::pair<QString, QJsonValue>> fields)
{
    QJsonObject o{{QStringLiteral("event"), QLatin1String(name)}};
    for (const auto& [k, v] : fields)
        o.insert(k, v);
    return o;
}

QJsonArray nodeCounts(const coreqt::RemoteTraceCollector& collector)
{
    QJsonArray nodes;
    for (const auto& n : collector.nodes()) {
        QJsonObject o{{QStringLiteral("peer_id"), n.peerId}, {QStringLiteral("events"), double(n.events)}};
        if (!n.recordingPath.isEmpty())
            o.insert(QStringLiteral("recording"), n.recordingPath);
        nodes.append(o);
    }
    return nodes;
}

} // namespace

int runCollectCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Collects go-libp2p-pubsub RemoteTracer streams (/libp2p/pubsub/tracer/1.0.0) from any number of nodes."));
    parser.addHelpOption();
    const QCommandLineOption listenOpt(QStringLiteral("listen"), QStringLiteral("Listen address (repeatable)."),
                                       QStringLiteral("MULTIADDR"));
    const QCommandLineOption outOpt(QStringLiteral("out"),
                                    QStringLiteral("Write each traced node's events to DIR/<peer id>/trace.<ns>.pb.gz."),
                                    QStringLiteral("DIR"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("Report events as JSON lines."));
    const QCommandLineOption intervalOpt(QStringLiteral("stats-interval"),
                                         QStringLiteral("Seconds between tracer_events reports (default 1)."),
                                         QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption durationOpt(QStringLiteral("duration"),
                                         QStringLiteral("Stop after S seconds (default: until SIGINT/SIGTERM)."),
                                         QStringLiteral("S"));
    const QCommandLineOption maxStreamsOpt(QStringLiteral("max-streams"),
                                           QStringLiteral("Tracer streams accepted at once (default 64)."),
                                           QStringLiteral("N"), QStringLiteral("64"));
    const QCommandLineOption keyOpt(QStringLiteral("key"),
                                    QStringLiteral("Identity key file (created if missing), so tracers keep one /p2p/ address."),
                                    QStringLiteral("FILE"));
    parser.addOptions({listenOpt, outOpt, jsonOpt, intervalOpt, durationOpt, maxStreamsOpt, keyOpt});
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "meshscope-cli collect: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QString help = parser.helpText();
        help.replace(QCoreApplication::arguments().constFirst(), arguments.constFirst());
        std::printf("%s", qPrintable(help));
        return 0;
    }
    bool ok = true;
    const double interval = parser.value(intervalOpt).toDouble(&ok);
    if (!ok || interval <= 0) {
        std::fprintf(stderr, "meshscope-cli collect: --stats-interval must be a positive number\n");
        return 2;
    }
    double duration = 0;
    if (parser.isSet(durationOpt)) {
        duration = parser.value(durationOpt).toDouble(&ok);
        if (!ok || duration <= 0) {
            std::fprintf(stderr, "meshscope-cli collect: --duration must be a positive number\n");
            return 2;
        }
    }
    const qulonglong maxStreams = parser.value(maxStreamsOpt).toULongLong(&ok);
    if (!ok || maxStreams == 0) {
        std::fprintf(stderr, "meshscope-cli collect: --max-streams must be a positive integer\n");
        return 2;
    }
    QStringList listen = parser.values(listenOpt);
    if (listen.isEmpty())
        listen << QStringLiteral("/ip4/127.0.0.1/tcp/0");
    std::vector<multiformats::Multiaddr> addrs;
    for (const QString& text : listen) {
        auto addr = multiformats::Multiaddr::fromString(text.toStdString());
        if (!addr) {
            std::fprintf(stderr, "meshscope-cli collect: bad --listen %s: %s\n", qPrintable(text),
                         addr.error().message.c_str());
            return 2;
        }
        addrs.push_back(addr.value());
    }
    const Reporter out(parser.isSet(jsonOpt));
    host::HostConfig config;
    if (parser.isSet(keyOpt)) {
        coreqt::SystemRng rng;
        auto key = crypto::loadOrCreateKeyFile(parser.value(keyOpt).toStdString(), rng);
        if (!key) {
            out.report(event("error", {{QStringLiteral("message"),
                                        QStringLiteral("--key: ") + QString::fromStdString(key.error().message)}}));
            return 1;
        }
        config.identity = key.value();
    }
    coreqt::TcpHost host(config);
    for (const auto& addr : addrs) {
        if (auto st = host.listen(addr); !st) {
            out.report(event("error", {{QStringLiteral("message"), QString::fromStdString(st.error().message)}}));
            return 1;
        }
    }
    coreqt::CollectorLimits limits;
    limits.maxStreams = static_cast<std::size_t>(maxStreams);
    coreqt::RemoteTraceCollector collector(host, limits);
    if (parser.isSet(outOpt)) {
        if (auto st = collector.setRecordingDir(parser.value(outOpt)); !st) {
            out.report(event("error", {{QStringLiteral("message"), QString::fromStdString(st.error().message)}}));
            return 1;
        }
    }
    const QString self = QString::fromStdString(host.localPeer().toBase58());
    QJsonArray listenAddrs;
    for (const auto& a : host.listenAddrs())
        listenAddrs.append(QString::fromStdString(a.toString()));
    out.report(event("listening", {{QStringLiteral("peer_id"), self}, {QStringLiteral("addrs"), listenAddrs},
                                   {QStringLiteral("protocol"), QLatin1String(coreqt::kRemoteTracerProtocol)}}));

    int tracers = 0, errors = 0;
    QObject::connect(&collector, &coreqt::RemoteTraceCollector::tracerConnected, [&](const QString& peer) {
        ++tracers;
        out.report(event("tracer_connected", {{QStringLiteral("peer_id"), peer}}));
    });
    QObject::connect(&collector, &coreqt::RemoteTraceCollector::tracerDisconnected,
                     [&](const QString& peer, const QString& reason) {
                         out.report(event("tracer_disconnected",
                                          {{QStringLiteral("peer_id"), peer}, {QStringLiteral("reason"), reason}}));
                     });
    QObject::connect(&collector, &coreqt::RemoteTraceCollector::tracerError,
                     [&](const QString& peer, const QString& reason) {
                         ++errors;
                         out.report(event("tracer_error",
                                          {{QStringLiteral("peer_id"), peer}, {QStringLiteral("reason"), reason}}));
                     });
    QObject::connect(&collector, &coreqt::RemoteTraceCollector::nodeAdded, [&](const QString& peer) {
        QString path;
        for (const auto& n : collector.nodes())
            if (n.peerId == peer)
                path = n.recordingPath;
        out.report(event("tracer_node", {{QStringLiteral("peer_id"), peer}, {QStringLiteral("recording"), path}}));
    });
    QObject::connect(&collector, &coreqt::ObservationSource::errorOccurred, [&](const QString& message) {
        out.report(event("error", {{QStringLiteral("message"), message}}));
    });

    std::uint64_t reportedTotal = 0;
    QTimer stats;
    stats.setInterval(static_cast<int>(interval * 1000));
    QObject::connect(&stats, &QTimer::timeout, [&] {
        if (collector.totalEvents() == reportedTotal)
            return;
        reportedTotal = collector.totalEvents();
        out.report(event("tracer_events", {{QStringLiteral("total"), double(reportedTotal)},
                                           {QStringLiteral("nodes"), nodeCounts(collector)}}));
    });
    stats.start();

    QElapsedTimer uptime;
    uptime.start();
    UnixSignals unixSignals;
    QObject::connect(&unixSignals, &UnixSignals::received, QCoreApplication::instance(), &QCoreApplication::quit);
    if (duration > 0)
        QTimer::singleShot(static_cast<int>(duration * 1000), QCoreApplication::instance(), &QCoreApplication::quit);
    QCoreApplication::exec();

    collector.closeRecordings();
    out.report(event("summary", {{QStringLiteral("peer_id"), self},
                                 {QStringLiteral("uptime_s"), double(uptime.elapsed()) / 1000.0},
                                 {QStringLiteral("tracers"), tracers},
                                 {QStringLiteral("errors"), errors},
                                 {QStringLiteral("total_events"), double(collector.totalEvents())},
                                 {QStringLiteral("overflow_events"), double(collector.overflowEvents())},
                                 {QStringLiteral("nodes"), nodeCounts(collector)}}));
    host.shutdown(QStringLiteral("collector stopping"));
    return 0;
}

} // namespace meshscope::cli
