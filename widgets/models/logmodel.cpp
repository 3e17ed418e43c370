#include "widgets/models/logmodel.h"

#include "widgets/models/peersmodel.h"

#include <QDateTime>

namespace meshscope::widgets {

QString kindText(LogEntry::Kind kind)
{
    using K = LogEntry::Kind;
    switch (kind) {
    case K::Published: return LogModel::tr("published");
    case K::Delivered: return LogModel::tr("delivered");
    case K::Duplicate: return LogModel::tr("duplicate");
    case K::Rejected: return LogModel::tr("rejected");
    case K::Validated: return LogModel::tr("validated");
    case K::Connected: return LogModel::tr("connected");
    case K::Disconnected: return LogModel::tr("disconnected");
    case K::Joined: return LogModel::tr("joined");
    case K::Left: return LogModel::tr("left");
    case K::Graft: return LogModel::tr("GRAFT");
    case K::Prune: return LogModel::tr("PRUNE");
    case K::GraftReceived: return LogModel::tr("GRAFT received");
    case K::PruneReceived: return LogModel::tr("PRUNE received");
    case K::Throttled: return LogModel::tr("throttled");
    case K::Backoff: return LogModel::tr("backoff");
    case K::ScoreCrossing: return LogModel::tr("score threshold");
    }
    return {};
}

QString timeText(qint64 ns)
{
    constexpr qint64 year2000 = 946684800LL * 1000000000LL;
    if (ns > year2000)
        return QDateTime::fromMSecsSinceEpoch(ns / 1000000).toString(QStringLiteral("HH:mm:ss.zzz"));
    return LogModel::tr("%1 s").arg(static_cast<double>(ns) / 1e9, 0, 'f', 3);
}

LogModel::LogModel(std::size_t capacity, QObject* parent) : QAbstractTableModel(parent), m_capacity(capacity ? capacity : 1) {}

int LogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int LogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const LogEntry& e = entry(index.row());
    switch (role) {
    case KindRole: return static_cast<int>(e.kind);
    case PeerIdRole: return e.peer;
    case MessageIdRole: return e.messageId;
    case TopicRole: return e.topic;
    case Qt::ToolTipRole:
        if (index.column() == Peer)
            return e.peer;
        return {};
    case Qt::DisplayRole: break;
    default: return {};
    }
    switch (index.column()) {
    case Time: return timeText(e.timeNs);
    case Kind: return kindText(e.kind);
    case Topic: return e.topic;
    case Peer: return PeersModel::shortId(e.peer.toStdString());
    case MessageId: return QString::fromLatin1(e.messageId.left(12).toHex());
    case Detail: return e.detail;
    default: return {};
    }
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time: return tr("Time");
    case Kind: return tr("Kind");
    case Topic: return tr("Topic");
    case Peer: return tr("Peer");
    case MessageId: return tr("Message id");
    case Detail: return tr("Detail");
    default: return {};
    }
}

void LogModel::appendEntries(std::vector<LogEntry> entries)
{
    if (entries.empty())
        return;
    if (entries.size() > m_capacity)
        entries.erase(entries.begin(), entries.begin() + static_cast<std::ptrdiff_t>(entries.size() - m_capacity));
    const std::size_t overflow = m_entries.size() + entries.size() > m_capacity ? m_entries.size() + entries.size() - m_capacity : 0;
    if (overflow > 0) {
        beginRemoveRows({}, 0, static_cast<int>(overflow) - 1);
        m_entries.erase(m_entries.begin(), m_entries.begin() + static_cast<std::ptrdiff_t>(overflow));
        endRemoveRows();
    }
    const int first = static_cast<int>(m_entries.size());
    beginInsertRows({}, first, first + static_cast<int>(entries.size()) - 1);
    for (auto& e : entries)
        m_entries.push_back(std::move(e));
    endInsertRows();
}

void LogModel::addBatch(const coreqt::TraceBatch& batch)
{
    if (!batch.events)
        return;
    std::vector<LogEntry> out;
    for (const auto& ev : *batch.events)
        extract(ev, out);
    appendEntries(std::move(out));
}

void LogModel::addBatches(const std::vector<coreqt::TraceBatch>& batches)
{
    std::vector<LogEntry> out;
    for (const auto& batch : batches)
        if (batch.events)
            for (const auto& ev : *batch.events)
                extract(ev, out);
    appendEntries(std::move(out));
}

void LogModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

MessageLogModel::MessageLogModel(std::size_t capacity, QObject* parent) : LogModel(capacity, parent) {}

namespace {

QString peerOf(const std::string& bytes)
{
    return QString::fromStdString(trace::peerText(asBytes(bytes)));
}

QByteArray idOf(const std::string& bytes)
{
    return QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size()));
}

} // namespace

void MessageLogModel::extract(const trace::TraceEvent& ev, std::vector<LogEntry>& out) const
{
    using K = LogEntry::Kind;
    using T = pb::trace::TraceEvent;
    LogEntry e;
    e.timeNs = ev.timestamp();
    switch (trace::rawType(ev)) {
    case T::PUBLISH_MESSAGE:
        e.kind = K::Published;
        e.messageId = idOf(ev.publishmessage().messageid());
        e.topic = QString::fromStdString(ev.publishmessage().topic());
        break;
    case T::DELIVER_MESSAGE:
        e.kind = K::Delivered;
        e.messageId = idOf(ev.delivermessage().messageid());
        e.topic = QString::fromStdString(ev.delivermessage().topic());
        e.peer = peerOf(ev.delivermessage().receivedfrom());
        break;
    case T::DUPLICATE_MESSAGE:
        e.kind = K::Duplicate;
        e.messageId = idOf(ev.duplicatemessage().messageid());
        e.topic = QString::fromStdString(ev.duplicatemessage().topic());
        e.peer = peerOf(ev.duplicatemessage().receivedfrom());
        break;
    case T::REJECT_MESSAGE:
        e.kind = K::Rejected;
        e.messageId = idOf(ev.rejectmessage().messageid());
        e.topic = QString::fromStdString(ev.rejectmessage().topic());
        e.peer = peerOf(ev.rejectmessage().receivedfrom());
        e.detail = QString::fromStdString(ev.rejectmessage().reason());
        break;
    case T::VALIDATION_RESULT: {
        const auto& v = ev.validationresult();
        e.kind = K::Validated;
        e.messageId = idOf(v.messageid());
        e.topic = QString::fromStdString(v.topic());
        e.peer = peerOf(v.receivedfrom());
        e.detail = v.result() == T::ValidationResult::ACCEPT ? tr("accept")
                   : v.result() == T::ValidationResult::REJECT ? tr("reject: %1").arg(QString::fromStdString(v.reason()))
                                                                : tr("ignore: %1").arg(QString::fromStdString(v.reason()));
        break;
    }
    default:
        return;
    }
    out.push_back(std::move(e));
}

} // namespace meshscope::widgets
