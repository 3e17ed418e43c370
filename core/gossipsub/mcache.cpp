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
    m_windows.front().push_back({id, message->topic()});
    it->second.message = std::move(message);
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

std::vector<MessageId> MessageCache::gossipIds(const TopicId& topic) const
{
    std::vector<MessageId> ids;
    const auto windows = std::min<std::size_t>(static_cast<std::size_t>(m_historyGossip), m_windows.size());
    for (std::size_t w = 0; w < windows; ++w)
        for (const auto& e : m_windows[w])
            if (e.topic == topic)
                ids.push_back(e.id);
    return ids;
}

void MessageCache::shift()
{
    while (m_windows.size() >= static_cast<std::size_t>(m_historyLength)) {
        for (const auto& e : m_windows.back())
            m_messages.erase(e.id);
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
