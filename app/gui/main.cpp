// meshscope: the desktop GUI's composition root. Parses the command line, picks an
// ObservationSource and shows the main window. Kept thin: everything else lives in widgets/.
//
// Sources: by default the embedded live node (core/qt NodeHost on 127.0.0.1) with the Sandbox of
// ~20 local peers, so the first screen shows meshes forming, scores moving and backoffs counting
// down. The node options (--listen --dial --key --topic --profile --params --sign-policy --msg-id
// --record) configure the node; with --dial the sandbox is not started. Other sources:
// --recording FILE (RecordingPlayer), --synthetic (SyntheticSource, --synthetic-peers,
// --synthetic-rate) and --demo (the built-in DemoSource, no sockets).

#include "app/gui/liveconfig.h"
#include "core/qt/nodehost.h"
#include "core/qt/sandbox.h"
#include "core/qt/syntheticsource.h"
#include "widgets/mainwindow/apppalette.h"
#include "widgets/mainwindow/demosource.h"
#include "widgets/mainwindow/mainwindow.h"
#include "widgets/mainwindow/uilog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QStatusBar>
#include <QTimer>
#include <QTranslator>

#include <algorithm>
#include <cstdio>

namespace {

void installTranslations(QApplication& app, const QString& lang)
{
    const QLocale locale = lang.isEmpty() ? QLocale::system() : QLocale(lang);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    auto* ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("meshscope"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(ours);
}

} // namespace

int main(int argc, char** argv)
{
    QGuiApplication::setHighDpiScaleFactorRoundingPolicy(Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Meshscope"));
    QApplication::setApplicationName(QStringLiteral("meshscope"));
    QApplication::setApplicationVersion(QStringLiteral(MESHSCOPE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.meshscope.Meshscope"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Live libp2p gossipsub observability"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption lang(
        QStringLiteral("lang"), QStringLiteral("User interface language (en, de)."), QStringLiteral("LANG"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QStringLiteral("Render the main window to FILE.png and exit."), QStringLiteral("FILE"));
    const QCommandLineOption afterMs(QStringLiteral("after-ms"),
        QStringLiteral("Delay before the screenshot."), QStringLiteral("N"), QStringLiteral("3000"));
    const QCommandLineOption synthetic(
        QStringLiteral("synthetic"), QStringLiteral("Show a synthetic network."));
    const QCommandLineOption syntheticPeers(QStringLiteral("synthetic-peers"),
        QStringLiteral("Peers of the synthetic network."), QStringLiteral("N"), QStringLiteral("24"));
    const QCommandLineOption recording(QStringLiteral("recording"),
        QStringLiteral("Replay a recording (go trace format)."), QStringLiteral("FILE"));
    const QCommandLineOption syntheticRate(QStringLiteral("synthetic-rate"),
        QStringLiteral("Trace events per second."), QStringLiteral("N"), QStringLiteral("500"));
    const QCommandLineOption demo(
        QStringLiteral("demo"), QStringLiteral("Show the built-in demo network (no sockets)."));
    const QCommandLineOption noSandbox(
        QStringLiteral("no-sandbox"), QStringLiteral("Start the live node without the sandbox peers."));
    const QCommandLineOption palette(QStringLiteral("palette"),
        QStringLiteral("Colours: system (follows the desktop's light or dark scheme), light or dark."),
        QStringLiteral("SCHEME"), QStringLiteral("system"));
    parser.addOptions({ lang, screenshot, afterMs, synthetic, syntheticPeers, syntheticRate, recording, demo,
        noSandbox, palette });
    // node options (ARCHITECTURE.md) configuring the live node
    const QCommandLineOption listen(QStringLiteral("listen"),
        QStringLiteral("Listen multiaddr (repeatable)."), QStringLiteral("MULTIADDR"));
    const QCommandLineOption dial(QStringLiteral("dial"),
        QStringLiteral("Dial a peer, /p2p/ included (repeatable); no sandbox."), QStringLiteral("MULTIADDR"));
    const QCommandLineOption key(QStringLiteral("key"),
        QStringLiteral("Identity key file (created if missing)."), QStringLiteral("FILE"));
    const QCommandLineOption topic(QStringLiteral("topic"),
        QStringLiteral("Subscribe to a topic (repeatable)."), QStringLiteral("TOPIC"));
    const QCommandLineOption profile(QStringLiteral("profile"), QStringLiteral("Parameter preset."),
        QStringLiteral("NAME"), QStringLiteral("libp2p"));
    const QCommandLineOption params(
        QStringLiteral("params"), QStringLiteral("Parameters JSON file."), QStringLiteral("FILE"));
    const QCommandLineOption signPolicy(QStringLiteral("sign-policy"),
        QStringLiteral("strict-sign, strict-no-sign, lax-sign..."), QStringLiteral("POLICY"),
        QStringLiteral("strict-sign"));
    const QCommandLineOption msgId(QStringLiteral("msg-id"), QStringLiteral("Message id function."),
        QStringLiteral("FN"), QStringLiteral("js"));
    const QCommandLineOption record(QStringLiteral("record"),
        QStringLiteral("Record the node's trace events to FILE."), QStringLiteral("FILE"));
    parser.addOptions({ listen, dial, key, topic, profile, params, signPolicy, msgId, record });
    parser.process(app);

    installTranslations(app, parser.value(lang));
    if (!meshscope::widgets::applyPaletteChoice(app, parser.value(palette))) {
        std::fprintf(stderr, "meshscope: --palette must be system, light or dark\n");
        return 2;
    }

    meshscope::widgets::MainWindow window;
    meshscope::coreqt::ObservationSource* source = nullptr;
    if (parser.isSet(synthetic)) {
        meshscope::coreqt::SyntheticConfig config;
        config.peers = std::max(1, parser.value(syntheticPeers).toInt());
        config.eventsPerSecond = std::max(1.0, parser.value(syntheticRate).toDouble());
        source = new meshscope::coreqt::SyntheticSource(config, &app);
    }
    if (!source && parser.isSet(demo)) {
        meshscope::widgets::DemoSource::Options options;
        options.peers = std::max(1, parser.value(syntheticPeers).toInt());
        source = new meshscope::widgets::DemoSource(options, &app);
    }
    // the embedded live node, always there: the default source, and "Sources ▸ Live node" later
    meshscope::gui::LiveOptions live;
    live.listen = parser.values(listen);
    live.keyFile = parser.value(key);
    live.topics = parser.values(topic);
    live.profile = parser.value(profile);
    live.paramsFile = parser.value(params);
    live.signPolicy = parser.value(signPolicy);
    live.msgId = parser.value(msgId);
    live.recordPath = parser.value(record);
    auto config = meshscope::gui::nodeHostConfig(live);
    if (!config) {
        std::fprintf(stderr, "meshscope: %s\n", config.error().message.c_str());
        return 2;
    }
    const meshscope::widgets::LiveIdentity identity {
        QString::fromStdString(config.value().host.agentVersion), live.keyFile
    };
    auto* node = new meshscope::coreqt::NodeHost(std::move(config.value()), &app);
    const QStringList dials = parser.values(dial);
    meshscope::coreqt::Sandbox* sandbox = nullptr;
    if (dials.isEmpty() && !parser.isSet(noSandbox))
        sandbox = new meshscope::coreqt::Sandbox(&app);
    window.setLiveNode(node, sandbox, identity);
    QObject::connect(node, &meshscope::coreqt::NodeHost::started, &app, [node, sandbox, dials, &window] {
        if (sandbox)
            sandbox->start(*node);
        for (const QString& addr : dials)
            window.dialAddress(addr);
    });
    QObject::connect(node, &meshscope::coreqt::ObservationSource::errorOccurred, &app,
        [](const QString& message) { std::fprintf(stderr, "meshscope: %s\n", qPrintable(message)); });
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &app, [node, sandbox] {
        if (sandbox)
            sandbox->stop();
        node->stop();
    });
    node->start();
    if (parser.isSet(recording) && !source) {
        QString error;
        if (!window.openRecording(parser.value(recording), &error)) {
            // a corrupt or unreadable recording: say so, keep the live view running
            const QString message = QApplication::translate("main", "Cannot open the recording %1: %2")
                                        .arg(parser.value(recording), error);
            std::fprintf(stderr, "meshscope: %s\n", qPrintable(message));
            window.statusBar()->showMessage(message);
        }
    } else if (source) {
        window.setSource(source);
        QMetaObject::invokeMethod(source, &meshscope::coreqt::ObservationSource::start, Qt::QueuedConnection);
    }
    window.show();

    if (parser.isSet(screenshot)) {
        const QString path = parser.value(screenshot);
        QTimer::singleShot(std::max(0, parser.value(afterMs).toInt()), &app, [&window, path] {
            const bool ok = window.grab().save(path, "PNG");
            if (!ok)
                std::fprintf(
                    stderr, "meshscope: could not write %s\n", qPrintable(QDir::toNativeSeparators(path)));
            QApplication::exit(ok ? 0 : 1);
        });
    }
    return QApplication::exec();
}
