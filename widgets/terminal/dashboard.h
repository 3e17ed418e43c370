#pragma once
// Dashboard: the `meshscope-cli top` screen, rendered from NodeSnapshots as ANSI text. Pure
// formatting (no terminal I/O, no Qt): the driver feeds snapshots, event batches and keys, asks
// render(width, height) for a full frame, and writes it. Works from 80x24 up; every line is
// clipped to the width and the frame to the height, so a resize just means rendering again.
//
// Sections: header (source, peers, topics, sort, selection), traffic rates (counter differences
// over a sliding window of about kRateWindow of snapshot time, not between the last two snapshots:
// a live node ticks every 50 ms while its traffic comes in bursts, so a two-snapshot rate reads 0
// or ~20x the real rate), topics with mesh/fanout counts against the D band
// and health, peers with score and components P1..P7 (all peers, or the picked topic's mesh),
// recent GRAFT/PRUNE (a ring of the last kRecent), and a key line.
// Keys: q quit, s next sort (score, id, traffic, rtt), t / Tab next topic, T previous, a all topics.

#include "core/trace/nodesnapshot.h"
#include "core/trace/traceevent.h"

#include <chrono>
#include <cstdint>
#include <deque>
#include <string>
#include <vector>

namespace meshscope::terminal {

enum class PeerSort { Score, Id, Traffic, Rtt };

// "score", "id", "traffic", "rtt".
const char* sortName(PeerSort sort);

class Dashboard {
public:
    static constexpr std::size_t kRecent = 64; // GRAFT/PRUNE lines kept
    static constexpr Duration kRateWindow = std::chrono::seconds(2); // rates span about this much
    static constexpr Duration kRateMinSpan = std::chrono::milliseconds(900); // no rate over a shorter span
    static constexpr std::size_t kMaxRateSamples = 512; // bound on the window (snapshot bursts)

    // A line naming the source, shown in the header.
    void setSourceDescription(std::string text) { m_source = std::move(text); }
    // Call with every snapshot, in order. Rates are the counters' growth from the oldest snapshot
    // of the window to this one; while the window spans less than kRateMinSpan (start, a burst of
    // snapshots with one time) the previous rates stay. Time going back or counters shrinking (a new
    // source, a replay restarted) restarts the window.
    void update(const trace::NodeSnapshot& snapshot);
    // Call with every event batch (GRAFT/PRUNE go to the recent list).
    void addEvents(const std::vector<trace::TraceEvent>& events);
    // Handles one key; false when the key asks to quit.
    bool handleKey(char key);

    // A full frame: cursor home, `height` lines each clipped/padded to `width`, erase below.
    std::string render(int width, int height, bool color = true) const;
    // One plain line for non-terminal output (periodic log).
    std::string plainLine() const;

    PeerSort sort() const { return m_sort; }
    // The picked topic ("" for all).
    std::string selectedTopic() const;

    // Current rates per second (as shown in the header and plain line).
    struct Rates {
        double delivered = 0, duplicates = 0, rpcsIn = 0, rpcsOut = 0, grafts = 0, prunes = 0; // per second
    };
    const Rates& rates() const { return m_rates; }

private:
    // The counters a rate needs, at one snapshot's time.
    struct RateSample {
        TimePoint time; // snapshot time
        std::uint64_t delivered = 0, duplicates = 0; // router counters
        std::uint64_t rpcsIn = 0, rpcsOut = 0; // RPCs received / sent
        std::uint64_t grafts = 0, prunes = 0; // sent + received
    };
    void updateRates(const trace::NodeSnapshot& snapshot);

    trace::NodeSnapshot m_snapshot; // latest
    std::deque<RateSample> m_window; // rate window, oldest first (newest is m_snapshot's)
    Rates m_rates; // computed on update()
    std::deque<std::string> m_recent; // recent GRAFT/PRUNE lines, newest first
    PeerSort m_sort = PeerSort::Score; // peer order
    int m_topic = -1; // index into m_snapshot.topics, -1 for all
    std::string m_source; // header text
};

// `text` with control and non-ASCII bytes replaced by '?' (terminal safety), clipped to `width`.
std::string sanitize(const std::string& text, std::size_t width);

} // namespace meshscope::terminal
