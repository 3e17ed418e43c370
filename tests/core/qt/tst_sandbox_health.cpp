// The sandbox's dynamics as a first-launch user should see them (issue 5 point 2): the observed
// node (NodeHost) and the Sandbox's ~20 peers on real loopback for ~25 s. From t = 5 s the node's
// meshes stay within the degree band (brief dips allowed), honest peers never go negative and
// their P1/P2 grow, while the forger sinks below zero and is pruned. The node runs with the front
// ends' defaults (js message ids): sandbox peers on another id function broke every IWANT promise,
// so from ~5 s all honest peers took P7 penalties and were pruned with 60 s backoffs.
// MESHSCOPE_SANDBOX_TRACE=1 prints a per-second timeline (meshes, scores, penalty reasons).
#include "core/gossipsub/presets.h"
#include "core/node/node.h"
#include "core/qt/nodehost.h"
#include "core/qt/sandbox.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <gtest/gtest.h>
#include <map>
#include <set>
#include <string>

using namespace meshscope;
using namespace meshscope::coreqt;

namespace {

constexpr int kRunMs = 25000; // whole observation
constexpr int kSettledMs = 5000; // meshes must have formed by then
constexpr int kSampleMs = 250; // sampling period

// The sandbox role from a peer's agent ("meshscope-sandbox/<role>"), or "" for other peers.
std::string role(const trace::PeerSnapshot& p)
{
    const std::string prefix = "meshscope-sandbox/";
    return p.agent.rfind(prefix, 0) == 0 ? p.agent.substr(prefix.size()) : std::string();
}

bool honest(const std::string& r)
{
    return r == "publisher" || r == "relay";
}

bool inMesh(const trace::TopicSnapshot& t, const std::string& peer)
{
    return std::binary_search(t.mesh.begin(), t.mesh.end(), peer);
}

} // namespace

