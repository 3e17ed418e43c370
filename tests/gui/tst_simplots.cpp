// PNG plots of simulation results: files exist, decode, and show more than a blank canvas.
#include "app/cli/simplots.h"
#include "core/sim/runner.h"
#include "tests/support/imagechecks.h"

#include <QApplication>
#include <QFileInfo>
#include <QImage>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace meshscope;
using namespace std::chrono_literals;

namespace {

sim::SimResult smallRun(int D)
{
    sim::Scenario s = sim::defaultScenario();
    s.nodes = 40;
    s.duration = 20s;
    s.publishers = {sim::PublisherSpec{"t", 5.0, 256, 0}};
    EXPECT_TRUE(sim::applySetting(s, "D", nlohmann::json(D)));
    s.name = "D" + std::to_string(D);
    return sim::runScenario(s);
}

void expectPlot(const QString& path)
{
    const QFileInfo info(path);
    ASSERT_TRUE(info.exists()) << path.toStdString();
    EXPECT_GT(info.size(), 5000) << path.toStdString();
    QImage image(path);
    ASSERT_FALSE(image.isNull()) << path.toStdString();
    EXPECT_EQ(image.width(), 800);
    EXPECT_EQ(image.height(), 500);
    EXPECT_GT(testsupport::distinctColours(image), 8u) << path.toStdString(); // a blank or text-only canvas has few
    EXPECT_GT(testsupport::colouredPixels(image), 200) << path.toStdString(); // plotted data
}

} // namespace

TEST(SimPlots, OneRunWritesThreeNonTrivialPngs)
{
    const auto r = smallRun(6);
    ASSERT_GT(r.delivered, 0u);
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    dir.setAutoRemove(qEnvironmentVariableIsEmpty("MESHSCOPE_KEEP_PLOTS")); // set it to look at the PNGs
    const QString out = dir.filePath(QStringLiteral("plots"));
    auto files = cli::writeRunPlots(r, out);
    ASSERT_TRUE(files) << files.error().message;
    ASSERT_EQ(files.value().size(), 3);
    for (const QString& name : {QStringLiteral("latency_cdf.png"), QStringLiteral("mesh_degree.png"), QStringLiteral("bandwidth.png")})
        expectPlot(out + QLatin1Char('/') + name);
}

TEST(SimPlots, SweepWritesOnePlotPerMeasure)
{
    std::vector<std::pair<double, sim::SimResult>> points{{4, smallRun(4)}, {8, smallRun(8)}};
    QTemporaryDir dir;
    auto files = cli::writeSweepPlots(points, QStringLiteral("D"), dir.path());
    ASSERT_TRUE(files) << files.error().message;
    EXPECT_EQ(files.value().size(), 6);
    for (const QString& f : files.value())
        expectPlot(f);
    EXPECT_FALSE(cli::writeSweepPlots({}, QStringLiteral("D"), dir.path()));
}

TEST(SimPlots, UnwritableDirectoryIsAnError)
{
    const auto r = smallRun(6);
    auto files = cli::writeRunPlots(r, QStringLiteral("/proc/no/such/dir"));
    EXPECT_FALSE(files);
}

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
