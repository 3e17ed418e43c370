#pragma once
// ReadCoalescer: adaptive receive coalescing for busy TCP connections, the socket counterpart of a
// NIC's interrupt moderation. A connection that is read in quick succession (kQuickReads reads, each
// less than kQuickGap after the previous one) gets SO_RCVLOWAT raised to kLowWater, so the kernel
// wakes the node once per kLowWater bytes instead of once per segment; every `hold` a timer lowers
// it back to one byte, so no byte waits longer than `hold` (data already waiting is then read at
// once, and the connection is raised again while the burst lasts). Quiet connections are never
// delayed. Under a stream of small messages this turns one wake-up per message into one per
// `hold`, which is most of a receiver's CPU time (see tests/bench/interop/receiver-cpu.mjs).
//
// Linux only (SO_RCVLOWAT is honoured by poll() for TCP); elsewhere, or with hold == 0, it does
// nothing. Lives on the node's thread, like TcpHost.

#include "core/base/time.h"

#include <QObject>

#include <chrono>
#include <cstdint>
#include <unordered_map>

class QTimer;

namespace meshscope::coreqt {

class ReadCoalescer : public QObject {
    Q_OBJECT
public:
    // Reads closer together than this count as "quick".
    static constexpr Duration kQuickGap = std::chrono::microseconds(250);
    // Consecutive quick reads before the connection is raised.
    static constexpr int kQuickReads = 3;
    // SO_RCVLOWAT while raised (well under the kernel's cap of half the receive buffer).
    static constexpr int kLowWater = 16 * 1024;

    // `hold`: the longest a received byte may wait (0 turns coalescing off); `quickGap`: reads closer
    // together than this count as quick (tests on a loaded machine widen it).
    explicit ReadCoalescer(
        std::chrono::milliseconds hold, Duration quickGap = kQuickGap, QObject* parent = nullptr);

    // Changes the hold (0: off); raised connections are lowered first.
    void setHold(std::chrono::milliseconds hold);
    // Call after each read from connection `id` (socket descriptor `fd`) at `now`.
    void onRead(std::uint64_t id, qintptr fd, TimePoint now);
    // Call when connection `id` is closed (its descriptor may be reused).
    void forget(std::uint64_t id);
    // Whether `id` currently has its low-water mark raised (for tests and diagnostics).
    bool raised(std::uint64_t id) const;
    // Times any connection was raised since construction.
    std::uint64_t raiseCount() const { return m_raises; }

private:
    struct Connection {
        qintptr fd = -1; // socket descriptor
        TimePoint lastRead {}; // when it was last read
        int quickReads = 0; // consecutive reads less than kQuickGap apart
        bool raised = false; // SO_RCVLOWAT is kLowWater now
        TimePoint rearmUntil {}; // after the timer lowered it: a read before this raises it again
    };

    void onTimer();
    bool setLowWater(Connection& c, int bytes);

    Duration m_hold; // longest wait for a received byte; zero: off
    Duration m_quickGap; // reads closer together count as quick
    QTimer* m_timer = nullptr; // repeating every m_hold while any connection is raised
    std::unordered_map<std::uint64_t, Connection> m_connections; // connections read at least once
    std::size_t m_raisedCount = 0; // connections with raised == true
    std::uint64_t m_raises = 0; // raises since construction
};

} // namespace meshscope::coreqt
