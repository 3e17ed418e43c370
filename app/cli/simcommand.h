#pragma once
// `meshscope-cli sim`: runs a simulated gossipsub network (core/sim) for a scenario, or a sweep
// over parameters with the points in parallel on all cores; writes CSV/JSON and a summary.
// Returns the exit code: 0 done, 1 output could not be written, 2 bad command line or scenario.

#include <QStringList>

namespace meshscope::cli {

// Runs the sim command; `arguments[0]` names the command ("meshscope-cli sim").
int runSimCommand(const QStringList& arguments);

} // namespace meshscope::cli
