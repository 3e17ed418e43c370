#pragma once
// PublishPage: publish a payload (text, hex or a file's bytes) on a topic, `count` times at a
// given rate. Payloads over the node's message size limit are refused where they were typed.

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace meshscope::widgets {

class CommandClient;

class PublishPage : public QWidget {
    Q_OBJECT
public:
    PublishPage(CommandClient* commands, QWidget* parent = nullptr);

    // The largest payload accepted (the node's maxMessageSize).
    void setMaxMessageSize(qsizetype bytes) { m_maxSize = bytes; }
    // Validates the form and starts publishing; false (message shown) on bad input.
    bool publishNow();
    // The payload the form describes, or an error message in `error`.
    QByteArray payload(QString* error) const;

    QLineEdit* topicEdit() const { return m_topic; }
    QPlainTextEdit* payloadEdit() const { return m_payload; }
    QComboBox* formatBox() const { return m_format; }
    QLabel* errorLabel() const { return m_error; }

private:
    void sendOne();

    CommandClient* m_commands;     // to the source
    QLineEdit* m_topic;            // topic
    QComboBox* m_format;           // text / hex / file
    QPlainTextEdit* m_payload;     // payload text or hex
    QLineEdit* m_file;             // file path (format file)
    QSpinBox* m_count;             // messages to send
    QSpinBox* m_rate;              // messages per second
    QLabel* m_error;               // validation or command error
    QTimer m_timer;                // paces repeated publishes
    QByteArray m_pending;          // payload being repeated
    QString m_pendingTopic;        // topic being published to
    int m_left = 0;                // publishes still to send
    qsizetype m_maxSize = 1 << 20; // message size limit
};

} // namespace meshscope::widgets
