#pragma once
// Options of `meshscope-cli node` (ARCHITECTURE.md, "The command line"), parsed with
// QCommandLineParser. Parsing is pure: no files are touched and nothing is printed, so it is
// unit-tested directly (tests/cli/tst_nodeoptions.cpp).
//
// `warnings` lists accepted options without effect (none at present). Extensions:
// --stats-interval-ms (how often the stats event is written) and --publish-after-peers N
// (publishing waits for N connected peers subscribed to the topic instead of one; still 10 s at most),
// --no-message-events (no per-message lines: benchmarks at thousands of messages a second).

#include "core/base/result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace meshscope::cli {

struct NodeOptions {
    QStringList listen; // --listen multiaddrs (default /ip4/127.0.0.1/tcp/0)
    QStringList dial; // --dial multiaddrs, each ending in /p2p/<peer id>
    QString keyFile; // --key FILE; empty: ephemeral identity
    bool json = false; // --json: one JSON object a line on stdout
    std::optional<double> durationSeconds; // --duration; absent: run until Ctrl-C / SIGTERM
    QStringList topics; // --topic (subscribe; repeatable)
    QString publishTopic; // --publish T=TEXT: the topic part
    QString publishText; // --publish T=TEXT: the text part
    int publishCount = 1; // --publish-count
    int publishIntervalMs = 1000; // --publish-interval-ms
    QString signPolicy = QStringLiteral("strict-sign"); // --sign-policy
    QString msgId = QStringLiteral("js"); // --msg-id
    QString paramsFile; // --params FILE.json
    QString profile = QStringLiteral("libp2p"); // --profile
    QString recordFile; // --record FILE
    QString metricsAddress; // --metrics HOST:PORT
    int statsIntervalMs = 1000; // --stats-interval-ms (0: no stats events)
    QString remoteTrace; // --remote-trace MULTIADDR (go's RemoteTracer collector, with /p2p/)
    int publishAfterPeers = 1; // --publish-after-peers: subscribed peers to wait for (10 s at most)
    bool messageEvents = true; // false with --no-message-events: no message/published line per message
    int readCoalesceMs = 1; // --read-coalesce-ms: longest wait of a busy connection's bytes (0: off)
    QStringList warnings; // accepted options that have no effect yet, one line each
};

// What the command line asked for: run a node, or print help.
struct NodeCommandLine {
    bool helpRequested = false; // --help / -h: print nodeHelpText() and exit 0
    NodeOptions options; // valid when helpRequested is false
};

// Parses `arguments` (arguments[0] is the program/subcommand name, as QCommandLineParser
// expects). Errors name the offending option or value.
Result<NodeCommandLine> parseNodeOptions(const QStringList& arguments);

// The text printed by `meshscope-cli node --help`.
QString nodeHelpText();

// Checks a TCP multiaddr as the node accepts it: /ip4/A/tcp/P or /ip6/A/tcp/P, optionally
// followed by /p2p/<peer id>; `requirePeerId` makes the /p2p/ part mandatory. Returns an error
// naming the address and what is wrong with it.
Status checkTcpMultiaddr(const QString& addr, bool requirePeerId);

} // namespace meshscope::cli
