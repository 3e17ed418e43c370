#pragma once
// The live node's clock: std::chrono::steady_clock mapped onto the engines' TimePoint.
// Only core/qt and the app read it; engines get `now` passed in.

#include "core/base/time.h"

#include <chrono>

namespace meshscope::coreqt {

// The current steady time as an engine TimePoint (monotonic; epoch is the steady clock's).
inline TimePoint steadyNow()
{
    const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(
        std::chrono::steady_clock::now().time_since_epoch());
    return fromNanos(ns.count());
}

} // namespace meshscope::coreqt
