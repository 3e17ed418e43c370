#include "widgets/models/peersmodel.h"

#include "widgets/models/palettecolours.h"

#include <QBrush>
#include <QColor>

#include <algorithm>
#include <chrono>

namespace meshscope::widgets {

namespace {

QString bytesText(std::uint64_t n)
{
    if (n >= 10ull * 1024 * 1024)
        return QStringLiteral("%1 MiB").arg(static_cast<double>(n) / (1024.0 * 1024.0), 0, 'f', 1);
    if (n >= 10ull * 1024)
        return QStringLiteral("%1 KiB").arg(static_cast<double>(n) / 1024.0, 0, 'f', 1);
    return QString::number(n);
}

QString directionText(trace::PeerDirection d)
{
    switch (d) {
    case trace::PeerDirection::Inbound:
        return PeersModel::tr("inbound");
    case trace::PeerDirection::Outbound:
        return PeersModel::tr("outbound");
    case trace::PeerDirection::Unknown:
        break;
    }
    return PeersModel::tr("unknown");
}

double component(const trace::ScoreComponents& s, int column)
{
    switch (column) {
    case PeersModel::Score:
        return s.total;
    case PeersModel::P1:
        return s.p1;
    case PeersModel::P2:
        return s.p2;
    case PeersModel::P3:
        return s.p3;
    case PeersModel::P3b:
        return s.p3b;
    case PeersModel::P4:
        return s.p4;
    case PeersModel::P5:
        return s.p5;
    case PeersModel::P6:
        return s.p6;
    case PeersModel::P7:
        return s.p7;
    case PeersModel::BehaviourPenalty:
        return s.behaviourPenalty;
    default:
        return 0;
    }
}

QString joined(const std::vector<std::string>& list)
{
    QStringList out;
    for (const auto& s : list)
        out << QString::fromStdString(s);
    return out.join(QStringLiteral(", "));
}

} // namespace

bool PeerRow::operator==(const PeerRow& o) const
{
    const auto& a = peer;
    const auto& b = o.peer;
    const auto& sa = a.score;
    const auto& sb = b.score;
    return a.id == b.id && a.address == b.address && a.agent == b.agent && a.direction == b.direction
        && a.pubsubProtocol == b.pubsubProtocol && a.rtt == b.rtt && a.bytesIn == b.bytesIn
        && a.bytesOut == b.bytesOut && a.messagesIn == b.messagesIn && a.messagesOut == b.messagesOut
        && a.topics == b.topics && a.connected == b.connected && a.brokenPromises == b.brokenPromises
        && sa.known == sb.known && sa.total == sb.total && sa.p1 == sb.p1 && sa.p2 == sb.p2 && sa.p3 == sb.p3
        && sa.p3b == sb.p3b && sa.p4 == sb.p4 && sa.p5 == sb.p5 && sa.p6 == sb.p6 && sa.p7 == sb.p7
        && sa.behaviourPenalty == sb.behaviourPenalty && meshTopics == o.meshTopics && backoffs == o.backoffs;
}

PeersModel::PeersModel(QObject* parent)
    : KeyedTableModel<PeerRow>(parent)
{ }

int PeersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PeersModel::shortId(const std::string& id)
{
    const QString s = QString::fromStdString(id);
    if (s.size() <= 14)
        return s;
    return s.left(6) + QChar(0x2026) + s.right(6);
}

QVariant PeersModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const PeerRow& row = rowAt(index.row());
    const trace::PeerSnapshot& p = row.peer;
    const int col = index.column();
    if (role == PeerIdRole)
        return QString::fromStdString(p.id);
    const bool hasScore = p.score.known;
    if (role == SortRole) {
        switch (col) {
        case Score:
        case P1:
        case P2:
        case P3:
        case P3b:
        case P4:
        case P5:
        case P6:
        case P7:
        case BehaviourPenalty:
            return component(p.score, col);
        case Backoff:
            return row.backoffSeconds;
        case Rtt:
            return p.rtt ? static_cast<double>(p.rtt->count()) : -1.0;
        case BytesIn:
            return static_cast<qulonglong>(p.bytesIn);
        case BytesOut:
            return static_cast<qulonglong>(p.bytesOut);
        case MessagesIn:
            return static_cast<qulonglong>(p.messagesIn);
        case MessagesOut:
            return static_cast<qulonglong>(p.messagesOut);
        case BrokenPromises:
            return static_cast<qulonglong>(p.brokenPromises);
        case Topics:
            return static_cast<int>(p.topics.size());
        case InMesh:
            return static_cast<int>(row.meshTopics.size());
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ToolTipRole && col == Id)
        return QString::fromStdString(p.id);
    if (role == Qt::TextAlignmentRole && col >= Score)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && col == Score && hasScore && p.score.total < 0)
        return QBrush(statusColour(StatusColour::Bad, appPalette()));
    if (role == Qt::ForegroundRole && !p.connected)
        return QBrush(appPalette().color(QPalette::Disabled, QPalette::Text));
    if (role != Qt::DisplayRole)
        return {};
    switch (col) {
    case Id:
        return shortId(p.id);
    case Address:
        return QString::fromStdString(p.address);
    case Agent:
        return QString::fromStdString(p.agent);
    case Direction:
        return directionText(p.direction);
    case Protocol:
        return QString::fromStdString(p.pubsubProtocol);
    case Topics:
        return joined(p.topics);
    case InMesh:
        return row.meshTopics.join(QStringLiteral(", "));
    case Backoff:
        return row.backoffs.join(QStringLiteral(", "));
    case Score:
    case P1:
    case P2:
    case P3:
    case P3b:
    case P4:
    case P5:
    case P6:
    case P7:
    case BehaviourPenalty:
        return hasScore ? QString::number(component(p.score, col), 'f', 2) : QString();
    case Rtt:
        return p.rtt ? tr("%1 ms").arg(static_cast<double>(p.rtt->count()) / 1e6, 0, 'f', 1) : QString();
    case BytesIn:
        return bytesText(p.bytesIn);
    case BytesOut:
        return bytesText(p.bytesOut);
    case MessagesIn:
        return QString::number(p.messagesIn);
    case MessagesOut:
        return QString::number(p.messagesOut);
    case BrokenPromises:
        return QString::number(p.brokenPromises);
    default:
        return {};
    }
}

