#pragma once
// PNG plots of simulation results, rendered with QCustomPlot offscreen (needs a QApplication;
// QT_QPA_PLATFORM=offscreen works). For `meshscope-cli sim --out DIR`:
// - one run: latency_cdf.png (publish -> delivery, from the p50/p90/p99/max the run measured),
//   mesh_degree.png (mean, min, max mesh degree over time), bandwidth.png (upload per honest node,
//   mean and busiest, kB/s);
// - a sweep over one parameter: sweep_<measure>.png, each measure against the swept value.

#include "core/base/result.h"
#include "core/sim/metrics.h"

#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace meshscope::cli {

// Writes the three per-run plots into `dir` (created if missing); the files written, or why not.
Result<QStringList> writeRunPlots(const sim::SimResult& result, const QString& dir);

// Writes one plot per measure (delivery ratio, latency p50/p99, duplicates per message, bandwidth,
// time to mesh) against the swept parameter `parameter`; `points` are (value, result) in order.
Result<QStringList> writeSweepPlots(const std::vector<std::pair<double, sim::SimResult>>& points,
                                    const QString& parameter, const QString& dir);

} // namespace meshscope::cli
