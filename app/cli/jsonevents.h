#pragma once
// The events `meshscope-cli node` reports (ARCHITECTURE.md, "The command line"): builders for
// each event as a QJsonObject with an "event" field, and EventWriter, which prints them either
// as compact JSON (one object a line, flushed) or as one human-readable line each.
// Only Qt Core: the node's types are converted to strings by the caller (nodecommand.cpp).

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cstdio>

namespace meshscope::cli {

// A connection as reported in peer_connected.
struct PeerInfo {
    QString peerId;        // base58 peer id
    QString direction;     // "inbound" or "outbound"
    QString addr;          // remote multiaddr (with /p2p/)
    QString agent;         // identify agentVersion ("" if identify did not answer)
    QStringList protocols; // identify protocols (sorted)
    QString muxer;         // "/yamux/1.0.0" or "/mplex/6.7.0"
};

// Counters reported in the summary event on exit.
struct Summary {
    QString peerId;            // our peer id
    double uptimeSeconds = 0;  // wall time the node ran
    int connections = 0;       // peer_connected events
    int disconnections = 0;    // peer_disconnected events
    int connectedAtExit = 0;   // peers still connected when stopping
    int pings = 0;             // successful pings
    int pingFailures = 0;      // failed pings
    int dialFailures = 0;      // failed dials
};

namespace events {
// {"event":"listening","peer_id":..,"addrs":[..]} (addrs include /p2p/<peer id>).
QJsonObject listening(const QString& peerId, const QStringList& addrs);
// {"event":"peer_connected","peer_id","direction","addr","agent","protocols","muxer"}.
QJsonObject peerConnected(const PeerInfo& peer);
// {"event":"peer_disconnected","peer_id","direction","addr","reason"}.
QJsonObject peerDisconnected(const PeerInfo& peer, const QString& reason);
// {"event":"ping","peer_id","rtt_ms"} with rtt in milliseconds (fractional).
QJsonObject ping(const QString& peerId, double rttMs);
// {"event":"ping_failed","peer_id","reason"}.
QJsonObject pingFailed(const QString& peerId, const QString& reason);
// {"event":"dial_failed","addr","reason"}.
QJsonObject dialFailed(const QString& addr, const QString& reason);
// {"event":"warning","message"} for accepted options without effect and similar notices.
QJsonObject warning(const QString& message);
// {"event":"summary","peer_id","uptime_s","connections",...}.
QJsonObject summary(const Summary& s);
} // namespace events

// Compact JSON text of `event` followed by '\n'.
QByteArray toJsonLine(const QJsonObject& event);
// One human-readable line for `event` (no trailing newline), e.g. "connected 12D3.. outbound ...".
QString toHumanLine(const QJsonObject& event);

// Writes events to a stdio stream (stdout by default), flushing after each.
class EventWriter {
public:
    explicit EventWriter(bool json, std::FILE* out = stdout) : m_json(json), m_out(out) {}
    // Call once per event, in the order they happen.
    void write(const QJsonObject& event);

private:
    bool m_json;        // JSON lines (true) or human-readable lines (false)
    std::FILE* m_out;   // destination, flushed after every event
};

} // namespace meshscope::cli
