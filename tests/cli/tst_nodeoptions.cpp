#include "app/cli/nodeoptions.h"

#include <gtest/gtest.h>

using meshscope::cli::checkTcpMultiaddr;
using meshscope::cli::nodeHelpText;
using meshscope::cli::parseNodeOptions;

namespace {

const QString kPeer = QStringLiteral("12D3KooWFhPRoPRrs13qsJrzDMBCcuGeU9UiY5W2PJZmjptA8MPL");

QStringList args(std::initializer_list<const char*> list)
{
    QStringList out{QStringLiteral("meshscope-cli node")};
    for (const char* a : list)
        out << QString::fromUtf8(a);
    return out;
}

std::string errorOf(const QStringList& a)
{
    auto r = parseNodeOptions(a);
    EXPECT_FALSE(r.ok());
    return r.ok() ? std::string() : r.error().message;
}

} // namespace

TEST(NodeOptions, DefaultsListenOnLoopbackWithEphemeralKey)
{
    auto r = parseNodeOptions(args({}));
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_FALSE(r->helpRequested);
    EXPECT_EQ(r->options.listen, QStringList{QStringLiteral("/ip4/127.0.0.1/tcp/0")});
    EXPECT_TRUE(r->options.dial.isEmpty());
    EXPECT_TRUE(r->options.keyFile.isEmpty());
    EXPECT_FALSE(r->options.json);
    EXPECT_FALSE(r->options.durationSeconds.has_value());
    EXPECT_TRUE(r->options.warnings.isEmpty());
}

TEST(NodeOptions, RepeatedListenAndDialKeepOrder)
{
    const QString d1 = QStringLiteral("/ip4/127.0.0.1/tcp/4001/p2p/") + kPeer;
    const QString d2 = QStringLiteral("/ip6/::1/tcp/4002/p2p/") + kPeer;
    auto r = parseNodeOptions(QStringList{QStringLiteral("node"), QStringLiteral("--listen"),
                                          QStringLiteral("/ip4/127.0.0.1/tcp/5000"), QStringLiteral("--listen"),
                                          QStringLiteral("/ip6/::1/tcp/0"), QStringLiteral("--dial"), d1,
                                          QStringLiteral("--dial"), d2, QStringLiteral("--json"),
                                          QStringLiteral("--duration"), QStringLiteral("2.5"),
                                          QStringLiteral("--key"), QStringLiteral("/tmp/k.key")});
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(r->options.listen,
              (QStringList{QStringLiteral("/ip4/127.0.0.1/tcp/5000"), QStringLiteral("/ip6/::1/tcp/0")}));
    EXPECT_EQ(r->options.dial, (QStringList{d1, d2}));
    EXPECT_TRUE(r->options.json);
    ASSERT_TRUE(r->options.durationSeconds.has_value());
    EXPECT_DOUBLE_EQ(*r->options.durationSeconds, 2.5);
    EXPECT_EQ(r->options.keyFile, QStringLiteral("/tmp/k.key"));
}

TEST(NodeOptions, HelpShortCircuits)
{
    auto r = parseNodeOptions(args({"--help"}));
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r->helpRequested);
    const QString help = nodeHelpText();
    EXPECT_TRUE(help.startsWith(QStringLiteral("Usage: meshscope-cli node")));
    for (const char* opt : {"--listen", "--dial", "--key", "--json", "--duration", "--topic", "--publish",
                            "--sign-policy", "--msg-id", "--params", "--profile"})
        EXPECT_TRUE(help.contains(QLatin1String(opt))) << opt;
}

TEST(NodeOptions, DialWithoutPeerIdIsRefusedNamingTheAddress)
{
    const std::string e = errorOf(args({"--dial", "/ip4/127.0.0.1/tcp/4001"}));
    EXPECT_NE(e.find("/ip4/127.0.0.1/tcp/4001"), std::string::npos) << e;
    EXPECT_NE(e.find("/p2p/"), std::string::npos) << e;
}

TEST(NodeOptions, BadMultiaddrsAreNamed)
{
    for (const char* bad : {"ip4/127.0.0.1/tcp/1", "/ip4/1.2.3/tcp/1", "/ip4/127.0.0.1/udp/1", "/ip4/127.0.0.1/tcp/70000",
                            "/ip4/::1/tcp/1", "/ip6/127.0.0.1/tcp/1", "/dns4/localhost/tcp/1", "/ip4/127.0.0.1",
                            "/ip4/127.0.0.1/tcp/x"}) {
        const std::string e = errorOf(args({"--listen", bad}));
        EXPECT_NE(e.find(bad), std::string::npos) << bad << ": " << e;
        EXPECT_NE(e.find("--listen"), std::string::npos) << e;
    }
    const std::string withPeer = errorOf(args({"--listen", "/ip4/127.0.0.1/tcp/1/p2p/12D3KooWFhPRoPRrs13qsJrzDMBCcuGeU9UiY5W2PJZmjptA8MPL"}));
    EXPECT_NE(withPeer.find("no /p2p/"), std::string::npos) << withPeer;
    const std::string badPeer = errorOf(args({"--dial", "/ip4/127.0.0.1/tcp/1/p2p/not-a-peer"}));
    EXPECT_NE(badPeer.find("not-a-peer"), std::string::npos) << badPeer;
}

