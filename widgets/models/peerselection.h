#pragma once
// PeerSelection: the one shared "selected peer" every page follows (topology, peers table, score
// plots, logs). Clicking a peer anywhere calls select(); every view connects to peerChanged.

#include <QObject>
#include <QString>

namespace meshscope::widgets {

class PeerSelection : public QObject {
    Q_OBJECT
public:
    explicit PeerSelection(QObject* parent = nullptr) : QObject(parent) {}

    // The selected peer id (full text), empty when none.
    QString peer() const { return m_peer; }

public Q_SLOTS:
    // Selects `peerId` (empty clears); emits peerChanged when it differs.
    void select(const QString& peerId)
    {
        if (peerId == m_peer)
            return;
        m_peer = peerId;
        Q_EMIT peerChanged(m_peer);
    }

Q_SIGNALS:
    // The selection changed.
    void peerChanged(const QString& peerId);

private:
    QString m_peer; // selected peer id
};

} // namespace meshscope::widgets
