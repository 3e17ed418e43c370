#pragma once
// PlayerBar: the transport controls of a recording being replayed: play/pause, speed and a seek
// bar with the position. The slider only follows playback while the user is not dragging it.

#include <QPointer>
#include <QToolBar>

class QAction;
class QComboBox;
class QLabel;
class QSlider;

namespace meshscope::coreqt {
class RecordingPlayer;
}

namespace meshscope::widgets {

class PlayerBar : public QToolBar {
    Q_OBJECT
public:
    explicit PlayerBar(QWidget* parent = nullptr);

    // Controls `player` (nullptr: disabled). Not owned; lives on the GUI thread.
    void setPlayer(coreqt::RecordingPlayer* player);
    QSlider* seekBar() const { return m_seek; }
    QComboBox* speedBox() const { return m_speed; }
    QAction* playAction() const { return m_play; }

private:
    void syncPosition(qint64 position);
    void syncPlaying();

    QPointer<coreqt::RecordingPlayer> m_player; // controlled player
    QAction* m_play;                            // play / pause toggle
    QComboBox* m_speed;                         // playback rate
    QSlider* m_seek;                            // position in milliseconds
    QLabel* m_time;                             // "position / duration"
};

} // namespace meshscope::widgets
