#pragma once
// PeersPage: the peers table (PeersModel behind a sort/filter proxy, full id on copy) and a detail
// pane with the selected peer's facts and its score components over time (ScorePlot). Follows and
// drives the shared PeerSelection.

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace meshscope::widgets {

class PeersModel;
class PeerSelection;
class ScorePlot;

class PeersPage : public QWidget {
    Q_OBJECT
public:
    PeersPage(PeersModel* model, ScorePlot* plot, PeerSelection* selection, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    // Re-sorts the table by its sort column (the proxy does not re-sort on every change).
    void resort();
    // Refreshes the detail text (call after a snapshot).
    void refreshDetails();

private:
    void onSelectionChanged(const QString& peerId);
    void copySelectedId();

    PeersModel* m_model;            // rows
    QSortFilterProxyModel* m_proxy; // sort and filter
    QTableView* m_view;             // table
    QLineEdit* m_filter;            // filter text
    QLabel* m_details;              // selected peer's facts
    ScorePlot* m_plot;              // score history of the selection
    PeerSelection* m_selection;     // shared selection
};

} // namespace meshscope::widgets
