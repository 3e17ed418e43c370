// SimulationPanel: scenario, run controls, parameters and the side-by-side comparison.
#include "core/sim/runner.h"
#include "core/qt/simhost.h"
#include "widgets/sim/simulationpanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <algorithm>

namespace meshscope::widgets {

namespace {

constexpr qint64 kMaxScenarioFile = static_cast<qint64>(sim::kMaxScenarioJsonSize); // bytes read at most

Result<sim::Scenario> readScenario(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(path.toStdString() + ": " + f.errorString().toStdString());
    if (f.size() > kMaxScenarioFile)
        return fail(path.toStdString() + ": larger than " + std::to_string(kMaxScenarioFile) + " bytes");
    const QByteArray text = f.read(kMaxScenarioFile);
    auto s = sim::parseScenario(std::string_view(text.constData(), static_cast<std::size_t>(text.size())));
    if (!s)
        return fail(QFileInfo(path).fileName().toStdString() + ": " + s.error().message);
    return s;
}

void setDegree(gossipsub::GossipsubParams& p, int D)
{
    p.D = D;
    p.Dlo = std::max(1, D - 2);
    p.Dhi = std::max(D + 1, 2 * D);
    p.Dout = std::clamp(D / 3, 0, std::max(0, std::min(p.Dlo - 1, D / 2)));
    p.Dscore = std::min(p.Dscore, D);
    p.maxIDontWantLength = std::max(p.maxIDontWantLength, 1);
}

QCustomPlot* makePlot(const QString& title, const QString& yLabel, QWidget* parent)
{
    auto* plot = new QCustomPlot(parent);
    plot->setMinimumSize(220, 180);
    plot->plotLayout()->insertRow(0);
    plot->plotLayout()->addElement(0, 0, new QCPTextElement(plot, title));
    plot->yAxis->setLabel(yLabel);
    plot->legend->setVisible(true);
    return plot;
}

// Grouped bars: one group per category, one bar per run.
void showBars(QCustomPlot* plot, const QStringList& categories, const std::vector<std::vector<double>>& runs,
              const QStringList& names)
{
    plot->clearPlottables();
    const QColor colors[] = {QColor(31, 119, 180, 190), QColor(255, 127, 14, 190)};
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (int c = 0; c < categories.size(); ++c)
        ticker->addTick(c + 1, categories[c]);
    plot->xAxis->setTicker(ticker);
    double top = 0;
    const double width = 0.8 / static_cast<double>(std::max<std::size_t>(1, runs.size()));
    for (std::size_t r = 0; r < runs.size(); ++r) {
        auto* bars = new QCPBars(plot->xAxis, plot->yAxis);
        bars->setName(names.value(static_cast<int>(r)));
        bars->setWidth(width);
        bars->setBrush(colors[r % 2]);
        QVector<double> x, y;
        for (std::size_t c = 0; c < runs[r].size(); ++c) {
            x << static_cast<double>(c + 1) - 0.4 + width * (static_cast<double>(r) + 0.5);
            y << runs[r][c];
            top = std::max(top, runs[r][c]);
        }
        bars->setData(x, y, true);
    }
    plot->xAxis->setRange(0.4, categories.size() + 0.6);
    plot->yAxis->setRange(0, std::max(1e-9, top * 1.15));
    plot->replot();
}

} // namespace

SimulationPanel::SimulationPanel(const QString& scenarioDir, QWidget* parent)
    : QWidget(parent)
    , m_scenarioDir(scenarioDir.isEmpty() ? QStringLiteral(MESHSCOPE_SCENARIO_DIR) : scenarioDir)
{
    auto* layout = new QVBoxLayout(this);

    auto* runBox = new QGroupBox(tr("Simulation"), this);
    auto* runForm = new QFormLayout(runBox);
    auto* pick = new QHBoxLayout;
    m_scenario = new QComboBox(runBox);
    fillScenarios(m_scenario);
    auto* open = new QPushButton(tr("File..."), runBox);
    pick->addWidget(m_scenario, 1);
    pick->addWidget(open);
    runForm->addRow(tr("Scenario"), pick);
    auto* controls = new QHBoxLayout;
    m_run = new QPushButton(tr("Run"), runBox);
    m_speed = new QComboBox(runBox);
    m_speed->addItem(tr("1x"), 1.0);
    m_speed->addItem(tr("10x"), 10.0);
    m_speed->addItem(tr("As fast as possible"), 0.0);
    controls->addWidget(m_run);
    controls->addWidget(m_speed);
    runForm->addRow(tr("Run"), controls);
    m_observed = new QSpinBox(runBox);
    runForm->addRow(tr("Observed node"), m_observed);
    m_status = new QLabel(tr("no scenario"), runBox);
    runForm->addRow(tr("Time"), m_status);
    layout->addWidget(runBox);

    auto* paramBox = new QGroupBox(tr("Parameters mid-run"), this);
    auto* paramRow = new QHBoxLayout(paramBox);
    m_degree = new QSpinBox(paramBox);
    m_degree->setRange(1, 50);
    m_degree->setValue(6);
    m_degree->setPrefix(tr("D = "));
    m_oneNode = new QCheckBox(tr("only node"), paramBox);
    m_target = new QSpinBox(paramBox);
    auto* apply = new QPushButton(tr("Apply"), paramBox);
    paramRow->addWidget(m_degree);
    paramRow->addWidget(m_oneNode);
    paramRow->addWidget(m_target);
    paramRow->addWidget(apply);
    layout->addWidget(paramBox);

    auto* compareBox = new QGroupBox(tr("Compare two runs"), this);
    auto* compareLayout = new QVBoxLayout(compareBox);
    auto* compareRow = new QHBoxLayout;
    m_compareA = new QComboBox(compareBox);
    m_compareB = new QComboBox(compareBox);
    fillScenarios(m_compareA);
    fillScenarios(m_compareB);
    m_compareDegreeB = new QSpinBox(compareBox);
    m_compareDegreeB->setRange(0, 50);
    m_compareDegreeB->setSpecialValueText(tr("scenario's D"));
    m_compareDegreeB->setPrefix(tr("B: D = "));
    m_compare = new QPushButton(tr("Compare"), compareBox);
    compareRow->addWidget(new QLabel(tr("A"), compareBox));
    compareRow->addWidget(m_compareA, 1);
    compareRow->addWidget(new QLabel(tr("B"), compareBox));
    compareRow->addWidget(m_compareB, 1);
    compareRow->addWidget(m_compareDegreeB);
    compareRow->addWidget(m_compare);
    compareLayout->addLayout(compareRow);
    auto* plots = new QHBoxLayout;
    m_latencyPlot = makePlot(tr("Latency"), tr("ms"), compareBox);
    m_duplicatesPlot = makePlot(tr("Duplicates per message"), QString(), compareBox);
    m_bandwidthPlot = makePlot(tr("Upload per node"), tr("kB/s"), compareBox);
    plots->addWidget(m_latencyPlot);
    plots->addWidget(m_duplicatesPlot);
    plots->addWidget(m_bandwidthPlot);
    compareLayout->addLayout(plots, 1);
    layout->addWidget(compareBox, 1);

    connect(m_scenario, &QComboBox::activated, this, &SimulationPanel::onScenarioPicked);
    connect(open, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Scenario"), m_scenarioDir, tr("Scenarios (*.json)"));
        if (!path.isEmpty())
            if (const QString err = loadScenarioFile(path); !err.isEmpty())
                Q_EMIT message(err);
    });
    connect(m_run, &QPushButton::clicked, this, &SimulationPanel::onRunClicked);
    connect(m_speed, &QComboBox::currentIndexChanged, this, [this] {
        if (m_host)
            m_host->setSpeed(m_speed->currentData().toDouble());
    });
    connect(m_observed, &QSpinBox::valueChanged, this, [this](int v) {
        if (m_host) {
            m_host->setObservedNode(static_cast<std::uint32_t>(v));
            if (!m_host->running())
                m_host->advance(Duration(0)); // show the newly observed node while paused
        }
    });
    connect(apply, &QPushButton::clicked, this, [this] {
        const auto node = m_oneNode->isChecked() ? std::optional<std::uint32_t>(static_cast<std::uint32_t>(m_target->value()))
                                                 : std::nullopt;
        const QString err = applyDegree(m_degree->value(), node);
        Q_EMIT message(err.isEmpty() ? tr("parameters applied") : err);
    });
    connect(m_compare, &QPushButton::clicked, this, &SimulationPanel::onCompareClicked);
}

