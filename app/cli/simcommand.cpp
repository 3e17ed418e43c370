// `meshscope-cli sim`: option parsing, parallel sweep points, progress bar, outputs. The wall
// clock is read here (app/), never in core/sim.
#include "app/cli/simcommand.h"

#include "app/cli/simplots.h"
#include "core/sim/runner.h"

#include <QApplication>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDir>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>
#include <unistd.h>

namespace meshscope::cli {
namespace {

using nlohmann::json;

void printError(const std::string& message)
{
    std::fprintf(stderr, "meshscope-cli sim: %s\n", message.c_str());
    std::fflush(stderr);
}

// Progress over all points, drawn on stderr when it is a terminal.
class ProgressBar {
public:
    ProgressBar(std::size_t points, bool enabled) : m_done(points, 0.0), m_enabled(enabled) {}
    void update(std::size_t point, double fraction)
    {
        if (!m_enabled)
            return;
        std::lock_guard lock(m_mutex);
        m_done[point] = fraction;
        double sum = 0;
        for (double d : m_done)
            sum += d;
        const double all = sum / static_cast<double>(m_done.size());
        const int width = 40;
        const int filled = static_cast<int>(all * width);
        if (filled == m_lastFilled && all < 1.0)
            return;
        m_lastFilled = filled;
        std::fprintf(stderr, "\r[%s%s] %3d%%", std::string(static_cast<std::size_t>(filled), '#').c_str(),
            std::string(static_cast<std::size_t>(width - filled), ' ').c_str(), static_cast<int>(all * 100));
        std::fflush(stderr);
    }
    void finish()
    {
        if (m_enabled)
            std::fprintf(stderr, "\n");
    }

private:
    std::mutex m_mutex;          // guards the fields below
    std::vector<double> m_done;  // fraction done per point
    int m_lastFilled = -1;       // last drawn width
    bool m_enabled;              // stderr is a TTY
};

json summaryOf(const sim::SimResult& r, const std::vector<std::pair<std::string, std::string>>& settings)
{
    json j = sim::toJson(r);
    j.erase("mesh");
    if (!settings.empty()) {
        json s = json::object();
        for (const auto& [name, value] : settings)
            s[name] = json::parse(value, nullptr, false);
        j["settings"] = s;
    }
    return j;
}

bool writeFile(const std::filesystem::path& path, const std::string& text)
{
    std::ofstream out(path, std::ios::binary);
    out << text;
    return static_cast<bool>(out);
}

// Writes the PNG plots for the runs into `dir`: one run, its plots in `dir`; a sweep, each run's
// plots in `dir`/run_<k>_plots and, when one numeric parameter was swept, every measure against
// it in `dir`. Returns false (after printing why) when a plot could not be written.
bool writePlots(const std::filesystem::path& dir, const std::vector<sim::SweepAxis>& axes,
    const std::vector<sim::SweepPoint>& points, const std::vector<sim::SimResult>& results)
{
    if (qobject_cast<QApplication*>(QCoreApplication::instance()) == nullptr) {
        printError("internal error: plots need a QApplication");
        return false;
    }
    const QString out = QString::fromStdString(dir.string());
    auto keep = [](const Result<QStringList>& files) {
        if (!files)
            printError(files.error().message);
        return static_cast<bool>(files);
    };
    if (results.size() == 1)
        return keep(writeRunPlots(results[0], out));
    for (std::size_t k = 0; k < results.size(); ++k) {
        if (!keep(writeRunPlots(results[k], QDir(out).filePath(QStringLiteral("run_%1_plots").arg(k)))))
            return false;
    }
    if (axes.size() != 1)
        return true; // a cross product has no single x axis: the per-run plots only
    std::vector<std::pair<double, sim::SimResult>> sweep;
    for (std::size_t k = 0; k < results.size(); ++k) {
        bool ok = false;
        const double value = QString::fromStdString(points[k].settings.front().second).toDouble(&ok);
        if (!ok)
            return true; // not a number (e.g. a preset name): nothing to plot against
        sweep.emplace_back(value, results[k]);
    }
    std::sort(sweep.begin(), sweep.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    return keep(writeSweepPlots(sweep, QString::fromStdString(axes.front().name), out));
}

} // namespace

bool simWritesPlots(int argc, const char* const* argv)
{
    if (argc < 3 || std::strcmp(argv[1], "sim") != 0)
        return false;
    for (int k = 2; k < argc; ++k) {
        if (std::strcmp(argv[k], "--out") == 0 || std::strncmp(argv[k], "--out=", 6) == 0)
            return true;
    }
    return false;
}

int runSimCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Simulate a gossipsub network on virtual time."));
    parser.addHelpOption();
    const QCommandLineOption scenarioOpt{QStringLiteral("scenario"),
        QStringLiteral("Scenario JSON file (default: the built-in default scenario)."), QStringLiteral("FILE")};
    const QCommandLineOption nodesOpt{QStringLiteral("nodes"), QStringLiteral("Honest nodes."), QStringLiteral("N")};
    const QCommandLineOption durationOpt{QStringLiteral("duration"), QStringLiteral("Simulated seconds."),
        QStringLiteral("SECONDS")};
    const QCommandLineOption seedOpt{QStringLiteral("seed"), QStringLiteral("Master seed."), QStringLiteral("N")};
    const QCommandLineOption sweepOpt{QStringLiteral("sweep"),
        QStringLiteral("Sweep a parameter, e.g. D=4,6,8 or heartbeat_ms=500,1000 (repeatable: cross product)."),
        QStringLiteral("NAME=LIST")};
    const QCommandLineOption outOpt { QStringLiteral("out"),
        QStringLiteral("Directory for run_<k>.csv/json per run, summary.csv and PNG plots."),
        QStringLiteral("DIR") };
    const QCommandLineOption jsonOpt{QStringLiteral("json"), QStringLiteral("Print a final JSON summary on stdout.")};
    const QCommandLineOption threadsOpt { QStringLiteral("threads"),
        QStringLiteral("Threads in all (default: all cores): sweep points run at once, each on its share "
                       "of the threads (one run: all of them)."),
        QStringLiteral("N") };
    parser.addOptions({scenarioOpt, nodesOpt, durationOpt, seedOpt, sweepOpt, outOpt, jsonOpt, threadsOpt});
    if (!parser.parse(arguments)) {
        printError(parser.errorText().toStdString());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::printf("%s", qPrintable(parser.helpText()));
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        printError("unexpected argument '" + parser.positionalArguments().first().toStdString() + "'");
        return 2;
    }

