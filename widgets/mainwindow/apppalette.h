#pragma once
// The application palette: "system" keeps what the platform theme gives, except that on Qt before
// 6.5 (Debian 12 ships 6.4, without QStyleHints::colorScheme) a desktop that asks for a dark
// scheme while the platform theme hands out a light palette (GNOME's color-scheme 'prefer-dark',
// or GTK_THEME=...:dark) gets a dark Fusion palette; "dark" and "light" force one. Every view
// derives its colours from the palette and follows QEvent::PaletteChange.

#include <QPalette>
#include <QString>

class QApplication;

namespace meshscope::widgets {

// A dark palette (Fusion-style greys, blue highlight).
QPalette darkPalette();
// A light palette (Fusion's standard).
QPalette lightPalette();
// True when the desktop asks for a dark scheme (GNOME color-scheme or GTK_THEME; Qt 6.5+: the
// style hints).
bool desktopPrefersDark();
// Applies `choice` ("system", "dark", "light"); false for an unknown choice (nothing changes).
bool applyPaletteChoice(QApplication& app, const QString& choice);

} // namespace meshscope::widgets
