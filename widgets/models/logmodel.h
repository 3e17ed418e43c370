#pragma once
// LogModel: a bounded, append-only table of LogEntry rows (oldest dropped first). appendEntries()
// applies one batch with at most one remove and one insert pair. MessageLogModel and
// EventTimelineModel pick which trace events become rows. Qt Core + Gui only.

#include "core/qt/observationsource.h"
#include "core/trace/nodesnapshot.h"
#include "widgets/models/logentry.h"

#include <QAbstractTableModel>

#include <deque>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace meshscope::widgets {

class LogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Time, Kind, Topic, Peer, MessageId, Detail, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 1, // LogEntry::Kind as int
        PeerIdRole,                  // full peer id
        MessageIdRole,               // message id bytes (QByteArray)
        TopicRole,                   // topic
    };

    explicit LogModel(std::size_t capacity, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Appends `entries` (oldest first), dropping the oldest rows beyond capacity.
    void appendEntries(std::vector<LogEntry> entries);
    // Converts a trace batch into rows and appends them (call for each eventsAvailable).
    void addBatch(const coreqt::TraceBatch& batch);
    // Converts several batches and appends them with one insert (coalesced updates).
    void addBatches(const std::vector<coreqt::TraceBatch>& batches);
    // Row `i`.
    const LogEntry& entry(int i) const { return m_entries[static_cast<std::size_t>(i)]; }
    std::size_t capacity() const { return m_capacity; }
    // Removes every row.
    void clear();

protected:
    // Appends the rows `event` yields to `out`.
    virtual void extract(const trace::TraceEvent& event, std::vector<LogEntry>& out) const = 0;

private:
    std::deque<LogEntry> m_entries; // rows, oldest first
    std::size_t m_capacity;         // maximum rows kept
};

// Message log: published, delivered, duplicate, rejected and validation results.
class MessageLogModel : public LogModel {
    Q_OBJECT
public:
    explicit MessageLogModel(std::size_t capacity = 20000, QObject* parent = nullptr);

protected:
    void extract(const trace::TraceEvent& event, std::vector<LogEntry>& out) const override;
};

// Event timeline: connects, joins, GRAFT / PRUNE both ways, throttling, and from snapshots new
// backoffs and score threshold crossings.
class EventTimelineModel : public LogModel {
    Q_OBJECT
public:
    explicit EventTimelineModel(std::size_t capacity = 20000, QObject* parent = nullptr);

    // Adds backoffs and score threshold crossings since the previous snapshot.
    void addSnapshot(const trace::NodeSnapshot& snapshot);

protected:
    void extract(const trace::TraceEvent& event, std::vector<LogEntry>& out) const override;

private:
    std::map<std::string, double> m_lastScores;           // peer -> score in the previous snapshot
    std::set<std::pair<std::string, std::string>> m_lastBackoffs; // (peer, topic) backed off previously
};

} // namespace meshscope::widgets
