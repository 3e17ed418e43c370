#include "widgets/pages/logpage.h"

#include "widgets/models/logmodel.h"
#include "widgets/models/messagestore.h"
#include "widgets/models/peerselection.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace meshscope::widgets {

// Filters log rows by topic, peer (substring) and kind.
class LogFilterProxy : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    QString topic, peer; // substrings, empty = any
    int kind = -1; // LogEntry::Kind, -1 = any

    void refilter() { invalidateRowsFilter(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex&) const override
    {
        auto* m = static_cast<LogModel*>(sourceModel());
        const LogEntry& e = m->entry(row);
        return (kind < 0 || static_cast<int>(e.kind) == kind) && (topic.isEmpty() || e.topic.contains(topic))
            && (peer.isEmpty() || e.peer.contains(peer, Qt::CaseInsensitive));
    }
};

LogPage::LogPage(LogModel* model, bool withInspector, PeerSelection* selection, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new LogFilterProxy(this))
    , m_view(new QTableView(this))
    , m_topic(new QLineEdit(this))
    , m_peer(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_payloadFormat(nullptr)
    , m_inspector(nullptr)
{
    m_proxy->setSourceModel(model);
    m_view->setModel(m_proxy);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 4);
    m_topic->setPlaceholderText(tr("Topic"));
    m_peer->setPlaceholderText(tr("Peer"));
    m_kind->addItem(tr("All kinds"), -1);
    const auto kinds = withInspector
        ? std::vector<LogEntry::Kind> { LogEntry::Kind::Published, LogEntry::Kind::Delivered,
              LogEntry::Kind::Duplicate, LogEntry::Kind::Rejected, LogEntry::Kind::Validated }
        : std::vector<LogEntry::Kind> { LogEntry::Kind::Connected, LogEntry::Kind::Disconnected,
              LogEntry::Kind::Joined, LogEntry::Kind::Left, LogEntry::Kind::Graft, LogEntry::Kind::Prune,
              LogEntry::Kind::GraftReceived, LogEntry::Kind::PruneReceived, LogEntry::Kind::Throttled,
              LogEntry::Kind::Backoff, LogEntry::Kind::ScoreCrossing };
    for (auto k : kinds)
        m_kind->addItem(kindText(k), static_cast<int>(k));
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_topic);
    filters->addWidget(m_peer);
    filters->addWidget(m_kind);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    auto apply = [this] { setFilters(m_topic->text(), m_peer->text(), m_kind->currentData().toInt()); };
    connect(m_topic, &QLineEdit::textChanged, this, apply);
    connect(m_peer, &QLineEdit::textChanged, this, apply);
    connect(m_kind, &QComboBox::currentIndexChanged, this, apply);
    // live tail: keep the newest row in view unless the user scrolled away from the bottom
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        QScrollBar* bar = m_view->verticalScrollBar();
        if (bar->value() >= bar->maximum() - 2)
            m_view->scrollToBottom();
    });
    if (!withInspector) {
        layout->addWidget(m_view, 1);
    } else {
        m_inspector = new QPlainTextEdit(this);
        m_inspector->setReadOnly(true);
        m_payloadFormat = new QComboBox(this);
        m_payloadFormat->addItems({ tr("Text"), tr("Hex"), tr("JSON") });
        auto* pane = new QWidget(this);
        auto* pl = new QVBoxLayout(pane);
        pl->setContentsMargins(0, 0, 0, 0);
        pl->addWidget(m_payloadFormat);
        pl->addWidget(m_inspector, 1);
        auto* split = new QSplitter(Qt::Horizontal, this);
        split->addWidget(m_view);
        split->addWidget(pane);
        split->setStretchFactor(0, 3);
        split->setStretchFactor(1, 1);
        layout->addWidget(split, 1);
        auto show = [this] {
            const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
            m_inspector->setPlainText(current.isValid() ? inspect(current.row()) : QString());
        };
        connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, show);
        connect(m_payloadFormat, &QComboBox::currentIndexChanged, this, show);
    }
    if (selection)
        connect(m_view, &QTableView::clicked, this, [this, selection](const QModelIndex& index) {
            const QString peer = index.data(LogModel::PeerIdRole).toString();
            if (!peer.isEmpty())
                selection->select(peer);
        });
}

