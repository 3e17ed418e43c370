#include "app/cli/nodeoptions.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QHostAddress>
#include <QRegularExpression>

#include <cmath>

namespace meshscope::cli {
namespace {

std::string str(const QString& s)
{
    return s.toStdString();
}

// Every option of the node command, in help order.
struct Options {
    QCommandLineOption listen { QStringLiteral("listen"),
        QStringLiteral("Listen on MULTIADDR (repeatable; default /ip4/127.0.0.1/tcp/0)."),
        QStringLiteral("MULTIADDR") };
    QCommandLineOption dial { QStringLiteral("dial"),
        QStringLiteral("Dial MULTIADDR, which must end in /p2p/<peer id> (repeatable)."),
        QStringLiteral("MULTIADDR") };
    QCommandLineOption key { QStringLiteral("key"),
        QStringLiteral("Identity key file (libp2p PrivateKey protobuf); created with mode 0600 if absent. "
                       "Without it the identity is ephemeral."),
        QStringLiteral("FILE") };
    QCommandLineOption json { QStringLiteral("json"),
        QStringLiteral("Write one JSON event a line on stdout.") };
    QCommandLineOption duration { QStringLiteral("duration"),
        QStringLiteral("Stop after SECONDS (default: run until Ctrl-C or SIGTERM)."),
        QStringLiteral("SECONDS") };
    QCommandLineOption topic { QStringLiteral("topic"), QStringLiteral("Subscribe to topic T (repeatable)."),
        QStringLiteral("T") };
    QCommandLineOption publish { QStringLiteral("publish"),
        QStringLiteral("Publish TEXT-0, TEXT-1, ... on topic T, starting once a peer subscribed to T is "
                       "connected (or after 10 s at most)."),
        QStringLiteral("T=TEXT") };
    QCommandLineOption publishCount { QStringLiteral("publish-count"),
        QStringLiteral("Messages to publish (default 1)."), QStringLiteral("N") };
    QCommandLineOption publishInterval { QStringLiteral("publish-interval-ms"),
        QStringLiteral("Milliseconds between publishes (default 1000)."), QStringLiteral("MS") };
    QCommandLineOption signPolicy { QStringLiteral("sign-policy"),
        QStringLiteral("strict-sign (default) or strict-no-sign."), QStringLiteral("POLICY") };
    QCommandLineOption msgId { QStringLiteral("msg-id"),
        QStringLiteral("Message id function: js (default), go, content, ethereum."), QStringLiteral("FN") };
    QCommandLineOption params { QStringLiteral("params"),
        QStringLiteral("Gossipsub profile document (router params, score params, thresholds) "
                       "applied over --profile."),
        QStringLiteral("FILE.json") };
    QCommandLineOption profile { QStringLiteral("profile"),
        QStringLiteral("Parameter preset: libp2p (default) or ethereum."), QStringLiteral("PROFILE") };
    QCommandLineOption record { QStringLiteral("record"),
        QStringLiteral("Record a go-libp2p-pubsub trace to FILE (.pb: delimited protobuf, .json/.jsonl: JSON "
                       "lines; a further .gz gzips)."),
        QStringLiteral("FILE") };
    QCommandLineOption metrics { QStringLiteral("metrics"),
        QStringLiteral("Serve Prometheus metrics on HOST:PORT (GET /metrics)."),
        QStringLiteral("HOST:PORT") };
    QCommandLineOption statsInterval { QStringLiteral("stats-interval-ms"),
        QStringLiteral("Milliseconds between stats events (default 1000; 0: none)."), QStringLiteral("MS") };
    QCommandLineOption publishAfterPeers { QStringLiteral("publish-after-peers"),
        QStringLiteral("Start publishing once N connected peers are subscribed to the topic (default 1; "
                       "10 s at most)."),
        QStringLiteral("N") };
    QCommandLineOption remoteTrace { QStringLiteral("remote-trace"),
        QStringLiteral(
            "Send go trace events to a RemoteTracer collector at MULTIADDR (with /p2p/<peer id>)."),
        QStringLiteral("MULTIADDR") };
    QCommandLineOption noMessageEvents { QStringLiteral("no-message-events"),
        QStringLiteral(
            "Write no message or published event per message (counts stay in stats and summary).") };
    QCommandLineOption readCoalesce { QStringLiteral("read-coalesce-ms"),
        QStringLiteral(
            "Under a burst, let a busy connection's bytes wait up to MS milliseconds to be read in "
            "one go (default 1; 0: read every segment at once)."),
        QStringLiteral("MS") };
    QCommandLineOption help { { QStringLiteral("h"), QStringLiteral("help") },
        QStringLiteral("Show this help.") };

