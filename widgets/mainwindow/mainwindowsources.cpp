// MainWindow, the sources part: the embedded live node and its sandbox, opening recordings with
// the playback bar, recording the session, the remote-trace collector and dialing peers.
// Errors go to a dialog where the user acted; the current source keeps running.

// core/qt/tcphost.h (via remotetracecollector.h) uses the Qt keywords this target turns off.
#undef QT_NO_KEYWORDS
// router.h (via nodehost.h) has a member named `emit`: include it before any Qt header.
#include "core/qt/nodehost.h"
#include "core/qt/recordingplayer.h"
#include "core/qt/remotetracecollector.h"
#include "core/qt/sandbox.h"
#include "core/qt/tcphost.h"
#include "core/trace/recordingwriter.h"
#include "widgets/mainwindow/mainwindow.h"
#include "widgets/mainwindow/playerbar.h"
#include "widgets/mainwindow/uilog.h"
#include "widgets/pages/commandclient.h"
#include "widgets/pages/identitypage.h"
#include "widgets/sim/simulationpanel.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QToolBar>

namespace meshscope::widgets {

namespace {

QString recordingFilter()
{
    return MainWindow::tr(
        "Trace recordings (*.pb *.pb.gz *.json *.json.gz *.jsonl *.jsonl.gz);;All files (*)");
}

} // namespace

void MainWindow::buildSourceMenu()
{
    m_dialCommands = new CommandClient(this);
    connect(m_dialCommands, &CommandClient::finished, this, [this](quint64, bool ok, const QString& message) {
        if (ok) {
            statusBar()->showMessage(tr("Connected to %1").arg(m_lastDial), 8000);
            m_lastDial.clear();
        } else {
            showError(tr("Cannot connect"), tr("Could not connect to %1:\n%2").arg(m_lastDial, message));
        }
        Q_EMIT dialFinished(ok, message);
    });

    QMenu* sources = menuBar()->addMenu(tr("&Sources"));
    menuBar()->insertMenu(menuBar()->actions().value(1), sources); // after File
    m_liveAction = sources->addAction(tr("&Live node"), this, &MainWindow::showLiveNode);
    m_liveAction->setEnabled(false);
    sources->addAction(tr("&Open recording…"), QKeySequence::Open, this, &MainWindow::openRecordingDialog);
    m_recordAction = sources->addAction(tr("&Record session…"));
    m_recordAction->setCheckable(true);
    connect(m_recordAction, &QAction::triggered, this, &MainWindow::toggleRecordingDialog);
    sources->addAction(tr("&Simulation…"), this, &MainWindow::openSimulationPanel);
    sources->addSeparator();
    sources->addAction(tr("Start remote-trace &collector"), this, [this] {
        QString error;
        if (!startCollector(&error))
            showError(tr("Remote-trace collector"), error);
    });

    QToolBar* bar = findChild<QToolBar*>(QStringLiteral("mainToolbar"));
    m_sandboxAction = new QAction(tr("Stop sandbox"), this);
    m_sandboxAction->setCheckable(true);
    m_sandboxAction->setEnabled(false);
    m_sandboxAction->setToolTip(
        tr("Stop the 20 local sandbox peers so the node can join real peers (Connect)"));
    connect(m_sandboxAction, &QAction::triggered, this, &MainWindow::setSandboxRunning);
    if (bar) {
        bar->addAction(m_sandboxAction);
        bar->addAction(m_recordAction);
    }

    m_playerBar = new PlayerBar(this);
    addToolBar(Qt::BottomToolBarArea, m_playerBar);
    m_playerBar->hide();

    m_collectorBar = new QToolBar(tr("Remote trace"), this);
    m_collectorBar->setObjectName(QStringLiteral("collectorToolbar"));
    m_collectorBar->addWidget(new QLabel(tr("Traced node: "), m_collectorBar));
    m_tracedNodes = new QComboBox(m_collectorBar);
    m_tracedNodes->setMinimumContentsLength(24);
    m_tracedNodes->setPlaceholderText(tr("waiting for a traced node…"));
    m_collectorBar->addWidget(m_tracedNodes);
    addToolBar(m_collectorBar);
    m_collectorBar->hide();
    connect(m_tracedNodes, &QComboBox::textActivated, this, [this](const QString& peer) {
        QPointer<coreqt::RemoteTraceCollector> c = m_collector;
        if (c)
            QMetaObject::invokeMethod(c, [c, peer] {
                if (c)
                    c->selectNode(peer);
            });
    });

    m_statusRecord = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusRecord);
}

