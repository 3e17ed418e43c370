#pragma once
// PeerScoreObserver: plugs PeerScore (peerscore.h) into the router's ScoreObserver interface,
// and turns PeerScoreThresholds into the gates the router enforces.

#include "core/gossipsub/peerscore.h"
#include "core/gossipsub/scoreobserver.h"

namespace meshscope::gossipsub {

class PeerScoreObserver final : public ScoreObserver {
public:
    // `score` must outlive this observer.
    explicit PeerScoreObserver(PeerScore& score) : m_score(score) {}

    void addPeer(const PeerId& p, TimePoint now) override { m_score.addPeer(p, now); }
    void removePeer(const PeerId& p, TimePoint now) override { m_score.removePeer(p, now); }
    void setPeerIp(const PeerId& p, const std::string& ip) override { m_score.setPeerIp(p, ip); }
    void graft(const PeerId& p, const TopicId& t, TimePoint now) override { m_score.graft(p, t, now); }
    void prune(const PeerId& p, const TopicId& t, TimePoint now) override { m_score.prune(p, t, now); }
    void validateMessage(const PeerId& f, const MessageId& id, const TopicId& t, TimePoint now) override
    {
        m_score.validateMessage(f, id, t, now);
    }
    void deliverMessage(const PeerId& f, const MessageId& id, const TopicId& t, TimePoint now) override
    {
        m_score.deliverMessage(f, id, t, now);
    }
    void rejectMessage(const PeerId& f, const MessageId& id, const TopicId& t, RejectReason r, TimePoint now) override
    {
        m_score.rejectMessage(f, id, t, r, now);
    }
    void duplicateMessage(const PeerId& f, const MessageId& id, const TopicId& t, TimePoint now) override
    {
        m_score.duplicateMessage(f, id, t, now);
    }
    void duplicateByHandle(
        ScoreHandle h, const PeerId& f, const MessageId& id, const TopicId& t, TimePoint now) override
    {
        m_score.duplicateMessage(h, f, id, t, now);
    }
    void addPenalty(const PeerId& p, int count) override { m_score.addPenalty(p, count); }
    double score(const PeerId& p, TimePoint now) const override { return m_score.score(p, now); }
    ScoreHandle handle(const PeerId& p) const override { return m_score.handle(p); }
    double scoreByHandle(ScoreHandle h, const PeerId& p, TimePoint now) const override
    {
        return h.state ? m_score.score(h, now) : m_score.score(p, now);
    }
    bool scoreAtLeast(ScoreHandle h, const PeerId& p, double threshold, TimePoint now) const override
    {
        return h.state ? m_score.scoreAtLeast(h, threshold, now) : m_score.score(p, now) >= threshold;
    }
    void prefetch(ScoreHandle h) const override { m_score.prefetch(h); }
    void refresh(TimePoint now) override { m_score.refresh(now); }
    Deadline nextTimeout() const override { return m_score.nextTimeout(); }

private:
    PeerScore& m_score; // the scorer reported to
};

// The router's gates from score thresholds.
inline ScoreGates gatesFrom(const PeerScoreThresholds& t)
{
    return {t.gossipThreshold, t.publishThreshold, t.graylistThreshold, t.acceptPXThreshold, t.opportunisticGraftThreshold};
}

} // namespace meshscope::gossipsub
