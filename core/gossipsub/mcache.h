#pragma once
// MessageCache: the spec's mcache. Messages of the last `historyLength` heartbeat windows are kept
// for IWANT; ids of the last `historyGossip` windows are advertised in IHAVE. Also counts how
// often each peer asked for a message (go's GossipSubGossipRetransmission bound).

#include "core/gossipsub/idhash.h"
#include "core/gossipsub/types.h"
#include "core/proto/rpc.pb.h"

#include <deque>
#include <map>
#include <memory>
#include <unordered_map>
#include <vector>

namespace meshscope::gossipsub {

// A validated message as the router keeps and forwards it: immutable and shared by the mcache, the
// peers' outgoing queues and deliveries (a message is stored once, whatever the mesh degree).
using MessagePtr = std::shared_ptr<const pb::rpc::Message>;

class MessageCache {
public:
    MessageCache(int historyLength, int historyGossip);

    // Stores a validated message (call when delivering or publishing).
    void put(const MessageId& id, MessagePtr message);
    // The cached message, or nullptr.
    const pb::rpc::Message* get(const MessageId& id) const;
    // The cached message for an IWANT from `peer` and how many times that peer has now asked.
    std::pair<const MessagePtr*, int> getForPeer(const MessageId& id, const PeerId& peer);
    // Ids in the gossip windows for `topic` (for IHAVE), oldest window last; they point into the cache
    // and stay valid until the next put() or shift().
    std::vector<const MessageId*> gossipIds(const TopicId& topic) const;
    // Advances one window (call at the end of every heartbeat).
    void shift();
    // Changes the window counts (parameter update); extra windows are dropped at the next shift.
    void resize(int historyLength, int historyGossip);
    // Number of cached messages.
    std::size_t size() const { return m_messages.size(); }

private:
    struct Entry {
        MessagePtr message;                 // the message as received
        std::map<PeerId, int> transmissions; // IWANT requests served, per peer
    };
    // A window lists its messages' entries in m_messages (no copy of id or topic: node-based map
    // entries stay where they are until erased).
    using WindowEntry = const std::pair<const MessageId, Entry>*;
    int m_historyLength;                          // windows kept
    int m_historyGossip;                          // windows advertised
    std::unordered_map<MessageId, Entry, IdHash> m_messages; // cached messages by id
    std::deque<std::vector<WindowEntry>> m_windows;  // newest first
};

} // namespace meshscope::gossipsub