SimulationPanel::~SimulationPanel()
{
    m_cancel->store(true);
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
    if (m_host)
        Q_EMIT sourceChanged(nullptr);
}

void SimulationPanel::fillScenarios(QComboBox* box) const
{
    const QDir dir(m_scenarioDir);
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        box->addItem(QFileInfo(name).completeBaseName(), dir.filePath(name));
}

std::optional<sim::Scenario> SimulationPanel::pickedScenario(QComboBox* box, QString& error) const
{
    if (box->currentIndex() < 0) {
        error = tr("no scenario in %1").arg(m_scenarioDir);
        return std::nullopt;
    }
    auto s = readScenario(box->currentData().toString());
    if (!s) {
        error = QString::fromStdString(s.error().message);
        return std::nullopt;
    }
    return s.value();
}

void SimulationPanel::onScenarioPicked(int)
{
    QString error;
    if (auto s = pickedScenario(m_scenario, error))
        setScenario(*s);
    else
        Q_EMIT message(error);
}

QString SimulationPanel::loadScenarioFile(const QString& path)
{
    auto s = readScenario(path);
    if (!s)
        return QString::fromStdString(s.error().message);
    setScenario(s.value());
    return {};
}

void SimulationPanel::setScenario(const sim::Scenario& scenario)
{
    if (m_host) {
        Q_EMIT sourceChanged(nullptr);
        m_host.reset();
    }
    m_host = std::make_unique<coreqt::SimHost>(scenario);
    m_host->setSpeed(m_speed->currentData().toDouble());
    const int last = std::max(0, static_cast<int>(m_host->network().size()) - 1);
    m_observed->setRange(0, last);
    m_target->setRange(0, last);
    m_host->setObservedNode(static_cast<std::uint32_t>(m_observed->value()));
    m_degree->setValue(scenario.profile.gossipsub.D);
    m_run->setText(tr("Run"));
    connect(m_host.get(), &coreqt::SimHost::runningChanged, this,
            [this](bool running) { m_run->setText(running ? tr("Pause") : tr("Run")); });
    connect(m_host.get(), &coreqt::SimHost::progressed, this, [this](double fraction) {
        m_status->setText(tr("%1 s simulated (%2%)").arg(m_host->virtualSeconds(), 0, 'f', 1).arg(qRound(fraction * 100)));
    });
    connect(m_host.get(), &coreqt::ObservationSource::commandFinished, this,
            [this](quint64, bool ok, const QString& text) { Q_EMIT message(ok ? text : tr("failed: %1").arg(text)); });
    m_status->setText(tr("%1: %2 nodes, paused").arg(QString::fromStdString(scenario.name)).arg(m_host->network().size()));
    Q_EMIT sourceChanged(m_host.get());
    m_host->advance(Duration(0)); // a first snapshot for the views (time 0, nothing ran yet)
}