QVariant PeersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("Peer");
    case Address:
        return tr("Address");
    case Agent:
        return tr("Agent");
    case Direction:
        return tr("Direction");
    case Protocol:
        return tr("Protocol");
    case Topics:
        return tr("Topics");
    case InMesh:
        return tr("In mesh");
    case Backoff:
        return tr("Backoff");
    case Score:
        return tr("Score");
    case P1:
        return tr("P1 time in mesh");
    case P2:
        return tr("P2 first deliveries");
    case P3:
        return tr("P3 mesh deliveries");
    case P3b:
        return tr("P3b mesh failure");
    case P4:
        return tr("P4 invalid");
    case P5:
        return tr("P5 application");
    case P6:
        return tr("P6 IP colocation");
    case P7:
        return tr("P7 behaviour");
    case BehaviourPenalty:
        return tr("Behaviour penalty");
    case Rtt:
        return tr("RTT");
    case BytesIn:
        return tr("Bytes in");
    case BytesOut:
        return tr("Bytes out");
    case MessagesIn:
        return tr("Messages in");
    case MessagesOut:
        return tr("Messages out");
    case BrokenPromises:
        return tr("Broken promises");
    default:
        return {};
    }
}

void PeersModel::setSnapshot(const trace::NodeSnapshot& snapshot)
{
    std::vector<PeerRow> rows;
    rows.reserve(snapshot.peers.size());
    for (const auto& p : snapshot.peers) {
        PeerRow row;
        row.peer = p;
        rows.push_back(std::move(row));
    }
    std::sort(
        rows.begin(), rows.end(), [](const PeerRow& a, const PeerRow& b) { return a.peer.id < b.peer.id; });
    rows.erase(std::unique(rows.begin(), rows.end(),
                   [](const PeerRow& a, const PeerRow& b) { return a.peer.id == b.peer.id; }),
        rows.end());
    auto find = [&rows](const std::string& id) -> PeerRow* {
        auto it = std::lower_bound(rows.begin(), rows.end(), id,
            [](const PeerRow& r, const std::string& k) { return r.peer.id < k; });
        return it != rows.end() && it->peer.id == id ? &*it : nullptr;
    };
    for (const auto& t : snapshot.topics)
        for (const auto& id : t.mesh)
            if (PeerRow* r = find(id))
                r->meshTopics << QString::fromStdString(t.topic);
    for (const auto& b : snapshot.backoffs) {
        PeerRow* r = find(b.peer);
        if (!r)
            continue;
        const double left = std::chrono::duration<double>(b.expires - snapshot.time).count();
        if (left <= 0)
            continue;
        r->backoffs << tr("%1 (%2 s)").arg(QString::fromStdString(b.topic)).arg(static_cast<int>(left + 0.5));
        r->backoffSeconds = std::max(r->backoffSeconds, left);
    }
    replaceRows(std::move(rows));
}

} // namespace meshscope::widgets
