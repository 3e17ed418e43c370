// The main window's sources: the embedded live node with its sandbox (identity panel, sandbox
// stop/start), a corrupt recording refused with a dialog while the current source keeps going, a
// recording replayed with the playback bar, the session recorded and read back, and an
// unreachable peer reported where it was dialled; the message inspector shows payloads the live
// node received as text, hex and JSON.

#include "core/qt/nodehost.h"
#include "core/qt/recordingplayer.h"
#include "core/qt/sandbox.h"
#include "widgets/mainwindow/demosource.h"
#include "widgets/mainwindow/mainwindow.h"
#include "widgets/mainwindow/playerbar.h"
#include "widgets/models/logmodel.h"
#include "widgets/models/messagestore.h"
#include "widgets/models/peersmodel.h"
#include "widgets/pages/identitypage.h"
#include "widgets/pages/logpage.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QMessageBox>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>

using namespace meshscope;

class TestSources : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("MeshscopeTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_sources"));
    }

    void corruptRecordingIsRefusedAndNothingIsLost()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.pb.gz"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("\x1f\x8b\x08\x00 this is not a gzip stream of trace events", 44));
        file.close();

        widgets::MainWindow window;
        widgets::DemoSource source(widgets::DemoSource::Options { 8, 400, 2, 7, 50 });
        window.setSource(&source);
        window.show();
        source.step(50);
        window.flush();
        const quint64 before = window.snapshotsSeen();

        QVERIFY(!window.openRecording(path)); // no error out-parameter: reported in a dialog
        QVERIFY2(window.lastError().contains(path), qPrintable(window.lastError()));
        QVERIFY(window.lastError().contains(QStringLiteral("unchanged")));
        auto* box = window.findChild<QMessageBox*>();
        QVERIFY(box);
        QVERIFY(box->isVisible());
        QCOMPARE(window.source(), &source);
        QVERIFY(window.player() == nullptr);
        QVERIFY(!window.playerBar()->isVisible());
        // the demo source keeps feeding the views
        source.step(50);
        window.flush();
        QCOMPARE(window.snapshotsSeen(), before + 1);
        QCOMPARE(window.peersModel()->rowCount(), 8);

        QString error;
        QVERIFY(!window.openRecording(dir.filePath(QStringLiteral("missing.pb")), &error));
        QVERIFY(!error.isEmpty());
    }

    void sessionIsRecordedAndReplayed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("session.pb.gz"));
        widgets::MainWindow window;
        widgets::DemoSource source(widgets::DemoSource::Options { 8, 2000, 2, 7, 50 });
        window.setSource(&source);
        window.show();
        QString error;
        QVERIFY2(window.startRecording(path, &error), qPrintable(error));
        QVERIFY(window.recording());
        for (int i = 0; i < 40; ++i)
            source.step(50);
        const quint64 events = window.eventsSeen();
        QVERIFY(events > 20);
        window.stopRecording();
        QVERIFY(!window.recording());

        coreqt::RecordingPlayer check;
        QVERIFY(check.load(path));
        QCOMPARE(quint64(check.eventCount()), events);

        // replay it: the playback bar appears and seeks
        QVERIFY2(window.openRecording(path, &error), qPrintable(error));
        QVERIFY(window.player());
        QCOMPARE(window.source(), window.player());
        QVERIFY(window.playerBar()->isVisible());
        QVERIFY(window.playerBar()->seekBar()->maximum() > 0);
        QVERIFY(window.player()->playing());
        window.playerBar()->playAction()->trigger(); // pause
        QVERIFY(!window.player()->playing());
        const int middle = window.playerBar()->seekBar()->maximum() / 2;
        window.playerBar()->seekBar()->setSliderDown(true);
        window.playerBar()->seekBar()->setSliderPosition(middle); // emits sliderMoved
        window.playerBar()->seekBar()->setSliderDown(false);
        QVERIFY(qAbs(window.player()->position() / 1000000 - middle) <= 1);
        window.playerBar()->speedBox()->setCurrentIndex(4);
        QCOMPARE(window.player()->speed(), 4.0);
    }

    void liveNodeWithSandboxAndUnreachablePeer()
    {
        coreqt::NodeHostConfig hostConfig;
        hostConfig.listen = QStringList { QStringLiteral("/ip4/127.0.0.1/tcp/0") };
        coreqt::NodeHost node(std::move(hostConfig));
        coreqt::SandboxConfig config;
        config.peers = 4;
        config.publishers = 2;
        coreqt::Sandbox sandbox(config);
        widgets::MainWindow window;
        window.setLiveNode(
            &node, &sandbox, widgets::LiveIdentity { QStringLiteral("meshscope/test"), QString() });
        QSignalSpy started(&node, &coreqt::NodeHost::started);
        node.start();
        QVERIFY(started.wait(10000));
        sandbox.start(node);
        QVERIFY(sandbox.running());
        QVERIFY(window.sandboxAction()->isEnabled());
        QVERIFY(window.sandboxAction()->isChecked());
        QCOMPARE(window.identityPage()->peerId(), node.peerId());
        QVERIFY(!window.identityPage()->listenAddrs().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(window.snapshotsSeen() > 0, 10000);

        // the toolbar control stops and restarts the sandbox
        window.sandboxAction()->trigger();
        QVERIFY(!sandbox.running());
        QVERIFY(!window.sandboxAction()->isChecked());
        window.sandboxAction()->trigger();
        QVERIFY(sandbox.running());
        window.sandboxAction()->trigger();
        QVERIFY(!sandbox.running());

        // an unreachable peer: a clear message where it was dialled, the node keeps running
        QSignalSpy dialed(&window, &widgets::MainWindow::dialFinished);
        window.dialAddress(
            QStringLiteral("/ip4/127.0.0.1/tcp/1/p2p/12D3KooWD3eckifWpRn9wQpMG9R9hX3sD158z7EqHWmweQAJU5SA"));
        QVERIFY(dialed.wait(15000));
        QCOMPARE(dialed.at(0).at(0).toBool(), false);
        QVERIFY2(window.lastError().contains(QStringLiteral("Could not connect to /ip4/127.0.0.1/tcp/1")),
            qPrintable(window.lastError()));
        QVERIFY(window.findChild<QMessageBox*>());
        const quint64 seen = window.snapshotsSeen();
        QTRY_VERIFY_WITH_TIMEOUT(window.snapshotsSeen() > seen, 5000);
        node.stop();
    }

    void messageInspectorShowsLivePayloads()
    {
        auto config = [] {
            coreqt::NodeHostConfig c;
            c.listen = QStringList { QStringLiteral("/ip4/127.0.0.1/tcp/0") };
            c.topics = QStringList { QStringLiteral("blocks") };
            return c;
        };
        coreqt::NodeHost node(config());
        coreqt::NodeHost publisher(config());
        widgets::MainWindow window;
        window.setLiveNode(
            &node, nullptr, widgets::LiveIdentity { QStringLiteral("meshscope/test"), QString() });
        QSignalSpy started(&node, &coreqt::NodeHost::started);
        QSignalSpy publisherStarted(&publisher, &coreqt::NodeHost::started);
        node.start();
        publisher.start();
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(publisherStarted.count(), 1, 10000);
        publisher.dial(1, node.listenAddrs().front());
        QTRY_COMPARE_WITH_TIMEOUT(window.peersModel()->rowCount(), 1, 10000);
        // publish until the subscription has reached the publisher and a message arrives
        const QByteArray payload = QByteArrayLiteral("{\"slot\": 7, \"root\": \"ab\"}");
        quint64 request = 10;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                publisher.publish(++request, QStringLiteral("blocks"), payload);
                return window.messageStore().size() > 0;
            }(),
            15000);
        window.flush();
        widgets::LogPage* page = window.messagePage();
        const widgets::MessageLogModel* log = window.messageLog();
        int row = -1;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                window.flush();
                for (int i = 0; i < log->rowCount() && row < 0; ++i)
                    if (log->entry(i).kind == widgets::LogEntry::Kind::Delivered
                        && window.messageStore().find(log->entry(i).messageId))
                        row = i;
                return row >= 0;
            }(),
            5000);
        page->payloadFormat()->setCurrentIndex(0); // text
        QString text = page->inspect(row);
        QVERIFY2(text.contains(QString::fromUtf8(payload)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Author: ") + publisher.peerId()), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Size: 25 byte")), qPrintable(text));
        page->payloadFormat()->setCurrentIndex(1); // hex
        text = page->inspect(row);
        QVERIFY2(text.contains(QStringLiteral("7b 22 73 6c 6f 74 22")), qPrintable(text));
        page->payloadFormat()->setCurrentIndex(2); // JSON: the payload parsed
        text = page->inspect(row);
        QVERIFY2(
            text.contains(QStringLiteral("\"payload\": {")) && text.contains(QStringLiteral("\"slot\": 7")),
            qPrintable(text));
        publisher.stop();
        node.stop();
    }
};

QTEST_MAIN(TestSources)
#include "tst_sources.moc"
