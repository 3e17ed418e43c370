#pragma once
// PeersModel: one row per peer of the latest NodeSnapshot (id, address, agent, direction,
// protocol, topics, mesh membership, score with P1..P7, behaviour penalty, RTT, traffic, broken
// promises, backoffs). Updated by setSnapshot() with minimal row signals (KeyedTableModel).
// Qt Core + Gui only.

#include "core/trace/nodesnapshot.h"
#include "widgets/models/keyedtablemodel.h"

#include <QStringList>

namespace meshscope::widgets {

struct PeerRow {
    trace::PeerSnapshot peer;  // the snapshot's peer
    QStringList meshTopics;    // topics where it is in our mesh
    QStringList backoffs;      // "topic (12 s)" for each active backoff
    double backoffSeconds = 0; // longest remaining backoff, 0 when none

    const std::string& key() const { return peer.id; }
    // Compares what the table shows (TopicScoreBreakdown has no operator==).
    bool operator==(const PeerRow& other) const;
};

class PeersModel : public KeyedTableModel<PeerRow> {
    Q_OBJECT
public:
    enum Column {
        Id, Address, Agent, Direction, Protocol, Topics, InMesh, Backoff, Score, P1, P2, P3, P3b, P4, P5, P6, P7,
        BehaviourPenalty, Rtt, BytesIn, BytesOut, MessagesIn, MessagesOut, BrokenPromises, ColumnCount
    };
    enum Role {
        PeerIdRole = Qt::UserRole + 1, // full peer id (for copy and selection)
        SortRole,                      // numeric value for sorting
    };

    explicit PeersModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces the rows from `snapshot` (call for each snapshotAvailable).
    void setSnapshot(const trace::NodeSnapshot& snapshot);

    // "12D3Ko…x4Fq": the short form of a peer id shown in tables.
    static QString shortId(const std::string& id);
};

} // namespace meshscope::widgets
