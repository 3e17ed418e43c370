// Scenario runs and sweeps.
#include "core/sim/runner.h"

#include "core/sim/network.h"

#include <nlohmann/json.hpp>

namespace meshscope::sim {

SimResult runScenario(const Scenario& scenario, const Progress& progress, Duration step, unsigned lanes)
{
    Network net(scenario, lanes);
    const TimePoint end = net.end();
    if (step <= Duration::zero())
        step = std::chrono::seconds(1);
    TimePoint t = fromNanos(0);
    while (t < end) {
        t = std::min(end, t + step);
        net.runUntil(t);
        if (progress && !progress(static_cast<double>(toNanos(t)) / static_cast<double>(std::max<std::int64_t>(1, toNanos(end)))))
            break;
    }
    return net.result();
}

Result<SweepAxis> parseSweep(const std::string& text)
{
    const auto eq = text.find('=');
    if (eq == std::string::npos || eq == 0 || eq + 1 == text.size())
        return fail("--sweep " + text + ": expected NAME=V1,V2,...");
    SweepAxis axis;
    axis.name = text.substr(0, eq);
    std::string rest = text.substr(eq + 1);
    std::size_t pos = 0;
    while (pos <= rest.size()) {
        const auto comma = rest.find(',', pos);
        const std::string v = rest.substr(pos, comma == std::string::npos ? std::string::npos : comma - pos);
        if (v.empty())
            return fail("--sweep " + text + ": empty value");
        axis.values.push_back(v);
        if (comma == std::string::npos)
            break;
        pos = comma + 1;
    }
    if (axis.values.size() > 1000)
        return fail("--sweep " + text + ": more than 1000 values");
    return axis;
}

Result<std::vector<SweepPoint>> expandSweep(const Scenario& base, const std::vector<SweepAxis>& axes)
{
    std::vector<SweepPoint> points{SweepPoint{base, {}}};
    for (const SweepAxis& axis : axes) {
        std::vector<SweepPoint> next;
        for (const SweepPoint& p : points) {
            for (const std::string& v : axis.values) {
                nlohmann::json value = nlohmann::json::parse(v, nullptr, false);
                if (value.is_discarded())
                    value = v; // a name, e.g. uplink_sharing=fifo,fair
                else if (!(value.is_number() || value.is_boolean() || value.is_string()))
                    return fail(
                        "--sweep " + axis.name + ": value \"" + v + "\" is not a number, boolean or name");
                SweepPoint q = p;
                if (auto st = applySetting(q.scenario, axis.name, value); !st)
                    return fail("--sweep " + axis.name + "=" + v + ": " + st.error().message);
                q.settings.emplace_back(axis.name, v);
                next.push_back(std::move(q));
            }
            if (next.size() > 10000)
                return fail("--sweep: more than 10000 points");
        }
        points = std::move(next);
    }
    return points;
}

} // namespace meshscope::sim
