#pragma once
// SimulationPanel: the GUI's Simulation source controls. Pick a scenario (a shipped
// resources/scenarios/*.json or any file), run / pause / speed (1x, 10x, as fast as possible),
// choose the observed node, apply D (and the band around it) to all nodes or one mid-run, and
// compare two runs: two scenarios (or one scenario with two D values) run headless on a worker
// thread (core/sim runScenario), then shown side by side: latency quantiles, duplicates per
// message and upload bandwidth.
//
// The panel owns the SimHost it creates; sourceChanged(host) tells the main window to show it
// (MainWindow::setSource), sourceChanged(nullptr) before the old one is deleted.

#include "core/qt/observationsource.h"
#include "core/sim/metrics.h"
#include "core/sim/scenario.h"

#include <QPointer>
#include <QThread>
#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>

class QComboBox;
class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QCustomPlot;

namespace meshscope::coreqt {
class SimHost;
} // namespace meshscope::coreqt

namespace meshscope::widgets {

class SimulationPanel : public QWidget {
    Q_OBJECT
public:
    // Lists the *.json scenarios of `scenarioDir` (resources/scenarios by default).
    explicit SimulationPanel(const QString& scenarioDir = QString(), QWidget* parent = nullptr);
    ~SimulationPanel() override;

    // Loads a scenario file and creates a paused SimHost for it; an error names the file and field.
    QString loadScenarioFile(const QString& path);
    // Creates a paused SimHost for `scenario` (replacing the previous one).
    void setScenario(const sim::Scenario& scenario);
    // The current simulated source (null before a scenario is loaded).
    coreqt::SimHost* host() const { return m_host.get(); }
    // Applies D (with Dlo = D-2, Dhi = 2D, Dout = D/3 clamped) to all nodes or to `node` only.
    QString applyDegree(int D, std::optional<std::uint32_t> node);
    // Runs `a` and `b` headless on a worker thread; compareFinished() when both are done.
    void compare(const sim::Scenario& a, const sim::Scenario& b);
    // True while a comparison runs.
    bool comparing() const { return m_worker != nullptr; }
    // The last comparison's results (empty before the first).
    const std::vector<sim::SimResult>& comparison() const { return m_results; }

Q_SIGNALS:
    // The panel's source changed (nullptr: the old one is about to be deleted).
    void sourceChanged(meshscope::coreqt::ObservationSource* source);
    // A comparison ended (both results in comparison()).
    void compareFinished();
    // A message for the user (errors, command outcomes).
    void message(const QString& text);

private:
    void onScenarioPicked(int index);
    void onRunClicked();
    void onCompareClicked();
    void showComparison();
    std::optional<sim::Scenario> pickedScenario(QComboBox* box, QString& error) const;
    void fillScenarios(QComboBox* box) const;

    QString m_scenarioDir;                    // shipped scenarios folder
    std::unique_ptr<coreqt::SimHost> m_host;  // the running simulation
    QComboBox* m_scenario = nullptr;          // scenario picker
    QPushButton* m_run = nullptr;             // run / pause
    QComboBox* m_speed = nullptr;             // 1x / 10x / fastest
    QSpinBox* m_observed = nullptr;           // observed node
    QLabel* m_status = nullptr;               // virtual time and progress
    QSpinBox* m_degree = nullptr;             // D to apply
    QCheckBox* m_oneNode = nullptr;           // apply to one node only
    QSpinBox* m_target = nullptr;             // the one node
    QComboBox* m_compareA = nullptr;          // first run's scenario
    QComboBox* m_compareB = nullptr;          // second run's scenario
    QSpinBox* m_compareDegreeB = nullptr;     // D override for the second run (0 = scenario's)
    QPushButton* m_compare = nullptr;         // compare button
    QCustomPlot* m_latencyPlot = nullptr;     // latency quantiles, A vs B
    QCustomPlot* m_duplicatesPlot = nullptr;  // duplicates per message, A vs B
    QCustomPlot* m_bandwidthPlot = nullptr;   // upload per node, A vs B
    QThread* m_worker = nullptr;              // the comparison's thread, while it runs
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false); // stops a comparison
    std::vector<sim::SimResult> m_results;    // last comparison
};

} // namespace meshscope::widgets
