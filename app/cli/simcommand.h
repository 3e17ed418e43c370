#pragma once
// `meshscope-cli sim`: runs a simulated gossipsub network (core/sim) for a scenario, or a sweep
// over parameters with the points in parallel on all cores; writes CSV/JSON, a summary and, with
// --out, PNG plots (app/cli/simplots.h; those need a QApplication, see simWritesPlots()).
// Returns the exit code: 0 done, 1 output could not be written, 2 bad command line or scenario.

#include <QStringList>

namespace meshscope::cli {

// Runs the sim command; `arguments[0]` names the command ("meshscope-cli sim").
int runSimCommand(const QStringList& arguments);

// True when `argv` (the whole command line: program, "sim", options) runs `sim --out DIR`, which
// renders PNG plots: main() calls it before creating the application object, to create a
// QApplication (offscreen when there is no display) instead of a QCoreApplication.
bool simWritesPlots(int argc, const char* const* argv);

} // namespace meshscope::cli
