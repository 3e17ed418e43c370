#include "widgets/mainwindow/mainwindow.h"

#include "core/qt/metatypes.h"
#include "core/trace/recordingwriter.h"
#include "widgets/dialogs/connectdialog.h"
#include "widgets/mainwindow/uilog.h"
#include "widgets/mesh/topologyview.h"
#include "widgets/models/logmodel.h"
#include "widgets/models/paramsmodel.h"
#include "widgets/models/peerselection.h"
#include "widgets/models/peersmodel.h"
#include "widgets/models/topicsmodel.h"
#include "widgets/pages/commandclient.h"
#include "widgets/pages/identitypage.h"
#include "widgets/pages/logpage.h"
#include "widgets/pages/paramspage.h"
#include "widgets/pages/peerspage.h"
#include "widgets/pages/publishpage.h"
#include "widgets/pages/topicspage.h"
#include "widgets/plots/scoreplot.h"
#include "widgets/plots/trafficplots.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QCoreApplication>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QIcon>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcUi, "meshscope.ui")
Q_LOGGING_CATEGORY(lcUiTiming, "meshscope.ui.timing")

namespace meshscope::widgets {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_selection(new PeerSelection(this))
    , m_commands(new CommandClient(this))
    , m_topicCommands(new CommandClient(this))
    , m_publishCommands(new CommandClient(this))
    , m_paramCommands(new CommandClient(this))
    , m_peers(new PeersModel(this))
    , m_topics(new TopicsModel(this))
    , m_messages(new MessageLogModel(20000, this))
    , m_timeline(new EventTimelineModel(20000, this))
    , m_params(new ParamsModel(this))
{
    coreqt::registerMetaTypes();
    setWindowTitle(tr("Meshscope"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/meshscope.svg")));
    setDockOptions(
        QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks | QMainWindow::AllowNestedDocks);

    auto* centre = new QWidget(this);
    auto* cl = new QVBoxLayout(centre);
    cl->setContentsMargins(0, 0, 0, 0);
    m_topicBox = new QComboBox(centre);
    m_topicBox->setToolTip(tr("Topic drawn in the topology"));
    m_topology = new TopologyView(m_selection, centre);
    cl->addWidget(m_topicBox);
    cl->addWidget(m_topology, 1);
    setCentralWidget(centre);
    connect(m_topicBox, &QComboBox::textActivated, m_topology, &TopologyView::setTopic);

    m_scorePlot = new ScorePlot(this);
    m_trafficPlots = new TrafficPlots(&m_traffic, this);
    buildDocks();
    buildMenus();
    buildSourceMenu();

    m_statusPeer = new QLabel(this);
    m_statusCounts = new QLabel(this);
    m_statusSource = new QLabel(this);
    m_statusPeer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_statusPeer, 1);
    statusBar()->addPermanentWidget(m_statusCounts);
    statusBar()->addPermanentWidget(m_statusSource);
    m_statusCounts->setText(tr("waiting for the first snapshot…"));

    setObjectName(QStringLiteral("mainWindow"));
    m_replot.setObjectName(QStringLiteral("replotTimer"));
    m_flush.setObjectName(QStringLiteral("flushTimer"));
    m_replot.setInterval(200);
    connect(&m_replot, &QTimer::timeout, this, &MainWindow::refreshPlots);
    m_replot.start();
    m_flush.setInterval(100);
    connect(&m_flush, &QTimer::timeout, this, &MainWindow::flush);
    m_flush.start();

    connect(m_commands, &CommandClient::finished, this, [this](quint64, bool ok, const QString& message) {
        statusBar()->showMessage(ok ? message : tr("Failed: %1").arg(message), 8000);
    });

    resize(1280, 800);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

MainWindow::~MainWindow()
{
    // The simulation panel hands its source back when it is destroyed: let it happen while this
    // window is still whole, not from QWidget's deletion of children.
    delete findChild<QDockWidget*>(QStringLiteral("simulationDock"));
}

void MainWindow::buildDocks()
{
    m_peersPage = new PeersPage(m_peers, m_scorePlot, m_selection, this);
    m_topicsPage = new TopicsPage(m_topics, m_topicCommands, this);
    m_publishPage = new PublishPage(m_publishCommands, this);
    m_paramsPage = new ParamsPage(m_params, m_paramCommands, this);
    m_messagePage = new LogPage(m_messages, true, m_selection, this);
    m_messagePage->setMessageStore(&m_messageStore);
    m_timelinePage = new LogPage(m_timeline, false, m_selection, this);
    m_identityPage = new IdentityPage(this);
    connect(m_topicsPage, &TopicsPage::topicActivated, m_topology, &TopologyView::setTopic);

    auto* traffic = new QWidget(this);
    auto* tl = new QVBoxLayout(traffic);
    tl->setContentsMargins(0, 0, 0, 0);
    auto* exportPng = new QPushButton(tr("Export PNG…"), traffic);
    auto* exportCsv = new QPushButton(tr("Export CSV…"), traffic);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(exportPng);
    row->addWidget(exportCsv);
    tl->addLayout(row);
    tl->addWidget(m_trafficPlots, 1);
    connect(exportPng, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export traffic plots"), QString(), tr("PNG image (*.png)"));
        QString error;
        if (!path.isEmpty() && !m_trafficPlots->exportPng(path, &error))
            QMessageBox::warning(this, tr("Export failed"), error);
    });
    connect(exportCsv, &QPushButton::clicked, this, [this] {
        const QString path
            = QFileDialog::getSaveFileName(this, tr("Export traffic history"), QString(), tr("CSV (*.csv)"));
        QString error;
        if (!path.isEmpty() && !m_trafficPlots->exportCsv(path, &error))
            QMessageBox::warning(this, tr("Export failed"), error);
    });

    struct DockSpec {
        QWidget* widget;
        QString title;
        const char* name;
        Qt::DockWidgetArea area;
    };
    const DockSpec specs[] = {
        { m_peersPage, tr("Peers"), "peers", Qt::RightDockWidgetArea },
        { m_topicsPage, tr("Topics"), "topics", Qt::LeftDockWidgetArea },
        { m_publishPage, tr("Publish"), "publish", Qt::LeftDockWidgetArea },
        { traffic, tr("Traffic"), "traffic", Qt::BottomDockWidgetArea },
        { m_messagePage, tr("Message log"), "messages", Qt::BottomDockWidgetArea },
        { m_timelinePage, tr("Event timeline"), "timeline", Qt::BottomDockWidgetArea },
        { m_paramsPage, tr("Parameters"), "params", Qt::RightDockWidgetArea },
        { m_identityPage, tr("Identity"), "identity", Qt::RightDockWidgetArea },
    };
    QDockWidget* previous[4] = {};
    for (const auto& spec : specs) {
        auto* dock = new QDockWidget(spec.title, this);
        dock->setObjectName(QString::fromLatin1(spec.name));
        dock->setWidget(spec.widget);
        addDockWidget(spec.area, dock);
        QDockWidget*& prev = previous[spec.area == Qt::LeftDockWidgetArea ? 0
                : spec.area == Qt::RightDockWidgetArea                    ? 1
                                                                          : 2];
        if (prev && spec.area != Qt::LeftDockWidgetArea)
            tabifyDockWidget(prev, dock);
        if (!prev)
            prev = dock;
    }
    // the first dock of each tabbed area in front
    for (QDockWidget* d : { previous[1], previous[2] })
        if (d)
            d->raise();
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* connectAction = file->addAction(tr("&Connect to peer…"), this, &MainWindow::connectToPeer);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget* dock : findChildren<QDockWidget*>())
        view->addAction(dock->toggleViewAction());
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Meshscope"), this, [this] {
        QMessageBox::about(this, tr("About Meshscope"),
            tr("<b>Meshscope</b> %1<br>Live observability and tuning for libp2p gossipsub.")
                .arg(QCoreApplication::applicationVersion()));
    });
    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolbar"));
    bar->addAction(connectAction);
    QAction* pause = bar->addAction(tr("Pause"));
    pause->setCheckable(true);
    connect(pause, &QAction::toggled, this, [this, pause](bool paused) {
        pause->setText(paused ? tr("Resume") : tr("Pause"));
        if (!m_source)
            return;
        QPointer<coreqt::ObservationSource> src = m_source;
        QMetaObject::invokeMethod(m_source, [src, paused] {
            if (src)
                paused ? src->stop() : src->start();
        });
    });
}