    void addTo(QCommandLineParser& p) const
    {
        p.addOptions({ listen, dial, key, json, duration, topic, publish, publishCount, publishInterval,
            signPolicy, msgId, params, profile, record, metrics, statsInterval, publishAfterPeers,
            remoteTrace, noMessageEvents, readCoalesce, help });
    }
};

void setUp(QCommandLineParser& parser, const Options& o)
{
    parser.setApplicationDescription(
        QStringLiteral("Runs a headless libp2p node on TCP and reports what happens."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    o.addTo(parser);
}

Result<int> positiveInt(const QString& name, const QString& text, int minimum)
{
    bool ok = false;
    const int v = text.toInt(&ok);
    if (!ok || v < minimum)
        return fail("--" + str(name) + ": expected an integer >= " + std::to_string(minimum) + ", got '"
            + str(text) + "'");
    return v;
}

Status oneOf(const QString& name, const QString& value, const QStringList& allowed)
{
    if (allowed.contains(value))
        return {};
    return fail(
        "--" + str(name) + ": '" + str(value) + "' is not one of " + str(allowed.join(QStringLiteral(", "))));
}

} // namespace

Status checkTcpMultiaddr(const QString& addr, bool requirePeerId)
{
    const auto bad
        = [&](const std::string& why) { return fail("bad multiaddr '" + str(addr) + "': " + why); };
    if (!addr.startsWith(QLatin1Char('/')))
        return bad("must start with '/'");
    const QStringList parts = addr.mid(1).split(QLatin1Char('/'));
    if (parts.size() < 4)
        return bad("expected /ip4/<address>/tcp/<port>");
    const QString& family = parts[0];
    if (family != QStringLiteral("ip4") && family != QStringLiteral("ip6"))
        return bad("unsupported protocol '" + str(family) + "' (ip4 or ip6)");
    static const QRegularExpression dottedQuad(QStringLiteral("^\\d{1,3}(\\.\\d{1,3}){3}$"));
    const bool ip4 = family == QStringLiteral("ip4");
    QHostAddress host;
    if ((ip4 && !dottedQuad.match(parts[1]).hasMatch()) || !host.setAddress(parts[1])
        || ip4 != (host.protocol() == QAbstractSocket::IPv4Protocol))
        return bad("'" + str(parts[1]) + "' is not an " + str(family) + " address");
    if (parts[2] != QStringLiteral("tcp"))
        return bad("expected /tcp/<port> after the address, got '" + str(parts[2]) + "'");
    bool ok = false;
    const uint port = parts[3].toUInt(&ok);
    if (!ok || port > 65535)
        return bad("'" + str(parts[3]) + "' is not a TCP port");
    if (parts.size() == 4) {
        if (requirePeerId)
            return bad("a dial address needs /p2p/<peer id>");
        return {};
    }
    if (parts.size() != 6 || parts[4] != QStringLiteral("p2p"))
        return bad("only /p2p/<peer id> may follow the TCP port");
    static const QRegularExpression peerIdText(
        QStringLiteral("^[1-9A-HJ-NP-Za-km-z]{32,128}$|^b[a-z2-7]{32,128}$"));
    if (!peerIdText.match(parts[5]).hasMatch())
        return bad("'" + str(parts[5]) + "' is not a peer id");
    return {};
}

Result<NodeCommandLine> parseNodeOptions(const QStringList& arguments)
{
    QCommandLineParser parser;
    const Options o;
    setUp(parser, o);
    if (!parser.parse(arguments))
        return fail(str(parser.errorText()));
    NodeCommandLine line;
    if (parser.isSet(o.help)) {
        line.helpRequested = true;
        return line;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail("unexpected argument '" + str(parser.positionalArguments().constFirst()) + "'");

    NodeOptions& n = line.options;
    n.listen = parser.values(o.listen);
    if (n.listen.isEmpty())
        n.listen = QStringList { QStringLiteral("/ip4/127.0.0.1/tcp/0") };
    for (const QString& a : n.listen) {
        if (Status s = checkTcpMultiaddr(a, false); !s)
            return fail("--listen: " + s.error().message);
        if (a.contains(QStringLiteral("/p2p/")))
            return fail("--listen: bad multiaddr '" + str(a) + "': a listen address takes no /p2p/ part");
    }
    n.dial = parser.values(o.dial);
    for (const QString& a : n.dial) {
        if (Status s = checkTcpMultiaddr(a, true); !s)
            return fail("--dial: " + s.error().message);
    }
    n.keyFile = parser.value(o.key);
    if (parser.isSet(o.key) && n.keyFile.isEmpty())
        return fail("--key: empty file name");
    n.json = parser.isSet(o.json);
    n.messageEvents = !parser.isSet(o.noMessageEvents);
    if (parser.isSet(o.duration)) {
        bool ok = false;
        const double d = parser.value(o.duration).toDouble(&ok);
        if (!ok || !std::isfinite(d) || d <= 0)
            return fail("--duration: expected a positive number of seconds, got '"
                + str(parser.value(o.duration)) + "'");
        n.durationSeconds = d;
    }

    n.topics = parser.values(o.topic);
    for (const QString& t : n.topics)
        if (t.isEmpty())
            return fail("--topic: empty topic");
    if (parser.isSet(o.publish)) {
        const QString v = parser.value(o.publish);
        const qsizetype eq = v.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return fail("--publish: expected T=TEXT, got '" + str(v) + "'");
        n.publishTopic = v.left(eq);
        n.publishText = v.mid(eq + 1);
    }
    if (parser.isSet(o.publishCount)) {
        auto v = positiveInt(QStringLiteral("publish-count"), parser.value(o.publishCount), 0);
        if (!v)
            return v.error();
        n.publishCount = *v;
    }
    if (parser.isSet(o.publishInterval)) {
        auto v = positiveInt(QStringLiteral("publish-interval-ms"), parser.value(o.publishInterval), 0);
        if (!v)
            return v.error();
        n.publishIntervalMs = *v;
    }
    if (parser.isSet(o.signPolicy))
        n.signPolicy = parser.value(o.signPolicy);
    if (Status s = oneOf(QStringLiteral("sign-policy"), n.signPolicy,
            { QStringLiteral("strict-sign"), QStringLiteral("strict-no-sign") });
        !s)
        return s.error();
    if (parser.isSet(o.msgId))
        n.msgId = parser.value(o.msgId);
    if (Status s = oneOf(QStringLiteral("msg-id"), n.msgId,
            { QStringLiteral("js"), QStringLiteral("go"), QStringLiteral("content"),
                QStringLiteral("ethereum") });
        !s)
        return s.error();
    if (parser.isSet(o.profile))
        n.profile = parser.value(o.profile);
    if (Status s = oneOf(
            QStringLiteral("profile"), n.profile, { QStringLiteral("libp2p"), QStringLiteral("ethereum") });
        !s)
        return s.error();
    n.paramsFile = parser.value(o.params);
    n.recordFile = parser.value(o.record);
    if (parser.isSet(o.params) && n.paramsFile.isEmpty())
        return fail("--params: empty file name");
    if (parser.isSet(o.record) && n.recordFile.isEmpty())
        return fail("--record: empty file name");
    n.metricsAddress = parser.value(o.metrics);
    if (parser.isSet(o.metrics)) {
        const qsizetype colon = n.metricsAddress.lastIndexOf(QLatin1Char(':'));
        bool ok = false;
        const uint port = colon > 0 ? n.metricsAddress.mid(colon + 1).toUInt(&ok) : 0;
        if (colon <= 0 || !ok || port > 65535)
            return fail("--metrics: expected HOST:PORT, got '" + str(n.metricsAddress) + "'");
    }
    n.remoteTrace = parser.value(o.remoteTrace);
    if (parser.isSet(o.remoteTrace)) {
        if (Status s = checkTcpMultiaddr(n.remoteTrace, true); !s)
            return fail("--remote-trace: " + s.error().message);
    }
    if (parser.isSet(o.publishAfterPeers)) {
        auto v = positiveInt(QStringLiteral("publish-after-peers"), parser.value(o.publishAfterPeers), 1);
        if (!v)
            return v.error();
        n.publishAfterPeers = *v;
    }
    if (parser.isSet(o.statsInterval)) {
        auto v = positiveInt(QStringLiteral("stats-interval-ms"), parser.value(o.statsInterval), 0);
        if (!v)
            return v.error();
        n.statsIntervalMs = *v;
    }
    if (parser.isSet(o.readCoalesce)) {
        auto v = positiveInt(QStringLiteral("read-coalesce-ms"), parser.value(o.readCoalesce), 0);
        if (!v)
            return v.error();
        if (*v > 100)
            return fail("--read-coalesce-ms: at most 100");
        n.readCoalesceMs = *v;
    }
    return line;
}

QString nodeHelpText()
{
    QCommandLineParser parser;
    const Options o;
    setUp(parser, o);
    QString text = parser.helpText();
    // QCommandLineParser names the running binary; name the subcommand instead.
    const qsizetype eol = text.indexOf(QLatin1Char('\n'));
    return QStringLiteral("Usage: meshscope-cli node [options]") + text.mid(eol);
}

} // namespace meshscope::cli
