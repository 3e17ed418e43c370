// Two processes: `meshscope-cli collect --json --out DIR` as the collector, this test as the traced
// node (a TcpHost with RemoteTraceClient). Events arrive, are counted in tracer_events and the
// summary, and the per-node recording holds them unchanged.
#include "core/qt/remotetraceclient.h"
#include "core/trace/recordingreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <functional>

using namespace meshscope;
using namespace meshscope::coreqt;

namespace {
constexpr int kWaitMs = 20000; // bound on any wait

// Reads JSON lines from the collector process.
struct Lines {
    QProcess& process;
    QByteArray buffer;
    std::vector<QJsonObject> events;

    // Waits until an event named `name` is read (returns it) or the bound passes.
    std::optional<QJsonObject> waitFor(const QString& name, const std::function<bool(const QJsonObject&)>& pred = {})
    {
        for (int i = 0; i < kWaitMs / 20; ++i) {
            buffer += process.readAllStandardOutput();
            for (int nl = buffer.indexOf('\n'); nl >= 0; nl = buffer.indexOf('\n')) {
                events.push_back(QJsonDocument::fromJson(buffer.left(nl)).object());
                buffer.remove(0, nl + 1);
            }
            for (const auto& e : events)
                if (e.value(QStringLiteral("event")).toString() == name && (!pred || pred(e)))
                    return e;
            QSignalSpy readable(&process, &QProcess::readyReadStandardOutput);
            readable.wait(20); // runs the event loop, so our own host keeps working
        }
        return std::nullopt;
    }
};
} // namespace

TEST(RemoteTraceCli, CollectProcessReceivesAndRecordsOurEvents)
{
    QTemporaryDir dir;
    QProcess collector;
    collector.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    collector.start(QStringLiteral(MESHSCOPE_CLI_PATH),
                    {QStringLiteral("collect"), QStringLiteral("--json"), QStringLiteral("--out"), dir.path(),
                     QStringLiteral("--stats-interval"), QStringLiteral("0.1")});
    ASSERT_TRUE(collector.waitForStarted(kWaitMs));
    Lines lines{collector, {}, {}};
    const auto listening = lines.waitFor(QStringLiteral("listening"));
    ASSERT_TRUE(listening);
    const auto addrText = listening->value(QStringLiteral("addrs")).toArray().at(0).toString().toStdString();
    const auto addr = multiformats::Multiaddr::fromString(addrText);
    ASSERT_TRUE(addr) << addrText;

    TcpHost node(host::HostConfig{});
    ASSERT_TRUE(node.listen(multiformats::Multiaddr::fromString("/ip4/127.0.0.1/tcp/0").value()));
    RemoteTraceClient client(node, addr.value());
    client.start();
    std::vector<trace::TraceEvent> sent;
    for (int i = 0; i < 48; ++i) {
        const auto now = fromNanos(1'700'000'000'000'000'000 + i);
        sent.push_back(trace::publishMessage(node.localPeer().bytes(), now, "m" + std::to_string(i), "blocks"));
        client.addEvent(sent.back());
    }
    const QString self = QString::fromStdString(node.localPeer().toBase58());
    ASSERT_TRUE(lines.waitFor(QStringLiteral("tracer_connected"),
                              [&](const QJsonObject& e) { return e.value(QStringLiteral("peer_id")).toString() == self; }));
    ASSERT_TRUE(lines.waitFor(QStringLiteral("tracer_events"), [](const QJsonObject& e) {
        return e.value(QStringLiteral("total")).toDouble() == 48;
    }));
    client.stop();
    collector.terminate(); // SIGTERM: the collector closes its recordings and prints a summary
    const auto summary = lines.waitFor(QStringLiteral("summary"));
    ASSERT_TRUE(summary);
    // waitForFinished() is false for a process that already ended (our event loop may have seen it).
    ASSERT_TRUE(collector.state() == QProcess::NotRunning || collector.waitForFinished(kWaitMs));
    EXPECT_EQ(collector.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(collector.exitCode(), 0);
    EXPECT_EQ(summary->value(QStringLiteral("total_events")).toDouble(), 48);
    const auto nodes = summary->value(QStringLiteral("nodes")).toArray();
    ASSERT_EQ(nodes.size(), 1);
    EXPECT_EQ(nodes.at(0).toObject().value(QStringLiteral("peer_id")).toString(), self);
    const QString path = nodes.at(0).toObject().value(QStringLiteral("recording")).toString();
    ASSERT_TRUE(path.startsWith(dir.path() + QLatin1Char('/') + self + QStringLiteral("/trace.")));
    const auto contents = trace::readRecording(path.toStdString());
    ASSERT_FALSE(contents.error) << contents.error->message;
    ASSERT_EQ(contents.events.size(), sent.size());
    for (std::size_t i = 0; i < sent.size(); ++i)
        EXPECT_TRUE(trace::sameEvent(contents.events[i], sent[i])) << i;
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
