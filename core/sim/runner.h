#pragma once
// Running scenarios: one run to the end with progress, and sweep expansion (NAME=LIST settings
// crossed into independent runs). Sweep points are independent deterministic runs, so callers
// may run them on as many threads as they like (the CLI does). No clock is read here.

#include "core/base/result.h"
#include "core/sim/metrics.h"
#include "core/sim/scenario.h"

#include <functional>
#include <string>
#include <vector>

namespace meshscope::sim {

// Called between steps with the simulated fraction done (0..1); return false to stop early.
using Progress = std::function<bool(double fraction)>;

// Runs `scenario` to its end (or until `progress` says stop), in steps of `step` simulated time, on
// `lanes` threads (Network's lanes: the same result for any number).
SimResult runScenario(const Scenario& scenario, const Progress& progress = {},
    Duration step = std::chrono::seconds(1), unsigned lanes = 1);

// One swept parameter: its name and the values to try (JSON numbers or booleans, or names, as text).
struct SweepAxis {
    std::string name;                // setting name (applySetting)
    std::vector<std::string> values; // values, in order
};
// Parses "NAME=V1,V2,..." (the error names the option text).
Result<SweepAxis> parseSweep(const std::string& text);

// One point of a sweep: its scenario and the settings that made it.
struct SweepPoint {
    Scenario scenario;                                       // configured scenario
    std::vector<std::pair<std::string, std::string>> settings; // name, value
};
// The cross product of `axes` applied to `base` (one point without axes); the first bad value fails.
Result<std::vector<SweepPoint>> expandSweep(const Scenario& base, const std::vector<SweepAxis>& axes);

} // namespace meshscope::sim