TEST(NodeOptions, CheckTcpMultiaddrAcceptsBothPeerIdForms)
{
    EXPECT_TRUE(checkTcpMultiaddr(QStringLiteral("/ip4/127.0.0.1/tcp/4001/p2p/") + kPeer, true).ok());
    EXPECT_TRUE(checkTcpMultiaddr(
                    QStringLiteral("/ip4/10.0.0.1/tcp/1/p2p/bafzaajaiaejcbm3ma6rbmm6ka5yyc6qsbvyvkx6ijkaa5tovmvtwmr2cwnnuy"),
                    true)
                    .ok());
    EXPECT_TRUE(checkTcpMultiaddr(QStringLiteral("/ip4/127.0.0.1/tcp/0"), false).ok());
    EXPECT_FALSE(checkTcpMultiaddr(QStringLiteral("/ip4/127.0.0.1/tcp/0"), true).ok());
    EXPECT_FALSE(checkTcpMultiaddr(QStringLiteral("/ip4/127.0.0.1/tcp/1/p2p/") + kPeer + QStringLiteral("/x"), true).ok());
}

TEST(NodeOptions, DurationMustBePositive)
{
    for (const char* bad : {"0", "-1", "abc", "inf", "nan"}) {
        const std::string e = errorOf(args({"--duration", bad}));
        EXPECT_NE(e.find("--duration"), std::string::npos) << e;
    }
}

TEST(NodeOptions, UnknownOptionAndStrayArgumentFail)
{
    EXPECT_NE(errorOf(args({"--bogus"})).find("bogus"), std::string::npos);
    EXPECT_NE(errorOf(args({"stray"})).find("stray"), std::string::npos);
    EXPECT_FALSE(parseNodeOptions(args({"--listen"})).ok()); // missing value
}

TEST(NodeOptions, GossipsubOptionsAreAcceptedWithoutWarnings)
{
    auto r = parseNodeOptions(args({"--topic", "a", "--topic", "b", "--publish", "a=hello=world", "--publish-count", "5",
                                    "--publish-interval-ms", "20", "--sign-policy", "strict-no-sign", "--msg-id",
                                    "content", "--params", "p.json", "--profile", "ethereum"}));
    ASSERT_TRUE(r.ok()) << r.error().message;
    const auto& o = r->options;
    EXPECT_EQ(o.topics, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    EXPECT_EQ(o.publishTopic, QStringLiteral("a"));
    EXPECT_EQ(o.publishText, QStringLiteral("hello=world"));
    EXPECT_EQ(o.publishCount, 5);
    EXPECT_EQ(o.publishIntervalMs, 20);
    EXPECT_EQ(o.signPolicy, QStringLiteral("strict-no-sign"));
    EXPECT_EQ(o.msgId, QStringLiteral("content"));
    EXPECT_EQ(o.paramsFile, QStringLiteral("p.json"));
    EXPECT_EQ(o.profile, QStringLiteral("ethereum"));
    EXPECT_EQ(o.statsIntervalMs, 1000);
    EXPECT_TRUE(o.warnings.isEmpty()) << o.warnings.join(QLatin1Char('\n')).toStdString();
}

TEST(NodeOptions, StatsIntervalAndMetricsAddressAreChecked)
{
    auto r = parseNodeOptions(args({"--stats-interval-ms", "0", "--metrics", "127.0.0.1:9100"}));
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(r->options.statsIntervalMs, 0);
    EXPECT_EQ(r->options.metricsAddress, QStringLiteral("127.0.0.1:9100"));
    EXPECT_NE(errorOf(args({"--stats-interval-ms", "-1"})).find("--stats-interval-ms"), std::string::npos);
    EXPECT_NE(errorOf(args({"--metrics", "9100"})).find("HOST:PORT"), std::string::npos);
    EXPECT_NE(errorOf(args({"--metrics", "localhost:99999"})).find("HOST:PORT"), std::string::npos);
    EXPECT_NE(errorOf(args({"--params", ""})).find("--params"), std::string::npos);
    EXPECT_EQ(r->options.publishAfterPeers, 1);
    auto four = parseNodeOptions(args({"--publish-after-peers", "4"}));
    ASSERT_TRUE(four.ok());
    EXPECT_EQ(four->options.publishAfterPeers, 4);
    EXPECT_NE(errorOf(args({"--publish-after-peers", "0"})).find("--publish-after-peers"), std::string::npos);
    EXPECT_NE(errorOf(args({"--remote-trace", "/ip4/127.0.0.1/tcp/4001"})).find("/p2p/"), std::string::npos);
}

TEST(NodeOptions, GossipsubOptionValuesAreChecked)
{
    EXPECT_NE(errorOf(args({"--sign-policy", "sometimes"})).find("sometimes"), std::string::npos);
    EXPECT_NE(errorOf(args({"--msg-id", "md5"})).find("md5"), std::string::npos);
    EXPECT_NE(errorOf(args({"--profile", "x"})).find("--profile"), std::string::npos);
    EXPECT_NE(errorOf(args({"--publish", "=text"})).find("T=TEXT"), std::string::npos);
    EXPECT_NE(errorOf(args({"--publish", "notext"})).find("T=TEXT"), std::string::npos);
    EXPECT_NE(errorOf(args({"--publish-count", "-2"})).find("--publish-count"), std::string::npos);
    EXPECT_NE(errorOf(args({"--publish-interval-ms", "x"})).find("--publish-interval-ms"), std::string::npos);
}

TEST(NodeOptions, ReadCoalescingDefaultsToOneMillisecondAndIsBounded)
{
    auto d = parseNodeOptions(args({}));
    ASSERT_TRUE(d.ok()) << d.error().message;
    EXPECT_EQ(d->options.readCoalesceMs, 1);
    auto off = parseNodeOptions(args({"--read-coalesce-ms", "0"}));
    ASSERT_TRUE(off.ok()) << off.error().message;
    EXPECT_EQ(off->options.readCoalesceMs, 0);
    EXPECT_NE(errorOf(args({"--read-coalesce-ms", "-1"})).find("--read-coalesce-ms"), std::string::npos);
    EXPECT_NE(errorOf(args({"--read-coalesce-ms", "500"})).find("at most 100"), std::string::npos);
}
