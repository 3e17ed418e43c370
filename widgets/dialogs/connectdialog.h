#pragma once
// ConnectDialog: type (or pick from recent) a peer multiaddr with /p2p/<peer id>. The address is
// checked while typing (multiformats::Multiaddr::fromString, /p2p/ required) and the error is shown
// under the field; OK stays disabled until it parses. Accepted addresses are remembered in QSettings.

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace meshscope::widgets {

class ConnectDialog : public QDialog {
    Q_OBJECT
public:
    explicit ConnectDialog(QWidget* parent = nullptr);

    // The address typed.
    QString address() const;
    // Sets the address text (tests, command line).
    void setAddress(const QString& text);
    // The current validation error, empty when the address is acceptable.
    QString errorText() const;
    // Checks `text`: empty when it is a multiaddr ending in /p2p/<peer id>, else the message.
    static QString validate(const QString& text);
    // Remembered addresses, newest first (at most 10).
    static QStringList recentAddresses();

    void accept() override;

private:
    void revalidate();

    QComboBox* m_address;        // editable, with recent addresses
    QLabel* m_error;             // error under the field
    QDialogButtonBox* m_buttons; // OK / Cancel
};

} // namespace meshscope::widgets
