// `meshscope-cli top`: the dashboard renderer, plain output without a terminal, and the live
// screen in a real pseudo-terminal (tmux), read back with capture-pane.
#include "widgets/terminal/dashboard.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QThread>

#include <functional>
#include <gtest/gtest.h>
#include <unistd.h>

namespace {

using namespace meshscope;

trace::NodeSnapshot sample(int peers, int topics)
{
    trace::NodeSnapshot s;
    for (int i = 0; i < peers; ++i) {
        trace::PeerSnapshot p;
        p.id = "12D3KooWPeer" + std::to_string(1000 + i);
        p.score.total = i % 7 == 0 ? -20.0 : i;
        p.agent = "a-very-long-agent-string/with/many/parts/that/does/not/fit/into/eighty/columns";
        s.peers.push_back(p);
    }
    for (int t = 0; t < topics; ++t) {
        trace::TopicSnapshot ts;
        ts.topic = "/eth2/beacon_block/ssz_snappy/" + std::to_string(t) + "\x1b[31m";
        ts.mesh = { s.peers[0].id, s.peers[1].id };
        ts.D = 8, ts.Dlo = 6, ts.Dhi = 12;
        ts.health = trace::TopicHealth::Low;
        s.topics.push_back(ts);
    }
    return s;
}

std::vector<std::string> frameLines(const std::string& frame)
{
    // Strip escape sequences, split on \r\n.
    std::string plain;
    for (std::size_t i = 0; i < frame.size(); ++i) {
        if (frame[i] == '\x1b') {
            ++i;
            while (i < frame.size() && !(frame[i] >= '@' && frame[i] <= '~' && frame[i] != '['))
                ++i;
            continue;
        }
        plain += frame[i];
    }
    std::vector<std::string> lines;
    std::size_t start = 0;
    for (;;) {
        const auto end = plain.find("\r\n", start);
        lines.push_back(plain.substr(start, end == std::string::npos ? std::string::npos : end - start));
        if (end == std::string::npos)
            break;
        start = end + 2;
    }
    return lines;
}

TEST(Dashboard, FitsTheScreenAtEverySize)
{
    terminal::Dashboard d;
    d.update(sample(200, 30));
    for (auto [w, h] : { std::pair { 80, 24 }, std::pair { 120, 40 }, std::pair { 40, 10 } }) {
        const auto lines = frameLines(d.render(w, h));
        EXPECT_EQ(lines.size(), static_cast<std::size_t>(h)) << w << "x" << h;
        for (const auto& l : lines)
            EXPECT_LE(l.size(), static_cast<std::size_t>(w)) << l;
    }
    const auto lines = frameLines(d.render(80, 24));
    EXPECT_NE(lines[0].find("peers 200 topics 30"), std::string::npos) << lines[0];
    EXPECT_NE(lines.back().find("q quit"), std::string::npos);
}

TEST(Dashboard, KeysSortPickTopicAndQuit)
{
    terminal::Dashboard d;
    d.update(sample(10, 3));
    EXPECT_EQ(d.sort(), terminal::PeerSort::Score);
    EXPECT_TRUE(d.handleKey('s'));
    EXPECT_EQ(d.sort(), terminal::PeerSort::Id);
    EXPECT_TRUE(d.handleKey('t'));
    EXPECT_EQ(d.selectedTopic().rfind("/eth2/beacon_block/ssz_snappy/0", 0), 0u);
    // Picking a topic lists only its mesh peers.
    const auto lines = frameLines(d.render(100, 30));
    int peerRows = 0;
    for (const auto& l : lines)
        peerRows += l.rfind("12D3KooW", 0) == 0 || l.rfind("~", 0) == 0 ? 1 : 0;
    EXPECT_EQ(peerRows, 2);
    EXPECT_TRUE(d.handleKey('T'));
    EXPECT_TRUE(d.selectedTopic().empty());
    EXPECT_FALSE(d.handleKey('q'));
}

TEST(Dashboard, TopicNamesCannotInjectEscapes)
{
    terminal::Dashboard d;
    d.update(sample(3, 1));
    const auto frame = d.render(120, 24, false);
    EXPECT_EQ(frame.find("\x1b[31m"), std::string::npos);
}

// Snapshot at `ms` milliseconds with the rate counters set (only what the rates read).
trace::NodeSnapshot counted(std::int64_t ms, std::uint64_t delivered, std::uint64_t rpcs = 0)
{
    trace::NodeSnapshot s;
    s.time = fromNanos(ms * 1'000'000);
    s.counters.delivered = delivered;
    s.counters.duplicates = 3 * delivered;
    s.counters.rpcsReceived = rpcs;
    s.counters.rpcsSent = rpcs;
    s.counters.graftReceived = delivered / 2;
    s.counters.pruneSent = delivered / 3;
    return s;
}

// The live node ticks every 50 ms; its traffic lands in bursts (6 deliveries every 600 ms = 10/s).
// A rate between the last two snapshots would read 0 at most ticks and 120/s at the others.
TEST(Dashboard, BurstyTrafficGivesTheAverageRate)
{
    terminal::Dashboard d;
    std::uint64_t delivered = 0;
    for (std::int64_t ms = 0; ms <= 10'000; ms += 50) {
        if (ms % 600 == 300)
            delivered += 6;
        d.update(counted(ms, delivered, delivered * 5));
        if (ms < 2'000)
            continue;
        const auto& r = d.rates();
        EXPECT_GE(r.delivered, 6.0) << "at " << ms << " ms";
        EXPECT_LE(r.delivered, 13.5) << "at " << ms << " ms";
        EXPECT_NEAR(r.duplicates, 3 * r.delivered, 1e-9);
        EXPECT_NEAR(r.rpcsIn, 5 * r.delivered, 1e-9);
    }
    // Over the whole run the windowed rates average to the true 10/s.
    EXPECT_NE(d.plainLine().find("delivered=" + std::to_string(delivered)), std::string::npos)
        << d.plainLine();
    EXPECT_EQ(d.plainLine().find("rate_delivered=0.0/s"), std::string::npos) << d.plainLine();
}

TEST(Dashboard, SteadyTrafficRateIsExact)
{
    terminal::Dashboard d;
    for (std::int64_t ms = 0; ms <= 5'000; ms += 50)
        d.update(counted(
            ms, static_cast<std::uint64_t>(ms / 50) * 2, static_cast<std::uint64_t>(ms / 50))); // 40/s, 20/s
    EXPECT_NEAR(d.rates().delivered, 40.0, 1e-9);
    EXPECT_NEAR(d.rates().duplicates, 120.0, 1e-9);
    EXPECT_NEAR(d.rates().rpcsIn, 20.0, 1e-9);
    EXPECT_NEAR(d.rates().rpcsOut, 20.0, 1e-9);
    EXPECT_NEAR(d.rates().grafts, 20.0, 1e-9);
    EXPECT_NEAR(d.rates().prunes, 40.0 / 3, 0.5); // delivered / 3 steps
    const auto lines = frameLines(d.render(100, 24, false));
    EXPECT_NE(lines[1].find("msgs 40.0/s dup 120.0/s rpc in 20.0/s out 20.0/s"), std::string::npos)
        << lines[1];
    EXPECT_NE(d.plainLine().find("rate_delivered=40.0/s rpcs_in=20.0/s graft=20.0/s"), std::string::npos)
        << d.plainLine();
}

TEST(Dashboard, SnapshotsAtOneTimeNeitherZeroNorSpikeTheRate)
{
    terminal::Dashboard d;
    for (std::int64_t ms = 0; ms <= 3'000; ms += 100)
        d.update(counted(ms, static_cast<std::uint64_t>(ms / 100))); // 10/s
    ASSERT_NEAR(d.rates().delivered, 10.0, 1e-9);
    // The same snapshot again (two emitters, a flush): nothing changes.
    d.update(counted(3'000, 30));
    EXPECT_NEAR(d.rates().delivered, 10.0, 1e-9);
    // A burst of snapshots within 1 ms carrying 10 more deliveries: the rate takes them over the
    // window (~2 s), it does not divide them by a millisecond.
    for (std::uint64_t i = 1; i <= 10; ++i)
        d.update(counted(3'000 + static_cast<std::int64_t>(i / 5), 30 + i));
    EXPECT_GT(d.rates().delivered, 10.0);
    EXPECT_LT(d.rates().delivered, 16.0);
    // Quiet again: the rate falls back once the burst leaves the window.
    for (std::int64_t ms = 3'100; ms <= 8'000; ms += 100)
        d.update(counted(ms, 40 + static_cast<std::uint64_t>((ms - 3'000) / 100)));
    EXPECT_NEAR(d.rates().delivered, 10.0, 1e-9);
}

TEST(Dashboard, NoRateBeforeASecondOfSnapshots)
{
    terminal::Dashboard d;
    d.update(counted(0, 0));
    d.update(counted(50, 6)); // one burst 50 ms in would read 120/s
    EXPECT_EQ(d.rates().delivered, 0.0);
    d.update(counted(500, 6));
    EXPECT_EQ(d.rates().delivered, 0.0);
    d.update(counted(1'000, 10));
    EXPECT_NEAR(d.rates().delivered, 10.0, 1e-9);
}

TEST(Dashboard, TimeGoingBackRestartsTheRates)
{
    terminal::Dashboard d;
    for (std::int64_t ms = 0; ms <= 3'000; ms += 100)
        d.update(counted(60'000 + ms, 1'000 + static_cast<std::uint64_t>(ms / 10))); // 100/s
    ASSERT_NEAR(d.rates().delivered, 100.0, 1e-9);
    // A replay restarted: earlier time, smaller counters. No negative or wrapped rate, and the old
    // window does not leak into the new one.
    d.update(counted(0, 0));
    EXPECT_EQ(d.rates().delivered, 0.0);
    for (std::int64_t ms = 100; ms <= 3'000; ms += 100)
        d.update(counted(ms, static_cast<std::uint64_t>(ms / 50))); // 20/s
    EXPECT_NEAR(d.rates().delivered, 20.0, 1e-9);
}

TEST(TopCommand, PlainLinesWithoutATerminal)
{
    QProcess p;
    p.start(QStringLiteral(OBS_CLI_DRIVER),
        { QStringLiteral("top"), QStringLiteral("--synthetic"), QStringLiteral("--peers"),
            QStringLiteral("40"), QStringLiteral("--duration"), QStringLiteral("1.5") });
    ASSERT_TRUE(p.waitForFinished(30000));
    EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    const auto out = p.readAllStandardOutput();
    EXPECT_GE(out.count('\n'), 2);
    EXPECT_TRUE(out.contains("peers=40 topics=5")) << out.toStdString();
    EXPECT_FALSE(out.contains("\x1b"));
}

// The live node with the sandbox, no terminal: the rates on the plain lines follow the totals
// (they read 0.0/s on almost every line while rates came from two snapshots 50 ms apart).
TEST(TopCommand, LiveNodePlainLinesHaveRates)
{
    QProcess p;
    p.start(QStringLiteral(OBS_CLI_DRIVER),
        { QStringLiteral("top"), QStringLiteral("--plain"), QStringLiteral("--duration"),
            QStringLiteral("7") });
    ASSERT_TRUE(p.waitForFinished(60000));
    EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    const auto lines
        = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_GE(lines.size(), 6);
    const auto field = [](const QString& line, const QString& name) {
        const auto i = line.indexOf(QLatin1Char(' ') + name + QLatin1Char('='));
        return i < 0 ? -1.0
                     : line.mid(i + name.size() + 2)
                           .section(QLatin1Char('/'), 0, 0)
                           .section(QLatin1Char(' '), 0, 0)
                           .toDouble();
    };
    // From the third second on the sandbox publishes all the time.
    int withRates = 0, checked = 0;
    for (qsizetype i = 3; i < lines.size(); ++i, ++checked)
        withRates += field(lines[i], QStringLiteral("rate_delivered")) > 0
                && field(lines[i], QStringLiteral("rpcs_in")) > 0
            ? 1
            : 0;
    EXPECT_GE(withRates, checked - 1)
        << p.readAllStandardOutput().toStdString() << lines.join(QLatin1Char('\n')).toStdString();
    // A rate is a few times the totals' growth per second at most, not ~20x.
    const double perSecond
        = (field(lines.last(), QStringLiteral("delivered")) - field(lines[2], QStringLiteral("delivered")))
        / static_cast<double>(lines.size() - 3);
    for (qsizetype i = 3; i < lines.size(); ++i)
        EXPECT_LE(field(lines[i], QStringLiteral("rate_delivered")), 3 * perSecond + 5)
            << lines[i].toStdString();
}

class Tmux {
public:
    Tmux()
        : m_socket(QStringLiteral("meshscope-obs-test-%1").arg(::getpid()))
    { }
    ~Tmux() { run({ QStringLiteral("kill-server") }); }
    QString run(const QStringList& args) const
    {
        QProcess p;
        p.start(QStringLiteral("tmux"), QStringList { QStringLiteral("-L"), m_socket } + args);
        p.waitForFinished(10000);
        m_lastCode = p.exitCode();
        return QString::fromUtf8(p.readAllStandardOutput());
    }
    QString screen() const
    {
        return run({ QStringLiteral("capture-pane"), QStringLiteral("-p"), QStringLiteral("-t"),
            QStringLiteral("top") });
    }
    // Polls the screen until `pred` holds (bounded: this waits on another process's output).
    bool waitFor(const std::function<bool(const QString&)>& pred, int ms = 10000) const
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < ms) {
            if (pred(screen()))
                return true;
            QThread::msleep(100);
        }
        return false;
    }
    int lastCode() const { return m_lastCode; }

private:
    QString m_socket; // private tmux server
    mutable int m_lastCode = 0; // exit code of the last tmux call
};

TEST(TopCommand, LiveScreenInAPty)
{
    Tmux tmux;
    tmux.run(
        { QStringLiteral("new-session"), QStringLiteral("-d"), QStringLiteral("-s"), QStringLiteral("top"),
            QStringLiteral("-x"), QStringLiteral("80"), QStringLiteral("-y"), QStringLiteral("24"),
            QStringLiteral(OBS_CLI_DRIVER " top --synthetic --peers 60 --topics 4 --rate 400") });
    ASSERT_EQ(tmux.lastCode(), 0);
    ASSERT_TRUE(tmux.waitFor([](const QString& s) {
        return s.contains(QStringLiteral("TOPIC")) && s.contains(QStringLiteral("SCORE"));
    })) << tmux.screen().toStdString();
    auto lines = tmux.screen().split(QLatin1Char('\n'));
    EXPECT_TRUE(lines[0].contains(QStringLiteral("peers 60 topics 4"))) << lines[0].toStdString();
    EXPECT_TRUE(lines[0].contains(QStringLiteral("sort:score")));
    for (const auto& l : lines)
        EXPECT_LE(l.size(), 80);
    EXPECT_TRUE(tmux.screen().contains(QStringLiteral("/synthetic/topic-3")));
    EXPECT_TRUE(tmux.screen().contains(QStringLiteral("q quit")));

    tmux.run(
        { QStringLiteral("send-keys"), QStringLiteral("-t"), QStringLiteral("top"), QStringLiteral("s") });
    EXPECT_TRUE(tmux.waitFor([](const QString& s) { return s.contains(QStringLiteral("sort:id")); }));
    tmux.run(
        { QStringLiteral("send-keys"), QStringLiteral("-t"), QStringLiteral("top"), QStringLiteral("t") });
    EXPECT_TRUE(tmux.waitFor(
        [](const QString& s) { return s.contains(QStringLiteral("topic:/synthetic/topic-0")); }));

    // Resize: the dashboard fills the new size.
    tmux.run({ QStringLiteral("resize-window"), QStringLiteral("-t"), QStringLiteral("top"),
        QStringLiteral("-x"), QStringLiteral("120"), QStringLiteral("-y"), QStringLiteral("40") });
    EXPECT_TRUE(tmux.waitFor([](const QString& s) {
        const auto l = s.split(QLatin1Char('\n'));
        return l.size() >= 40 && l[39].contains(QStringLiteral("q quit"));
    })) << tmux.screen().toStdString();

    tmux.run(
        { QStringLiteral("send-keys"), QStringLiteral("-t"), QStringLiteral("top"), QStringLiteral("q") });
    QElapsedTimer t;
    t.start();
    bool gone = false;
    while (!gone && t.elapsed() < 10000) {
        tmux.run({ QStringLiteral("has-session"), QStringLiteral("-t"), QStringLiteral("top") });
        gone = tmux.lastCode() != 0;
        if (!gone)
            QThread::msleep(100);
    }
    EXPECT_TRUE(gone) << "top did not quit on q";
}

// The README's run command without a display: `meshscope-cli top` alone shows the live node
// with the sandbox network around it at once (its topics, then peers with scores).
TEST(TopCommand, LiveNodeWithSandboxInAPty)
{
    Tmux tmux;
    tmux.run({ QStringLiteral("new-session"), QStringLiteral("-d"), QStringLiteral("-s"),
        QStringLiteral("top"), QStringLiteral("-x"), QStringLiteral("100"), QStringLiteral("-y"),
        QStringLiteral("30"), QStringLiteral(OBS_CLI_DRIVER " top") });
    ASSERT_EQ(tmux.lastCode(), 0);
    EXPECT_TRUE(tmux.waitFor([](const QString& s) {
        return s.contains(QStringLiteral("sandbox/blocks")) && s.contains(QStringLiteral("sandbox/chat"));
    })) << tmux.screen().toStdString();
    EXPECT_TRUE(tmux.screen().contains(QStringLiteral("q quit")));
    tmux.run(
        { QStringLiteral("send-keys"), QStringLiteral("-t"), QStringLiteral("top"), QStringLiteral("q") });
    QElapsedTimer t;
    t.start();
    bool gone = false;
    while (!gone && t.elapsed() < 15000) {
        tmux.run({ QStringLiteral("has-session"), QStringLiteral("-t"), QStringLiteral("top") });
        gone = tmux.lastCode() != 0;
        if (!gone)
            QThread::msleep(100);
    }
    EXPECT_TRUE(gone) << "top did not quit on q";
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
