// GUI load benchmark: the main window (offscreen) fed by a SyntheticSource of 1,000 peers and
// 5,000 trace events per second running on its own thread, as a live node would. Measures the
// GUI thread's CPU share (getrusage RUSAGE_THREAD over wall time) and the longest event-loop
// stall (lateness of a 10 ms timer). Goal: <= 20% of a core, no stall >= 50 ms.
// Usage: bench_gui [seconds=20] [peers=1000] [events_per_second=5000]

#include "core/qt/metatypes.h"
#include "core/qt/syntheticsource.h"
#include "widgets/mainwindow/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QThread>
#include <QTimer>

#include <sys/resource.h>

#include <cstdio>

namespace {

double threadCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_THREAD, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
           + static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    const int seconds = args.size() > 1 ? args[1].toInt() : 20;
    meshscope::coreqt::SyntheticConfig config;
    config.peers = args.size() > 2 ? args[2].toInt() : 1000;
    config.eventsPerSecond = args.size() > 3 ? args[3].toDouble() : 5000;
    meshscope::coreqt::registerMetaTypes();

    meshscope::widgets::MainWindow window;
    window.resize(1280, 800);
    window.show();

    QThread worker;
    worker.start();
    meshscope::coreqt::SyntheticSource* source = nullptr;
    QObject anchor;
    anchor.moveToThread(&worker);
    QMetaObject::invokeMethod(&anchor, [&] { source = new meshscope::coreqt::SyntheticSource(config); }, Qt::BlockingQueuedConnection);
    window.setSource(source);
    QMetaObject::invokeMethod(source, &meshscope::coreqt::ObservationSource::start, Qt::QueuedConnection);

    // warm-up 2 s, then measure
    QElapsedTimer wall;
    QElapsedTimer tick;
    qint64 worstStallMs = 0;
    double cpuStart = 0;
    bool measuring = false;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(10);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        if (measuring)
            worstStallMs = std::max(worstStallMs, tick.elapsed() - 10);
        tick.restart();
    });
    QTimer::singleShot(2000, [&] {
        measuring = true;
        cpuStart = threadCpuSeconds();
        wall.start();
        tick.start();
        probe.start();
    });
    QTimer::singleShot(2000 + seconds * 1000, [&] {
        const double cpu = threadCpuSeconds() - cpuStart;
        const double elapsed = static_cast<double>(wall.elapsed()) / 1000.0;
        std::printf("{\"peers\": %d, \"events_per_second\": %.0f, \"seconds\": %.1f, \"gui_cpu_share\": %.3f, "
                    "\"worst_stall_ms\": %lld, \"snapshots\": %llu, \"events\": %llu}\n",
                    config.peers, config.eventsPerSecond, elapsed, cpu / elapsed, static_cast<long long>(worstStallMs),
                    static_cast<unsigned long long>(window.snapshotsSeen()), static_cast<unsigned long long>(window.eventsSeen()));
        QApplication::quit();
    });
    const int rc = QApplication::exec();
    QMetaObject::invokeMethod(source, [source] { source->stop(); delete source; }, Qt::BlockingQueuedConnection);
    worker.quit();
    worker.wait();
    return rc;
}
