#pragma once
// TopicsPage: topics with mesh / fanout / gossip counts against the D band and health; join or
// leave a topic through the source's subscribe/unsubscribe commands (answer shown below).

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;

namespace meshscope::widgets {

class CommandClient;
class TopicsModel;

class TopicsPage : public QWidget {
    Q_OBJECT
public:
    TopicsPage(TopicsModel* model, CommandClient* commands, QWidget* parent = nullptr);

    QLineEdit* topicEdit() const { return m_topic; }
    QLabel* statusLabel() const { return m_status; }
    // Subscribes to the topic typed (or selected).
    void subscribeTyped();
    // Unsubscribes from the topic typed (or selected).
    void unsubscribeTyped();

Q_SIGNALS:
    // The user picked a topic (the topology follows it).
    void topicActivated(const QString& topic);

private:
    TopicsModel* m_model;       // rows
    CommandClient* m_commands;  // to the source
    QTableView* m_view;         // table
    QLineEdit* m_topic;         // topic typed
    QLabel* m_status;           // last command result
};

} // namespace meshscope::widgets
