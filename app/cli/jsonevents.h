#pragma once
// The events `meshscope-cli node` reports (ARCHITECTURE.md, "The command line"): builders for
// each event as a QJsonObject with an "event" field, and EventWriter, which prints them either
// as compact JSON (one object a line, flushed) or as one human-readable line each.
// Only Qt Core: the node's types are converted to strings by the caller (nodecommand.cpp).

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <cstdio>
#include <map>
#include <memory>

class QTimer;

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
    // gossipsub (issue 3)
    int messages = 0;          // message events (validated deliveries)
    int published = 0;         // published events
    int publishFailures = 0;   // publishes the router refused
    int rejected = 0;          // rejected events
    int graftsSent = 0, graftsReceived = 0; // GRAFT control messages
    int prunesSent = 0, prunesReceived = 0; // PRUNE control messages
};

// A validated message as reported in the message event.
struct MessageInfo {
    QString topic;        // topic
    QString from;         // author peer id ("" when the message carries none: strict-no-sign)
    QByteArray seqno;     // raw seqno bytes (empty when none)
    QByteArray msgId;     // message id bytes (printed in hex)
    QString receivedFrom; // propagation source peer id
    QByteArray data;      // payload
};

// Periodic state in the stats event.
struct StatsInfo {
    int peers = 0;                             // pubsub peers
    std::map<QString, int> mesh;               // topic -> mesh size (subscribed topics)
    std::map<QString, int> fanout;             // topic -> fanout size (topics published to only)
    std::map<QString, std::uint64_t> counters; // router counters by name
    std::map<QString, double> scores;          // peer id -> score (when scoring is on)
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
// {"event":"summary","peer_id","uptime_s","connections",...,"messages","published","rejected",...}.
QJsonObject summary(const Summary& s);
// {"event":"subscribed","topic"}.
QJsonObject subscribed(const QString& topic);
// {"event":"peer_subscribed"|"peer_unsubscribed","peer_id","topic"}.
QJsonObject peerSubscription(const QString& peerId, const QString& topic, bool subscribed);
// {"event":"graft"|"prune","peer_id","topic","direction":"sent"|"received"}.
QJsonObject graftPrune(bool graft, const QString& peerId, const QString& topic, bool sent);
// {"event":"message","topic","from","seqno","msg_id","received_from","data_utf8"|"data_hex"}:
// seqno as a decimal string when it is 8 bytes (big-endian, as go and js write it), else hex;
// msg_id in hex; data_utf8 when the payload is valid UTF-8, else data_hex.
QJsonObject message(const MessageInfo& m);
// {"event":"published","topic","msg_id","index","data_utf8"|"data_hex"}.
QJsonObject published(const QString& topic, const QByteArray& msgId, int index, const QByteArray& data);
// {"event":"publish_failed","topic","index","reason"}.
QJsonObject publishFailed(const QString& topic, int index, const QString& reason);
// {"event":"rejected","peer_id","topic","msg_id","reason"} with go's reason strings.
QJsonObject rejected(const QString& peerId, const QString& topic, const QByteArray& msgId, const QString& reason);
// {"event":"stats","peers","mesh":{topic:n},"fanout":{topic:n},"counters":{..},"scores":{peer:score}}.
QJsonObject stats(const StatsInfo& s);
} // namespace events

// Text of an 8-byte big-endian seqno as a decimal number, other lengths as hex.
QString seqnoText(const QByteArray& seqno);
// Whether `data` is valid UTF-8 (no overlongs, no surrogates).
bool isValidUtf8(const QByteArray& data);

// Compact JSON text of `event` followed by '\n'.
QByteArray toJsonLine(const QJsonObject& event);
// The "message" event's JSON line written by hand: byte-for-byte what
// toJsonLine(events::message(m)) gives (sorted keys, Qt's escaping), without building a QJsonObject.
QByteArray messageJsonLine(const MessageInfo& m);
// One human-readable line for `event` (no trailing newline), e.g. "connected 12D3.. outbound ...".
QString toHumanLine(const QJsonObject& event);

// Writes events to a stdio stream (stdout by default), whole lines at a time. Rare events are
// flushed at once; hot ones (message, published) are left in stdio's buffer and flushed at most
// kFlushDelayMs later by a timer (when an event loop runs), at the next rare event, by flush()
// or on destruction: one write(2) per burst instead of one per line.
class EventWriter {
public:
    static constexpr int kFlushDelayMs = 20; // longest a hot line waits in the buffer

    explicit EventWriter(bool json, std::FILE* out = stdout);
    ~EventWriter();
    EventWriter(const EventWriter&) = delete;
    EventWriter& operator=(const EventWriter&) = delete;
    // Call once per event, in the order they happen.
    void write(const QJsonObject& event);
    // The hot path for events::message(m): same output as write(events::message(m)).
    void writeMessage(const MessageInfo& m);
    // Writes every buffered line now.
    void flush();

private:
    // Writes `line`; flushes now unless `hot` (then the timer flushes it soon).
    void put(const QByteArray& line, bool hot);

    bool m_json;                    // JSON lines (true) or human-readable lines (false)
    std::FILE* m_out;               // destination
    std::unique_ptr<QTimer> m_timer; // single-shot flush of buffered hot lines
};

} // namespace meshscope::cli
