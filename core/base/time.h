#pragma once
// Time as engines see it. Engines never read a clock: every entry point takes `now`.
// EngineClock deliberately has no now(): the driver (core/qt) or the simulator supplies time.

#include <chrono>
#include <cstdint>
#include <optional>

namespace meshscope {

struct EngineClock {
    using rep = std::int64_t;
    using period = std::nano;
    using duration = std::chrono::nanoseconds;
    using time_point = std::chrono::time_point<EngineClock>;
    static constexpr bool is_steady = true;
};

using Duration = std::chrono::nanoseconds;
using TimePoint = EngineClock::time_point;

// A deadline an engine wants to be woken at; nullopt means "no timer needed".
using Deadline = std::optional<TimePoint>;

// The earlier of two optional deadlines.
inline Deadline earliest(Deadline a, Deadline b)
{
    if (!a)
        return b;
    if (!b)
        return a;
    return *a < *b ? a : b;
}

// Builds a TimePoint from nanoseconds since the engine epoch.
constexpr TimePoint fromNanos(std::int64_t ns) { return TimePoint(Duration(ns)); }

// Nanoseconds since the engine epoch.
constexpr std::int64_t toNanos(TimePoint t) { return t.time_since_epoch().count(); }

} // namespace meshscope
