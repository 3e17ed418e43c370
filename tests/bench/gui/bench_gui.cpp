// GUI load benchmark: the main window (offscreen) fed by a SyntheticSource of 1,000 peers and
// 5,000 trace events per second running on its own thread, as a live node would. Measures the
// GUI thread's CPU share (getrusage RUSAGE_THREAD over wall time) and the longest event-loop
// stall (lateness of a 10 ms timer). Goal: <= 20% of a core, no stall >= 50 ms.
// Per-handler timing: every top-level event dispatch on the GUI thread is timed (QApplication::
// notify); the slowest handlers (receiver class/object name and event type) are printed to stderr
// at the end, and each dispatch over 20 ms as it happens, so a stall can be traced to its handler.
// Usage: bench_gui [seconds=20] [peers=1000] [events_per_second=5000]

#include "core/qt/metatypes.h"
#include "core/qt/syntheticsource.h"
#include "widgets/mainwindow/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMetaEnum>
#include <QThread>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

namespace {

// QApplication timing each top-level event dispatch by handler.
class TimingApp final : public QApplication {
public:
    using QApplication::QApplication;

    struct Stat {
        qint64 maxUs = 0;   // slowest dispatch
        qint64 totalUs = 0; // all dispatches
        quint64 count = 0;  // dispatches
    };

    bool notify(QObject* receiver, QEvent* event) override
    {
        if (m_depth > 0 || !m_on)
            return QApplication::notify(receiver, event);
        // the key is taken before dispatch: the receiver may be deleted by its own handler
        std::string key = receiver->metaObject()->className();
        QObject* named = receiver;
        while (named && named->objectName().isEmpty())
            named = named->parent();
        if (named)
            key += "(" + named->objectName().toStdString() + ")";
        key += ":" + std::to_string(static_cast<int>(event->type()));
        ++m_depth;
        QElapsedTimer t;
        t.start();
        const bool result = QApplication::notify(receiver, event);
        const qint64 us = t.nsecsElapsed() / 1000;
        --m_depth;
        Stat& s = m_stats[key];
        s.maxUs = std::max(s.maxUs, us);
        s.totalUs += us;
        ++s.count;
        if (us > 20000)
            std::fprintf(stderr, "slow handler %s: %.1f ms\n", key.c_str(), static_cast<double>(us) / 1000.0);
        return result;
    }

    void setTiming(bool on) { m_on = on; }

    void report() const
    {
        std::vector<std::pair<std::string, Stat>> rows(m_stats.begin(), m_stats.end());
        std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.second.maxUs > b.second.maxUs; });
        std::fprintf(stderr, "slowest handlers (receiver(object):event type  max ms  total ms  count)\n");
        for (std::size_t i = 0; i < std::min<std::size_t>(rows.size(), 12); ++i)
            std::fprintf(stderr, "  %-60s %7.1f %9.1f %7llu\n", rows[i].first.c_str(), static_cast<double>(rows[i].second.maxUs) / 1000.0,
                         static_cast<double>(rows[i].second.totalUs) / 1000.0, static_cast<unsigned long long>(rows[i].second.count));
    }

private:
    int m_depth = 0;                      // nesting of notify()
    bool m_on = false;                    // timing enabled (after warm-up)
    std::map<std::string, Stat> m_stats;  // per handler
};

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
    TimingApp app(argc, argv);
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
        app.setTiming(true);
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
        std::fflush(stdout);
        app.report();
        QApplication::quit();
    });
    const int rc = QApplication::exec();
    QMetaObject::invokeMethod(source, [source] { source->stop(); delete source; }, Qt::BlockingQueuedConnection);
    worker.quit();
    worker.wait();
    return rc;
}
