// ReadCoalescer on a real loopback TCP connection: a sender thread streams small chunks as fast as
// it can, the receiver (a QTcpSocket on this thread's event loop) reads them and reports every read
// to the coalescer. A busy connection must get its low-water mark raised and fewer reads than
// chunks, every byte must arrive, and a lone small chunk after the burst (far below the mark)
// must still arrive: the timer lowers the mark again. With a zero hold nothing is ever raised.
#include "core/qt/clock.h"
#include "core/qt/readcoalescer.h"
#include "tests/support/coreapp.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

#include <arpa/inet.h>
#include <atomic>
#include <cstring>
#include <gtest/gtest.h>
#include <limits>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace meshscope;
using namespace meshscope::coreqt;

namespace {
constexpr int kChunk = 100; // bytes per write, a small gossip message
constexpr int kChunks = 200000; // most chunks in a burst (20 MB)
constexpr int kMinChunks = 20000; // fewest chunks in a burst (2 MB)
constexpr int kWaitMs = 20000; // upper bound on any wait
// Reads this close count as quick here: on a loaded machine the receiver may be descheduled for
// milliseconds between two reads of one burst.
constexpr Duration kLoadedQuickGap = std::chrono::milliseconds(100);

// Writes `n` chunks of kChunk bytes to `fd`, each with its own write(), or fewer once `stop` is
// set and at least kMinChunks were written (then returns how many it wrote).
int writeChunks(int fd, int n, const std::atomic<bool>* stop = nullptr)
{
    char buf[kChunk];
    std::memset(buf, 'x', sizeof buf);
    for (int i = 0; i < n; ++i) {
        if (stop != nullptr && i >= kMinChunks && stop->load())
            return i;
        std::size_t off = 0;
        while (off < sizeof buf) {
            const ssize_t w = ::write(fd, buf + off, sizeof buf - off);
            if (w <= 0)
                return i;
            off += static_cast<std::size_t>(w);
        }
    }
    return n;
}

class ReadCoalescerTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { testsupport::ensureCoreApplication("tst_readcoalescer"); }

    // A connected pair: `receiver` (Qt, this thread) and a plain blocking client descriptor.
    void connectPair()
    {
        ASSERT_TRUE(m_server.listen(QHostAddress::LocalHost, 0));
        m_client = ::socket(AF_INET, SOCK_STREAM, 0);
        ASSERT_GE(m_client, 0);
        sockaddr_in sa {};
        sa.sin_family = AF_INET;
        sa.sin_port = htons(m_server.serverPort());
        sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ASSERT_EQ(::connect(m_client, reinterpret_cast<sockaddr*>(&sa), sizeof sa), 0);
        ASSERT_TRUE(m_server.waitForNewConnection(kWaitMs));
        m_receiver = m_server.nextPendingConnection();
        ASSERT_NE(m_receiver, nullptr);
    }

    // Reads everything that arrives and tells `coalescer`, until `total()` bytes came or the wait
    // ends; sets `raised` once the coalescer raised a connection.
    template <class Total>
    void receive(ReadCoalescer& coalescer, Total total, std::atomic<bool>* raised = nullptr)
    {
        QElapsedTimer t;
        t.start();
        QObject::connect(m_receiver, &QTcpSocket::readyRead, m_receiver, [&] {
            m_received += m_receiver->readAll().size();
            ++m_reads;
            coalescer.onRead(1, m_receiver->socketDescriptor(), steadyNow());
            if (raised != nullptr && coalescer.raiseCount() > 0)
                raised->store(true);
        });
        while (m_received < total() && t.elapsed() < kWaitMs)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        QObject::disconnect(m_receiver, &QTcpSocket::readyRead, nullptr, nullptr);
    }

    // A burst: the sender thread writes small chunks until the coalescer raised the connection (or
    // kChunks were written, whatever the machine's load); returns the chunks written.
    int burst(ReadCoalescer& coalescer)
    {
        std::atomic<bool> raised { false };
        std::atomic<int> written { -1 };
        std::thread sender([&, fd = m_client] { written = writeChunks(fd, kChunks, &raised); });
        receive(
            coalescer,
            [&] {
                return written.load() < 0 ? std::numeric_limits<qint64>::max() : qint64 { kChunk } * written;
            },
            &raised);
        sender.join();
        return written;
    }

    void TearDown() override
    {
        if (m_client >= 0)
            ::close(m_client);
    }

    QTcpServer m_server; // accepts the one connection
    QTcpSocket* m_receiver = nullptr; // the accepted side (child of m_server)
    int m_client = -1; // the sending side
    qint64 m_received = 0; // bytes read so far
    int m_reads = 0; // readyRead signals handled
};
} // namespace

TEST_F(ReadCoalescerTest, BusyConnectionIsRaisedAndEveryByteStillArrives)
{
    connectPair();
    ReadCoalescer coalescer(std::chrono::milliseconds(1), kLoadedQuickGap);
    const int chunks = burst(coalescer);
    EXPECT_EQ(m_received, qint64 { kChunk } * chunks);
    EXPECT_GT(coalescer.raiseCount(), 0u) << "a stream of small writes never counted as busy";
    EXPECT_LT(m_reads, chunks / 4) << "reads were not coalesced";

    // A lone chunk far below the low-water mark, after the burst: the timer must let it through.
    const int readsBefore = m_reads;
    writeChunks(m_client, 1);
    receive(coalescer, [&] { return qint64 { kChunk } * (chunks + 1); });
    EXPECT_EQ(m_received, qint64 { kChunk } * (chunks + 1)) << "a small message stayed below SO_RCVLOWAT";
    EXPECT_GT(m_reads, readsBefore);

    // Quiet again: the timer has lowered the mark.
    QElapsedTimer t;
    t.start();
    while (coalescer.raised(1) && t.elapsed() < kWaitMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
    EXPECT_FALSE(coalescer.raised(1));
}

TEST_F(ReadCoalescerTest, ZeroHoldNeverRaises)
{
    connectPair();
    ReadCoalescer coalescer(std::chrono::milliseconds(0), kLoadedQuickGap);
    std::thread sender([fd = m_client] { writeChunks(fd, kChunks / 20); });
    receive(coalescer, [] { return qint64 { kChunk } * (kChunks / 20); });
    sender.join();
    EXPECT_EQ(m_received, qint64 { kChunk } * (kChunks / 20));
    EXPECT_EQ(coalescer.raiseCount(), 0u);
}

TEST_F(ReadCoalescerTest, ForgetAndSetHoldLowerRaisedConnections)
{
    connectPair();
    ReadCoalescer coalescer(std::chrono::milliseconds(50), kLoadedQuickGap);
    const int chunks = burst(coalescer);
    ASSERT_GT(coalescer.raiseCount(), 0u);
    // setHold(0) lowers at once: a lone chunk arrives although no timer runs any more.
    coalescer.setHold(std::chrono::milliseconds(0));
    EXPECT_FALSE(coalescer.raised(1));
    writeChunks(m_client, 1);
    receive(coalescer, [&] { return qint64 { kChunk } * (chunks + 1); });
    EXPECT_EQ(m_received, qint64 { kChunk } * (chunks + 1));
    EXPECT_FALSE(coalescer.raised(1));
    coalescer.forget(1);
    EXPECT_FALSE(coalescer.raised(1));
}
