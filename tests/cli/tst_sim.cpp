// `meshscope-cli sim` run as a process: --out writes CSV/JSON and PNG plots that decode and are not
// blank, with no display (the CLI picks the offscreen platform itself); without --out the command
// needs no GUI platform at all.
#include "tests/support/imagechecks.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

struct SimRun {
    int code = -1; // exit code
    QByteArray out; // stdout
    QByteArray err; // stderr
};

// The environment of a headless machine: no display and no platform chosen.
QProcessEnvironment headless()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    return env;
}

SimRun sim(const QStringList& args, const QProcessEnvironment& env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SIM_CLI_DRIVER), QStringList { QStringLiteral("sim") } + args);
    EXPECT_TRUE(p.waitForFinished(120000));
    return { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
}

// A short run of the default scenario on a small network.
QStringList small()
{
    return { QStringLiteral("--nodes"), QStringLiteral("20"), QStringLiteral("--duration"),
        QStringLiteral("15"), QStringLiteral("--seed"), QStringLiteral("7") };
}

void expectPlot(const QString& path)
{
    const QImage image(path);
    ASSERT_FALSE(image.isNull()) << path.toStdString();
    EXPECT_GT(image.width(), 100) << path.toStdString();
    EXPECT_GT(image.height(), 100) << path.toStdString();
    EXPECT_GT(meshscope::testsupport::distinctColours(image), 8u) << path.toStdString();
    EXPECT_GT(meshscope::testsupport::colouredPixels(image), 100) << path.toStdString();
}

TEST(SimCommand, OutWritesDataAndPlotsWithoutDisplay)
{
    QTemporaryDir tmp;
    ASSERT_TRUE(tmp.isValid());
    const QString out = tmp.filePath(QStringLiteral("run"));
    const SimRun r = sim(small() + QStringList { QStringLiteral("--out"), out }, headless());
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QDir dir(out);
    for (const char* name : { "run_0.csv", "run_0.json", "summary.csv" })
        EXPECT_GT(QFileInfo(dir.filePath(QLatin1String(name))).size(), 0) << name;
    const QStringList pngs = dir.entryList({ QStringLiteral("*.png") }, QDir::Files, QDir::Name);
    EXPECT_EQ(pngs,
        (QStringList { QStringLiteral("bandwidth.png"), QStringLiteral("latency_cdf.png"),
            QStringLiteral("mesh_degree.png") }));
    for (const QString& png : pngs)
        expectPlot(dir.filePath(png));
}

TEST(SimCommand, SweepPlotsEveryMeasureAgainstTheParameter)
{
    QTemporaryDir tmp;
    ASSERT_TRUE(tmp.isValid());
    const SimRun r = sim(small()
            + QStringList { QStringLiteral("--sweep"), QStringLiteral("D=8,4"),
                QStringLiteral("--out=") + tmp.path(), QStringLiteral("--threads"), QStringLiteral("1") },
        headless());
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QDir dir(tmp.path());
    const QStringList sweep = dir.entryList({ QStringLiteral("sweep_*.png") }, QDir::Files);
    EXPECT_EQ(sweep.size(), 6) << sweep.join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(sweep.contains(QStringLiteral("sweep_duplicates.png")));
    for (const QString& png : sweep)
        expectPlot(dir.filePath(png));
    for (const char* run : { "run_0_plots", "run_1_plots" })
        EXPECT_EQ(
            QDir(dir.filePath(QLatin1String(run))).entryList({ QStringLiteral("*.png") }, QDir::Files).size(),
            3)
            << run;
}

TEST(SimCommand, SweepOverNamesPlotsEachRunOnly)
{
    // uplink_sharing=fifo,fair: two runs, each with its plots, and no measure-against-value plots
    // (the values are names); a bad name is a command-line error naming the setting.
    QTemporaryDir tmp;
    ASSERT_TRUE(tmp.isValid());
    const SimRun r = sim(small()
            + QStringList { QStringLiteral("--sweep"), QStringLiteral("uplink_sharing=fifo,fair"),
                QStringLiteral("--out=") + tmp.path(), QStringLiteral("--threads"), QStringLiteral("2") },
        headless());
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QDir dir(tmp.path());
    EXPECT_TRUE(dir.entryList({ QStringLiteral("sweep_*.png") }, QDir::Files).isEmpty());
    for (const char* run : { "run_0_plots", "run_1_plots" })
        EXPECT_EQ(
            QDir(dir.filePath(QLatin1String(run))).entryList({ QStringLiteral("*.png") }, QDir::Files).size(),
            3)
            << run;
    QFile summary(dir.filePath(QStringLiteral("summary.csv")));
    ASSERT_TRUE(summary.open(QIODevice::ReadOnly));
    const QByteArray csv = summary.readAll();
    EXPECT_TRUE(csv.contains("\n0,fifo,") && csv.contains("\n1,fair,")) << csv.toStdString();

    const SimRun bad
        = sim(small() + QStringList { QStringLiteral("--sweep"), QStringLiteral("uplink_sharing=fast") },
            headless());
    EXPECT_EQ(bad.code, 2);
    EXPECT_TRUE(bad.err.contains("uplink_sharing: must be fifo or fair")) << bad.err.toStdString();
}

TEST(SimCommand, WithoutOutNeedsNoGuiPlatform)
{
    // A platform that cannot start here: only a QApplication would try (and abort).
    QProcessEnvironment env = headless();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    const SimRun r = sim(small() + QStringList { QStringLiteral("--json") }, env);
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("\"delivery_ratio\"")) << r.out.toStdString();
}

TEST(SimCommand, UnwritableOutIsAnError)
{
    const SimRun r = sim(
        small() + QStringList { QStringLiteral("--out"), QStringLiteral("/proc/no/such/dir") }, headless());
    EXPECT_EQ(r.code, 1);
    EXPECT_FALSE(r.err.isEmpty());
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}

TEST(SimCommand, OneRunOnTwoThreadsWritesTheSameBytes)
{
    // 200 nodes: windows big enough for the two lanes to share them (Network::kMinShare).
    const QStringList args { QStringLiteral("--nodes"), QStringLiteral("200"), QStringLiteral("--duration"),
        QStringLiteral("10"), QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--json") };
    QTemporaryDir one, two;
    ASSERT_TRUE(one.isValid() && two.isValid());
    const SimRun a = sim(args
            + QStringList { QStringLiteral("--threads"), QStringLiteral("1"),
                QStringLiteral("--out=") + one.path() },
        headless());
    const SimRun b = sim(args
            + QStringList { QStringLiteral("--threads"), QStringLiteral("2"),
                QStringLiteral("--out=") + two.path() },
        headless());
    ASSERT_EQ(a.code, 0) << a.err.toStdString();
    ASSERT_EQ(b.code, 0) << b.err.toStdString();
    EXPECT_TRUE(a.out.contains("\"threads_per_run\": 1")) << a.out.toStdString();
    EXPECT_TRUE(b.out.contains("\"threads_per_run\": 2")) << b.out.toStdString();
    QFile csvA(QDir(one.path()).filePath(QStringLiteral("run_0.csv")));
    QFile csvB(QDir(two.path()).filePath(QStringLiteral("run_0.csv")));
    ASSERT_TRUE(csvA.open(QIODevice::ReadOnly) && csvB.open(QIODevice::ReadOnly));
    const QByteArray bytes = csvA.readAll();
    EXPECT_GT(bytes.size(), 100);
    EXPECT_EQ(bytes, csvB.readAll());
}
