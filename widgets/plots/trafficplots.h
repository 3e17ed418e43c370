#pragma once
// TrafficPlots: four QCustomPlot panels over a TrafficStats history: messages per second in and
// out by kind, bytes per second with the duplicate ratio, the duplicate-delay histogram, and mesh
// size per topic over time. refresh() redraws only when the history changed, with
// replot(rpQueuedRefresh); the owner calls it from a coalescing timer (<= 20 Hz). Export PNG/CSV.

#include "widgets/models/trafficstats.h"

#include <QList>
#include <QWidget>

#include <cstdint>

class QCustomPlot;

namespace meshscope::widgets {

class TrafficPlots : public QWidget {
    Q_OBJECT
public:
    TrafficPlots(const TrafficStats* stats, QWidget* parent = nullptr);

    // Redraws from the stats if they changed since the last call.
    void refresh();
    // Saves all four panels as one PNG; false with `error` set on failure.
    bool exportPng(const QString& path, QString* error = nullptr);
    // Writes the per-second history as CSV (time, each kind in and out, bytes, duplicate ratio).
    bool exportCsv(const QString& path, QString* error = nullptr) const;

    // The four panels (tests render them).
    QList<QWidget*> plots() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    // Colours every panel from the widget's palette (construction and PaletteChange).
    void applyPalette();

    const TrafficStats* m_stats; // history shown (owned by the main window)
    QCustomPlot* m_messages; // messages per second by kind
    QCustomPlot* m_bytes; // bytes per second and duplicate ratio
    QCustomPlot* m_latency; // duplicate delay histogram
    QCustomPlot* m_mesh; // mesh size per topic
    std::uint64_t m_shownRevision = ~0ull; // stats revision last drawn
};

} // namespace meshscope::widgets
