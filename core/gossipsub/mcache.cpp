#include "core/gossipsub/mcache.h"

#include <algorithm>

namespace meshscope::gossipsub {

MessageCache::MessageCache(int historyLength, int historyGossip)
    : m_historyLength(std::max(1, historyLength)), m_historyGossip(std::max(0, historyGossip))
{
    m_windows.emplace_back();
}

void MessageCache::put(const MessageId& id, MessagePtr message)
{
    auto [it, inserted] = m_messages.try_emplace(id);
    if (!inserted)
        return;
    it->second.message = std::move(message);
    m_windows.front().push_back(&*it);
}

const pb::rpc::Message* MessageCache::get(const MessageId& id) const
{
    const auto it = m_messages.find(id);
    return it == m_messages.end() ? nullptr : it->second.message.get();
}

std::pair<const MessagePtr*, int> MessageCache::getForPeer(const MessageId& id, const PeerId& peer)
{
    const auto it = m_messages.find(id);
    if (it == m_messages.end())
        return {nullptr, 0};
    const int count = ++it->second.transmissions[peer];
    return {&it->second.message, count};
}

std::vector<const MessageId*> MessageCache::gossipIds(const TopicId& topic) const
{
    std::vector<const MessageId*> ids;
    const auto windows = std::min<std::size_t>(static_cast<std::size_t>(m_historyGossip), m_windows.size());
    for (std::size_t w = 0; w < windows; ++w)
        for (const WindowEntry e : m_windows[w])
            if (e->second.message->topic() == topic)
                ids.push_back(&e->first);
    return ids;
}

void MessageCache::shift()
{
    while (m_windows.size() >= static_cast<std::size_t>(m_historyLength)) {
        for (const WindowEntry e : m_windows.back())
            m_messages.erase(m_messages.find(e->first));
        m_windows.pop_back();
    }
    m_windows.emplace_front();
}

void MessageCache::resize(int historyLength, int historyGossip)
{
    m_historyLength = std::max(1, historyLength);
    m_historyGossip = std::max(0, historyGossip);
}

} // namespace meshscope::gossipsub
