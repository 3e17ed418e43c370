#include "widgets/dialogs/connectdialog.h"

#include "core/multiformats/multiaddr.h"
#include "widgets/models/palettecolours.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace meshscope::widgets {

namespace {
const auto kRecentKey = QStringLiteral("connect/recent");
constexpr int kMaxRecent = 10;
} // namespace

ConnectDialog::ConnectDialog(QWidget* parent)
    : QDialog(parent)
    , m_address(new QComboBox(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Connect to a peer"));
    m_address->setEditable(true);
    m_address->addItems(recentAddresses());
    m_address->setCurrentText(QString());
    m_address->lineEdit()->setPlaceholderText(tr("/ip4/127.0.0.1/tcp/4001/p2p/12D3KooW…"));
    m_address->setMinimumWidth(520);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(
        QStringLiteral("color: %1").arg(statusColour(StatusColour::Bad, palette()).name()));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Peer multiaddr (with /p2p/<peer id>):"), this));
    layout->addWidget(m_address);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_address, &QComboBox::currentTextChanged, this, &ConnectDialog::revalidate);
    revalidate();
}

QString ConnectDialog::validate(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return tr("Type a multiaddr such as /ip4/127.0.0.1/tcp/4001/p2p/<peer id>.");
    auto addr = multiformats::Multiaddr::fromString(trimmed.toStdString());
    if (!addr)
        return tr("Not a valid multiaddr: %1").arg(QString::fromStdString(addr.error().message));
    if (!addr->peerId())
        return tr("The address needs /p2p/<peer id> at the end so the peer can be authenticated.");
    return {};
}

QString ConnectDialog::address() const
{
    return m_address->currentText().trimmed();
}

void ConnectDialog::setAddress(const QString& text)
{
    m_address->setCurrentText(text);
    revalidate();
}

QString ConnectDialog::errorText() const
{
    return m_error->text();
}

void ConnectDialog::revalidate()
{
    const QString error = validate(m_address->currentText());
    // an empty field is not an error yet, just not acceptable
    m_error->setText(m_address->currentText().trimmed().isEmpty() ? QString() : error);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(error.isEmpty());
}

QStringList ConnectDialog::recentAddresses()
{
    return QSettings().value(kRecentKey).toStringList();
}

void ConnectDialog::accept()
{
    if (!validate(address()).isEmpty()) {
        revalidate();
        return;
    }
    QStringList recent = recentAddresses();
    recent.removeAll(address());
    recent.prepend(address());
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    QSettings().setValue(kRecentKey, recent);
    QDialog::accept();
}

} // namespace meshscope::widgets
