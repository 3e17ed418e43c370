#include "core/gossipsub/backoff.h"

namespace meshscope::gossipsub {

void Backoff::add(const TopicId& topic, const PeerId& peer, TimePoint until)
{
    auto& slot = m_backoff[topic];
    const auto it = slot.find(peer);
    if (it == slot.end() || it->second < until)
        slot[peer] = until;
}

bool Backoff::active(const TopicId& topic, const PeerId& peer, TimePoint now) const
{
    const auto e = expiry(topic, peer);
    return e && now < *e;
}

std::optional<TimePoint> Backoff::expiry(const TopicId& topic, const PeerId& peer) const
{
    const auto t = m_backoff.find(topic);
    if (t == m_backoff.end())
        return std::nullopt;
    const auto p = t->second.find(peer);
    if (p == t->second.end())
        return std::nullopt;
    return p->second;
}

void Backoff::expire(TimePoint now, Duration slack)
{
    for (auto t = m_backoff.begin(); t != m_backoff.end();) {
        for (auto p = t->second.begin(); p != t->second.end();) {
            if (p->second + slack <= now)
                p = t->second.erase(p);
            else
                ++p;
        }
        if (t->second.empty())
            t = m_backoff.erase(t);
        else
            ++t;
    }
}

std::vector<BackoffEntry> Backoff::entries() const
{
    std::vector<BackoffEntry> out;
    for (const auto& [topic, peers] : m_backoff)
        for (const auto& [peer, until] : peers)
            out.push_back({topic, peer, until});
    return out;
}

std::size_t Backoff::size() const
{
    std::size_t n = 0;
    for (const auto& [topic, peers] : m_backoff)
        n += peers.size();
    return n;
}

} // namespace meshscope::gossipsub
