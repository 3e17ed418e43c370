#include "widgets/models/messagestore.h"

#include "core/trace/nodesnapshot.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace meshscope::widgets {

void MessageStore::addDeliveries(const std::vector<gossipsub::Delivery>& deliveries)
{
    for (const auto& d : deliveries) {
        const auto& msg = *d.message;
        StoredMessage m;
        if (msg.has_from() && !msg.from().empty())
            m.author = QString::fromStdString(trace::peerText(asBytes(msg.from())));
        m.seqno = QByteArray::fromStdString(msg.seqno());
        m.topic = QString::fromUtf8(msg.topic().data(), static_cast<qsizetype>(msg.topic().size()));
        m.size = static_cast<qsizetype>(msg.data().size());
        m.truncated = m.size > kMaxPayload;
        m.data = QByteArray(msg.data().data(), std::min(m.size, kMaxPayload));
        add(QByteArray::fromStdString(d.id), std::move(m));
    }
}

void MessageStore::add(const QByteArray& messageId, StoredMessage message)
{
    if (m_messages.contains(messageId))
        return;
    m_messages.insert(messageId, std::move(message));
    m_order.push_back(messageId);
    while (m_order.size() > kMaxMessages) {
        m_messages.remove(m_order.front());
        m_order.pop_front();
    }
}

const StoredMessage* MessageStore::find(const QByteArray& messageId) const
{
    const auto it = m_messages.constFind(messageId);
    return it == m_messages.constEnd() ? nullptr : &*it;
}

QString MessageStore::payloadText(const StoredMessage& m)
{
    return QString::fromUtf8(m.data);
}

QString MessageStore::payloadHex(const StoredMessage& m)
{
    QString out;
    for (qsizetype i = 0; i < m.data.size(); i += 16) {
        out += QString::fromLatin1(m.data.mid(i, 16).toHex(' '));
        out += QLatin1Char('\n');
    }
    return out;
}

QString MessageStore::payloadJson(const StoredMessage& m)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(m.data, &error);
    if (error.error != QJsonParseError::NoError)
        return QCoreApplication::translate("MessageStore", "Not JSON (%1 at byte %2); as text:\n%3")
            .arg(error.errorString())
            .arg(error.offset)
            .arg(payloadText(m));
    return QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

} // namespace meshscope::widgets
