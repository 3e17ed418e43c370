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

TEST(JsonEvents, MessageSeqnoIsDecimalIdIsHexTextIsUtf8)
{
    MessageInfo m;
    m.topic = QStringLiteral("t");
    m.from = QStringLiteral("12D3KooWA");
    m.seqno = QByteArray::fromHex("0000000000000102");
    m.msgId = QByteArray::fromHex("00ff10");
    m.receivedFrom = QStringLiteral("12D3KooWB");
    m.data = QByteArrayLiteral("h\xc3\xa9llo-1");
    EXPECT_EQ(s(toJsonLine(events::message(m))),
              R"({"data_utf8":"h)" "\xc3\xa9" R"(llo-1","event":"message","from":"12D3KooWA","msg_id":"00ff10",)"
              R"("received_from":"12D3KooWB","seqno":"258","topic":"t"})"
              "\n");
}

TEST(JsonEvents, UnsignedBinaryMessageHasNullAuthorAndHexData)
{
    MessageInfo m;
    m.topic = QStringLiteral("t");
    m.msgId = QByteArray::fromHex("ab");
    m.receivedFrom = QStringLiteral("12D3KooWB");
    m.data = QByteArray::fromHex("c0af00ff"); // overlong '/', then a byte never valid in UTF-8
    const QJsonObject o = events::message(m);
    EXPECT_TRUE(o.value(QStringLiteral("from")).isNull());
    EXPECT_TRUE(o.value(QStringLiteral("seqno")).isNull());
    EXPECT_EQ(o.value(QStringLiteral("data_hex")).toString(), QStringLiteral("c0af00ff"));
    EXPECT_FALSE(o.contains(QStringLiteral("data_utf8")));
}

TEST(JsonEvents, Utf8CheckRefusesOverlongsSurrogatesAndTruncation)
{
    EXPECT_TRUE(isValidUtf8(QByteArray()));
    EXPECT_TRUE(isValidUtf8(QByteArrayLiteral("plain")));
    EXPECT_TRUE(isValidUtf8(QByteArray::fromHex("f09f9880"))); // U+1F600
    EXPECT_FALSE(isValidUtf8(QByteArray::fromHex("c0af")));    // overlong
    EXPECT_FALSE(isValidUtf8(QByteArray::fromHex("eda080")));  // surrogate D800
    EXPECT_FALSE(isValidUtf8(QByteArray::fromHex("f09f98")));  // truncated
    EXPECT_FALSE(isValidUtf8(QByteArray::fromHex("f4908080"))); // above U+10FFFF
    EXPECT_FALSE(isValidUtf8(QByteArray::fromHex("80")));      // lone continuation
}

TEST(JsonEvents, SeqnoOfOtherLengthsIsHex)
{
    EXPECT_EQ(seqnoText(QByteArray::fromHex("ffffffffffffffff")), QStringLiteral("18446744073709551615"));
    EXPECT_EQ(seqnoText(QByteArray::fromHex("0102")), QStringLiteral("0102"));
}

TEST(JsonEvents, GraftPruneAndSubscriptionEvents)
{
    EXPECT_EQ(s(toJsonLine(events::graftPrune(true, QStringLiteral("P"), QStringLiteral("t"), true))),
              R"({"direction":"sent","event":"graft","peer_id":"P","topic":"t"})"
              "\n");
    EXPECT_EQ(s(toJsonLine(events::graftPrune(false, QStringLiteral("P"), QStringLiteral("t"), false))),
              R"({"direction":"received","event":"prune","peer_id":"P","topic":"t"})"
              "\n");
    EXPECT_EQ(events::peerSubscription(QStringLiteral("P"), QStringLiteral("t"), false)
                  .value(QStringLiteral("event")).toString(), QStringLiteral("peer_unsubscribed"));
    EXPECT_EQ(s(toJsonLine(events::subscribed(QStringLiteral("t")))), R"({"event":"subscribed","topic":"t"})"
                                                                       "\n");
}

