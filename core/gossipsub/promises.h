#pragma once
// GossipPromises: IWANT promise tracking (go's gossipTracer). When we send an IWANT we expect one
// of the asked messages within iwantFollowupTime; a peer that does not deliver breaks a promise
// and earns a behaviour penalty. Like go, one random id per IWANT is tracked.

#include "core/base/time.h"
#include "core/gossipsub/types.h"

#include <map>
#include <vector>

namespace meshscope::gossipsub {

struct PromiseEntry {
    MessageId id;      // promised message
    PeerId peer;       // who promised it
    TimePoint expires; // deadline
};

class GossipPromises {
public:
    explicit GossipPromises(std::size_t capacity) : m_capacity(capacity) {}

    // Records that `peer` promised `id` by `expires` (keeps the earliest deadline).
    void add(const PeerId& peer, const MessageId& id, TimePoint expires);
    // The message arrived (valid or not, from anyone): its promises are kept.
    void fulfilled(const MessageId& id);
    // Removes and counts expired promises per peer (call on every heartbeat).
    std::map<PeerId, int> takeBroken(TimePoint now);
    // Forgets a disconnected peer's promises.
    void removePeer(const PeerId& peer);
    // Every pending promise, for snapshots.
    std::vector<PromiseEntry> entries() const;
    std::size_t size() const { return m_count; }

private:
    std::size_t m_capacity;                                      // bound on pending promises
    std::size_t m_count = 0;                                     // pending promises
    std::map<MessageId, std::map<PeerId, TimePoint>> m_promises; // id -> peer -> deadline
};

} // namespace meshscope::gossipsub