void MainWindow::setLiveNode(coreqt::NodeHost* node, coreqt::Sandbox* sandbox, const LiveIdentity& identity)
{
    m_node = node;
    m_sandbox = sandbox;
    m_identity = identity;
    connect(node, &coreqt::NodeHost::started, this, [this](const QStringList& addrs, const QString& peer) {
        if (m_source.data() == static_cast<coreqt::ObservationSource*>(m_node.data()))
            m_identityPage->setIdentity(peer, addrs, m_identity.agent, m_identity.keyFile);
        m_sandboxAction->setEnabled(m_sandbox != nullptr);
    });
    // payloads for the message inspector (trace events carry none)
    connect(node, &coreqt::NodeHost::nodeOutput, this,
        [this](const std::shared_ptr<const coreqt::NodeOutput>& output) {
            if (output)
                m_messageStore.addDeliveries(output->deliveries);
        });
    connect(node, &coreqt::NodeHost::dialFailed, this, [this](const QString& addr, const QString& reason) {
        statusBar()->showMessage(tr("Dial %1 failed: %2").arg(addr, reason), 8000);
    });
    if (sandbox) {
        connect(sandbox, &coreqt::Sandbox::started, this, [this] {
            m_sandboxAction->setChecked(true);
            m_sandboxAction->setText(tr("Stop sandbox"));
        });
        connect(sandbox, &coreqt::Sandbox::stopped, this, [this] {
            m_sandboxAction->setChecked(false);
            m_sandboxAction->setText(tr("Start sandbox"));
        });
        m_sandboxAction->setChecked(sandbox->running());
        m_sandboxAction->setText(sandbox->running() ? tr("Stop sandbox") : tr("Start sandbox"));
    }
    setSource(node);
}

void MainWindow::syncSourceControls()
{
    coreqt::ObservationSource* source = m_source;
    const bool isPlayer = source && source == static_cast<coreqt::ObservationSource*>(m_player);
    m_playerBar->setVisible(isPlayer);
    m_playerBar->setPlayer(isPlayer ? m_player : nullptr);
    m_collectorBar->setVisible(
        source && source == static_cast<coreqt::ObservationSource*>(m_collector.data()));
    const bool isNode = source && source == static_cast<coreqt::ObservationSource*>(m_node.data());
    m_liveAction->setEnabled(m_node && !isNode);
    if (isNode)
        m_identityPage->setIdentity(
            m_node->peerId(), m_node->listenAddrs(), m_identity.agent, m_identity.keyFile);
    else if (source)
        m_identityPage->setNoLiveNode(source->description());
}

void MainWindow::setSandboxRunning(bool run)
{
    if (!m_sandbox || !m_node)
        return;
    if (run && !m_sandbox->running()) {
        if (m_node->peerId().isEmpty()) {
            m_sandboxAction->setChecked(false);
            return;
        }
        m_sandbox->start(*m_node);
        statusBar()->showMessage(
            tr("Sandbox started: %1 local peers").arg(m_sandbox->peerAddrs().size()), 8000);
    } else if (!run && m_sandbox->running()) {
        m_sandbox->stop();
        statusBar()->showMessage(
            tr("Sandbox stopped: connect the node to real peers (File ▸ Connect to peer)"), 8000);
    }
    m_sandboxAction->setChecked(m_sandbox->running());
    m_sandboxAction->setText(m_sandbox->running() ? tr("Stop sandbox") : tr("Start sandbox"));
}

void MainWindow::showLiveNode()
{
    if (!m_node)
        return;
    dropPlayer();
    setSource(m_node);
}

void MainWindow::dropPlayer()
{
    if (!m_player)
        return;
    m_playerBar->setPlayer(nullptr);
    m_player->stop();
    m_player->deleteLater();
    m_player = nullptr;
}

bool MainWindow::openRecording(const QString& path, QString* error)
{
    auto* player = new coreqt::RecordingPlayer(this);
    QString problem;
    if (!player->load(path))
        problem = player->error().isEmpty() ? tr("no trace event could be read") : player->error();
    else if (player->eventCount() == 0)
        problem = tr("the file holds no trace events");
    if (!problem.isEmpty()) {
        delete player;
        if (error)
            *error = problem;
        else
            showError(tr("Cannot open the recording"),
                tr("%1\n\n%2\n\nThe current view is unchanged.").arg(path, problem));
        return false; // the current source keeps running
    }
    coreqt::ObservationSource* previous = m_source;
    if (previous && previous != static_cast<coreqt::ObservationSource*>(m_node.data())
        && previous != static_cast<coreqt::ObservationSource*>(m_collector.data())
        && previous != static_cast<coreqt::ObservationSource*>(m_player))
        QMetaObject::invokeMethod(previous, &coreqt::ObservationSource::stop);
    dropPlayer();
    m_player = player;
    player->start(); // before setSource(): the playback bar shows it playing (the first tick comes later)
    setSource(player);
    statusBar()->showMessage(tr("Replaying %1 (%2 events)").arg(path).arg(player->eventCount()), 8000);
    return true;
}

void MainWindow::openRecordingDialog()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Open recording"), QString(), recordingFilter());
    if (path.isEmpty())
        return;
    openRecording(path); // a failure is shown in a dialog
}

