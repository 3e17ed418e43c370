#pragma once
// TopicsModel: one row per topic of the latest NodeSnapshot: subscribed, mesh / fanout / gossip
// counts against the D band, outbound mesh peers against Dout, health. Qt Core + Gui only.

#include "core/trace/nodesnapshot.h"
#include "widgets/models/keyedtablemodel.h"

namespace meshscope::widgets {

struct TopicRow {
    trace::TopicSnapshot topic; // the snapshot's topic

    const std::string& key() const { return topic.topic; }
    bool operator==(const TopicRow&) const = default;
};

class TopicsModel : public KeyedTableModel<TopicRow> {
    Q_OBJECT
public:
    enum Column { Topic, Subscribed, Mesh, Band, Fanout, Gossip, Peers, Outbound, Health, ColumnCount };
    enum Role {
        TopicRole = Qt::UserRole + 1, // topic name
        HealthRole,                   // trace::TopicHealth as int
    };

    explicit TopicsModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces the rows from `snapshot` (call for each snapshotAvailable).
    void setSnapshot(const trace::NodeSnapshot& snapshot);

    // Translated health text ("healthy", "above D_high, under D_out", ...).
    static QString healthText(const trace::TopicSnapshot& topic);
};

} // namespace meshscope::widgets
