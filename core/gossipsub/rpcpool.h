#pragma once
// RpcPool: cleared RPC objects kept for reuse. A cleared protobuf message keeps the sub-messages and
// string buffers it had allocated (repeated fields keep their cleared elements), so an RPC built
// again in a recycled object allocates nothing once the pool is warm. A caller that consumes the
// routers' outgoing RPCs itself (the simulator) hands them back with give(); routers sharing the
// pool build their next outgoing RPCs in them. Bounded in count, and RPCs that grew large are not
// kept, so the pool never holds more than count x kMaxKeptBytes of buffers. The same goes for the
// lists of shared messages (OutgoingRpc::messages) a router queues per peer, and the byte buffers
// of flat RPCs (OutgoingRpc::flat).

#include "core/gossipsub/mcache.h"
#include "core/proto/rpc.pb.h"

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace meshscope::gossipsub {

class RpcPool {
public:
    // RPCs whose last encoded size (GetCachedSize) was above this are dropped instead of kept.
    static constexpr int kMaxKeptBytes = 64 * 1024;

    explicit RpcPool(std::size_t capacity = 4096)
        : m_capacity(capacity)
    { }

    // Call with an RPC nobody needs any more: cleared and kept if there is room (else destroyed).
    void give(pb::rpc::RPC&& rpc)
    {
        if (m_free.size() >= m_capacity || rpc.GetCachedSize() > kMaxKeptBytes)
            return;
        rpc.Clear();
        m_free.push_back(std::move(rpc));
    }
    // Call to start an RPC: moves a cleared one into `into` (which must be empty) if any is kept.
    void take(pb::rpc::RPC& into)
    {
        if (m_free.empty())
            return;
        into.Swap(&m_free.back());
        m_free.pop_back();
    }
    std::size_t size() const { return m_free.size(); }

    // Call with a message list nobody needs any more: emptied and kept if there is room.
    void give(std::vector<MessagePtr>&& messages)
    {
        if (m_freeLists.size() >= m_capacity || messages.capacity() == 0
            || messages.capacity() > kMaxKeptList)
            return;
        messages.clear();
        m_freeLists.push_back(std::move(messages));
    }
    // Call to start a message list: moves a kept one into `into` (which must be empty) if any.
    void take(std::vector<MessagePtr>& into)
    {
        if (m_freeLists.empty())
            return;
        into.swap(m_freeLists.back());
        m_freeLists.pop_back();
    }
    std::size_t listCount() const { return m_freeLists.size(); }

    // Call with a byte buffer nobody needs any more (a flat RPC's): emptied and kept if there is
    // room and it is small.
    void give(std::string&& buffer)
    {
        if (m_freeBuffers.size() >= m_capacity || buffer.capacity() <= kInlineCapacity
            || buffer.capacity() > kMaxKeptBuffer)
            return;
        buffer.clear();
        m_freeBuffers.push_back(std::move(buffer));
    }
    // Call to start a byte buffer: moves a kept one into `into` (which must be empty) if any is kept and
    // `into` has no allocation of its own.
    void take(std::string& into)
    {
        if (m_freeBuffers.empty() || into.capacity() > kInlineCapacity)
            return;
        into.swap(m_freeBuffers.back());
        m_freeBuffers.pop_back();
    }

private:
    static constexpr std::size_t kMaxKeptList = 256; // longer message lists are not kept
    static constexpr std::size_t kMaxKeptBuffer = 256; // bigger byte buffers are not kept
    static inline const std::size_t kInlineCapacity = std::string().capacity(); // an empty string's

    std::size_t m_capacity; // RPCs kept at most, and message lists kept at most
    std::vector<pb::rpc::RPC> m_free; // cleared RPCs (moving one swaps its internals: no copy)
    std::vector<std::vector<MessagePtr>> m_freeLists; // empty message lists with their capacity
    std::vector<std::string> m_freeBuffers; // empty byte buffers with their capacity
};

} // namespace meshscope::gossipsub