void MainWindow::setSource(coreqt::ObservationSource* source)
{
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = source;
    for (CommandClient* c :
        { m_commands, m_topicCommands, m_publishCommands, m_paramCommands, m_dialCommands })
        c->setSource(source);
    syncSourceControls();
    if (!source)
        return;
    connect(source, &coreqt::ObservationSource::snapshotAvailable, this, &MainWindow::onSnapshot);
    connect(source, &coreqt::ObservationSource::eventsAvailable, this, &MainWindow::onEvents);
    connect(source, &coreqt::ObservationSource::errorOccurred, this, [this](const QString& message) {
        qCWarning(lcUi) << message;
        QMessageBox::warning(this, tr("Source error"), message);
    });
    m_statusSource->setText(source->description());
    m_paramsShown = false;
    qCInfo(lcUi) << "showing source" << source->description();
}

void MainWindow::onSnapshot(const trace::NodeSnapshot& snapshot)
{
    ++m_snapshotsSeen;
    m_traffic.addSnapshot(snapshot);
    m_pendingSnapshot = snapshot;
}

void MainWindow::onEvents(const coreqt::TraceBatch& batch)
{
    m_eventsSeen += batch.size();
    if (m_recorder)
        recordBatch(batch);
    m_traffic.addBatch(batch);
    m_topology->addBatch(batch);
    m_scorePlot->addBatch(batch);
    m_pendingBatches.push_back(batch);
}

