#pragma once
// LogEntry: one row of the message log or the event timeline, extracted from a trace event (or a
// snapshot difference). Plain value; QString/QByteArray so views need no conversion.

#include <QByteArray>
#include <QString>

namespace meshscope::widgets {

struct LogEntry {
    enum class Kind {
        // messages
        Published, Delivered, Duplicate, Rejected, Validated,
        // timeline
        Connected, Disconnected, Joined, Left, Graft, Prune, GraftReceived, PruneReceived, Throttled,
        Backoff, ScoreCrossing,
    };
    qint64 timeNs = 0;      // event timestamp (trace clock, ns)
    Kind kind = Kind::Published; // what happened
    QString topic;          // topic, if any
    QByteArray messageId;   // message id bytes, if any
    QString peer;           // peer concerned (received from / sent to / grafted ...)
    QString detail;         // reason, protocol, score, ...
};

// Translated name of a kind ("delivered", "GRAFT received").
QString kindText(LogEntry::Kind kind);
// "12:01:02.345" for unix-epoch nanoseconds, "12.345 s" for virtual time.
QString timeText(qint64 ns);

} // namespace meshscope::widgets
