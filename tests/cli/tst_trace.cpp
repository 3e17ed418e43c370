// `meshscope-cli trace` run as a process on real recording files.
#include "core/trace/recordingreader.h"
#include "core/trace/nodesnapshot.h"
#include "core/trace/recordingwriter.h"

#include <QCoreApplication>
#include <QProcess>
#include <gtest/gtest.h>

#include <filesystem>

namespace {

using namespace meshscope;
using namespace std::chrono_literals;

Bytes peer(std::uint8_t n)
{
    Bytes b{0x00, 0x24, 0x08, 0x01, 0x12, 0x20};
    for (std::uint8_t i = 0; i < 32; ++i)
        b.push_back(i);
    b.back() = n;
    return b;
}

std::vector<trace::TraceEvent> events()
{
    std::vector<trace::TraceEvent> ev;
    const TimePoint t0 = fromNanos(1'000'000'000);
    ev.push_back(trace::publishMessage(peer(1), t0, "m1", "blocks"));
    ev.push_back(trace::graft(peer(1), t0, peer(2), "blocks"));
    ev.push_back(trace::graft(peer(1), t0, peer(3), "votes"));
    for (std::uint8_t i = 2; i < 6; ++i)
        ev.push_back(trace::deliverMessage(peer(i), t0 + i * 10ms, "m1", "blocks", peer(1)));
    return ev;
}

struct Tmp {
    std::filesystem::path dir = std::filesystem::temp_directory_path() / ("tst_cli_trace_" + std::to_string(::getpid()));
    Tmp() { std::filesystem::create_directories(dir); }
    ~Tmp() { std::filesystem::remove_all(dir); }
    std::string operator()(const std::string& name) const { return (dir / name).string(); }
};

void write(const std::string& path, const std::vector<trace::TraceEvent>& ev)
{
    auto w = trace::RecordingWriter::open({path, 0, 0});
    ASSERT_TRUE(w.ok());
    for (const auto& e : ev)
        ASSERT_TRUE(w.value()->write(e).ok());
    ASSERT_TRUE(w.value()->close().ok());
}

struct Run {
    int code = -1;      // exit code
    QByteArray out;     // stdout
    QByteArray err;     // stderr
};

Run cli(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(OBS_CLI_DRIVER), QStringList{QStringLiteral("trace")} + args);
    EXPECT_TRUE(p.waitForFinished(30000));
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

TEST(TraceCommand, ConvertRoundTripsBetweenFormats)
{
    Tmp tmp;
    write(tmp("in.pb"), events());
    auto r = cli({QStringLiteral("convert"), QString::fromStdString(tmp("in.pb")), QString::fromStdString(tmp("out.json.gz"))});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    r = cli({QStringLiteral("convert"), QString::fromStdString(tmp("out.json.gz")), QString::fromStdString(tmp("back.pb"))});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const auto back = trace::readRecording(tmp("back.pb"));
    ASSERT_FALSE(back.error);
    const auto orig = events();
    ASSERT_EQ(back.events.size(), orig.size());
    for (std::size_t i = 0; i < orig.size(); ++i)
        EXPECT_TRUE(trace::sameEvent(orig[i], back.events[i])) << i;
}

TEST(TraceCommand, SummaryCountsAndDelays)
{
    Tmp tmp;
    write(tmp("in.pb.gz"), events());
    const auto r = cli({QStringLiteral("summary"), QString::fromStdString(tmp("in.pb.gz"))});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("events: 7")) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains("DELIVER_MESSAGE: 4"));
    EXPECT_TRUE(r.out.contains("GRAFT: 2"));
    EXPECT_TRUE(r.out.contains("topic blocks: deliveries 4 p50 40.000 ms p90 50.000 ms")) << r.out.toStdString();
}

TEST(TraceCommand, FiltersByTypeTopicAndPeer)
{
    Tmp tmp;
    write(tmp("in.pb"), events());
    auto r = cli({QStringLiteral("convert"), QString::fromStdString(tmp("in.pb")), QString::fromStdString(tmp("g.jsonl")),
                  QStringLiteral("--type"), QStringLiteral("graft"), QStringLiteral("--topic"), QStringLiteral("votes")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    auto got = trace::readRecording(tmp("g.jsonl"));
    ASSERT_EQ(got.events.size(), 1u);
    EXPECT_EQ(got.events[0].graft().topic(), "votes");

    const auto p4 = trace::peerText(peer(4));
    r = cli({QStringLiteral("cat"), QString::fromStdString(tmp("in.pb")), QStringLiteral("--peer"), QString::fromStdString(p4)});
    ASSERT_EQ(r.code, 0);
    EXPECT_EQ(r.out.count('\n'), 1) << r.out.toStdString(); // only peer 4's delivery

    r = cli({QStringLiteral("summary"), QString::fromStdString(tmp("in.pb")), QStringLiteral("--type"), QStringLiteral("NOPE")});
    EXPECT_EQ(r.code, 2);
}

TEST(TraceCommand, DamagedInputKeepsEarlierEventsAndNamesTheOffset)
{
    Tmp tmp;
    write(tmp("in.pb"), events());
    std::filesystem::resize_file(tmp("in.pb"), std::filesystem::file_size(tmp("in.pb")) - 2);
    const auto r = cli({QStringLiteral("convert"), QString::fromStdString(tmp("in.pb")), QString::fromStdString(tmp("out.pb"))});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains("offset")) << r.err.toStdString();
    const auto got = trace::readRecording(tmp("out.pb"));
    EXPECT_FALSE(got.error);
    EXPECT_EQ(got.events.size(), events().size() - 1);
    EXPECT_EQ(cli({QStringLiteral("summary"), QStringLiteral("/nonexistent.pb")}).code, 1);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
