#pragma once
// DeliveryRecords: what PeerScore remembers per message id (go score.go's messageDeliveries):
// validation status, when it was first seen and validated, and which peers forwarded it while it
// was being validated. Records expire seenMsgTTL after first sight; past `capacity` the oldest are
// dropped early, so memory stays bounded whatever peers send.

#include "core/base/time.h"
#include "core/gossipsub/idfifo.h"
#include "core/gossipsub/idhash.h"
#include "core/gossipsub/types.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <vector>

namespace meshscope::gossipsub {

enum class DeliveryStatus : std::uint8_t {
    Unknown, // seen, validation pending
    Valid, // validated and delivered
    Invalid, // rejected as invalid
    Ignored, // validator said ignore
    Throttled, // validation throttled: validity unknown
};

// The 32-bit digest DeliveryRecord keeps of a peer: std::hash<PeerId> (8 of its digest bytes), folded.
inline std::uint32_t peerDigest(const PeerId& p)
{
    return fold32(std::hash<PeerId> {}(p));
}

// 64 bytes: a router keeps one per message of the last two minutes.
struct DeliveryRecord {
    DeliveryStatus status = DeliveryStatus::Unknown; // validation outcome so far
    std::uint8_t countedSize = 0; // entries of `counted` in use
    TimePoint firstSeen {}; // first sight
    TimePoint validated {}; // when it became Valid
    // Digests (peerDigest) of peers whose copy was counted after it settled: only "has it been
    // counted" is asked of them, so 4 bytes each instead of a PeerId copy. A digest collision (about
    // 2^-32 per pair) only forgoes one duplicate's P3 credit. The first eight sit in the record
    // itself (about D copies arrive, at most Dhi: usually no heap block, no pointer to chase), the
    // rest in `more`.
    std::array<std::uint32_t, 8> counted {};

    DeliveryRecord() = default;
    DeliveryRecord(const DeliveryRecord& other)
        : status(other.status)
        , countedSize(other.countedSize)
        , firstSeen(other.firstSeen)
        , validated(other.validated)
        , counted(other.counted)
        , more(other.more ? std::make_unique<Overflow>(*other.more) : nullptr)
    { }
    DeliveryRecord(DeliveryRecord&&) noexcept = default;
    DeliveryRecord& operator=(const DeliveryRecord& other)
    {
        if (this != &other)
            *this = DeliveryRecord(other);
        return *this;
    }
    DeliveryRecord& operator=(DeliveryRecord&&) noexcept = default;
    ~DeliveryRecord() = default;

    // Peers that forwarded it while validation was pending, each once (credited or blamed when it
    // settles, so their ids are kept whole).
    std::span<const PeerId> pending() const
    {
        return more ? std::span<const PeerId>(more->pending) : std::span<const PeerId>();
    }
    // Peers counted so far (inline and beyond).
    std::size_t countedCount() const { return countedSize + (more ? more->counted.size() : 0); }
    // Forgets the pending peers (after they were credited or blamed).
    void clearPending()
    {
        if (more)
            more->pending = {};
    }
    // True if `p` forwarded it already (a handful of entries: a linear scan beats a tree).
    bool has(const PeerId& p) const
    {
        const std::uint32_t d = peerDigest(p);
        if (std::find(counted.begin(), counted.begin() + countedSize, d) != counted.begin() + countedSize)
            return true;
        return more
            && (std::find(more->counted.begin(), more->counted.end(), d) != more->counted.end()
                || std::find(more->pending.begin(), more->pending.end(), p) != more->pending.end());
    }
    // Records that `p` forwarded it, unless it is there: kept whole while validation is pending,
    // as a digest once settled.
    void add(const PeerId& p)
    {
        if (!has(p))
            addNew(p);
    }
    // add() for a peer has() just said is not there.
    void addNew(const PeerId& p)
    {
        if (status == DeliveryStatus::Unknown) {
            overflow().pending.push_back(p);
            return;
        }
        addCounted(peerDigest(p));
    }
    // Call when the status leaves Unknown and the pending peers were credited: they now count as
    // counted (their later duplicates earn nothing more).
    void settlePending()
    {
        if (!more)
            return;
        std::vector<PeerId> settled = std::move(more->pending);
        more->pending = {};
        for (const PeerId& p : settled)
            addCounted(peerDigest(p));
    }

private:
    // What rarely fits in the record: pending peers, counted digests beyond the inline eight.
    struct Overflow {
        std::vector<PeerId> pending; // see pending()
        std::vector<std::uint32_t> counted; // counted digests beyond the inline ones
    };

    Overflow& overflow()
    {
        if (!more)
            more = std::make_unique<Overflow>();
        return *more;
    }
    void addCounted(std::uint32_t digest)
    {
        if (countedSize < counted.size())
            counted[countedSize++] = digest;
        else
            overflow().counted.push_back(digest);
    }

    std::unique_ptr<Overflow> more; // allocated on first need
};

static_assert(sizeof(DeliveryRecord) <= 64, "a delivery record fits one cache line");

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
    Duration m_ttl; // record lifetime after first sight
    std::size_t m_capacity; // hard bound on records held
    IdFifo<DeliveryRecord> m_records; // records by message id, stamped with their expiry, oldest first
};

} // namespace meshscope::gossipsub
