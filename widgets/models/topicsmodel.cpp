#include "widgets/models/topicsmodel.h"

#include "widgets/models/palettecolours.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

namespace meshscope::widgets {

TopicsModel::TopicsModel(QObject* parent)
    : KeyedTableModel<TopicRow>(parent)
{ }

int TopicsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TopicsModel::healthText(const trace::TopicSnapshot& t)
{
    QString text;
    switch (t.health) {
    case trace::TopicHealth::NoPeers:
        text = tr("no peers");
        break;
    case trace::TopicHealth::Low:
        text = tr("low");
        break;
    case trace::TopicHealth::Healthy:
        text = tr("healthy");
        break;
    case trace::TopicHealth::AboveDhi:
        text = tr("above D_high");
        break;
    }
    if (t.underDout)
        text += tr(", under D_out");
    return text;
}

QVariant TopicsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const trace::TopicSnapshot& t = rowAt(index.row()).topic;
    if (role == TopicRole)
        return QString::fromStdString(t.topic);
    if (role == HealthRole)
        return static_cast<int>(t.health);
    if (role == Qt::ForegroundRole && index.column() == Health) {
        const QPalette pal = appPalette();
        switch (t.health) {
        case trace::TopicHealth::Healthy:
            return QBrush(statusColour(t.underDout ? StatusColour::Warn : StatusColour::Good, pal));
        case trace::TopicHealth::NoPeers:
            return QBrush(statusColour(StatusColour::Bad, pal));
        default:
            return QBrush(statusColour(StatusColour::Warn, pal));
        }
    }
    if (role == Qt::CheckStateRole && index.column() == Subscribed)
        return t.subscribed ? Qt::Checked : Qt::Unchecked;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Topic:
        return QString::fromStdString(t.topic);
    case Subscribed:
        return t.subscribed ? tr("yes") : tr("no");
    case Mesh:
        return static_cast<int>(t.mesh.size());
    case Band:
        return tr("%1 / %2 / %3").arg(t.Dlo).arg(t.D).arg(t.Dhi);
    case Fanout:
        return static_cast<int>(t.fanout.size());
    case Gossip:
        return static_cast<int>(t.gossip.size());
    case Peers:
        return static_cast<int>(t.peers.size());
    case Outbound:
        return t.outboundInMesh < 0 ? tr("?") : tr("%1 / %2").arg(t.outboundInMesh).arg(t.Dout);
    case Health:
        return healthText(t);
    default:
        return {};
    }
}

QVariant TopicsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Topic:
        return tr("Topic");
    case Subscribed:
        return tr("Subscribed");
    case Mesh:
        return tr("Mesh");
    case Band:
        return tr("D_low / D / D_high");
    case Fanout:
        return tr("Fanout");
    case Gossip:
        return tr("Gossip");
    case Peers:
        return tr("Peers");
    case Outbound:
        return tr("Outbound / D_out");
    case Health:
        return tr("Health");
    default:
        return {};
    }
}

void TopicsModel::setSnapshot(const trace::NodeSnapshot& snapshot)
{
    std::vector<TopicRow> rows;
    rows.reserve(snapshot.topics.size());
    for (const auto& t : snapshot.topics)
        rows.push_back(TopicRow { t });
    std::sort(
        rows.begin(), rows.end(), [](const TopicRow& a, const TopicRow& b) { return a.key() < b.key(); });
    rows.erase(std::unique(rows.begin(), rows.end(),
                   [](const TopicRow& a, const TopicRow& b) { return a.key() == b.key(); }),
        rows.end());
    replaceRows(std::move(rows));
}

} // namespace meshscope::widgets
