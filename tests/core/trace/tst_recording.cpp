#include "core/trace/recordingreader.h"
#include "core/trace/recordingwriter.h"

#include "core/trace/tracejson.h"
#include "sampleevents.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <tuple>

using namespace meshscope;
using namespace meshscope::trace;
using namespace meshscope::trace::testing;
namespace fs = std::filesystem;

namespace {

class Recording : public ::testing::Test {
protected:
    void SetUp() override
    {
        const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
        m_dir = fs::path(::testing::TempDir()) / (std::string("meshscope_trace_") + info->name());
        fs::remove_all(m_dir);
        fs::create_directories(m_dir);
    }
    void TearDown() override { fs::remove_all(m_dir); }
    std::string path(const std::string& name) const { return (m_dir / name).string(); }

    fs::path m_dir; // scratch directory of this test
};

void writeFile(const std::string& path, BytesView bytes)
{
    std::ofstream f(path, std::ios::binary);
    f.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
}

Bytes readFile(const std::string& path)
{
    std::ifstream f(path, std::ios::binary);
    return Bytes(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>());
}

void writeAll(const std::string& path, const std::vector<TraceEvent>& events)
{
    auto w = RecordingWriter::open({path});
    ASSERT_TRUE(w.ok()) << w.error().message;
    for (const auto& ev : events)
        ASSERT_TRUE((*w)->write(ev).ok());
    ASSERT_TRUE((*w)->close().ok());
}

void expectSame(const std::vector<TraceEvent>& got, const std::vector<TraceEvent>& want)
{
    ASSERT_EQ(got.size(), want.size());
    for (std::size_t i = 0; i < got.size(); ++i)
        EXPECT_TRUE(sameEvent(got[i], want[i])) << i;
}

} // namespace

TEST(RecordingFormatTest, SuffixesAsTheCommandLineDefinesThem)
{
    EXPECT_EQ(recordingFormatFromPath("a.pb").format, TraceFormat::Protobuf);
    EXPECT_TRUE(recordingFormatFromPath("a.pb").suffixKnown);
    EXPECT_FALSE(recordingFormatFromPath("trace").suffixKnown);
    EXPECT_EQ(recordingFormatFromPath("a.json").format, TraceFormat::Json);
    EXPECT_EQ(recordingFormatFromPath("a.JSONL").format, TraceFormat::Json);
    EXPECT_TRUE(recordingFormatFromPath("a.json.gz").gzip);
    EXPECT_EQ(recordingFormatFromPath("a.json.gz").format, TraceFormat::Json);
    EXPECT_TRUE(recordingFormatFromPath("a.pb.gz").gzip);
    EXPECT_TRUE(recordingFormatFromPath("trace.gz").gzip);
    EXPECT_EQ(recordingFormatFromPath("a.jsonl.gz.12").format, TraceFormat::Json);
    EXPECT_TRUE(recordingFormatFromPath("a.jsonl.gz.12").gzip);
}

TEST_F(Recording, EveryFormatRoundTripsThroughFiles)
{
    const auto events = sampleEvents();
    for (const char* name : {"r.pb", "r", "r.json", "r.jsonl", "r.pb.gz", "r.json.gz", "r.gz"}) {
        writeAll(path(name), events);
        auto back = readRecording(path(name));
        ASSERT_FALSE(back.error) << name << ": " << back.error->message;
        expectSame(back.events, events);
    }
    // The suffix chose the bytes: JSON text, gzip magic, plain protobuf.
    EXPECT_EQ(readFile(path("r.json"))[0], '{');
    EXPECT_EQ(readFile(path("r.pb.gz"))[0], 0x1f);
    EXPECT_EQ(readFile(path("r.pb")), readFile(path("r")));
}

TEST_F(Recording, GoFilesBuiltByHandOpen)
{
    // PBTracer bytes under a .pb name, the same gzipped as go's traced collector writes them
    // (its names: `current`, then `trace.<unix ns>.pb.gz`), and JSONTracer lines under .json.
    writeFile(path("go.pb"), goPbBytes());
    GzipDeflater gz;
    Bytes zipped;
    gz.write(goPbBytes(), zipped);
    gz.finish(zipped);
    writeFile(path("current"), zipped);                          // traced's file being written
    writeFile(path("trace.1700000000123456789.pb.gz"), zipped);  // traced's rotated file name
    const std::string lines =
        R"({"type":0,"peerID":"ACQIARIgAAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=","timestamp":1700000000123456789,)"
        R"("publishMessage":{"messageID":"bXNnLTE=","topic":"blocks"}})"
        "\n"
        R"({"type":4,"peerID":"ACQIARIgAAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=","timestamp":1700000000123456789,)"
        R"("addPeer":{"peerID":"ACQIARIgAAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHu4=","proto":"/meshsub/1.1.0"}})"
        "\n"
        R"({"type":11,"peerID":"ACQIARIgAAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=","timestamp":1700000000123456789,)"
        R"("graft":{"peerID":"ACQIARIgAAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHu4=","topic":"blocks"}})"
        "\n";
    writeFile(path("go.json"), asBytes(lines));
    for (const char* name : {"go.pb", "current", "trace.1700000000123456789.pb.gz", "go.json"}) {
        auto back = readRecording(path(name));
        ASSERT_FALSE(back.error) << name << ": " << back.error->message;
        expectSame(back.events, goPbEvents());
    }
}

