// Models under QAbstractItemModelTester, fed hand-built snapshots and trace batches: rows appear,
// change and vanish with minimal signals; backoffs show; logs stay bounded; the parameter model
// rejects invalid values naming the field and hands out valid profiles.

#include "core/trace/traceevent.h"
#include "widgets/models/logmodel.h"
#include "widgets/models/paramsmodel.h"
#include "widgets/models/peersmodel.h"
#include "widgets/models/topicsmodel.h"
#include "widgets/models/trafficstats.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <nlohmann/json.hpp>

using namespace meshscope;
using namespace std::chrono_literals;

namespace {

trace::PeerSnapshot peer(const std::string& id, double score = 0)
{
    trace::PeerSnapshot p;
    p.id = id;
    p.address = "/ip4/10.0.0.1/tcp/4001";
    p.agent = "test";
    p.score.known = true;
    p.score.total = score;
    p.topics = { "t" };
    return p;
}

trace::NodeSnapshot snapshotWith(std::vector<std::string> ids)
{
    trace::NodeSnapshot s;
    s.time = fromNanos(1'000'000'000'000);
    for (const auto& id : ids)
        s.peers.push_back(peer(id));
    trace::TopicSnapshot t;
    t.topic = "t";
    t.subscribed = true;
    t.D = 6;
    t.Dlo = 4;
    t.Dhi = 12;
    t.peers = ids;
    s.topics.push_back(t);
    return s;
}

coreqt::TraceBatch batchOf(std::vector<trace::TraceEvent> events)
{
    coreqt::TraceBatch b;
    b.events = std::make_shared<const std::vector<trace::TraceEvent>>(std::move(events));
    return b;
}

} // namespace