void MainWindow::flush()
{
    // per-phase timing: phases over 15 ms are logged (category meshscope.ui.timing) to find stalls
    QElapsedTimer phase;
    phase.start();
    auto timed = [&phase](const char* name) {
        const qint64 ms = phase.restart();
        if (ms > 15)
            qCInfo(lcUiTiming) << "flush:" << name << ms << "ms";
    };
    if (!m_pendingBatches.empty()) {
        m_messages->addBatches(m_pendingBatches);
        m_timeline->addBatches(m_pendingBatches);
        m_pendingBatches.clear();
        timed("logs");
    }
    if (!m_pendingSnapshot)
        return;
    const trace::NodeSnapshot snapshot = std::move(*m_pendingSnapshot);
    m_pendingSnapshot.reset();
    m_peers->setSnapshot(snapshot);
    timed("peers model");
    if (++m_resortTicks >= 10) { // the peers table re-sorts once a second, not on every change
        m_resortTicks = 0;
        m_peersPage->resort();
        timed("peers resort");
    }
    m_topics->setSnapshot(snapshot);
    m_timeline->addSnapshot(snapshot);
    timed("topics, timeline");
    m_scorePlot->addSnapshot(snapshot);
    m_topology->setSnapshot(snapshot);
    timed("score history, topology");
    m_publishPage->setMaxMessageSize(static_cast<qsizetype>(snapshot.params.maxMessageSize));
    if (!m_paramsShown && snapshot.paramsKnown) {
        m_params->setProfile(
            gossipsub::GossipsubProfile { snapshot.params, snapshot.scoreParams, snapshot.thresholds });
        m_paramsShown = true;
        timed("parameters");
    }
    // topic picker: keep in sync with the snapshot's topics
    QStringList topics;
    for (const auto& t : snapshot.topics)
        topics << QString::fromStdString(t.topic);
    QStringList shown;
    for (int i = 0; i < m_topicBox->count(); ++i)
        shown << m_topicBox->itemText(i);
    if (topics != shown) {
        m_topicBox->clear();
        m_topicBox->addItems(topics);
    }
    if (m_topicBox->currentText() != m_topology->topic())
        m_topicBox->setCurrentText(m_topology->topic());
    updateStatus(snapshot);
}

void MainWindow::refreshPlots()
{
    if (!isVisible())
        return;
    if (m_trafficPlots->isVisible())
        m_trafficPlots->refresh();
    if (m_scorePlot->isVisible())
        m_scorePlot->refresh();
    m_peersPage->refreshDetails();
}

void MainWindow::updateStatus(const trace::NodeSnapshot& snapshot)
{
    m_statusPeer->setText(tr("Peer id: %1").arg(QString::fromStdString(snapshot.peerId)));
    int connected = 0;
    for (const auto& p : snapshot.peers)
        connected += p.connected ? 1 : 0;
    int subscribed = 0;
    for (const auto& t : snapshot.topics)
        subscribed += t.subscribed ? 1 : 0;
    m_statusCounts->setText(tr("%1 peers · %2 topics · %3 msg/s")
                                .arg(connected)
                                .arg(subscribed)
                                .arg(m_traffic.messagesPerSecond(), 0, 'f', 0));
}

void MainWindow::connectToPeer()
{
    ConnectDialog dialog(this);
    if (!m_lastDial.isEmpty())
        dialog.setAddress(m_lastDial); // after a failure: correct the address instead of retyping it
    if (dialog.exec() != QDialog::Accepted)
        return;
    dialAddress(dialog.address());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    QMainWindow::closeEvent(event);
}

} // namespace meshscope::widgets
