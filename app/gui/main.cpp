// meshscope: the desktop GUI's composition root. Parses the command line, picks an
// ObservationSource and shows the main window. Kept thin: everything else lives in widgets/.
//
// Sources: --recording FILE (core/qt RecordingPlayer), --synthetic (core/qt SyntheticSource,
// --synthetic-peers, --synthetic-rate), and by default, until the embedded live sandbox exists,
// the built-in demo network (widgets DemoSource: scored peers, backoffs, churn) so the first
// screen is alive. The node engineer switches the default to the sandbox. The node options of ARCHITECTURE.md are accepted and kept for the live node source.

#ifdef MESHSCOPE_HAVE_RECORDING_PLAYER
#include "core/qt/recordingplayer.h"
#endif
#ifdef MESHSCOPE_HAVE_SYNTHETIC_SOURCE
#include "core/qt/syntheticsource.h"
#endif
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
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
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
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("User interface language (en, de)."), QStringLiteral("LANG"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"), QStringLiteral("Render the main window to FILE.png and exit."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption afterMs(QStringLiteral("after-ms"), QStringLiteral("Delay before the screenshot."), QStringLiteral("N"),
                                     QStringLiteral("3000"));
    const QCommandLineOption synthetic(QStringLiteral("synthetic"), QStringLiteral("Show a synthetic network."));
    const QCommandLineOption syntheticPeers(QStringLiteral("synthetic-peers"), QStringLiteral("Peers of the synthetic network."),
                                            QStringLiteral("N"), QStringLiteral("24"));
    const QCommandLineOption recording(QStringLiteral("recording"), QStringLiteral("Replay a recording (go trace format)."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption syntheticRate(QStringLiteral("synthetic-rate"), QStringLiteral("Trace events per second."),
                                           QStringLiteral("N"), QStringLiteral("500"));
    parser.addOptions({lang, screenshot, afterMs, synthetic, syntheticPeers, syntheticRate, recording});
    // node options (ARCHITECTURE.md), kept for the live node source
    for (const char* name : {"listen", "dial", "key", "topic", "publish", "publish-count", "publish-interval-ms", "sign-policy",
                             "msg-id", "params", "profile", "record", "metrics", "duration"})
        parser.addOption(QCommandLineOption(QString::fromLatin1(name), QStringLiteral("Node option (see meshscope-cli node)."),
                                            QStringLiteral("VALUE")));
    parser.addOption(QCommandLineOption(QStringLiteral("json"), QStringLiteral("Node option (ignored by the GUI).")));
    parser.process(app);

    installTranslations(app, parser.value(lang));

    meshscope::widgets::MainWindow window;
    meshscope::coreqt::ObservationSource* source = nullptr;
#ifdef MESHSCOPE_HAVE_RECORDING_PLAYER
    if (parser.isSet(recording)) {
        auto* player = new meshscope::coreqt::RecordingPlayer(&app);
        if (!player->load(parser.value(recording))) {
            // a corrupt or unreadable recording: say so where the user chose it, keep running
            window.statusBar()->showMessage(QApplication::translate("main", "Cannot open the recording: %1").arg(player->error()));
            delete player;
        } else {
            source = player;
        }
    }
#else
    if (parser.isSet(recording))
        qCWarning(lcUi) << "this build has no recording player";
#endif
#ifdef MESHSCOPE_HAVE_SYNTHETIC_SOURCE
    if (!source && parser.isSet(synthetic)) {
        meshscope::coreqt::SyntheticConfig config;
        config.peers = std::max(1, parser.value(syntheticPeers).toInt());
        config.eventsPerSecond = std::max(1.0, parser.value(syntheticRate).toDouble());
        source = new meshscope::coreqt::SyntheticSource(config, &app);
    }
#endif
    if (!source) {
        meshscope::widgets::DemoSource::Options options;
        options.peers = std::max(1, parser.value(syntheticPeers).toInt());
        source = new meshscope::widgets::DemoSource(options, &app);
    }
    window.setSource(source);
    QMetaObject::invokeMethod(source, &meshscope::coreqt::ObservationSource::start, Qt::QueuedConnection);
    window.show();

    if (parser.isSet(screenshot)) {
        const QString path = parser.value(screenshot);
        QTimer::singleShot(std::max(0, parser.value(afterMs).toInt()), &app, [&window, path] {
            const bool ok = window.grab().save(path, "PNG");
            if (!ok)
                std::fprintf(stderr, "meshscope: could not write %s\n", qPrintable(QDir::toNativeSeparators(path)));
            QApplication::exit(ok ? 0 : 1);
        });
    }
    return QApplication::exec();
}
