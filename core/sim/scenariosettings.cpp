// applySetting: one named scenario parameter, for sweeps and command-line overrides.
#include "core/sim/scenario.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace meshscope::sim {

namespace {

Result<double> numberIn(const nlohmann::json& v, std::string_view name, double lo, double hi)
{
    if (!v.is_number())
        return fail(std::string(name) + ": must be a number");
    const double d = v.get<double>();
    if (!(d >= lo && d <= hi))
        return fail(std::string(name) + ": out of range");
    return d;
}

Duration ms(double v) { return Duration(static_cast<std::int64_t>(std::llround(v * 1e6))); }

} // namespace

Status applySetting(Scenario& s, std::string_view name, const nlohmann::json& value)
{
    auto setNumber = [&](double lo, double hi, auto apply) -> Status {
        auto d = numberIn(value, name, lo, hi);
        if (!d)
            return d.error();
        apply(*d);
        return {};
    };
    if (name == "nodes")
        return setNumber(1, 1e6, [&](double d) { s.nodes = static_cast<int>(d); });
    if (name == "seed")
        return setNumber(0, 9007199254740992.0, [&](double d) { s.seed = static_cast<std::uint64_t>(d); });
    if (name == "duration_s")
        return setNumber(0, 1e6, [&](double d) { s.duration = ms(d * 1000); });
    if (name == "dials")
        return setNumber(0, 1e4, [&](double d) { s.dials = static_cast<int>(d); });
    if (name == "rate")
        return setNumber(0, 1e6, [&](double d) {
            for (auto& p : s.publishers)
                p.rate = d;
        });
    if (name == "message_size")
        return setNumber(9, 1 << 20, [&](double d) {
            for (auto& p : s.publishers)
                p.messageSize = static_cast<std::size_t>(d);
        });
    if (name == "latency_ms")
        return setNumber(0, 1e6, [&](double d) { s.intraLatency = ms(d); });
    if (name == "jitter_ms")
        return setNumber(0, 1e6, [&](double d) { s.jitter = ms(d); });
    if (name == "uplink_mbps")
        return setNumber(0, 1e6, [&](double d) { s.uplinkBps = d * 1e6; });
    if (name == "loss")
        return setNumber(0, 1, [&](double d) { s.loss = d; });
    if (name == "uplink_sharing") {
        const auto sharing
            = value.is_string() ? uplinkSharingFromName(value.get<std::string>()) : std::nullopt;
        if (!sharing)
            return fail(std::string(name) + ": must be fifo or fair");
        s.uplinkSharing = *sharing;
        return {};
    }
    if (name == "validation_delay_ms")
        return setNumber(0, 1e6, [&](double d) { s.validationDelay = ms(d); });
    if (name == "scoring" || name == "signing") {
        if (!value.is_boolean())
            return fail(std::string(name) + ": must be true or false");
        (name == "scoring" ? s.scoring : s.signing) = value.get<bool>();
        return {};
    }
    auto& g = s.profile.gossipsub;
    if (name == "D" || name == "d") {
        auto d = numberIn(value, name, 1, 1000);
        if (!d)
            return d.error();
        g.D = static_cast<int>(*d);
        g.Dlo = std::min(g.Dlo, g.D);
        g.Dhi = std::max(g.Dhi, g.D);
        g.Dscore = std::min(g.Dscore, g.D);
        g.Dout = std::max(0, std::min({g.Dout, g.Dlo - 1, g.D / 2}));
        return g.validate();
    }
    std::string key(name);
    if (key == "heartbeat_ms")
        key = "heartbeat_interval_ms";
    nlohmann::json patch = nlohmann::json::object();
    patch[key] = value;
    auto p = gossipsub::gossipsubParamsFromJson(patch, g);
    if (!p)
        return fail(std::string(name) + ": " + p.error().message);
    g = *p;
    return {};
}

} // namespace meshscope::sim
