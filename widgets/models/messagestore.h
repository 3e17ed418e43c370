#pragma once
// MessageStore: the contents of recently delivered messages (payload, author, seqno, size) by
// message id, for the message log's inspector. go's trace events carry no payloads, so only a live
// node fills it (NodeHost::nodeOutput deliveries); recordings and simulations leave it empty.
// Bounded: the newest kMaxMessages messages, each payload cut at kMaxPayload bytes.

#include "core/gossipsub/router.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <deque>
#include <vector>

namespace meshscope::widgets {

// What the inspector shows about one message's contents.
struct StoredMessage {
    QString author; // the message's from field (peer id text), empty when unsigned
    QByteArray seqno; // seqno bytes, empty when absent
    QString topic; // topic
    QByteArray data; // payload, at most MessageStore::kMaxPayload bytes
    qsizetype size = 0; // full payload size in bytes
    bool truncated = false; // data holds only the first kMaxPayload bytes
};

class MessageStore {
public:
    static constexpr std::size_t kMaxMessages = 2000; // messages kept
    static constexpr qsizetype kMaxPayload = 64 * 1024; // payload bytes kept per message

    // Stores the deliveries of one tick (call for each NodeHost::nodeOutput).
    void addDeliveries(const std::vector<gossipsub::Delivery>& deliveries);
    // Stores one message by id (the oldest goes when full; an id already held is kept).
    void add(const QByteArray& messageId, StoredMessage message);
    // The message with `messageId`, or nullptr.
    const StoredMessage* find(const QByteArray& messageId) const;
    std::size_t size() const { return m_order.size(); }

    // The payload as text (invalid UTF-8 replaced), spaced hex (16 bytes a line) or indented JSON
    // (the error, when it is not JSON, then the text).
    static QString payloadText(const StoredMessage& m);
    static QString payloadHex(const StoredMessage& m);
    static QString payloadJson(const StoredMessage& m);

private:
    QHash<QByteArray, StoredMessage> m_messages; // id -> contents
    std::deque<QByteArray> m_order; // ids, oldest first
};

} // namespace meshscope::widgets
