#include "widgets/pages/peerspage.h"

#include "widgets/models/peersmodel.h"
#include "widgets/models/peerselection.h"
#include "widgets/plots/scoreplot.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace meshscope::widgets {

PeersPage::PeersPage(PeersModel* model, ScorePlot* plot, PeerSelection* selection, QWidget* parent)
    : QWidget(parent), m_model(model), m_proxy(new QSortFilterProxyModel(this)), m_view(new QTableView(this)),
      m_filter(new QLineEdit(this)), m_details(new QLabel(this)), m_plot(plot), m_selection(selection)
{
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(PeersModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    // 1,000 rows changing 10 times a second: re-sorting on every dataChanged costs most of the
    // GUI thread, so the main window calls resort() once a second instead.
    m_proxy->setDynamicSortFilter(false);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->setAlternatingRowColors(true);
    m_filter->setPlaceholderText(tr("Filter peers (id, address, agent, topic)"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    auto* copy = new QAction(tr("Copy full peer id"), m_view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(copy);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(copy, &QAction::triggered, this, &PeersPage::copySelectedId);

    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto* detail = new QWidget(this);
    auto* dl = new QVBoxLayout(detail);
    dl->setContentsMargins(0, 0, 0, 0);
    dl->addWidget(m_details);
    dl->addWidget(m_plot, 1);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(split, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
        if (current.isValid() && m_selection)
            m_selection->select(current.data(PeersModel::PeerIdRole).toString());
    });
    if (m_selection)
        connect(m_selection, &PeerSelection::peerChanged, this, &PeersPage::onSelectionChanged);
    refreshDetails();
}

void PeersPage::onSelectionChanged(const QString& peerId)
{
    const int row = m_model->indexOfKey(peerId.toStdString());
    if (row >= 0) {
        const QModelIndex proxied = m_proxy->mapFromSource(m_model->index(row, 0));
        if (proxied.isValid() && m_view->currentIndex().row() != proxied.row())
            m_view->setCurrentIndex(proxied);
    }
    m_plot->setPeer(peerId);
    refreshDetails();
}

void PeersPage::resort()
{
    if (m_proxy->sortColumn() >= 0)
        m_proxy->sort(m_proxy->sortColumn(), m_proxy->sortOrder());
}

void PeersPage::refreshDetails()
{
    const QString id = m_selection ? m_selection->peer() : QString();
    const int row = m_model->indexOfKey(id.toStdString());
    if (row < 0) {
        m_details->setText(tr("Select a peer to see its details and score history."));
        return;
    }
    const PeerRow& r = m_model->rowAt(row);
    const auto& p = r.peer;
    m_details->setText(tr("<b>%1</b><br>%2 · %3 · %4 · score %5 (P1 %6, P2 %7, P3 %8, P3b %9, P4 %10, P5 %11, P6 %12, P7 %13)"
                          "<br>mesh: %14 · backoff: %15")
                           .arg(QString::fromStdString(p.id).toHtmlEscaped(), QString::fromStdString(p.address).toHtmlEscaped(),
                                QString::fromStdString(p.agent).toHtmlEscaped(), QString::fromStdString(p.pubsubProtocol))
                           .arg(p.score.total, 0, 'f', 2)
                           .arg(p.score.p1, 0, 'f', 2)
                           .arg(p.score.p2, 0, 'f', 2)
                           .arg(p.score.p3, 0, 'f', 2)
                           .arg(p.score.p3b, 0, 'f', 2)
                           .arg(p.score.p4, 0, 'f', 2)
                           .arg(p.score.p5, 0, 'f', 2)
                           .arg(p.score.p6, 0, 'f', 2)
                           .arg(p.score.p7, 0, 'f', 2)
                           .arg(r.meshTopics.isEmpty() ? tr("none") : r.meshTopics.join(QStringLiteral(", ")),
                                r.backoffs.isEmpty() ? tr("none") : r.backoffs.join(QStringLiteral(", "))));
}

void PeersPage::copySelectedId()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        QApplication::clipboard()->setText(current.data(PeersModel::PeerIdRole).toString());
}

} // namespace meshscope::widgets
