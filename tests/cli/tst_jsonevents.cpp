#include "app/cli/jsonevents.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

#include <cstdio>
#include <string>

using namespace meshscope::cli;

namespace {

PeerInfo samplePeer()
{
    PeerInfo p;
    p.peerId = QStringLiteral("12D3KooWFhPRoPRrs13qsJrzDMBCcuGeU9UiY5W2PJZmjptA8MPL");
    p.direction = QStringLiteral("outbound");
    p.addr = QStringLiteral("/ip4/127.0.0.1/tcp/4001/p2p/12D3KooWFhPRoPRrs13qsJrzDMBCcuGeU9UiY5W2PJZmjptA8MPL");
    p.agent = QStringLiteral("js-libp2p/2.10.0 \"quoted\"");
    p.protocols = QStringList{QStringLiteral("/ipfs/id/1.0.0"), QStringLiteral("/ipfs/ping/1.0.0")};
    p.muxer = QStringLiteral("/yamux/1.0.0");
    return p;
}

std::string s(const QByteArray& b) { return b.toStdString(); }

} // namespace

TEST(JsonEvents, LineIsCompactOneObjectWithNewline)
{
    const QByteArray line = toJsonLine(events::ping(QStringLiteral("12D3KooWX"), 1.23456789));
    EXPECT_EQ(s(line), R"({"event":"ping","peer_id":"12D3KooWX","rtt_ms":1.235})"
                       "\n");
    EXPECT_EQ(line.count('\n'), 1);
}

TEST(JsonEvents, ListeningCarriesAddrsInOrder)
{
    const QByteArray line = toJsonLine(events::listening(
        QStringLiteral("12D3KooWX"), {QStringLiteral("/ip4/127.0.0.1/tcp/1/p2p/12D3KooWX"), QStringLiteral("/ip6/::1/tcp/2/p2p/12D3KooWX")}));
    EXPECT_EQ(s(line), R"({"addrs":["/ip4/127.0.0.1/tcp/1/p2p/12D3KooWX","/ip6/::1/tcp/2/p2p/12D3KooWX"],)"
                       R"("event":"listening","peer_id":"12D3KooWX"})"
                       "\n");
}

TEST(JsonEvents, PeerConnectedHasEveryFieldAndEscapes)
{
    const QJsonObject o = events::peerConnected(samplePeer());
    for (const char* key : {"event", "peer_id", "direction", "addr", "agent", "protocols", "muxer"})
        EXPECT_TRUE(o.contains(QLatin1String(key))) << key;
    const QByteArray line = toJsonLine(o);
    EXPECT_NE(line.indexOf(R"("agent":"js-libp2p/2.10.0 \"quoted\"")"), -1) << s(line);
    // Round trip: what a script parses back is what we put in.
    const QJsonObject back = QJsonDocument::fromJson(line).object();
    EXPECT_EQ(back.value(QStringLiteral("protocols")).toArray().size(), 2);
    EXPECT_EQ(back.value(QStringLiteral("muxer")).toString(), QStringLiteral("/yamux/1.0.0"));
    EXPECT_EQ(back.value(QStringLiteral("event")).toString(), QStringLiteral("peer_connected"));
}

TEST(JsonEvents, NonAsciiAndControlCharactersStayOnOneLine)
{
    PeerInfo p = samplePeer();
    p.agent = QStringLiteral("agent\nwith newline \u00e9");
    const QByteArray line = toJsonLine(events::peerConnected(p));
    EXPECT_EQ(line.count('\n'), 1);
    EXPECT_TRUE(line.endsWith('\n'));
    EXPECT_EQ(QJsonDocument::fromJson(line).object().value(QStringLiteral("agent")).toString(), p.agent);
}

TEST(JsonEvents, SummaryAndErrors)
{
    Summary sum;
    sum.peerId = QStringLiteral("12D3KooWX");
    sum.uptimeSeconds = 2.0004;
    sum.connections = 3;
    sum.disconnections = 1;
    sum.connectedAtExit = 2;
    sum.pings = 7;
    sum.pingFailures = 1;
    sum.dialFailures = 4;
    const QJsonObject o = events::summary(sum);
    EXPECT_EQ(o.value(QStringLiteral("event")).toString(), QStringLiteral("summary"));
    EXPECT_EQ(o.value(QStringLiteral("connections")).toInt(), 3);
    EXPECT_EQ(o.value(QStringLiteral("dial_failures")).toInt(), 4);
    EXPECT_DOUBLE_EQ(o.value(QStringLiteral("uptime_s")).toDouble(), 2.0);
    const QJsonObject d = events::dialFailed(QStringLiteral("/ip4/127.0.0.1/tcp/1/p2p/X"), QStringLiteral("peer id mismatch"));
    EXPECT_EQ(d.value(QStringLiteral("event")).toString(), QStringLiteral("dial_failed"));
    EXPECT_EQ(d.value(QStringLiteral("reason")).toString(), QStringLiteral("peer id mismatch"));
}

TEST(JsonEvents, HumanLines)
{
    EXPECT_EQ(toHumanLine(events::ping(QStringLiteral("P"), 0.5)), QStringLiteral("ping P 0.500 ms"));
    EXPECT_EQ(toHumanLine(events::listening(QStringLiteral("P"), {QStringLiteral("/a"), QStringLiteral("/b")})),
              QStringLiteral("listening as P on /a /b"));
    const QString c = toHumanLine(events::peerConnected(samplePeer()));
    EXPECT_TRUE(c.startsWith(QStringLiteral("connected 12D3KooW"))) << c.toStdString();
    EXPECT_TRUE(c.contains(QStringLiteral("/yamux/1.0.0"))) << c.toStdString();
    EXPECT_TRUE(c.contains(QStringLiteral("/ipfs/ping/1.0.0"))) << c.toStdString();
    EXPECT_EQ(toHumanLine(events::dialFailed(QStringLiteral("/x"), QStringLiteral("refused"))),
              QStringLiteral("dial /x failed: refused"));
    EXPECT_TRUE(toHumanLine(events::summary({})).startsWith(QStringLiteral("summary: ")));
    QJsonObject unknown;
    unknown.insert(QStringLiteral("event"), QStringLiteral("graft"));
    unknown.insert(QStringLiteral("topic"), QStringLiteral("t"));
    EXPECT_EQ(toHumanLine(unknown), QStringLiteral("graft topic=t"));
}

TEST(JsonEvents, WriterFlushesEachEvent)
{
    std::FILE* f = std::tmpfile();
    ASSERT_NE(f, nullptr);
    EventWriter json(true, f);
    json.write(events::ping(QStringLiteral("P"), 1));
    EventWriter human(false, f);
    human.write(events::ping(QStringLiteral("P"), 1));
    std::rewind(f);
    char buf[256] = {};
    const std::size_t n = std::fread(buf, 1, sizeof buf - 1, f);
    std::fclose(f);
    EXPECT_EQ(std::string(buf, n), "{\"event\":\"ping\",\"peer_id\":\"P\",\"rtt_ms\":1}\nping P 1.000 ms\n");
}
