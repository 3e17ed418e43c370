// MetricsServer scraped with real HTTP clients on 127.0.0.1.
#include "core/qt/metricsserver.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <gtest/gtest.h>

namespace meshscope::coreqt {
namespace {

struct Reply {
    int status = 0;     // HTTP status
    QByteArray body;    // body
};

Reply get(quint16 port, const QString& path)
{
    QNetworkAccessManager nam;
    QNetworkReply* reply = nam.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path))));
    QSignalSpy done(reply, &QNetworkReply::finished);
    EXPECT_TRUE(done.wait(5000));
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    reply->deleteLater();
    return r;
}

// Sends raw bytes and returns everything the server answers before closing (event-driven, so
// the server in the same thread keeps running).
QByteArray raw(quint16 port, const QByteArray& request)
{
    QTcpSocket s;
    QByteArray answer;
    QObject::connect(&s, &QTcpSocket::readyRead, [&] { answer += s.readAll(); });
    QSignalSpy connected(&s, &QTcpSocket::connected);
    QSignalSpy closed(&s, &QTcpSocket::disconnected);
    s.connectToHost(QHostAddress::LocalHost, port);
    EXPECT_TRUE(connected.wait(5000));
    s.write(request);
    EXPECT_TRUE(closed.wait(8000));
    answer += s.readAll();
    return answer;
}

trace::NodeSnapshot sample()
{
    trace::NodeSnapshot s;
    trace::PeerSnapshot p;
    p.id = "peerA";
    s.peers.push_back(p);
    trace::TopicSnapshot t;
    t.topic = "blocks";
    t.subscribed = true;
    t.mesh = {"peerA"};
    t.health = trace::TopicHealth::Low;
    s.topics.push_back(t);
    return s;
}

TEST(MetricsServer, ServesMetricsToAnHttpClient)
{
    MetricsServer server;
    ASSERT_TRUE(server.listen(QStringLiteral("127.0.0.1:0"))) << server.errorString().toStdString();
    server.updateSnapshot(sample());
    const auto r = get(server.port(), QStringLiteral("/metrics"));
    EXPECT_EQ(r.status, 200);
    EXPECT_TRUE(r.body.contains("libp2p_pubsub_peers 1\n"));
    EXPECT_TRUE(r.body.contains("libp2p_gossipsub_peers_per_topic_mesh{topic=\"blocks\"} 1\n"));
    EXPECT_TRUE(r.body.contains("libp2p_gossipsub_low_peers_topics 1\n"));
    EXPECT_EQ(get(server.port(), QStringLiteral("/metrics?x=1")).status, 200);
    EXPECT_EQ(get(server.port(), QStringLiteral("/")).status, 404);
    EXPECT_EQ(get(server.port(), QStringLiteral("/metricsx")).status, 404);
}

TEST(MetricsServer, MalformedAndOversizedRequestsGet400)
{
    MetricsServer server;
    ASSERT_TRUE(server.listen(QHostAddress::LocalHost, 0));
    EXPECT_TRUE(raw(server.port(), "garbage\r\n\r\n").startsWith("HTTP/1.1 400 "));
    EXPECT_TRUE(raw(server.port(), "GET /metrics\r\n\r\n").startsWith("HTTP/1.1 400 "));
    EXPECT_TRUE(raw(server.port(), "GET /met\x01rics HTTP/1.1\r\n\r\n").startsWith("HTTP/1.1 400 "));
    EXPECT_TRUE(raw(server.port(), QByteArray(20000, 'A')).startsWith("HTTP/1.1 400 "));
    EXPECT_TRUE(raw(server.port(), "POST /metrics HTTP/1.1\r\n\r\n").startsWith("HTTP/1.1 405 "));
    const auto ok = raw(server.port(), "GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n");
    EXPECT_TRUE(ok.startsWith("HTTP/1.1 200 OK\r\n"));
    EXPECT_TRUE(ok.contains("Content-Type: text/plain; version=0.0.4"));
}

TEST(MetricsServer, SlowClientsTimeOutWith408AndOthersStillServed)
{
    MetricsServer server;
    server.setRequestTimeout(300);
    ASSERT_TRUE(server.listen(QHostAddress::LocalHost, 0));
    // A client that never finishes its head does not block another one.
    QTcpSocket idle;
    idle.connectToHost(QHostAddress::LocalHost, server.port());
    QSignalSpy idleConnected(&idle, &QTcpSocket::connected);
    ASSERT_TRUE(idleConnected.wait(5000));
    idle.write("GET /metrics HTTP/1.1\r\n");
    EXPECT_EQ(get(server.port(), QStringLiteral("/metrics")).status, 200);
    QSignalSpy idleClosed(&idle, &QTcpSocket::disconnected);
    ASSERT_TRUE(idleClosed.wait(5000));
    EXPECT_TRUE(idle.readAll().startsWith("HTTP/1.1 408 "));
}

TEST(MetricsServer, BadListenAddressesAreErrors)
{
    MetricsServer server;
    EXPECT_FALSE(server.listen(QStringLiteral("nonsense")));
    EXPECT_FALSE(server.listen(QStringLiteral("localhost:9100")));
    EXPECT_FALSE(server.listen(QStringLiteral("127.0.0.1:99999")));
    EXPECT_FALSE(server.errorString().isEmpty());
}

} // namespace
} // namespace meshscope::coreqt

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
