#include "widgets/pages/topicspage.h"

#include "widgets/models/topicsmodel.h"
#include "widgets/pages/commandclient.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace meshscope::widgets {

TopicsPage::TopicsPage(TopicsModel* model, CommandClient* commands, QWidget* parent)
    : QWidget(parent), m_model(model), m_commands(commands), m_view(new QTableView(this)), m_topic(new QLineEdit(this)),
      m_status(new QLabel(this))
{
    m_view->setModel(model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_topic->setPlaceholderText(tr("Topic name"));
    auto* sub = new QPushButton(tr("Subscribe"), this);
    auto* unsub = new QPushButton(tr("Unsubscribe"), this);
    auto* row = new QHBoxLayout;
    row->addWidget(m_topic, 1);
    row->addWidget(sub);
    row->addWidget(unsub);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(row);
    layout->addWidget(m_status);
    connect(sub, &QPushButton::clicked, this, &TopicsPage::subscribeTyped);
    connect(unsub, &QPushButton::clicked, this, &TopicsPage::unsubscribeTyped);
    connect(m_topic, &QLineEdit::returnPressed, this, &TopicsPage::subscribeTyped);
    connect(m_view, &QTableView::clicked, this, [this](const QModelIndex& index) {
        const QString topic = index.data(TopicsModel::TopicRole).toString();
        m_topic->setText(topic);
        Q_EMIT topicActivated(topic);
    });
    connect(m_commands, &CommandClient::finished, this, [this](quint64, bool ok, const QString& message) {
        m_status->setText(ok ? message : tr("Failed: %1").arg(message));
        m_status->setStyleSheet(ok ? QString() : QStringLiteral("color: #c03030"));
    });
}

void TopicsPage::subscribeTyped()
{
    const QString topic = m_topic->text().trimmed();
    if (topic.isEmpty()) {
        m_status->setText(tr("Type a topic name first."));
        return;
    }
    m_commands->send([topic](coreqt::ObservationSource* s, quint64 id) { s->subscribe(id, topic); });
}

void TopicsPage::unsubscribeTyped()
{
    const QString topic = m_topic->text().trimmed();
    if (topic.isEmpty()) {
        m_status->setText(tr("Type a topic name first."));
        return;
    }
    m_commands->send([topic](coreqt::ObservationSource* s, quint64 id) { s->unsubscribe(id, topic); });
}

} // namespace meshscope::widgets
