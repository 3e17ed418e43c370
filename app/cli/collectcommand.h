#pragma once
// `meshscope-cli collect`: a collector for go-libp2p-pubsub's RemoteTracer protocol
// (/libp2p/pubsub/tracer/1.0.0) on a TCP libp2p host, like go's `traced`: any number of traced
// nodes connect (--key FILE keeps one identity across runs); with --out DIR each origin peer's
// events go to DIR/<peer id>/trace.<ns>.pb.gz. Reports listening, tracer_connected,
// tracer_disconnected, tracer_error, tracer_node, periodic tracer_events and a summary on exit
// (SIGINT/SIGTERM or --duration), as JSON lines with --json. Exit code: 0 done, 1 runtime failure (cannot listen or write), 2 bad command line.

#include <QStringList>

namespace meshscope::cli {

// Runs the collect command; `arguments[0]` names the command ("meshscope-cli collect").
int runCollectCommand(const QStringList& arguments);

} // namespace meshscope::cli