    sim::Scenario scenario = sim::defaultScenario();
    if (parser.isSet(scenarioOpt)) {
        const std::string file = parser.value(scenarioOpt).toStdString();
        std::ifstream in(file, std::ios::binary);
        if (!in) {
            printError("cannot read scenario " + file);
            return 2;
        }
        std::stringstream text;
        text << in.rdbuf();
        auto parsed = sim::parseScenario(text.str());
        if (!parsed) {
            printError(file + ": " + parsed.error().message);
            return 2;
        }
        scenario = std::move(*parsed);
    }
    auto override = [&](const QCommandLineOption& opt, const char* name, const char* setting) -> bool {
        if (!parser.isSet(opt))
            return true;
        bool ok = false;
        const double v = parser.value(opt).toDouble(&ok);
        if (ok) {
            if (auto st = sim::applySetting(scenario, setting, json(v)); !st) {
                printError(std::string("--") + name + ": " + st.error().message);
                return false;
            }
            return true;
        }
        printError(std::string("--") + name + ": not a number: " + parser.value(opt).toStdString());
        return false;
    };
    if (!override(nodesOpt, "nodes", "nodes") || !override(durationOpt, "duration", "duration_s")
        || !override(seedOpt, "seed", "seed"))
        return 2;

    std::vector<sim::SweepAxis> axes;
    for (const QString& text : parser.values(sweepOpt)) {
        auto axis = sim::parseSweep(text.toStdString());
        if (!axis) {
            printError(axis.error().message);
            return 2;
        }
        axes.push_back(*axis);
    }
    auto expanded = sim::expandSweep(scenario, axes);
    if (!expanded) {
        printError(expanded.error().message);
        return 2;
    }
    std::vector<sim::SweepPoint> points = std::move(*expanded);