void LogPage::setFilters(const QString& topic, const QString& peer, int kind)
{
    m_proxy->topic = topic;
    m_proxy->peer = peer;
    m_proxy->kind = kind;
    m_proxy->refilter();
}

int LogPage::visibleRows() const
{
    return m_proxy->rowCount();
}

QString LogPage::inspect(int row) const
{
    if (!m_inspector || row < 0 || row >= m_model->rowCount())
        return {};
    const LogEntry& e = m_model->entry(row);
    QString firstFrom;
    int duplicates = 0;
    QString validation;
    for (int i = 0; i < m_model->rowCount(); ++i) {
        const LogEntry& o = m_model->entry(i);
        if (o.messageId != e.messageId)
            continue;
        if (o.kind == LogEntry::Kind::Delivered && firstFrom.isEmpty())
            firstFrom = o.peer;
        else if (o.kind == LogEntry::Kind::Duplicate)
            ++duplicates;
        else if (o.kind == LogEntry::Kind::Validated || o.kind == LogEntry::Kind::Rejected)
            validation = o.kind == LogEntry::Kind::Rejected ? tr("rejected: %1").arg(o.detail) : o.detail;
    }
    const StoredMessage* stored = m_store ? m_store->find(e.messageId) : nullptr;
    const int format = m_payloadFormat ? m_payloadFormat->currentIndex() : 0;
    if (format == 2) {
        QJsonObject o { { QStringLiteral("id_hex"), QString::fromLatin1(e.messageId.toHex()) },
            { QStringLiteral("topic"), e.topic }, { QStringLiteral("from"), e.peer },
            { QStringLiteral("kind"), kindText(e.kind) }, { QStringLiteral("first_deliverer"), firstFrom },
            { QStringLiteral("duplicates"), duplicates }, { QStringLiteral("validation"), validation } };
        if (stored) {
            o.insert(QStringLiteral("author"), stored->author);
            o.insert(QStringLiteral("seqno_hex"), QString::fromLatin1(stored->seqno.toHex()));
            o.insert(QStringLiteral("size"), static_cast<qint64>(stored->size));
            QJsonParseError error {};
            const QJsonDocument payload = QJsonDocument::fromJson(stored->data, &error);
            if (error.error == QJsonParseError::NoError)
                o.insert(QStringLiteral("payload"),
                    payload.isArray() ? QJsonValue(payload.array()) : QJsonValue(payload.object()));
            else
                o.insert(QStringLiteral("payload_text"), MessageStore::payloadText(*stored));
        }
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    }
    const QString id
        = format == 1 ? QString::fromLatin1(e.messageId.toHex(' ')) : QString::fromUtf8(e.messageId);
    QString text = tr(
        "Message id: %1\nTopic: %2\nFrom: %3\nTime: %4\nKind: %5\nFirst deliverer: %6\nDuplicates seen: %7\n"
        "Validation: %8\n")
                       .arg(id, e.topic, e.peer, timeText(e.timeNs), kindText(e.kind),
                           firstFrom.isEmpty() ? tr("(not in the log)") : firstFrom)
                       .arg(duplicates)
                       .arg(validation.isEmpty() ? tr("(none recorded)") : validation);
    if (!stored)
        return text
            + tr("\nNo payload: go's trace events carry none, so only messages the live node received show "
                 "one.");
    text += tr("Author: %1\nSeqno: %2\nSize: %n byte(s)\n", nullptr, static_cast<int>(stored->size))
                .arg(stored->author.isEmpty() ? tr("(none)") : stored->author,
                    stored->seqno.isEmpty() ? tr("(none)") : QString::fromLatin1(stored->seqno.toHex()));
    if (stored->truncated)
        text += tr("(first %n byte(s) shown)\n", nullptr, static_cast<int>(stored->data.size()));
    text += QLatin1Char('\n')
        + (format == 1 ? MessageStore::payloadHex(*stored) : MessageStore::payloadText(*stored));
    return text;
}

void LogPage::setMessageStore(const MessageStore* store)
{
    m_store = store;
}

} // namespace meshscope::widgets