TEST_F(Recording, GzipDetectedByContentWhateverTheSuffix)
{
    GzipDeflater gz;
    Bytes zipped;
    gz.write(goPbBytes(), zipped);
    gz.finish(zipped);
    writeFile(path("mislabelled.pb"), zipped);
    auto back = readRecording(path("mislabelled.pb"));
    ASSERT_FALSE(back.error) << back.error->message;
    EXPECT_EQ(back.events.size(), 3u);
}

TEST_F(Recording, TruncatedFileKeepsEarlierEventsAndNamesOffset)
{
    const auto events = sampleEvents();
    writeAll(path("t.pb"), events);
    Bytes bytes = readFile(path("t.pb"));
    bytes.resize(bytes.size() - 3);
    writeFile(path("t.pb"), bytes);
    auto back = readRecording(path("t.pb"));
    ASSERT_TRUE(back.error);
    EXPECT_NE(back.error->message.find("t.pb"), std::string::npos) << back.error->message;
    EXPECT_NE(back.error->message.find("byte offset"), std::string::npos) << back.error->message;
    expectSame(back.events, std::vector<TraceEvent>(events.begin(), events.end() - 1));

    writeAll(path("t.json.gz"), events);
    Bytes gz = readFile(path("t.json.gz"));
    gz.resize(gz.size() - 5); // lose part of the trailer
    writeFile(path("t.json.gz"), gz);
    auto back2 = readRecording(path("t.json.gz"));
    ASSERT_TRUE(back2.error);
    EXPECT_NE(back2.error->message.find("truncated"), std::string::npos) << back2.error->message;
    expectSame(back2.events, events);
}

TEST_F(Recording, MissingFileIsAnError)
{
    auto back = readRecording(path("nope.pb"));
    ASSERT_TRUE(back.error);
    EXPECT_NE(back.error->message.find("nope.pb"), std::string::npos);
}

TEST_F(Recording, RotatesBySizeAndKeepsAtMostMaxFiles)
{
    const auto events = sampleEvents();
    std::vector<TraceEvent> all;
    for (int i = 0; i < 400; ++i)
        all.insert(all.end(), events.begin(), events.end());
    // zlib emits compressed bytes a block at a time, so a gzip part overshoots by up to a block.
    for (auto [name, limit, slack] : {std::tuple<const char*, std::uint64_t, std::uint64_t>{"rot.pb", 20000, 1500},
                                      {"rot.json.gz", 1000, 16 << 10}}) {
        auto w = RecordingWriter::open({path(name), limit, 0});
        ASSERT_TRUE(w.ok());
        for (const auto& ev : all)
            ASSERT_TRUE((*w)->write(ev).ok());
        ASSERT_TRUE((*w)->close().ok());
        const auto parts = (*w)->parts();
        ASSERT_GT(parts.size(), 2u) << name;
        EXPECT_EQ(parts[0], path(name));
        EXPECT_EQ(parts[1], path(name) + ".1");
        std::vector<TraceEvent> back;
        for (const auto& p : parts) {
            EXPECT_LT(fs::file_size(p), limit + slack) << p;
            auto part = readRecording(p);
            ASSERT_FALSE(part.error) << p << ": " << part.error->message;
            back.insert(back.end(), part.events.begin(), part.events.end());
        }
        expectSame(back, all);
    }

    auto w = RecordingWriter::open({path("keep.pb"), 10000, 3});
    ASSERT_TRUE(w.ok());
    for (const auto& ev : all)
        ASSERT_TRUE((*w)->write(ev).ok());
    ASSERT_TRUE((*w)->close().ok());
    const auto& parts = (*w)->parts();
    ASSERT_EQ(parts.size(), 3u);
    EXPECT_FALSE(fs::exists(path("keep.pb")));
    EXPECT_TRUE(fs::exists(parts.back()));
    std::size_t files = 0;
    for (const auto& entry : fs::directory_iterator(m_dir))
        files += entry.path().filename().string().rfind("keep.pb", 0) == 0;
    EXPECT_EQ(files, 3u);
}

TEST_F(Recording, FlushMakesGzipEventsReadableWhileWriting)
{
    auto w = RecordingWriter::open({path("live.pb.gz")});
    ASSERT_TRUE(w.ok());
    for (const auto& ev : sampleEvents())
        ASSERT_TRUE((*w)->write(ev).ok());
    ASSERT_TRUE((*w)->flush().ok());
    auto partial = readRecording(path("live.pb.gz"));
    ASSERT_TRUE(partial.error); // no trailer yet
    EXPECT_EQ(partial.events.size(), sampleEvents().size());
    ASSERT_TRUE((*w)->close().ok());
    EXPECT_FALSE((*w)->write(sampleEvents()[0]).ok());
}

TEST_F(Recording, StreamingReaderReturnsBoundedSteps)
{
    std::vector<TraceEvent> all;
    for (int i = 0; i < 500; ++i)
        for (const auto& ev : sampleEvents())
            all.push_back(ev);
    writeAll(path("big.json.gz"), all);
    auto r = RecordingReader::open(path("big.json.gz"));
    ASSERT_TRUE(r.ok());
    std::vector<TraceEvent> got;
    int steps = 0;
    for (;;) {
        auto more = (*r)->readSome(got);
        ASSERT_TRUE(more.ok()) << more.error().message;
        ++steps;
        if (!*more)
            break;
    }
    EXPECT_GT(steps, 2);
    EXPECT_TRUE((*r)->decoder().gzipped());
    EXPECT_EQ((*r)->decoder().format(), TraceFormat::Json);
    expectSame(got, all);
}