bool MainWindow::startRecording(const QString& path, QString* error)
{
    stopRecording();
    auto writer = trace::RecordingWriter::open(trace::RecordingOptions { path.toStdString(), 0, 0 });
    if (!writer) {
        if (error)
            *error = QString::fromStdString(writer.error().message);
        m_recordAction->setChecked(false);
        return false;
    }
    m_recorder = std::move(*writer);
    m_recordPath = path;
    m_recordAction->setChecked(true);
    m_statusRecord->setText(tr("● REC"));
    m_statusRecord->setToolTip(path);
    return true;
}

void MainWindow::stopRecording()
{
    if (!m_recorder)
        return;
    const Status closed = m_recorder->close();
    const auto events = m_recorder->eventCount();
    m_recorder.reset();
    m_recordAction->setChecked(false);
    m_statusRecord->clear();
    statusBar()->showMessage(closed ? tr("Recorded %1 events to %2").arg(events).arg(m_recordPath)
                                    : tr("Recording %1 ended with an error: %2")
                                          .arg(m_recordPath, QString::fromStdString(closed.error().message)),
        8000);
}

void MainWindow::toggleRecordingDialog(bool on)
{
    if (!on)
        return stopRecording();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Record session"), QStringLiteral("meshscope.pb.gz"), recordingFilter());
    if (path.isEmpty()) {
        m_recordAction->setChecked(false);
        return;
    }
    QString error;
    if (!startRecording(path, &error))
        showError(tr("Cannot record"), tr("%1\n\n%2").arg(path, error));
}

void MainWindow::recordBatch(const coreqt::TraceBatch& batch)
{
    if (!batch.events)
        return;
    for (const auto& event : *batch.events) {
        const Status written = m_recorder->write(event);
        if (!written) {
            const QString message = QString::fromStdString(written.error().message);
            m_recorder.reset();
            m_recordAction->setChecked(false);
            m_statusRecord->clear();
            showError(tr("Recording stopped"), tr("Writing %1 failed: %2").arg(m_recordPath, message));
            return;
        }
    }
}

bool MainWindow::startCollector(QString* error)
{
    if (!m_node || m_node->peerId().isEmpty()) {
        if (error)
            *error = tr("the collector runs on the live node, which is not running");
        return false;
    }
    if (m_collector) {
        setSource(m_collector);
        return true;
    }
    QPointer<MainWindow> self = this;
    m_node->runOnNode([self](node::Node&, coreqt::TcpHost& tcp, TimePoint) {
        auto* collector
            = new coreqt::RemoteTraceCollector(tcp, {}, &tcp); // lives and dies with the node thread
        QMetaObject::invokeMethod(self, [self, collector] {
            if (!self)
                return;
            self->m_collector = collector;
            self->m_tracedNodes->clear();
            connect(collector, &coreqt::RemoteTraceCollector::nodeAdded, self, [self](const QString& peer) {
                self->m_tracedNodes->addItem(peer);
                if (self->m_tracedNodes->count() == 1)
                    self->m_tracedNodes->setCurrentIndex(0);
            });
            connect(collector, &coreqt::RemoteTraceCollector::tracerError, self,
                [self](const QString& peer, const QString& why) {
                    self->statusBar()->showMessage(
                        tr("Tracer stream from %1 reset: %2").arg(peer, why), 8000);
                });
            self->dropPlayer();
            self->setSource(collector);
            QMetaObject::invokeMethod(collector, &coreqt::ObservationSource::start);
            self->statusBar()->showMessage(
                tr("Collector listening on %1 (go: pubsub.WithEventTracer(NewRemoteTracer(...)))")
                    .arg(self->m_node ? self->m_node->listenAddrs().value(0) : QString()),
                15000);
        });
    });
    return true;
}

void MainWindow::dialAddress(const QString& multiaddr)
{
    m_lastDial = multiaddr;
    m_dialCommands->send([multiaddr](coreqt::ObservationSource* s, quint64 id) { s->dial(id, multiaddr); });
}

void MainWindow::showError(const QString& title, const QString& text)
{
    m_lastError = text;
    qCWarning(lcUi) << title << text;
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // window-modal, does not block the event loop: the source keeps updating
}

// Opens (or raises) the simulation dock; the panel's SimHost becomes the views' source while it runs,
// and the live node comes back when the panel drops its simulation.
void MainWindow::openSimulationPanel()
{
    if (auto* existing = findChild<QDockWidget*>(QStringLiteral("simulationDock"))) {
        existing->show();
        existing->raise();
        return;
    }
    auto* dock = new QDockWidget(tr("Simulation"), this);
    dock->setObjectName(QStringLiteral("simulationDock"));
    auto* panel = new SimulationPanel(QString(), dock);
    dock->setWidget(panel);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    connect(panel, &SimulationPanel::sourceChanged, this, [this](coreqt::ObservationSource* source) {
        if (source)
            setSource(source);
        else if (m_node)
            showLiveNode();
        else
            setSource(nullptr); // the simulation is going away: never keep a dangling source
    });
    connect(panel, &SimulationPanel::message, this,
        [this](const QString& text) { statusBar()->showMessage(text, 8000); });
}

} // namespace meshscope::widgets
