// `meshscope-cli top`: terminal driver for the dashboard.
#include "app/cli/topcommand.h"

// core/node (through nodehost.h) before any Qt header: see core/gossipsub/router.h.
#include "core/qt/metatypes.h"
#include "core/qt/nodehost.h"
#include "core/qt/recordingplayer.h"
#include "core/qt/sandbox.h"
#include "core/qt/syntheticsource.h"
#include "widgets/terminal/dashboard.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <memory>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

namespace meshscope::cli {

namespace {

int g_signalPipe[2] = { -1, -1 }; // self-pipe: 'w' for SIGWINCH, 'q' for SIGINT/SIGTERM

void onSignal(int sig)
{
    const char b = sig == SIGWINCH ? 'w' : 'q';
    [[maybe_unused]] const auto n = ::write(g_signalPipe[1], &b, 1);
}

// Raw keyboard and the alternate screen while alive; everything restored on destruction.
class TerminalMode {
public:
    TerminalMode()
    {
        if (::tcgetattr(STDIN_FILENO, &m_saved) == 0) {
            termios raw = m_saved;
            raw.c_lflag &= ~static_cast<tcflag_t>(ICANON | ECHO);
            raw.c_cc[VMIN] = 0;
            raw.c_cc[VTIME] = 0;
            m_restore = ::tcsetattr(STDIN_FILENO, TCSANOW, &raw) == 0;
        }
        std::fputs("\x1b[?1049h\x1b[?25l\x1b[2J", stdout);
        std::fflush(stdout);
    }
    ~TerminalMode()
    {
        std::fputs("\x1b[0m\x1b[?25h\x1b[?1049l", stdout);
        std::fflush(stdout);
        if (m_restore)
            ::tcsetattr(STDIN_FILENO, TCSANOW, &m_saved);
    }
    TerminalMode(const TerminalMode&) = delete;
    TerminalMode& operator=(const TerminalMode&) = delete;

private:
    termios m_saved {}; // settings to restore
    bool m_restore = false; // raw mode was set
};

std::pair<int, int> terminalSize()
{
    winsize ws {};
    if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0 && ws.ws_row > 0)
        return { ws.ws_col, ws.ws_row };
    return { 80, 24 };
}

} // namespace

int runTopCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Live terminal dashboard of a gossipsub node."));
    parser.addHelpOption();
    const QCommandLineOption synthetic(
        QStringLiteral("synthetic"), QStringLiteral("show a synthetic network"));
    const QCommandLineOption recording(
        QStringLiteral("recording"), QStringLiteral("replay a recording FILE"), QStringLiteral("FILE"));
    const QCommandLineOption speed(QStringLiteral("speed"), QStringLiteral("replay speed (default 1)"),
        QStringLiteral("X"), QStringLiteral("1"));
    const QCommandLineOption peers(QStringLiteral("peers"), QStringLiteral("synthetic peers (default 50)"),
        QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption topics(QStringLiteral("topics"), QStringLiteral("synthetic topics (default 5)"),
        QStringLiteral("M"), QStringLiteral("5"));
    const QCommandLineOption rate(QStringLiteral("rate"),
        QStringLiteral("synthetic events per second (default 500)"), QStringLiteral("R"),
        QStringLiteral("500"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("synthetic seed (default 1)"),
        QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption duration(QStringLiteral("duration"),
        QStringLiteral("stop after SECONDS (0: never)"), QStringLiteral("SECONDS"), QStringLiteral("0"));
    const QCommandLineOption plain(
        QStringLiteral("plain"), QStringLiteral("plain periodic lines even on a terminal"));
    const QCommandLineOption listen(QStringLiteral("listen"),
        QStringLiteral("live node: listen multiaddr (repeatable; default /ip4/127.0.0.1/tcp/0)"),
        QStringLiteral("MULTIADDR"));
    const QCommandLineOption dial(QStringLiteral("dial"),
        QStringLiteral("live node: dial MULTIADDR with /p2p/ (repeatable)"), QStringLiteral("MULTIADDR"));
    const QCommandLineOption topic(QStringLiteral("topic"),
        QStringLiteral("live node: subscribe TOPIC (repeatable)"), QStringLiteral("TOPIC"));
    const QCommandLineOption noSandbox(QStringLiteral("no-sandbox"),
        QStringLiteral("live node without --dial: do not start the local sandbox network"));
    for (const auto* o : { &synthetic, &recording, &speed, &peers, &topics, &rate, &seed, &duration, &plain,
             &listen, &dial, &topic, &noSandbox })
        parser.addOption(*o);
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "meshscope-cli top: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::printf("%s", qPrintable(parser.helpText()));
        return 0;
    }
    coreqt::registerMetaTypes();

    std::unique_ptr<coreqt::ObservationSource> source;
    coreqt::NodeHost* liveHost = nullptr; // the live node, when neither --synthetic nor --recording
    QStringList dialAddrs; // live node: --dial
    bool wantSandbox = false; // live node: start the sandbox once it listens
    if (parser.isSet(recording)) {
        auto player = std::make_unique<coreqt::RecordingPlayer>();
        if (!player->load(parser.value(recording))) {
            std::fprintf(stderr, "meshscope-cli top: %s\n", qPrintable(player->error()));
            return 1;
        }
        player->setSpeed(parser.value(speed).toDouble());
        source = std::move(player);
    } else if (parser.isSet(synthetic)) {
        coreqt::SyntheticConfig cfg;
        cfg.peers = parser.value(peers).toInt();
        cfg.topics = parser.value(topics).toInt();
        cfg.eventsPerSecond = parser.value(rate).toDouble();
        cfg.seed = parser.value(seed).toULongLong();
        source = std::make_unique<coreqt::SyntheticSource>(cfg);
    } else {
        // The live node on its own thread; without --dial, the sandbox (about 20 local peers)
        // gives it a network at once so meshes, scores and backoffs move on the first screen.
        coreqt::NodeHostConfig cfg;
        if (parser.isSet(listen))
            cfg.listen = parser.values(listen);
        cfg.topics = parser.values(topic);
        auto host = std::make_unique<coreqt::NodeHost>(cfg);
        liveHost = host.get();
        dialAddrs = parser.values(dial);
        wantSandbox = dialAddrs.isEmpty() && !parser.isSet(noSandbox);
        source = std::move(host);
    }

    terminal::Dashboard dashboard;
    dashboard.setSourceDescription(source->description().toStdString());
    const bool tty = ::isatty(STDOUT_FILENO) && !parser.isSet(plain);
    std::unique_ptr<TerminalMode> mode;
    if (tty)
        mode = std::make_unique<TerminalMode>();
    bool dirty = true;

    // The application object as context: the live node emits on its own thread, and a lambda
    // without a context would run there (direct), racing render()/plainLine() on this thread.
    QObject* const mainThread = QCoreApplication::instance();
    QObject::connect(source.get(), &coreqt::ObservationSource::snapshotAvailable, mainThread,
        [&](const trace::NodeSnapshot& s) {
            dashboard.update(s);
            dirty = true;
        });
    QObject::connect(source.get(), &coreqt::ObservationSource::eventsAvailable, mainThread,
        [&](const coreqt::TraceBatch& b) {
            if (b.events)
                dashboard.addEvents(*b.events);
        });
    QObject::connect(
        source.get(), &coreqt::ObservationSource::errorOccurred, mainThread, [&](const QString& m) {
            if (!tty)
                std::fprintf(stderr, "meshscope-cli top: %s\n", qPrintable(m));
        });

    const auto redraw = [&] {
        const auto [w, h] = terminalSize();
        const std::string frame = dashboard.render(w, h);
        std::fwrite(frame.data(), 1, frame.size(), stdout);
        std::fflush(stdout);
        dirty = false;
    };

    QTimer frameTimer;
    std::unique_ptr<QSocketNotifier> keys, winch;
    if (tty) {
        frameTimer.setInterval(100); // at most 10 redraws a second
        QObject::connect(&frameTimer, &QTimer::timeout, [&] {
            if (dirty)
                redraw();
        });
        if (::isatty(STDIN_FILENO)) {
            keys = std::make_unique<QSocketNotifier>(STDIN_FILENO, QSocketNotifier::Read);
            QObject::connect(keys.get(), &QSocketNotifier::activated, [&] {
                char buf[32];
                const auto n = ::read(STDIN_FILENO, buf, sizeof buf);
                for (ssize_t i = 0; i < n; ++i) {
                    if (!dashboard.handleKey(buf[i])) {
                        QCoreApplication::quit();
                        return;
                    }
                }
                redraw();
            });
        }
    } else {
        frameTimer.setInterval(1000);
        QObject::connect(&frameTimer, &QTimer::timeout, [&] {
            std::printf("%s\n", dashboard.plainLine().c_str());
            std::fflush(stdout);
        });
    }
    frameTimer.start();

    // Signals through a self-pipe: resize redraws, SIGINT/SIGTERM quit (terminal restored).
    if (::pipe(g_signalPipe) == 0) {
        std::signal(SIGWINCH, onSignal);
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
        winch = std::make_unique<QSocketNotifier>(g_signalPipe[0], QSocketNotifier::Read);
        QObject::connect(winch.get(), &QSocketNotifier::activated, [&] {
            char buf[16];
            const auto n = ::read(g_signalPipe[0], buf, sizeof buf);
            for (ssize_t i = 0; i < n; ++i) {
                if (buf[i] == 'q') {
                    QCoreApplication::quit();
                    return;
                }
            }
            if (tty) {
                std::fputs("\x1b[2J", stdout);
                redraw();
            }
        });
    }
    const double seconds = parser.value(duration).toDouble();
    if (seconds > 0)
        QTimer::singleShot(static_cast<int>(seconds * 1000), [] { QCoreApplication::quit(); });

    std::unique_ptr<coreqt::Sandbox> sandbox;
    if (liveHost) {
        QObject::connect(
            liveHost, &coreqt::NodeHost::started, mainThread, [&](const QStringList&, const QString&) {
                quint64 request = 1;
                for (const QString& addr : dialAddrs)
                    liveHost->dial(request++, addr);
                if (wantSandbox) {
                    sandbox = std::make_unique<coreqt::Sandbox>();
                    sandbox->start(*liveHost);
                }
            });
        QObject::connect(liveHost, &coreqt::NodeHost::dialFailed, mainThread,
            [&](const QString& addr, const QString& reason) {
                if (!tty)
                    std::fprintf(stderr, "meshscope-cli top: dial %s failed: %s\n", qPrintable(addr),
                        qPrintable(reason));
            });
    }

    source->start();
    const int rc = QCoreApplication::exec();
    if (sandbox)
        sandbox->stop();
    source->stop();
    if (winch) {
        winch.reset();
        std::signal(SIGWINCH, SIG_DFL);
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGTERM, SIG_DFL);
        ::close(g_signalPipe[0]);
        ::close(g_signalPipe[1]);
    }
    mode.reset();
    if (!tty) {
        std::printf("%s\n", dashboard.plainLine().c_str());
        std::fflush(stdout);
    }
    return rc;
}

} // namespace meshscope::cli
