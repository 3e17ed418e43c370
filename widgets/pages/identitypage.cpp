#include "widgets/pages/identitypage.h"

#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace meshscope::widgets {

namespace {

QToolButton* copyButton(QLineEdit* field, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setText(IdentityPage::tr("Copy"));
    button->setToolTip(IdentityPage::tr("Copy to the clipboard"));
    QObject::connect(button, &QToolButton::clicked, field, [field] { QApplication::clipboard()->setText(field->text()); });
    return button;
}

} // namespace

IdentityPage::IdentityPage(QWidget* parent)
    : QWidget(parent), m_peerId(new QLineEdit(this)), m_addrBox(new QWidget(this)), m_addrLayout(new QVBoxLayout(m_addrBox)),
      m_agent(new QLabel(this)), m_keyFile(new QLabel(this))
{
    auto* form = new QFormLayout(this);
    m_peerId->setReadOnly(true);
    m_peerId->setPlaceholderText(tr("not started"));
    auto* idRow = new QWidget(this);
    auto* idLayout = new QHBoxLayout(idRow);
    idLayout->setContentsMargins(0, 0, 0, 0);
    idLayout->addWidget(m_peerId, 1);
    idLayout->addWidget(copyButton(m_peerId, idRow));
    m_addrLayout->setContentsMargins(0, 0, 0, 0);
    m_agent->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_keyFile->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Peer id"), idRow);
    form->addRow(tr("Listen addresses"), m_addrBox);
    form->addRow(tr("Agent"), m_agent);
    form->addRow(tr("Key file"), m_keyFile);
}

QWidget* IdentityPage::copyRow(const QString& text, QWidget* parent)
{
    auto* row = new QWidget(parent);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* field = new QLineEdit(text, row);
    field->setReadOnly(true);
    field->setCursorPosition(0);
    layout->addWidget(field, 1);
    layout->addWidget(copyButton(field, row));
    return row;
}

void IdentityPage::setIdentity(const QString& peerId, const QStringList& listenAddrs, const QString& agent, const QString& keyFile)
{
    m_peerId->setText(peerId);
    m_peerId->setCursorPosition(0);
    while (QLayoutItem* item = m_addrLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_addrs = listenAddrs;
    for (const QString& addr : listenAddrs)
        m_addrLayout->addWidget(copyRow(addr, m_addrBox));
    if (listenAddrs.isEmpty())
        m_addrLayout->addWidget(new QLabel(tr("none"), m_addrBox));
    m_agent->setText(agent);
    m_keyFile->setText(keyFile.isEmpty() ? tr("ephemeral (a new key each start)") : keyFile);
}

void IdentityPage::setNoLiveNode(const QString& source)
{
    setIdentity(QString(), {}, QString(), QString());
    m_keyFile->setText(tr("no live node: showing %1").arg(source));
}

QString IdentityPage::peerId() const { return m_peerId->text(); }

} // namespace meshscope::widgets
