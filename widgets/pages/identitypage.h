#pragma once
// IdentityPage: who the live node is. Peer id and each listen address with a copy button (the
// full multiaddr with /p2p/, ready to paste into another node's --dial), the agent version and
// the key file (or "ephemeral"). Filled by the main window from NodeHost::started().

#include <QStringList>
#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QVBoxLayout;

namespace meshscope::widgets {

class IdentityPage : public QWidget {
    Q_OBJECT
public:
    explicit IdentityPage(QWidget* parent = nullptr);

    // Shows the node's identity; `keyFile` empty means an ephemeral key.
    void setIdentity(const QString& peerId, const QStringList& listenAddrs, const QString& agent, const QString& keyFile);
    // Shows that no live node is running (recording, synthetic source...), naming `source`.
    void setNoLiveNode(const QString& source);

    QString peerId() const;
    QStringList listenAddrs() const { return m_addrs; }

private:
    QWidget* copyRow(const QString& text, QWidget* parent);

    QLineEdit* m_peerId;       // our peer id (read-only, selectable)
    QWidget* m_addrBox;        // one copy row per listen address
    QVBoxLayout* m_addrLayout; // layout of m_addrBox
    QLabel* m_agent;           // identify agentVersion
    QLabel* m_keyFile;         // --key FILE or "ephemeral"
    QStringList m_addrs;       // addresses shown
};

} // namespace meshscope::widgets
