#pragma once
// `meshscope-cli top`: a live terminal dashboard (widgets/terminal/dashboard.h) over an
// ObservationSource: `--synthetic` (SyntheticSource: --peers, --topics, --rate, --seed) or
// `--recording FILE` (RecordingPlayer: --speed). On a terminal it takes the alternate screen,
// reads keys in raw mode and redraws on SIGWINCH; otherwise it prints one plain line a second.
// `--duration SECONDS` stops it (0: until q or a signal).
//
// Without --synthetic or --recording it shows the live node (core/qt NodeHost on its own thread)
// built from --listen, --dial and --topic; with no --dial it also starts the local sandbox
// network (core/qt Sandbox, ~20 peers) so meshes form at once (--no-sandbox: a lone node).

#include <QStringList>

namespace meshscope::cli {

// Runs the subcommand; arguments[0] is "meshscope-cli top". Returns the exit code.
int runTopCommand(const QStringList& arguments);

} // namespace meshscope::cli
