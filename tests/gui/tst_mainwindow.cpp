// The main window on the demo source: views react to snapshots (a peer appears in the table and
// the topology, clicking it selects it everywhere), the parameter editor rejects invalid values and
// applies valid ones to the running source and to a live node (marked rows, Apply disabled while
// invalid, "show only changed", save and load JSON through real files), the connect dialog and
// publish panel report bad input where it was typed, and the meshscope binary renders a
// non-trivial screenshot.

#include "core/qt/nodehost.h"
#include "widgets/dialogs/connectdialog.h"
#include "widgets/mainwindow/demosource.h"
#include "widgets/mainwindow/mainwindow.h"
#include "widgets/mesh/topologyview.h"
#include "widgets/models/logmodel.h"
#include "widgets/models/paramsmodel.h"
#include "widgets/models/peerselection.h"
#include "widgets/models/peersmodel.h"
#include "widgets/models/topicsmodel.h"
#include "widgets/pages/paramspage.h"
#include "widgets/pages/publishpage.h"
#include "widgets/pages/topicspage.h"
#include "widgets/sim/simulationpanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>

using namespace meshscope;

class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("MeshscopeTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    }

    void viewsFollowSnapshots()
    {
        widgets::MainWindow window;
        widgets::DemoSource source(widgets::DemoSource::Options { 12, 400, 3, 7, 50 });
        window.setSource(&source);
        window.show();
        for (int i = 0; i < 20; ++i)
            source.step(50);
        window.flush();
        QCOMPARE(window.snapshotsSeen(), quint64(20));
        QCOMPARE(window.peersModel()->rowCount(), 12);
        QCOMPARE(window.topicsModel()->rowCount(), 3);
        QVERIFY(window.messageLog()->rowCount() > 0);
        QVERIFY(window.trafficStats().bins().size() > 0);
        // a peer in the topology: clicking it selects it in the table too
        const auto& snap = source.lastSnapshot();
        const trace::TopicSnapshot* topic = snap.findTopic(window.topology()->topic().toStdString());
        QVERIFY(topic);
        QVERIFY(!topic->peers.empty());
        const QString id = QString::fromStdString(topic->peers.front());
        const QPointF at = window.topology()->peerPosition(id);
        QVERIFY(at.x() >= 0);
        QTest::mouseClick(window.topology(), Qt::LeftButton, {}, at.toPoint());
        QCOMPARE(window.selection()->peer(), id);
        window.close();
    }

    void simulationPanelBecomesTheSource()
    {
        widgets::MainWindow window;
        widgets::DemoSource demo(widgets::DemoSource::Options { 12, 400, 3, 7, 50 });
        window.setSource(&demo);
        window.openSimulationPanel();
        window.openSimulationPanel(); // a second call raises the same dock
        const auto docks = window.findChildren<QDockWidget*>(QStringLiteral("simulationDock"));
        QCOMPARE(docks.size(), 1);
        auto* panel = docks.front()->findChild<widgets::SimulationPanel*>();
        QVERIFY(panel);
        const QString error = panel->loadScenarioFile(QStringLiteral(MESHSCOPE_SCENARIO_DIR "/default.json"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(window.source() != &demo);
        QVERIFY(window.source()->kind() == coreqt::SourceKind::Simulation);
        delete docks.front(); // the panel hands the source back: no dangling pointer stays behind
        QVERIFY(window.source() == nullptr);
    }

    void paramsEditorAppliesOnlyValid()
    {
        widgets::MainWindow window;
        widgets::DemoSource source;
        window.setSource(&source);
        source.step(50);
        window.flush();
        widgets::ParamsModel* params = window.paramsModel();
        const QModelIndex d = params->indexOfPath(QStringLiteral("/gossipsub/d"))
                                  .siblingAtColumn(widgets::ParamsModel::Value);
        QVERIFY(params->setData(d, QStringLiteral("20"))); // D above D_high
        QVERIFY(!window.paramsPage()->applyButton()->isEnabled());
        QVERIFY(!window.paramsPage()->applyToNode());
        QVERIFY(!window.paramsPage()->errorLabel()->text().isEmpty());
        QVERIFY(params->setData(d, QStringLiteral("7")));
        QVERIFY(window.paramsPage()->applyButton()->isEnabled());
        QVERIFY(window.paramsPage()->applyToNode());
        QTRY_COMPARE(source.lastSnapshot().params.D, 7);
        QTRY_VERIFY(window.paramsPage()->errorLabel()->text().startsWith(QStringLiteral("Applied")));
        source.step(50);
        window.flush();
        QCOMPARE(window.topicsModel()->index(0, widgets::TopicsModel::Band).data().toString(),
            QStringLiteral("4 / 7 / 12"));
    }

    void paramsEditorOnLiveNode()
    {
        coreqt::NodeHostConfig config;
        config.listen = QStringList { QStringLiteral("/ip4/127.0.0.1/tcp/0") };
        config.topics = QStringList { QStringLiteral("blocks") };
        coreqt::NodeHost node(std::move(config));
        trace::NodeSnapshot last;
        connect(&node, &coreqt::NodeHost::snapshotAvailable, this,
            [&last](const trace::NodeSnapshot& s) { last = s; });
        widgets::MainWindow window;
        window.setSource(&node);
        QSignalSpy started(&node, &coreqt::NodeHost::started);
        node.start();
        QVERIFY(started.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(window.snapshotsSeen() > 0, 10000);
        window.flush(); // the editor takes the node's parameters from the first snapshot shown
        widgets::ParamsPage* page = window.paramsPage();
        widgets::ParamsModel* params = window.paramsModel();
        QCOMPARE(params->profile()->gossipsub.D, last.params.D);

        // edit through the view's (filtered) model as the delegate does: D_high below D is rejected
        // inline, the row is marked, Apply is off and the node keeps its value
        const QModelIndex dhi
            = page->proxy()->mapFromSource(params->indexOfPath(QStringLiteral("/gossipsub/d_hi"))
                                               .siblingAtColumn(widgets::ParamsModel::Value));
        QVERIFY(dhi.isValid());
        QVERIFY(page->proxy()->setData(dhi, QStringLiteral("3")));
        QVERIFY(dhi.data(widgets::ParamsModel::ErrorRole).toBool());
        QVERIFY2(page->errorLabel()->text().startsWith(QStringLiteral("gossipsub: Dhi must be >= D")),
            qPrintable(page->errorLabel()->text()));
        QVERIFY(!page->applyButton()->isEnabled());
        QVERIFY(!page->applyToNode());
        QVERIFY(!page->proxy()->setData(dhi, QStringLiteral("twelve")));
        QVERIFY(!page->applyButton()->isEnabled());

        // valid values: applied to the running node, visible in its next snapshots
        QVERIFY(page->proxy()->setData(dhi, QStringLiteral("14")));
        QVERIFY(params->setValueAt(QStringLiteral("/gossipsub/d"), QStringLiteral("7")));
        QVERIFY(params->setValueAt(QStringLiteral("/thresholds/gossip_threshold"), QStringLiteral("-20")));
        QVERIFY(params->addTopic(QStringLiteral("blocks"))); // scoring on, so the thresholds apply
        QVERIFY(page->applyButton()->isEnabled());
        QVERIFY(page->applyToNode());
        QTRY_VERIFY_WITH_TIMEOUT(last.params.D == 7 && last.params.Dhi == 14, 5000);
        QTRY_VERIFY(last.scoringEnabled && last.scoreParams.topics.count("blocks") == 1);
        QTRY_COMPARE(last.thresholds.gossipThreshold, -20.0);
        QTRY_VERIFY(page->errorLabel()->text().startsWith(QStringLiteral("Applied")));

        // "show only changed": just the three edited rows under their groups
        page->changedOnlyBox()->setChecked(true);
        int shown = 0;
        for (int g = 0; g < page->proxy()->rowCount(); ++g)
            shown += page->proxy()->rowCount(page->proxy()->index(g, 0));
        QCOMPARE(shown, 3);
        QCOMPARE(page->proxy()->rowCount(), 2); // Mesh, Thresholds
        QCOMPARE(params->diffAgainstDefaults().size(), 3);
        page->changedOnlyBox()->setChecked(false);

        // save and load JSON through real files; a bad file leaves the values alone
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("profile.json"));
        QVERIFY(page->saveTo(path));
        QVERIFY(params->loadPreset(QStringLiteral("ethereum")));
        QCOMPARE(params->profile()->gossipsub.D, 8);
        QVERIFY(page->loadFrom(path));
        QCOMPARE(params->profile()->gossipsub.D, 7);
        QFile bad(dir.filePath(QStringLiteral("bad.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"gossipsub\": {\"d\": \"six\"}}");
        bad.close();
        QVERIFY(!page->loadFrom(bad.fileName()));
        QVERIFY(page->errorLabel()->text().contains(QStringLiteral("gossipsub.d")));
        QCOMPARE(params->profile()->gossipsub.D, 7);
        window.setSource(nullptr);
        node.stop();
    }

    void connectDialogExplainsBadAddresses()
    {
        QCOMPARE(widgets::ConnectDialog::validate(QStringLiteral("/ip4/1.2.3/tcp/1")).isEmpty(), false);
        QVERIFY(widgets::ConnectDialog::validate(QStringLiteral("/ip4/127.0.0.1/tcp/4001"))
                    .contains(QStringLiteral("/p2p/")));
        QVERIFY(widgets::ConnectDialog::validate(QStringLiteral("/ip4/127.0.0.1/tcp/4001/p2p/notapeer"))
                    .startsWith(QStringLiteral("Not a valid")));
        QVERIFY(widgets::ConnectDialog::validate(
            QStringLiteral(
                "/ip4/127.0.0.1/tcp/4001/p2p/12D3KooWD3eckifWpRn9wQpMG9R9hX3sD158z7EqHWmweQAJU5SA"))
                    .isEmpty());
        widgets::ConnectDialog dialog;
        dialog.setAddress(QStringLiteral("/ip4/999.0.0.1/tcp/1/p2p/x"));
        QVERIFY(!dialog.errorText().isEmpty());
    }

    void publishRefusesOversizedPayload()
    {
        widgets::MainWindow window;
        widgets::DemoSource source;
        window.setSource(&source);
        source.step(50);
        window.flush();
        widgets::PublishPage* page = window.publishPage();
        page->setMaxMessageSize(16);
        page->topicEdit()->setText(QStringLiteral("chat"));
        page->payloadEdit()->setPlainText(QString(17, QLatin1Char('x')));
        QVERIFY(!page->publishNow());
        QVERIFY(page->errorLabel()->text().contains(QStringLiteral("limit")));
        page->formatBox()->setCurrentIndex(1);
        page->payloadEdit()->setPlainText(QStringLiteral("zz"));
        QVERIFY(!page->publishNow());
        QVERIFY(page->errorLabel()->text().contains(QStringLiteral("hex"), Qt::CaseInsensitive));
        page->payloadEdit()->setPlainText(QStringLiteral("68656c6c6f"));
        QVERIFY(page->publishNow());
        QTRY_VERIFY(page->errorLabel()->text().startsWith(QStringLiteral("published")));
    }

    void screenshotIsNonTrivial()
    {
        const QString binary = QString::fromLocal8Bit(qgetenv("MESHSCOPE_GUI_BINARY"));
        if (binary.isEmpty())
            QSKIP("MESHSCOPE_GUI_BINARY not set");
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("shot.png"));
        QProcess proc;
        proc.start(binary,
            { QStringLiteral("--screenshot"), png, QStringLiteral("--after-ms"), QStringLiteral("1500") });
        QVERIFY(proc.waitForFinished(60000));
        QCOMPARE(proc.exitCode(), 0);
        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 800 && image.height() >= 500);
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 3)
            for (int x = 0; x < image.width(); x += 3)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 200, qPrintable(QString::number(colours.size())));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
