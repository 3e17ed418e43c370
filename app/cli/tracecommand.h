#pragma once
// `meshscope-cli trace`: convert, summarise and filter recordings in go-libp2p-pubsub's formats.
//   trace summary FILE [filters]        counts by type, per-topic publish->deliver delay (tracestat)
//   trace convert IN OUT [filters]      rewrite in OUT's format (.pb, .json/.jsonl, +.gz)
//   trace cat FILE [filters]            JSON lines on stdout
// Filters: --topic T, --peer PEERID, --type NAME (each repeatable; go's type names, e.g. GRAFT).
// A damaged input is processed up to the damage; the error (with its offset) goes to stderr and
// the exit code is 1.

#include <QStringList>

namespace meshscope::cli {

// Runs the subcommand; arguments[0] is "meshscope-cli trace". Returns the exit code.
int runTraceCommand(const QStringList& arguments);

} // namespace meshscope::cli
