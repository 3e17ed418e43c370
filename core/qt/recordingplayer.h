#pragma once
// RecordingPlayer: replays a recording file (any of go's trace formats) as an ObservationSource.
// Snapshots are rebuilt from the events (trace::SnapshotBuilder). Playback runs on the recording's
// own timestamps: at 1x a second of recording takes a second; setSpeed() changes the rate,
// pause()/start() stop and resume, seek() jumps anywhere. At most 20 snapshots a second are
// emitted (one per 50 ms tick); each tick's events go out as one batch.
//
// Seeking backwards restarts from the nearest checkpoint (a copy of the builder kept every
// kCheckpointEvents events), so a seek costs at most that many event applications.
// A truncated or corrupt file plays every event before the damage; errorOccurred() names the
// offset when playback starts.
//
// Time: step(wallElapsed) advances playback; the timer calls it with the measured wall time, tests
// call it directly (no sleeps).

#include "core/qt/observationsource.h"
#include "core/trace/snapshotbuilder.h"

#include <QElapsedTimer>
#include <QTimer>

namespace meshscope::coreqt {

class RecordingPlayer final : public ObservationSource {
    Q_OBJECT
public:
    static constexpr std::size_t kCheckpointEvents = 10000; // events between seek checkpoints
    static constexpr int kTickMs = 50;                       // snapshot period (20 Hz)

    explicit RecordingPlayer(QObject* parent = nullptr);
    ~RecordingPlayer() override;

    // Reads `path` completely (stops at damage, keeping what came before). False only when no
    // event could be read and the file had an error; error() says why.
    bool load(const QString& path);
    // Uses `events` as the recording (tests, or events received another way).
    void setEvents(std::vector<trace::TraceEvent> events);
    // The load error (damage at an offset), empty when the file was whole.
    QString error() const { return m_error; }

    SourceKind kind() const override { return SourceKind::Recording; }
    QString description() const override;

    // Playback rate (1 = real time); values <= 0 are ignored.
    void setSpeed(double speed);
    double speed() const { return m_speed; }
    // Recording span in nanoseconds (last timestamp - first).
    std::int64_t duration() const;
    // Current position in nanoseconds from the first event.
    std::int64_t position() const { return m_position; }
    bool playing() const { return m_timer.isActive(); }
    bool atEnd() const { return m_next >= m_events.size(); }
    std::size_t eventCount() const { return m_events.size(); }
    // The snapshot at the current position.
    trace::NodeSnapshot snapshot() const;

    // Advances playback by `wallElapsed` times the speed; emits one batch and one snapshot.
    void step(Duration wallElapsed);

public Q_SLOTS:
    void start() override;
    void stop() override;
    void pause() { stop(); }
    // Jumps to `position` ns from the first event; emits a snapshot (and no events).
    void seek(qint64 position);

Q_SIGNALS:
    // The position changed (after a step or a seek), in ns from the first event.
    void positionChanged(qint64 position);

private:
    void onTick();
    void rebuildCheckpoints();
    std::int64_t relative(std::size_t index) const;
    void emitSnapshot();

    std::vector<trace::TraceEvent> m_events;        // the recording
    std::vector<trace::SnapshotBuilder> m_checkpoints; // builder state before event i*kCheckpointEvents
    trace::SnapshotBuilder m_builder;               // state at m_next
    std::size_t m_next = 0;                         // next event to apply
    std::int64_t m_position = 0;                    // playback position (ns from the start)
    std::int64_t m_start = 0;                       // first event's timestamp
    double m_speed = 1.0;                           // playback rate
    std::uint64_t m_batchSeq = 0;                   // batch numbering
    std::uint64_t m_snapshotSeq = 0;                // snapshot numbering
    QString m_path;                                 // file played
    QString m_error;                                // load error, if any
    bool m_errorReported = false;                   // errorOccurred() already emitted
    QTimer m_timer;                                 // the 50 ms tick
    QElapsedTimer m_wall;                           // wall time since the last tick
};

} // namespace meshscope::coreqt
