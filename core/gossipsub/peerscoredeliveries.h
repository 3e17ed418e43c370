#pragma once
// DeliveryRecords: what PeerScore remembers per message id (go score.go's messageDeliveries):
// validation status, when it was first seen and validated, and which peers forwarded it while it
// was being validated. Records expire seenMsgTTL after first sight; past `capacity` the oldest are
// dropped early, so memory stays bounded whatever peers send.

#include "core/base/time.h"
#include "core/gossipsub/idhash.h"
#include "core/gossipsub/types.h"

#include <algorithm>
#include <cstddef>
#include <deque>
#include <unordered_map>
#include <utility>
#include <vector>

namespace meshscope::gossipsub {

enum class DeliveryStatus {
    Unknown, // seen, validation pending
    Valid, // validated and delivered
    Invalid, // rejected as invalid
    Ignored, // validator said ignore
    Throttled, // validation throttled: validity unknown
};

struct DeliveryRecord {
    DeliveryStatus status = DeliveryStatus::Unknown; // validation outcome so far
    TimePoint firstSeen {}; // first sight
    TimePoint validated {}; // when it became Valid
    std::vector<PeerId> peers; // peers that forwarded it, each once (credit or blame later)

    // True if `p` is in peers (a handful of entries: a linear scan beats a tree).
    bool has(const PeerId& p) const { return std::find(peers.begin(), peers.end(), p) != peers.end(); }
    // Adds `p` to peers unless it is there.
    void add(const PeerId& p)
    {
        if (!has(p))
            peers.push_back(p);
    }
};

class DeliveryRecords {
public:
    DeliveryRecords(Duration ttl, std::size_t capacity);

    // The record for `id`, created (first seen at `now`) when missing.
    DeliveryRecord& get(const MessageId& id, TimePoint now);
    // Drops records first seen more than ttl before `now`. Call on every refresh.
    void expire(TimePoint now);
    // New TTL (applies to records created later) and capacity (evicts the oldest down to it).
    void setLimits(Duration ttl, std::size_t capacity);
    std::size_t size() const { return m_records.size(); }

private:
    void evictOldest();

    Duration m_ttl; // record lifetime after first sight
    std::size_t m_capacity; // hard bound on records held
    std::unordered_map<MessageId, DeliveryRecord, IdHash> m_records; // by message id
    std::deque<std::pair<TimePoint, MessageId>> m_queue; // (expiry, id), oldest first
};

} // namespace meshscope::gossipsub
