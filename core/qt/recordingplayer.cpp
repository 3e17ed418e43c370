// RecordingPlayer: recordings replayed through the observation interface.
#include "core/qt/recordingplayer.h"

#include "core/trace/recordingreader.h"

#include <algorithm>
#include <cmath>

namespace meshscope::coreqt {

RecordingPlayer::RecordingPlayer(QObject* parent)
    : ObservationSource(parent)
{
    m_timer.setInterval(kTickMs);
    connect(&m_timer, &QTimer::timeout, this, &RecordingPlayer::onTick);
}

RecordingPlayer::~RecordingPlayer() = default;

bool RecordingPlayer::load(const QString& path)
{
    m_path = path;
    auto contents = trace::readRecording(path.toStdString());
    m_error = contents.error ? QString::fromStdString(contents.error->message) : QString();
    m_errorReported = false;
    const bool usable = !contents.events.empty() || !contents.error;
    setEvents(std::move(contents.events));
    return usable;
}

void RecordingPlayer::setEvents(std::vector<trace::TraceEvent> events)
{
    m_events = std::move(events);
    m_start = m_events.empty() ? 0 : m_events.front().timestamp();
    rebuildCheckpoints();
    m_builder = m_checkpoints.empty() ? trace::SnapshotBuilder{} : m_checkpoints.front();
    m_next = 0;
    m_position = 0;
}

void RecordingPlayer::rebuildCheckpoints()
{
    m_checkpoints.clear();
    trace::SnapshotBuilder b;
    for (std::size_t i = 0; i < m_events.size(); ++i) {
        if (i % kCheckpointEvents == 0)
            m_checkpoints.push_back(b);
        b.apply(m_events[i]);
    }
    if (m_checkpoints.empty())
        m_checkpoints.push_back(b);
}

QString RecordingPlayer::description() const
{
    return tr("recording %1 (%2 events)").arg(m_path).arg(m_events.size());
}

void RecordingPlayer::setSpeed(double speed)
{
    if (speed > 0 && std::isfinite(speed))
        m_speed = speed;
}

std::int64_t RecordingPlayer::relative(std::size_t index) const
{
    return m_events[index].timestamp() - m_start;
}

std::int64_t RecordingPlayer::duration() const
{
    return m_events.empty() ? 0 : relative(m_events.size() - 1);
}

trace::NodeSnapshot RecordingPlayer::snapshot() const
{
    auto snap = m_builder.snapshot();
    snap.sequence = m_snapshotSeq;
    return snap;
}

void RecordingPlayer::emitSnapshot()
{
    ++m_snapshotSeq;
    Q_EMIT snapshotAvailable(snapshot());
    Q_EMIT positionChanged(m_position);
}

void RecordingPlayer::step(Duration wallElapsed)
{
    const double advance = static_cast<double>(wallElapsed.count()) * m_speed;
    const double limit = static_cast<double>(duration()) + 1.0;
    m_position = static_cast<std::int64_t>(std::min(static_cast<double>(m_position) + advance, limit));
    auto batch = std::make_shared<std::vector<trace::TraceEvent>>();
    // Events whose relative time is <= position are due (timestamps out of order play at once).
    while (m_next < m_events.size() && relative(m_next) <= m_position) {
        m_builder.apply(m_events[m_next]);
        batch->push_back(m_events[m_next]);
        ++m_next;
    }
    if (!batch->empty()) {
        TraceBatch b;
        b.events = std::move(batch);
        b.sequence = ++m_batchSeq;
        Q_EMIT eventsAvailable(b);
    }
    emitSnapshot();
    if (atEnd()) {
        m_timer.stop();
        Q_EMIT finished();
    }
}

void RecordingPlayer::start()
{
    if (!m_error.isEmpty() && !m_errorReported) {
        m_errorReported = true;
        Q_EMIT errorOccurred(m_error);
    }
    if (atEnd() && !m_events.empty())
        seek(0);
    m_wall.start();
    m_timer.start();
}

void RecordingPlayer::stop()
{
    m_timer.stop();
}

void RecordingPlayer::onTick()
{
    const auto elapsed = Duration(m_wall.nsecsElapsed());
    m_wall.restart();
    step(elapsed);
}

void RecordingPlayer::seek(qint64 position)
{
    position = std::clamp<qint64>(position, 0, duration());
    // First event after the target, then rebuild from the checkpoint before it.
    std::size_t target = 0;
    while (target < m_events.size() && relative(target) <= position)
        ++target;
    if (target < m_next || target - m_next > kCheckpointEvents) {
        const std::size_t cp = std::min(target / kCheckpointEvents, m_checkpoints.size() - 1);
        m_builder = m_checkpoints[cp];
        m_next = cp * kCheckpointEvents;
    }
    while (m_next < target)
        m_builder.apply(m_events[m_next++]);
    m_position = position;
    emitSnapshot();
}

} // namespace meshscope::coreqt