void SimulationPanel::onRunClicked()
{
    if (!m_host)
        onScenarioPicked(m_scenario->currentIndex());
    if (!m_host)
        return;
    if (m_host->running())
        m_host->stop();
    else
        m_host->start();
}

QString SimulationPanel::applyDegree(int D, std::optional<std::uint32_t> node)
{
    if (!m_host)
        return tr("no simulation running");
    const auto& net = m_host->network();
    const std::uint32_t from = node.value_or(static_cast<std::uint32_t>(m_observed->value()));
    if (from >= net.size())
        return tr("node %1 does not exist").arg(from);
    gossipsub::GossipsubParams p = net.node(from).router ? net.node(from).router->params() : net.scenario().profile.gossipsub;
    setDegree(p, D);
    coreqt::ParamsUpdate update;
    update.params = p;
    QString result;
    auto c = connect(m_host.get(), &coreqt::ObservationSource::commandFinished, this,
                     [&result](quint64, bool ok, const QString& text) { result = ok ? QString() : text; });
    m_host->setParamsTarget(node);
    m_host->applyParams(0, update);
    disconnect(c);
    return result;
}

void SimulationPanel::onCompareClicked()
{
    QString error;
    auto a = pickedScenario(m_compareA, error);
    auto b = a ? pickedScenario(m_compareB, error) : std::nullopt;
    if (!a || !b) {
        Q_EMIT message(error);
        return;
    }
    if (m_compareDegreeB->value() > 0) {
        setDegree(b->profile.gossipsub, m_compareDegreeB->value());
        b->name += " D=" + std::to_string(m_compareDegreeB->value());
    }
    compare(*a, *b);
}

void SimulationPanel::compare(const sim::Scenario& a, const sim::Scenario& b)
{
    if (m_worker)
        return;
    m_compare->setEnabled(false);
    m_cancel->store(false);
    auto cancel = m_cancel;
    QPointer<SimulationPanel> self(this);
    m_worker = QThread::create([a, b, cancel, self] {
        auto progress = [cancel](double) { return !cancel->load(); };
        std::vector<sim::SimResult> results{sim::runScenario(a, progress), sim::runScenario(b, progress)};
        if (cancel->load() || !self)
            return;
        QMetaObject::invokeMethod(self.data(), [self, results = std::move(results)]() mutable {
            if (!self)
                return;
            self->m_results = std::move(results);
            self->m_worker->wait();
            delete self->m_worker;
            self->m_worker = nullptr;
            self->m_compare->setEnabled(true);
            self->showComparison();
            Q_EMIT self->compareFinished();
        }, Qt::QueuedConnection);
    });
    m_worker->start();
}

void SimulationPanel::showComparison()
{
    if (m_results.size() != 2)
        return;
    QStringList names;
    std::vector<std::vector<double>> latency, dups, bandwidth;
    for (const auto& r : m_results) {
        names << QString::fromStdString(r.scenario);
        latency.push_back({r.latencyP50Ms, r.latencyP90Ms, r.latencyP99Ms, r.latencyMaxMs});
        dups.push_back({r.duplicatesPerMessage});
        bandwidth.push_back({r.bytesPerNodePerSecond / 1e3, r.maxBytesPerNodePerSecond / 1e3});
    }
    showBars(m_latencyPlot, {tr("p50"), tr("p90"), tr("p99"), tr("max")}, latency, names);
    showBars(m_duplicatesPlot, {tr("per message")}, dups, names);
    showBars(m_bandwidthPlot, {tr("mean"), tr("busiest")}, bandwidth, names);
}

} // namespace meshscope::widgets
