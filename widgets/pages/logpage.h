#pragma once
// LogPage: a live tail of a LogModel (message log or event timeline) with filters by topic, peer
// and kind, following new rows unless the user scrolled up. For the message log an inspector
// shows the selected message: id (text, hex, JSON), topic, first deliverer, duplicate count and
// validation result, gathered from the rows still in the log.

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QTableView;

namespace meshscope::widgets {

class LogModel;
class MessageStore;
class LogFilterProxy;
class PeerSelection;

class LogPage : public QWidget {
    Q_OBJECT
public:
    LogPage(LogModel* model, bool withInspector, PeerSelection* selection, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    // Sets the filters (empty = any; kind -1 = any).
    void setFilters(const QString& topic, const QString& peer, int kind);
    int visibleRows() const;
    // The inspector text for source row `row` (empty without inspector): the message's facts and,
    // when the message store has it, author, seqno, size and payload as text, hex or JSON.
    QString inspect(int row) const;
    // Where payloads come from (not owned; may be nullptr).
    void setMessageStore(const MessageStore* store);
    // Text / hex / JSON choice of the inspector (tests).
    QComboBox* payloadFormat() const { return m_payloadFormat; }

private:
    LogModel* m_model; // rows
    LogFilterProxy* m_proxy; // filters
    QTableView* m_view; // table
    QLineEdit* m_topic; // topic filter
    QLineEdit* m_peer; // peer filter
    QComboBox* m_kind; // kind filter
    QComboBox* m_payloadFormat; // text / hex / JSON view of the id and payload
    QPlainTextEdit* m_inspector; // details of the selection, or nullptr
    const MessageStore* m_store = nullptr; // payloads of recent messages, or nullptr
};

} // namespace meshscope::widgets
