#pragma once
// Backoff: per topic and peer, the time before which we must not GRAFT (after a PRUNE either way,
// or after leaving a topic). Expiry of stored entries keeps a slack of some heartbeats, as go does,
// so a GRAFT arriving just after the backoff ends is not counted as a violation.

#include "core/base/time.h"
#include "core/gossipsub/types.h"

#include <map>
#include <optional>
#include <vector>

namespace meshscope::gossipsub {

struct BackoffEntry {
    TopicId topic;     // topic backed off
    PeerId peer;       // peer backed off
    TimePoint expires; // no GRAFT before this
};

class Backoff {
public:
    // Sets (or extends, never shortens) the backoff of `peer` on `topic` until `until`.
    void add(const TopicId& topic, const PeerId& peer, TimePoint until);
    // True while `peer` is backed off on `topic`.
    bool active(const TopicId& topic, const PeerId& peer, TimePoint now) const;
    // True while an entry exists, i.e. until `slack` after expiry (our own GRAFT decisions use
    // this, so we never graft right at the edge of a peer's backoff; go does the same).
    bool has(const TopicId& topic, const PeerId& peer) const { return expiry(topic, peer).has_value(); }
    // When the backoff ends, if any entry exists (possibly already past).
    std::optional<TimePoint> expiry(const TopicId& topic, const PeerId& peer) const;
    // Forgets entries that ended more than `slack` ago (call on every heartbeat).
    void expire(TimePoint now, Duration slack);
    // Every entry, for snapshots.
    std::vector<BackoffEntry> entries() const;
    std::size_t size() const;

private:
    std::map<TopicId, std::map<PeerId, TimePoint>> m_backoff; // topic -> peer -> expiry
};

} // namespace meshscope::gossipsub