TEST(SandboxHealth, MeshesFormAndOnlyTheForgerIsPenalised)
{
    static int argc = 1;
    static char name[] = "tst_sandbox_health";
    static char* argv[] = { name, nullptr };
    QCoreApplication app(argc, argv);
    const bool verbose = qEnvironmentVariableIsSet("MESHSCOPE_SANDBOX_TRACE");

    // As the GUI and `meshscope-cli top` start it: the plain libp2p profile (the sandbox applies
    // its scored one), strict signing and js-libp2p's message ids (--msg-id js, their default).
    NodeHostConfig cfg;
    cfg.node.profile = gossipsub::libp2pPreset();
    cfg.node.signPolicy = gossipsub::SignPolicy::StrictSign;
    cfg.node.msgId = gossipsub::MsgIdFunction::Js;
    NodeHost observed(cfg);
    trace::NodeSnapshot last;
    std::map<std::string, int> penaltyReasons; // P7 reason -> applications (all peers)
    std::map<std::string, int> honestPenaltyReasons; // the same, honest peers only
    std::map<std::string, int> prunesByRole; // role -> peers leaving our meshes
    std::map<std::string, std::string> roles; // peer id text -> role
    QObject::connect(&observed, &NodeHost::snapshotAvailable, &observed, [&](const trace::NodeSnapshot& s) {
        last = s;
        for (const auto& p : s.peers)
            if (!p.agent.empty())
                roles[p.id] = role(p);
    });
    QObject::connect(
        &observed, &NodeHost::nodeOutput, &observed, [&](const std::shared_ptr<const NodeOutput>& out) {
            for (const auto& ev : out->events) {
                if (const auto* pen = std::get_if<gossipsub::EvPenalty>(&ev.body)) {
                    penaltyReasons[pen->reason] += pen->count;
                    if (honest(roles[trace::peerText(pen->peer)]))
                        honestPenaltyReasons[pen->reason] += pen->count;
                } else if (const auto* pr = std::get_if<gossipsub::EvPrune>(&ev.body)) {
                    ++prunesByRole[roles[trace::peerText(pr->peer)]];
                }
            }
        });
    QSignalSpy started(&observed, &NodeHost::started);
    observed.start();
    ASSERT_TRUE(started.wait(10000) || started.count() > 0);

    Sandbox sandbox;
    sandbox.start(observed);
    ASSERT_EQ(sandbox.peerAddrs().size(), 20);
    const std::string mainTopic = sandbox.config().topics.front().toStdString();

    QElapsedTimer clock;
    clock.start();
    int settledSamples = 0; // samples from kSettledMs on
    std::map<std::string, int> lowSamples; // topic -> samples below Dlo after kSettledMs
    std::map<std::string, int> highSamples; // topic -> samples above Dhi after kSettledMs
    std::map<std::string, double> honestMin; // honest peer -> lowest score after kSettledMs
    double invalidMin = 0; // the forger's lowest score
    bool invalidEverInMesh = false; // the forger entered a mesh of ours
    int invalidInMeshLate = 0; // samples in the last 5 s with the forger in a mesh
    double honestP1P2Early = -1, honestP1P2Late = -1; // sum of honest P1+P2 at 8 s and at the end
    qint64 nextSample = kSampleMs;
    qint64 nextPrint = 1000;
    while (clock.elapsed() < kRunMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QTest::qWait(5);
        const qint64 t = clock.elapsed();
        if (t < nextSample)
            continue;
        nextSample += kSampleMs;
        const auto* mt = last.findTopic(mainTopic);
        double p1p2 = 0;
        for (const auto& p : last.peers) {
            const std::string r = role(p);
            if (honest(r)) {
                p1p2 += p.score.p1 + p.score.p2;
                if (t >= kSettledMs) {
                    auto [it, fresh] = honestMin.try_emplace(p.id, p.score.total);
                    if (!fresh)
                        it->second = std::min(it->second, p.score.total);
                }
            }
            if (r == "invalid") {
                invalidMin = std::min(invalidMin, p.score.total);
                for (const auto& topic : last.topics)
                    if (inMesh(topic, p.id)) {
                        invalidEverInMesh = true;
                        if (t >= kRunMs - 5000)
                            ++invalidInMeshLate;
                    }
            }
        }
        if (honestP1P2Early < 0 && t >= 8000)
            honestP1P2Early = p1p2;
        honestP1P2Late = p1p2;
        if (t >= kSettledMs) {
            ++settledSamples;
            for (const auto& topic : last.topics) {
                if (static_cast<int>(topic.mesh.size()) < topic.Dlo)
                    ++lowSamples[topic.topic];
                if (static_cast<int>(topic.mesh.size()) > topic.Dhi)
                    ++highSamples[topic.topic];
            }
        }
        if (verbose && t >= nextPrint) {
            nextPrint += 1000;
            std::fprintf(stderr, "t=%5.1fs peers=%zu backoffs=%zu penalties=%llu mesh", t / 1000.0,
                last.peers.size(), last.backoffs.size(),
                static_cast<unsigned long long>(last.counters.penalties));
            for (const auto& topic : last.topics)
                std::fprintf(stderr, " %s:%zu", topic.topic.c_str(), topic.mesh.size());
            std::fprintf(stderr, "\n");
            for (const auto& p : last.peers)
                std::fprintf(stderr,
                    "   %-9s %s%s total=%8.2f p1=%5.2f p2=%6.2f p3=%6.2f p4=%8.2f p6=%7.2f p7=%7.2f bp=%.2f "
                    "broken=%llu\n",
                    role(p).c_str(), p.id.substr(p.id.size() - 6).c_str(),
                    mt && inMesh(*mt, p.id) ? "*" : " ", p.score.total, p.score.p1, p.score.p2, p.score.p3,
                    p.score.p4, p.score.p6, p.score.p7, p.score.behaviourPenalty,
                    static_cast<unsigned long long>(p.brokenPromises));
        }
    }
    if (verbose) {
        for (const auto& [reason, n] : penaltyReasons)
            std::fprintf(stderr, "penalty \"%s\": %d\n", reason.c_str(), n);
        for (const auto& [r, n] : prunesByRole)
            std::fprintf(stderr, "prunes of %s: %d\n", r.empty() ? "?" : r.c_str(), n);
    }

    ASSERT_GT(settledSamples, 60);
    EXPECT_TRUE(last.scoringEnabled);
    // Meshes within the band from 5 s on, allowing brief dips (a flaky peer leaving, a prune).
    for (const auto& topic : last.topics) {
        EXPECT_LE(lowSamples[topic.topic], settledSamples / 10) << topic.topic << ": below Dlo";
        EXPECT_LE(highSamples[topic.topic], settledSamples / 10) << topic.topic << ": above Dhi";
    }
    // Honest publishers and relays: never negative once running, not a single P7 penalty, and
    // their P1+P2 grow.
    EXPECT_GE(honestMin.size(), 15u);
    for (const auto& [peer, low] : honestMin)
        EXPECT_GE(low, 0.0) << roles[peer] << " " << peer;
    for (const auto& [reason, n] : honestPenaltyReasons)
        ADD_FAILURE() << "honest peers got " << n << " P7 penalties for \"" << reason << "\"";
    EXPECT_GT(honestP1P2Late, honestP1P2Early);
    EXPECT_GT(honestP1P2Early, 0.0);
    // The forger: negative, and pruned from (or never let into) our meshes.
    EXPECT_LT(invalidMin, 0.0);
    EXPECT_EQ(invalidInMeshLate, 0);
    if (invalidEverInMesh) {
        EXPECT_GT(prunesByRole["invalid"], 0);
    }
    // The flaky peer leaves and returns: it is pruned (and backed off) at least once.
    EXPECT_GT(prunesByRole["flaky"], 0);

    sandbox.stop();
    observed.stop();
}

int main(int argc, char** argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
