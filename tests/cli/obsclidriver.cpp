// Test driver: runs `trace` / `top` exactly as meshscope-cli dispatches them (argument 1 names
// the subcommand), so the tests exercise the real commands in a real process and pty.
#include "app/cli/topcommand.h"
#include "app/cli/tracecommand.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments();
    if (args.size() < 2)
        return 2;
    const QString command = args.at(1);
    args.removeFirst();
    args.first() = QStringLiteral("meshscope-cli ") + command;
    if (command == QStringLiteral("trace"))
        return meshscope::cli::runTraceCommand(args);
    if (command == QStringLiteral("top"))
        return meshscope::cli::runTopCommand(args);
    std::fprintf(stderr, "unknown command\n");
    return 2;
}
