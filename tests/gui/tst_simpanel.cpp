// SimulationPanel offscreen: scenarios listed, errors name the field, run/pause, D mid-run, comparison.
#include "core/qt/metatypes.h"
#include "core/qt/simhost.h"
#include "widgets/sim/simulationpanel.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace meshscope;
using namespace std::chrono_literals;

namespace {

sim::Scenario small(const std::string& name)
{
    sim::Scenario s = sim::defaultScenario();
    s.name = name;
    s.nodes = 30;
    s.duration = 20s;
    s.publishers = {sim::PublisherSpec{"t", 4.0, 256, 0}};
    return s;
}

std::size_t maxMesh(const sim::Network& net)
{
    std::size_t m = 0;
    for (std::uint32_t i = 0; i < net.size(); ++i)
        if (net.node(i).router)
            m = std::max(m, net.node(i).router->mesh("t").size());
    return m;
}

QPushButton* button(QWidget& w, const QString& text)
{
    for (auto* b : w.findChildren<QPushButton*>())
        if (b->text() == text)
            return b;
    return nullptr;
}

} // namespace

TEST(SimulationPanel, ListsTheShippedScenariosAndNamesTheBadField)
{
    widgets::SimulationPanel panel(QStringLiteral(MESHSCOPE_SCENARIO_DIR));
    auto boxes = panel.findChildren<QComboBox*>();
    bool found = false;
    for (auto* b : boxes)
        found = found || b->findText(QStringLiteral("sybil")) >= 0;
    EXPECT_TRUE(found);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.json"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(R"({"nodes": "many"})");
    f.close();
    const QString err = panel.loadScenarioFile(path);
    EXPECT_TRUE(err.contains(QStringLiteral("nodes"))) << err.toStdString();
    EXPECT_EQ(panel.host(), nullptr);
    EXPECT_FALSE(panel.loadScenarioFile(dir.filePath(QStringLiteral("missing.json"))).isEmpty());
}

TEST(SimulationPanel, RunPauseAndDegreeMidRun)
{
    widgets::SimulationPanel panel;
    QSignalSpy sources(&panel, &widgets::SimulationPanel::sourceChanged);
    panel.setScenario(small("a"));
    ASSERT_NE(panel.host(), nullptr);
    ASSERT_EQ(sources.count(), 1);
    EXPECT_EQ(qvariant_cast<coreqt::ObservationSource*>(sources.last().at(0)), panel.host());
    EXPECT_EQ(panel.host()->kind(), coreqt::SourceKind::Simulation);

    QPushButton* run = button(panel, QStringLiteral("Run"));
    ASSERT_NE(run, nullptr);
    run->click();
    EXPECT_TRUE(panel.host()->running());
    EXPECT_EQ(run->text(), QStringLiteral("Pause"));
    run->click();
    EXPECT_FALSE(panel.host()->running());

    panel.host()->advance(8s);
    EXPECT_GT(maxMesh(panel.host()->network()), 4u);
    EXPECT_TRUE(panel.applyDegree(2, std::nullopt).isEmpty());
    panel.host()->advance(8s);
    EXPECT_LE(maxMesh(panel.host()->network()), 4u); // Dhi = 2D
    EXPECT_FALSE(panel.applyDegree(2, 999).isEmpty()); // no such node
}

TEST(SimulationPanel, ComparesTwoRunsSideBySide)
{
    widgets::SimulationPanel panel;
    QSignalSpy done(&panel, &widgets::SimulationPanel::compareFinished);
    sim::Scenario b = small("b");
    ASSERT_TRUE(sim::applySetting(b, "D", nlohmann::json(3)));
    panel.compare(small("a"), b);
    EXPECT_TRUE(panel.comparing());
    QElapsedTimer wall;
    wall.start();
    while (done.isEmpty() && wall.elapsed() < 120000)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    ASSERT_EQ(done.count(), 1);
    EXPECT_FALSE(panel.comparing());
    ASSERT_EQ(panel.comparison().size(), 2u);
    const auto& ra = panel.comparison()[0];
    const auto& rb = panel.comparison()[1];
    EXPECT_EQ(ra.scenario, "a");
    EXPECT_EQ(rb.scenario, "b");
    EXPECT_GT(ra.delivered, 0u);
    EXPECT_GT(rb.delivered, 0u);
    EXPECT_LT(rb.duplicatesPerMessage, ra.duplicatesPerMessage); // fewer mesh peers, fewer duplicates
    panel.grab(); // paints the plots offscreen
}

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    meshscope::coreqt::registerMetaTypes();
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
