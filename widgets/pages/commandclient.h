#pragma once
// CommandClient: sends commands to the current ObservationSource on the source's own thread
// (QMetaObject::invokeMethod with the source as context) and reports only the answers to the
// requests it sent, so each page shows its own results where the user acted.

#include "core/qt/observationsource.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>
#include <set>

namespace meshscope::widgets {

class CommandClient : public QObject {
    Q_OBJECT
public:
    using Command = std::function<void(coreqt::ObservationSource*, quint64)>;

    explicit CommandClient(QObject* parent = nullptr) : QObject(parent) {}

    // Targets `source` (may be nullptr: commands then fail at once).
    void setSource(coreqt::ObservationSource* source)
    {
        if (m_source)
            disconnect(m_source, nullptr, this, nullptr);
        m_source = source;
        m_pending.clear();
        if (source)
            connect(source, &coreqt::ObservationSource::commandFinished, this, &CommandClient::onFinished);
    }
    coreqt::ObservationSource* source() const { return m_source; }

    // Runs `command(source, requestId)` on the source's thread; returns the request id.
    quint64 send(Command command)
    {
        static std::atomic<quint64> next{1};
        const quint64 id = next++;
        if (!m_source) {
            Q_EMIT finished(id, false, tr("no source is open"));
            return id;
        }
        m_pending.insert(id);
        QPointer<coreqt::ObservationSource> src = m_source;
        QMetaObject::invokeMethod(m_source, [src, command, id] {
            if (src)
                command(src.data(), id);
        });
        return id;
    }

Q_SIGNALS:
    // The answer to one of this client's requests.
    void finished(quint64 requestId, bool ok, const QString& message);

private:
    void onFinished(quint64 requestId, bool ok, const QString& message)
    {
        if (m_pending.erase(requestId))
            Q_EMIT finished(requestId, ok, message);
    }

    QPointer<coreqt::ObservationSource> m_source; // where commands go
    std::set<quint64> m_pending;                  // requests awaiting an answer
};

} // namespace meshscope::widgets
