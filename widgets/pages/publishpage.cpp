#include "widgets/pages/publishpage.h"

#include "widgets/models/palettecolours.h"
#include "widgets/pages/commandclient.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

namespace meshscope::widgets {

PublishPage::PublishPage(CommandClient* commands, QWidget* parent)
    : QWidget(parent)
    , m_commands(commands)
    , m_topic(new QLineEdit(this))
    , m_format(new QComboBox(this))
    , m_payload(new QPlainTextEdit(this))
    , m_file(new QLineEdit(this))
    , m_count(new QSpinBox(this))
    , m_rate(new QSpinBox(this))
    , m_error(new QLabel(this))
{
    m_topic->setPlaceholderText(tr("Topic"));
    m_format->addItem(tr("Text"));
    m_format->addItem(tr("Hex"));
    m_format->addItem(tr("File"));
    m_payload->setPlaceholderText(tr("Payload"));
    m_payload->setMaximumHeight(90);
    auto* browse = new QPushButton(tr("Browse…"), this);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    m_count->setRange(1, 100000);
    m_rate->setRange(1, 1000);
    m_rate->setValue(10);
    m_rate->setSuffix(tr(" /s"));
    m_error->setWordWrap(true);
    auto* send = new QPushButton(tr("Publish"), this);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Topic"), m_topic);
    form->addRow(tr("Format"), m_format);
    form->addRow(tr("Payload"), m_payload);
    form->addRow(tr("File"), fileRow);
    form->addRow(tr("Count"), m_count);
    form->addRow(tr("Rate"), m_rate);
    form->addRow(send);
    form->addRow(m_error);
    connect(send, &QPushButton::clicked, this, &PublishPage::publishNow);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Payload file"));
        if (!path.isEmpty()) {
            m_file->setText(path);
            m_format->setCurrentIndex(2);
        }
    });
    connect(&m_timer, &QTimer::timeout, this, &PublishPage::sendOne);
    connect(m_commands, &CommandClient::finished, this, [this](quint64, bool ok, const QString& message) {
        if (!ok) {
            m_error->setText(tr("Publish failed: %1").arg(message));
            m_error->setStyleSheet(
                QStringLiteral("color: %1").arg(statusColour(StatusColour::Bad, palette()).name()));
            m_timer.stop();
            m_left = 0;
        } else if (m_left == 0) {
            m_error->setStyleSheet(QString());
            m_error->setText(message);
        }
    });
}

QByteArray PublishPage::payload(QString* error) const
{
    QByteArray bytes;
    switch (m_format->currentIndex()) {
    case 0:
        bytes = m_payload->toPlainText().toUtf8();
        break;
    case 1: {
        QString hex = m_payload->toPlainText();
        hex.remove(QLatin1Char(' ')).remove(QLatin1Char('\n'));
        if (hex.startsWith(QLatin1String("0x")))
            hex = hex.mid(2);
        static const QString digits = QStringLiteral("0123456789abcdefABCDEF");
        for (QChar c : hex)
            if (!digits.contains(c)) {
                *error = tr("Not hex: '%1'. Use digits 0-9 and a-f.").arg(c);
                return {};
            }
        if (hex.size() % 2) {
            *error = tr("Hex needs an even number of digits.");
            return {};
        }
        bytes = QByteArray::fromHex(hex.toLatin1());
        break;
    }
    default: {
        QFile file(m_file->text());
        if (file.size() > m_maxSize) {
            *error = tr("The file is %1 bytes; the message size limit is %2 bytes.")
                         .arg(file.size())
                         .arg(m_maxSize);
            return {};
        }
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("Cannot read %1: %2").arg(m_file->text(), file.errorString());
            return {};
        }
        bytes = file.read(m_maxSize + 1);
    }
    }
    if (bytes.size() > m_maxSize) {
        *error = tr("The payload is %1 bytes; the message size limit is %2 bytes.")
                     .arg(bytes.size())
                     .arg(m_maxSize);
        return {};
    }
    return bytes;
}

bool PublishPage::publishNow()
{
    QString error;
    const QString topic = m_topic->text().trimmed();
    if (topic.isEmpty())
        error = tr("Type a topic to publish on.");
    const QByteArray bytes = error.isEmpty() ? payload(&error) : QByteArray();
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->setStyleSheet(
            QStringLiteral("color: %1").arg(statusColour(StatusColour::Bad, palette()).name()));
        return false;
    }
    m_error->setStyleSheet(QString());
    m_error->setText(tr("Publishing…"));
    m_pending = bytes;
    m_pendingTopic = topic;
    m_left = m_count->value();
    sendOne();
    if (m_left > 0)
        m_timer.start(1000 / m_rate->value());
    return true;
}

void PublishPage::sendOne()
{
    if (m_left <= 0) {
        m_timer.stop();
        return;
    }
    --m_left;
    const QString topic = m_pendingTopic;
    const QByteArray bytes = m_pending;
    m_commands->send(
        [topic, bytes](coreqt::ObservationSource* s, quint64 id) { s->publish(id, topic, bytes); });
    if (m_left <= 0)
        m_timer.stop();
}

} // namespace meshscope::widgets