TEST(JsonEvents, RejectedPublishedAndStats)
{
    EXPECT_EQ(s(toJsonLine(events::rejected(QStringLiteral("P"), QStringLiteral("t"), QByteArray::fromHex("01"),
                                            QStringLiteral("invalid signature")))),
              R"({"event":"rejected","msg_id":"01","peer_id":"P","reason":"invalid signature","topic":"t"})"
              "\n");
    EXPECT_EQ(s(toJsonLine(events::published(QStringLiteral("t"), QByteArray::fromHex("02"), 3, "x-3"))),
              R"({"data_utf8":"x-3","event":"published","index":3,"msg_id":"02","topic":"t"})"
              "\n");
    StatsInfo st;
    st.peers = 2;
    st.mesh[QStringLiteral("t")] = 1;
    st.counters[QStringLiteral("delivered")] = 7;
    st.scores[QStringLiteral("P")] = -12.5;
    EXPECT_EQ(s(toJsonLine(events::stats(st))),
              R"({"counters":{"delivered":7},"event":"stats","fanout":{},"mesh":{"t":1},"peers":2,"scores":{"P":-12.5}})"
              "\n");
}

TEST(JsonEvents, SummaryCountsGossip)
{
    Summary sum;
    sum.messages = 100;
    sum.published = 4;
    sum.rejected = 2;
    sum.graftsSent = 1;
    const QJsonObject o = events::summary(sum);
    EXPECT_EQ(o.value(QStringLiteral("messages")).toInt(), 100);
    EXPECT_EQ(o.value(QStringLiteral("published")).toInt(), 4);
    EXPECT_EQ(o.value(QStringLiteral("rejected")).toInt(), 2);
    EXPECT_EQ(o.value(QStringLiteral("grafts_sent")).toInt(), 1);
}

// The hand-written "message" line is byte-for-byte what QJsonDocument writes, for every ASCII
// control and escape, multi-byte UTF-8, binary data (hex) and absent from/seqno (null).
TEST(JsonEvents, HandWrittenMessageLineEqualsQJsonDocument)
{
    QByteArray everyAscii;
    for (int c = 0; c < 0x80; ++c)
        everyAscii.append(static_cast<char>(c));
    const QByteArray datas[] = {QByteArray(), everyAscii, QByteArray("h\xc3\xa9llo \xe2\x82\xac \xf0\x9f\x98\x80"),
                                QByteArray("\xff\xfe\x00\x01", 4), QByteArray("a\"b\\c/d")};
    const QString topics[] = {QStringLiteral("t"), QString::fromUtf8("t\xc3\xa9/\"x\"\\\t\n")};
    for (const auto& data : datas) {
        for (const auto& topic : topics) {
            for (const bool signedMessage : {true, false}) {
                MessageInfo m;
                m.topic = topic;
                m.data = data;
                m.msgId = QByteArray("\x01\x02\xab", 3);
                m.receivedFrom = QStringLiteral("12D3KooWRecv");
                if (signedMessage) {
                    m.from = QStringLiteral("12D3KooWAuthor");
                    m.seqno = QByteArray("\x00\x00\x00\x00\x00\x00\x01\x02", 8);
                }
                EXPECT_EQ(messageJsonLine(m).toStdString(), toJsonLine(events::message(m)).toStdString());
            }
        }
    }
}

TEST(JsonEvents, WriterMessageLineWithoutEventLoopIsWrittenAtOnce)
{
    std::FILE* f = std::tmpfile();
    ASSERT_NE(f, nullptr);
    {
        EventWriter json(true, f);
        MessageInfo m;
        m.topic = QStringLiteral("t");
        m.data = QByteArray("x");
        json.writeMessage(m);
        std::rewind(f);
        char buf[256] = {};
        const std::size_t n = std::fread(buf, 1, sizeof buf - 1, f);
        EXPECT_EQ(std::string(buf, n), toJsonLine(events::message(m)).toStdString());
    }
    std::fclose(f);
}