    std::filesystem::path outDir;
    if (parser.isSet(outOpt)) {
        outDir = parser.value(outOpt).toStdString();
        std::error_code ec;
        std::filesystem::create_directories(outDir, ec);
        if (ec) {
            printError("cannot create " + outDir.string() + ": " + ec.message());
            return 1;
        }
    }
    unsigned threads = std::max(1u, std::thread::hardware_concurrency());
    if (parser.isSet(threadsOpt))
        threads = std::max(1u, parser.value(threadsOpt).toUInt());
    // Points at once, and the lanes (threads) each runs on: results are the same for any split.
    const unsigned lanes
        = std::max(1u, threads / static_cast<unsigned>(std::min<std::size_t>(threads, points.size())));
    threads = std::min<unsigned>(threads, static_cast<unsigned>(points.size()));

    // Each point is an independent deterministic run: hand them out to worker threads.
    using Clock = std::chrono::steady_clock;
    const auto started = Clock::now();
    std::vector<sim::SimResult> results(points.size());
    ProgressBar bar(points.size(), isatty(STDERR_FILENO) != 0);
    std::atomic<std::size_t> next{0};
    auto worker = [&] {
        for (std::size_t k = next++; k < points.size(); k = next++) {
            const auto t0 = Clock::now();
            results[k] = sim::runScenario(
                points[k].scenario,
                [&bar, k](double f) {
                    bar.update(k, f);
                    return true;
                },
                std::chrono::seconds(1), lanes);
            results[k].wallSeconds = std::chrono::duration<double>(Clock::now() - t0).count();
        }
    };
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t)
        pool.emplace_back(worker);
    worker();
    for (auto& t : pool)
        t.join();
    bar.finish();
    const double wall = std::chrono::duration<double>(Clock::now() - started).count();

    if (!outDir.empty()) {
        std::string summary = "point";
        for (const auto& axis : axes)
            summary += "," + axis.name;
        summary += "," + sim::summaryCsvHeader() + ",wall_seconds\n";
        for (std::size_t k = 0; k < points.size(); ++k) {
            std::vector<std::string> extra{std::to_string(k)};
            for (const auto& s : points[k].settings)
                extra.push_back(s.second);
            summary += sim::summaryCsvRow(results[k], extra) + "," + std::to_string(results[k].wallSeconds) + "\n";
            json run = sim::toJson(results[k]);
            run["scenario_config"] = sim::toJson(points[k].scenario);
            const std::string stem = "run_" + std::to_string(k);
            if (!writeFile(outDir / (stem + ".csv"), sim::runCsv(results[k]))
                || !writeFile(outDir / (stem + ".json"), run.dump(2) + "\n")) {
                printError("cannot write into " + outDir.string());
                return 1;
            }
        }
        if (!writeFile(outDir / "summary.csv", summary)) {
            printError("cannot write " + (outDir / "summary.csv").string());
            return 1;
        }
        if (!writePlots(outDir, axes, points, results))
            return 1;
    }

    if (parser.isSet(jsonOpt)) {
        json out;
        if (points.size() == 1) {
            out = summaryOf(results[0], points[0].settings);
        } else {
            out["points"] = json::array();
            for (std::size_t k = 0; k < points.size(); ++k)
                out["points"].push_back(summaryOf(results[k], points[k].settings));
        }
        out["wall_seconds"] = wall;
        out["threads_per_run"] = lanes;
        if (points.size() == 1)
            out["speedup"] = wall > 0 ? results[0].simSeconds / wall : 0.0;
        std::printf("%s\n", out.dump(2).c_str());
    } else {
        for (std::size_t k = 0; k < points.size(); ++k) {
            const sim::SimResult& r = results[k];
            std::string label;
            for (const auto& s : points[k].settings)
                label += s.first + "=" + s.second + " ";
            std::printf("%s%d nodes, %.0f s simulated in %.1f s (%.1fx): delivery %.4f, latency p50 %.1f ms "
                        "p99 %.1f ms, %.2f duplicates/msg, %.0f B/s per node\n",
                label.c_str(), r.nodes, r.simSeconds, r.wallSeconds, r.wallSeconds > 0 ? r.simSeconds / r.wallSeconds : 0.0,
                r.deliveryRatio, r.latencyP50Ms, r.latencyP99Ms, r.duplicatesPerMessage, r.bytesPerNodePerSecond);
        }
    }
    return 0;
}

} // namespace meshscope::cli
