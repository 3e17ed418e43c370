#include "widgets/mainwindow/playerbar.h"

#include "core/qt/recordingplayer.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QSlider>

#include <algorithm>
#include <limits>

namespace meshscope::widgets {

namespace {

constexpr qint64 kNsPerMs = 1000000;

QString clock(qint64 ms)
{
    const qint64 s = ms / 1000;
    return QStringLiteral("%1:%2.%3")
        .arg(s / 60)
        .arg(s % 60, 2, 10, QLatin1Char('0'))
        .arg((ms % 1000) / 100);
}

} // namespace

PlayerBar::PlayerBar(QWidget* parent)
    : QToolBar(tr("Playback"), parent), m_speed(new QComboBox(this)), m_seek(new QSlider(Qt::Horizontal, this)),
      m_time(new QLabel(this))
{
    setObjectName(QStringLiteral("playbackToolbar"));
    m_play = addAction(tr("Play"));
    m_play->setCheckable(true);
    for (double s : {0.25, 0.5, 1.0, 2.0, 4.0, 10.0, 50.0})
        m_speed->addItem(tr("%1×").arg(s), s);
    m_speed->setCurrentIndex(2);
    m_speed->setToolTip(tr("Playback speed"));
    addWidget(m_speed);
    m_seek->setMinimumWidth(240);
    m_seek->setToolTip(tr("Seek"));
    addWidget(m_seek);
    addWidget(m_time);

    connect(m_play, &QAction::triggered, this, [this](bool play) {
        if (!m_player)
            return;
        if (play && m_player->atEnd())
            m_player->seek(0);
        play ? m_player->start() : m_player->pause();
        syncPlaying();
    });
    connect(m_speed, &QComboBox::currentIndexChanged, this, [this] {
        if (m_player)
            m_player->setSpeed(m_speed->currentData().toDouble());
    });
    connect(m_seek, &QSlider::sliderMoved, this, [this](int ms) {
        if (m_player)
            m_player->seek(qint64{ms} * kNsPerMs);
    });
    connect(m_seek, &QSlider::actionTriggered, this, [this] {
        // page steps / clicks on the groove (not drags: sliderMoved handles those)
        if (m_player && !m_seek->isSliderDown())
            m_player->seek(qint64{m_seek->sliderPosition()} * kNsPerMs);
    });
    setPlayer(nullptr);
}

void PlayerBar::setPlayer(coreqt::RecordingPlayer* player)
{
    if (m_player)
        disconnect(m_player, nullptr, this, nullptr);
    m_player = player;
    setEnabled(player != nullptr);
    if (!player) {
        m_seek->setRange(0, 0);
        m_time->clear();
        return;
    }
    const qint64 ms = std::min<qint64>(player->duration() / kNsPerMs, std::numeric_limits<int>::max());
    m_seek->setRange(0, static_cast<int>(ms));
    m_seek->setPageStep(std::max(1, static_cast<int>(ms / 20)));
    player->setSpeed(m_speed->currentData().toDouble());
    connect(player, &coreqt::RecordingPlayer::positionChanged, this, &PlayerBar::syncPosition);
    connect(player, &coreqt::ObservationSource::finished, this, &PlayerBar::syncPlaying);
    syncPosition(player->position());
    syncPlaying();
}

void PlayerBar::syncPosition(qint64 position)
{
    if (!m_player)
        return;
    const qint64 ms = position / kNsPerMs;
    if (!m_seek->isSliderDown())
        m_seek->setValue(static_cast<int>(std::min<qint64>(ms, m_seek->maximum())));
    m_time->setText(tr("%1 / %2").arg(clock(ms), clock(m_player->duration() / kNsPerMs)));
    if (m_play->isChecked() != m_player->playing())
        syncPlaying();
}

void PlayerBar::syncPlaying()
{
    const bool playing = m_player && m_player->playing();
    m_play->setChecked(playing);
    m_play->setText(playing ? tr("Pause") : tr("Play"));
}

} // namespace meshscope::widgets
