#pragma once
// Test helper: two muxers looped in memory, events collected per side.

#include "core/transport/muxer.h"

#include <gtest/gtest.h>

#include <map>
#include <vector>

namespace meshscope::transport::test {

struct Side {
    Muxer* muxer = nullptr;                  // the session under test
    std::vector<MuxerEvent> events;          // every event polled so far, in order
    std::map<StreamId, Bytes> received;      // StreamData bytes per stream
    std::vector<StreamId> opened;            // StreamOpened ids
    std::vector<StreamId> closed;            // StreamClosed ids
    std::vector<StreamId> resets;            // StreamReset ids
    std::vector<std::string> sessionClosed;  // SessionClosed reasons

    void drainEvents()
    {
        while (auto e = muxer->pollEvent()) {
            switch (e->kind) {
            case MuxerEvent::Kind::StreamOpened:
                opened.push_back(e->stream);
                break;
            case MuxerEvent::Kind::StreamData:
                append(received[e->stream], e->data);
                break;
            case MuxerEvent::Kind::StreamClosed:
                closed.push_back(e->stream);
                break;
            case MuxerEvent::Kind::StreamReset:
                resets.push_back(e->stream);
                break;
            case MuxerEvent::Kind::SessionClosed:
                sessionClosed.push_back(e->reason);
                break;
            }
            events.push_back(std::move(*e));
        }
    }
};

// Shuttles bytes both ways until neither side has output; returns the bytes moved. Fails the
// test past `maxRounds` (livelock guard).
inline std::size_t pump(Side& a, Side& b, TimePoint now, int maxRounds = 100000)
{
    std::size_t moved = 0;
    for (int i = 0; i < maxRounds; ++i) {
        const Bytes ab = a.muxer->takeOutput();
        const Bytes ba = b.muxer->takeOutput();
        if (ab.empty() && ba.empty()) {
            a.drainEvents();
            b.drainEvents();
            return moved;
        }
        moved += ab.size() + ba.size();
        if (!ab.empty())
            b.muxer->onData(ab, now);
        if (!ba.empty())
            a.muxer->onData(ba, now);
        a.drainEvents();
        b.drainEvents();
    }
    ADD_FAILURE() << "pump did not settle";
    return moved;
}

} // namespace meshscope::transport::test
