#pragma once
// `meshscope-cli node`: a headless libp2p node on TCP (core/qt TcpHost) reporting its events
// through EventWriter. Needs a QCoreApplication; returns the process exit code:
// 0 clean run, 1 runtime failure (cannot listen, key file, a --dial failed), 2 bad command line.

#include <QStringList>

namespace meshscope::cli {

// Runs the node command; `arguments[0]` names the command ("meshscope-cli node").
int runNodeCommand(const QStringList& arguments);

} // namespace meshscope::cli
