// meshscope-cli: the terminal front end. Subcommands are dispatched through one table; each
// parses its own options (and answers its own --help). Only `sim --out` renders PNG plots, so
// only that path creates a QApplication; every other command runs on a QCoreApplication.
#include "app/cli/collectcommand.h"
#include "app/cli/malloctuning.h"
#include "app/cli/nodecommand.h"
#include "app/cli/simcommand.h"
#include "app/cli/topcommand.h"
#include "app/cli/tracecommand.h"

#include <QApplication>
#include <QCoreApplication>
#include <QStringList>

#include <cstdio>
#include <cstring>
#include <iterator>
#include <memory>

namespace {

struct Subcommand {
    const char* name;                  // first argument selecting it
    const char* summary;               // one line for the overview
    int (*run)(const QStringList& arguments); // arguments[0] is "meshscope-cli <name>"
};

const Subcommand kSubcommands[] = {
    { "node", "run a headless libp2p gossipsub node on TCP", &meshscope::cli::runNodeCommand },
    { "collect", "collect go RemoteTracer streams from traced nodes", &meshscope::cli::runCollectCommand },
    { "sim", "simulate a gossipsub network on virtual time (scenarios, sweeps)",
        &meshscope::cli::runSimCommand },
    { "trace", "convert, summarise and filter trace recordings", &meshscope::cli::runTraceCommand },
    { "top", "live terminal dashboard of a node (or --synthetic, --recording FILE)",
        &meshscope::cli::runTopCommand },
};

void printOverview(std::FILE* out)
{
    std::fprintf(out, "Usage: meshscope-cli <command> [options]\n\nCommands:\n");
    for (const Subcommand& c : kSubcommands)
        std::fprintf(out, "  %-8s %s\n", c.name, c.summary);
    std::fprintf(out, "\nRun 'meshscope-cli <command> --help' for a command's options.\n");
}

// QCustomPlot renders through QtGui: without a display use the offscreen platform, unless the
// user chose a platform.
void preferOffscreenWithoutDisplay()
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

} // namespace

int main(int argc, char** argv)
{
    if (argc >= 2 && std::strcmp(argv[1], "sim") == 0)
        meshscope::cli::tuneMallocForSim(argv); // may re-execute this program (app/cli/malloctuning.h)
    std::unique_ptr<QCoreApplication> app; // a QApplication only for `sim --out`
    if (meshscope::cli::simWritesPlots(argc, argv)) {
        preferOffscreenWithoutDisplay();
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("meshscope-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MESHSCOPE_VERSION));
    QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        printOverview(stderr);
        return 2;
    }
    const QString command = args.at(1);
    if (command == QStringLiteral("--help") || command == QStringLiteral("-h") || command == QStringLiteral("help")) {
        printOverview(stdout);
        return 0;
    }
    if (command == QStringLiteral("--version")) {
        std::printf("meshscope-cli %s\n", MESHSCOPE_VERSION);
        return 0;
    }
    for (const Subcommand& c : kSubcommands) {
        if (command == QLatin1String(c.name)) {
            args.removeFirst();
            args.first() = QStringLiteral("meshscope-cli ") + command;
            return c.run(args);
        }
    }
    std::fprintf(stderr, "meshscope-cli: unknown command '%s'\n\n", qPrintable(command));
    printOverview(stderr);
    return 2;
}