class TestModels : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void peersAppearChangeAndVanish()
    {
        widgets::PeersModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setSnapshot(snapshotWith({ "a", "c" }));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(inserted.count(), 1);
        model.setSnapshot(snapshotWith({ "a", "b", "c", "d" }));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(inserted.count(), 3); // "b" and "d" are two separate runs
        QCOMPARE(model.index(1, widgets::PeersModel::Id).data(widgets::PeersModel::PeerIdRole).toString(),
            QStringLiteral("b"));
        model.setSnapshot(snapshotWith({ "b" }));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(removed.count(), 2); // "c","d" then "a"
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.index(0, 0).data(widgets::PeersModel::PeerIdRole).toString(), QStringLiteral("b"));
    }

    void unchangedSnapshotEmitsNothing()
    {
        widgets::PeersModel model;
        model.setSnapshot(snapshotWith({ "a", "b" }));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setSnapshot(snapshotWith({ "a", "b" }));
        QCOMPARE(changed.count(), 0);
        auto s = snapshotWith({ "a", "b" });
        s.peers[1].score.total = -42;
        model.setSnapshot(s);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 1);
        QCOMPARE(model.index(1, widgets::PeersModel::Score).data().toString(), QStringLiteral("-42.00"));
    }

    void meshAndBackoffShow()
    {
        widgets::PeersModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto s = snapshotWith({ "a", "b" });
        s.topics[0].mesh = { "a" };
        s.backoffs.push_back({ "b", "t", s.time + 30s });
        model.setSnapshot(s);
        QCOMPARE(model.index(0, widgets::PeersModel::InMesh).data().toString(), QStringLiteral("t"));
        QCOMPARE(model.index(1, widgets::PeersModel::Backoff).data().toString(), QStringLiteral("t (30 s)"));
        QCOMPARE(model.index(1, widgets::PeersModel::Backoff).data(widgets::PeersModel::SortRole).toDouble(),
            30.0);
        // pruned from the mesh: the mesh column empties, the row stays
        s.topics[0].mesh.clear();
        s.time += 10s;
        model.setSnapshot(s);
        QCOMPARE(model.index(0, widgets::PeersModel::InMesh).data().toString(), QString());
        QCOMPARE(model.index(1, widgets::PeersModel::Backoff).data().toString(), QStringLiteral("t (20 s)"));
    }

    void topicsHealth()
    {
        widgets::TopicsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto s = snapshotWith({ "a", "b" });
        s.topics[0].mesh = { "a", "b" };
        s.topics[0].health = trace::TopicHealth::Low;
        s.topics[0].underDout = true;
        model.setSnapshot(s);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, widgets::TopicsModel::Mesh).data().toInt(), 2);
        QCOMPARE(model.index(0, widgets::TopicsModel::Band).data().toString(), QStringLiteral("4 / 6 / 12"));
        QCOMPARE(model.index(0, widgets::TopicsModel::Health).data().toString(),
            QStringLiteral("low, under D_out"));
        s.topics.push_back(s.topics[0]);
        s.topics[1].topic = "u";
        model.setSnapshot(s);
        QCOMPARE(model.rowCount(), 2);
    }

    void messageLogIsBounded()
    {
        widgets::MessageLogModel model(100);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Bytes self { 1, 2, 3 };
        const Bytes from { 0, 4, 1, 2, 3, 4 };
        for (int round = 0; round < 5; ++round) {
            std::vector<trace::TraceEvent> events;
            for (int i = 0; i < 60; ++i) {
                const std::string id = "m" + std::to_string(round * 60 + i);
                events.push_back(trace::deliverMessage(self, fromNanos(i), id, "t", from));
                events.push_back(trace::graft(self, fromNanos(i), from, "t")); // not a message: skipped
            }
            model.addBatch(batchOf(std::move(events)));
        }
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(model.entry(99).messageId, QByteArray("m299"));
        QCOMPARE(model.entry(0).messageId, QByteArray("m200"));
    }

    void timelineSeesGraftPruneAndBackoff()
    {
        widgets::EventTimelineModel model(1000);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Bytes self { 1 };
        const Bytes p { 9, 9 };
        model.addBatch(
            batchOf({ trace::graft(self, fromNanos(1), p, "t"), trace::prune(self, fromNanos(2), p, "t"),
                trace::deliverMessage(self, fromNanos(3), "x", "t", p) }));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, widgets::LogModel::Kind).data().toString(), QStringLiteral("GRAFT"));
        auto s = snapshotWith({ "a" });
        s.scoringEnabled = true;
        model.addSnapshot(s);
        s.backoffs.push_back({ "a", "t", s.time + 60s });
        s.peers[0].score.total = -20; // below gossip threshold -10
        model.addSnapshot(s);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.entry(2).kind, widgets::LogEntry::Kind::Backoff);
        QCOMPARE(model.entry(3).kind, widgets::LogEntry::Kind::ScoreCrossing);
        model.addSnapshot(s); // nothing new
        QCOMPARE(model.rowCount(), 4);
    }

    void trafficBinsPerSecond()
    {
        widgets::TrafficStats stats;
        const Bytes self { 1 };
        const Bytes p { 2 };
        std::vector<trace::TraceEvent> events;
        for (int i = 0; i < 10; ++i)
            events.push_back(trace::deliverMessage(
                self, fromNanos(1'000'000'000LL + i), "id" + std::to_string(i), "t", p));
        events.push_back(trace::duplicateMessage(self, fromNanos(1'050'000'000LL), "id1", p, "t"));
        events.push_back(trace::publishMessage(self, fromNanos(3'000'000'000LL), "z", "t"));
        stats.addBatch(batchOf(std::move(events)));
        QCOMPARE(stats.bins().size(), std::size_t(2)); // second 1 and the empty second 2
        QCOMPARE(stats.bins().at(0).in[widgets::TrafficStats::Publish], 10.0);
        QCOMPARE(stats.bins().at(0).in[widgets::TrafficStats::Duplicate], 1.0);
        QCOMPARE(stats.duplicateRatio(0), 1.0 / 11.0);
        QCOMPARE(stats.latencyHistogram()[2], 1.0); // 50 ms after the first delivery, 20 ms bins
    }

    // Snapshots every 50 ms, bytes arriving in bursts (6000 in every 600 ms = 10000/s): the bytes
    // series has one sample per second at the average, not 0 and 120000/s samples at 20 Hz.
    void trafficBytesPerSecondFromBurstySnapshots()
    {
        widgets::TrafficStats stats;
        trace::NodeSnapshot s;
        for (std::int64_t ms = 0; ms <= 10'000; ms += 50) {
            if (ms % 600 == 300)
                s.hostCounters.bytesIn += 6000;
            s.hostCounters.bytesOut = static_cast<std::uint64_t>(ms); // 1000/s
            s.time = fromNanos(5'000'000'000'000LL + ms * 1'000'000);
            stats.addSnapshot(s);
            if (ms == 5'000)
                stats.addSnapshot(s); // the same time again: no sample, no lost bytes
        }
        QCOMPARE(stats.bytes().size(), std::size_t(10));
        double in = 0;
        for (std::size_t i = 0; i < stats.bytes().size(); ++i) {
            QVERIFY2(stats.bytes().at(i).in >= 6000 && stats.bytes().at(i).in <= 12000,
                qPrintable(QString::number(stats.bytes().at(i).in)));
            QCOMPARE(stats.bytes().at(i).out, 1000.0);
            in += stats.bytes().at(i).in;
        }
        QCOMPARE(in, static_cast<double>(s.hostCounters.bytesIn)); // 1 s samples: the sum is every byte
        // A new source starting at time 0 takes a baseline instead of a negative or huge rate.
        s.time = fromNanos(0);
        s.hostCounters = {};
        stats.addSnapshot(s);
        QCOMPARE(stats.bytes().size(), std::size_t(10));
    }

    void paramsShowEveryParameterGroupedWithSpecNames()
    {
        widgets::ParamsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.addTopic(QStringLiteral("blocks")));
        QVERIFY(!model.addTopic(QStringLiteral("blocks")));
        QStringList groups;
        for (int g = 0; g < model.rowCount(); ++g)
            groups << model.index(g, 0).data().toString();
        QCOMPARE(groups,
            (QStringList { QStringLiteral("Mesh"), QStringLiteral("Gossip"), QStringLiteral("Fanout/TTL"),
                QStringLiteral("Backoff"), QStringLiteral("IDONTWANT"), QStringLiteral("Limits"),
                QStringLiteral("Score: global"), QStringLiteral("Score: topic blocks"),
                QStringLiteral("Thresholds") }));
        // every key of the profile JSON (router, score, one topic, thresholds) has a row with a
        // spec name, a default and a tooltip giving its meaning
        gossipsub::GossipsubProfile profile;
        profile.score.topics[std::string("blocks")] = gossipsub::TopicScoreParams {};
        const nlohmann::json j = gossipsub::toJson(profile);
        int leaves = 0;
        std::function<void(const nlohmann::json&, const std::string&)> walk = [&](const nlohmann::json& o,
                                                                                  const std::string& at) {
            for (const auto& [key, value] : o.items()) {
                const std::string ptr = at + "/" + key;
                if (value.is_object() && key != "ip_colocation_factor_whitelist") {
                    walk(value, ptr);
                    continue;
                }
                ++leaves;
                const QModelIndex idx = model.indexOfPath(QString::fromStdString(ptr));
                QVERIFY2(idx.isValid(), ptr.c_str());
                QVERIFY2(!idx.data().toString().isEmpty(), ptr.c_str());
                QVERIFY2(!idx.siblingAtColumn(widgets::ParamsModel::Default).data().toString().isEmpty()
                        || key == "ip_colocation_factor_whitelist",
                    ptr.c_str());
                QVERIFY2(idx.data(Qt::ToolTipRole).toString().size() > idx.data().toString().size() + 10,
                    ptr.c_str());
                QVERIFY2(!idx.data(widgets::ParamsModel::ChangedRole).toBool(), ptr.c_str());
            }
        };
        walk(j, "");
        QCOMPARE(leaves, 33 + 13 + 17 + 5);
        auto specName
            = [&](const char* ptr) { return model.indexOfPath(QString::fromLatin1(ptr)).data().toString(); };
        QCOMPARE(specName("/gossipsub/d_lo"), QStringLiteral("D_low"));
        QCOMPARE(specName("/gossipsub/history_length"), QStringLiteral("mcache_len"));
        QCOMPARE(specName("/gossipsub/heartbeat_interval_ms"), QStringLiteral("heartbeat_interval"));
        QCOMPARE(
            specName("/score/topics/blocks/time_in_mesh_quantum_ms"), QStringLiteral("time_in_mesh_quantum"));
        QCOMPARE(specName("/thresholds/accept_px_threshold"), QStringLiteral("accept_px_threshold"));
        QVERIFY(model.indexOfPath(QStringLiteral("/gossipsub/d_lo"))
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Lower bound for outbound degree")));
        QCOMPARE(model.indexOfPath(QStringLiteral("/gossipsub/fanout_ttl_ms"))
                     .siblingAtColumn(widgets::ParamsModel::Unit)
                     .data()
                     .toString(),
            QStringLiteral("ms"));

        // an invalid per-topic value marks that row, and the message names the field and topic
        const QModelIndex cap
            = model.indexOfPath(QStringLiteral("/score/topics/blocks/mesh_message_deliveries_cap"));
        QVERIFY(model.setData(cap.siblingAtColumn(widgets::ParamsModel::Value), QStringLiteral("1")));
        QVERIFY2(model.errorText().contains(QStringLiteral("topic \"blocks\": MeshMessageDeliveriesCap")),
            qPrintable(model.errorText()));
        QVERIFY(cap.data(widgets::ParamsModel::ErrorRole).toBool());
        QVERIFY(cap.data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("MeshMessageDeliveriesCap must be")));
        QVERIFY(cap.siblingAtColumn(widgets::ParamsModel::Value).data(Qt::BackgroundRole).isValid());
        // a threshold named by the message while another field was edited is marked too
        const QModelIndex gossip = model.indexOfPath(QStringLiteral("/thresholds/gossip_threshold"));
        QVERIFY(model.setData(cap.siblingAtColumn(widgets::ParamsModel::Value), QStringLiteral("100")));
        QVERIFY(model.profile());
        QVERIFY(!cap.data(widgets::ParamsModel::ErrorRole).toBool());
        QVERIFY(model.setData(model.indexOfPath(QStringLiteral("/thresholds/publish_threshold"))
                                  .siblingAtColumn(widgets::ParamsModel::Value),
            QStringLiteral("5")));
        QVERIFY2(model.errorText().startsWith(QStringLiteral("thresholds: PublishThreshold")),
            qPrintable(model.errorText()));
        QVERIFY(!gossip.data(widgets::ParamsModel::ErrorRole).toBool());
        QVERIFY(model.indexOfPath(QStringLiteral("/thresholds/publish_threshold"))
                    .data(widgets::ParamsModel::ErrorRole)
                    .toBool());
        QVERIFY(model.setValueAt(QStringLiteral("/thresholds/publish_threshold"), QStringLiteral("-50")));
        // whitelist edits as a comma-separated list
        QVERIFY(model.setValueAt(QStringLiteral("/score/ip_colocation_factor_whitelist"),
            QStringLiteral("10.0.0.0/8, 127.0.0.1")));
        QVERIFY(model.profile());
        QCOMPARE(model.profile()->score.ipColocationWhitelist.size(), std::size_t(2));
        QVERIFY(model.setValueAt(
            QStringLiteral("/score/ip_colocation_factor_whitelist"), QStringLiteral("not-an-ip")));
        QVERIFY(!model.profile());
        QVERIFY(model.indexOfPath(QStringLiteral("/score/ip_colocation_factor_whitelist"))
                    .data(widgets::ParamsModel::ErrorRole)
                    .toBool());
        QVERIFY(model.setValueAt(QStringLiteral("/score/ip_colocation_factor_whitelist"), QString()));
        QVERIFY(model.profile());
        QVERIFY(model.removeTopic(QStringLiteral("blocks")));
        QCOMPARE(model.rowCount(), 8);
        QVERIFY(model.profile()->score.topics.empty());
    }

    void paramsRejectInvalidAndAcceptValid()
    {
        widgets::ParamsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.profile());
        QSignalSpy validity(&model, &widgets::ParamsModel::validityChanged);
        const QModelIndex dlo = model.indexOfPath(QStringLiteral("/gossipsub/d_lo"));
        QVERIFY2(dlo.isValid(), "d_lo row");
        QCOMPARE(dlo.siblingAtColumn(widgets::ParamsModel::Default).data().toString(), QStringLiteral("4"));
        // D_low above D: invalid, message names the field
        QVERIFY(model.setData(dlo.siblingAtColumn(widgets::ParamsModel::Value), QStringLiteral("9")));
        QVERIFY(!model.profile());
        QVERIFY2(model.errorText().contains(QStringLiteral("lo"), Qt::CaseInsensitive),
            qPrintable(model.errorText()));
        QVERIFY(!validity.isEmpty());
        QCOMPARE(validity.last().at(0).toBool(), false);
        // not a number at all
        QVERIFY(!model.setData(dlo.siblingAtColumn(widgets::ParamsModel::Value), QStringLiteral("many")));
        QVERIFY2(model.errorText().startsWith(QStringLiteral("Dlo: \"many\" is not a valid whole number")),
            qPrintable(model.errorText()));
        QVERIFY(
            dlo.siblingAtColumn(widgets::ParamsModel::Value).data(widgets::ParamsModel::ErrorRole).toBool());
        QCOMPARE(dlo.siblingAtColumn(widgets::ParamsModel::Value).data().toString(), QStringLiteral("many"));
        QVERIFY(!model.profile()); // the unparsable text keeps the profile invalid
        // back to a valid value: profile comes out with it
        QVERIFY(model.setData(dlo.siblingAtColumn(widgets::ParamsModel::Value), QStringLiteral("5")));
        auto profile = model.profile();
        QVERIFY(profile);
        QCOMPARE(profile->gossipsub.Dlo, 5);
        QCOMPARE(validity.last().at(0).toBool(), true);
        QCOMPARE(model.diffAgainstDefaults().size(), 1);
        QVERIFY(dlo.siblingAtColumn(widgets::ParamsModel::Value)
                    .data(widgets::ParamsModel::ChangedRole)
                    .toBool());
        // presets and JSON round trip
        QVERIFY(model.loadPreset(QStringLiteral("ethereum")));
        QCOMPARE(model.profile()->gossipsub.D, 8);
        const QString json = model.toJsonText();
        widgets::ParamsModel other;
        QVERIFY(other.loadJson(json));
        QCOMPARE(other.profile()->gossipsub.D, 8);
        QVERIFY(!other.loadJson(QStringLiteral("{\"gossipsub\": {\"no_such_key\": 1}}")));
        QVERIFY(!model.loadPreset(QStringLiteral("nope")));
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
