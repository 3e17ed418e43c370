#pragma once
// ScoreObserver: what the router tells peer scoring and asks of it. PeerScore (the score
// engineer's peerscore.h) is adapted to this interface; tests may use a recording observer.
// Scoring is an observer, as in go (its score is a RawTracer): the router works without one
// (every score is 0, every threshold passes).

#include "core/base/time.h"
#include "core/gossipsub/types.h"

#include <string>

namespace meshscope::gossipsub {

class ScoreObserver {
public:
    virtual ~ScoreObserver() = default;
    virtual void addPeer(const PeerId&, TimePoint now) = 0;
    virtual void removePeer(const PeerId&, TimePoint now) = 0;
    virtual void setPeerIp(const PeerId&, const std::string& ip) = 0;
    virtual void graft(const PeerId&, const TopicId&, TimePoint now) = 0;
    virtual void prune(const PeerId&, const TopicId&, TimePoint now) = 0;
    virtual void validateMessage(const PeerId& from, const MessageId&, const TopicId&, TimePoint now) = 0;
    virtual void deliverMessage(const PeerId& from, const MessageId&, const TopicId&, TimePoint now) = 0;
    virtual void rejectMessage(const PeerId& from, const MessageId&, const TopicId&, RejectReason, TimePoint now) = 0;
    virtual void duplicateMessage(const PeerId& from, const MessageId&, const TopicId&, TimePoint now) = 0;
    virtual void addPenalty(const PeerId&, int count) = 0;
    virtual double score(const PeerId&, TimePoint now) const = 0;
    // The peer's handle: call after addPeer(); empty when the observer keeps none.
    virtual ScoreHandle handle(const PeerId&) const { return {}; }
    // score() of `peer` through its handle (an empty handle: by id). Same value as score().
    virtual double scoreByHandle(ScoreHandle, const PeerId& peer, TimePoint now) const
    {
        return score(peer, now);
    }
    // scoreByHandle() >= threshold, the same answer (scorers may answer without the full score).
    virtual bool scoreAtLeast(ScoreHandle h, const PeerId& peer, double threshold, TimePoint now) const
    {
        return scoreByHandle(h, peer, now) >= threshold;
    }
    // duplicateMessage() through the sender's handle (an empty handle: by id), the same effect.
    virtual void duplicateByHandle(
        ScoreHandle, const PeerId& from, const MessageId& id, const TopicId& topic, TimePoint now)
    {
        duplicateMessage(from, id, topic, now);
    }
    // Starts loading what scoreByHandle() reads (a CPU cache hint; no effect on results).
    virtual void prefetch(ScoreHandle) const { }
    virtual void refresh(TimePoint now) = 0;
    virtual Deadline nextTimeout() const = 0;
};

// Score thresholds the router enforces (spec v1.1 "Score Thresholds"); all 0 = scoring off.
struct ScoreGates {
    double gossipThreshold = 0;             // below: no gossip to or from the peer
    double publishThreshold = 0;            // below: no flood publish / fanout to the peer
    double graylistThreshold = 0;           // below: all RPCs from the peer ignored
    double acceptPXThreshold = 0;           // below: PX in the peer's PRUNE ignored
    double opportunisticGraftThreshold = 0; // median mesh score below this triggers opportunistic graft
};

} // namespace meshscope::gossipsub
