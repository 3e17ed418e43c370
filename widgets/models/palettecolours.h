#pragma once
// Status colours derived from a palette, so tables, the topology and plots read on light and dark
// system palettes alike (the dark variants are lighter). Qt Gui only.

#include <QColor>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QPalette>

namespace meshscope::widgets {

// What a coloured text or mark says.
enum class StatusColour { Bad, Warn, Good };

// The application palette; a light default where no QGuiApplication exists (models used from a
// QCoreApplication, e.g. GUI-less tests or the terminal dashboard).
inline QPalette appPalette()
{
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return QGuiApplication::palette();
    QPalette light(QColor(0xef, 0xef, 0xef));
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    return light;
}

// True when the palette's Base (view background) is dark.
inline bool isDarkPalette(const QPalette& pal)
{
    return pal.color(QPalette::Base).lightness() < 128;
}

// The colour for `status` on `pal`'s Base.
inline QColor statusColour(StatusColour status, const QPalette& pal)
{
    const bool dark = isDarkPalette(pal);
    switch (status) {
    case StatusColour::Bad:
        return dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc0, 0x20, 0x20);
    case StatusColour::Warn:
        return dark ? QColor(0xf0, 0xb0, 0x40) : QColor(0xb0, 0x70, 0x00);
    case StatusColour::Good:
        return dark ? QColor(0x60, 0xd0, 0x80) : QColor(0x20, 0x88, 0x40);
    }
    return pal.color(QPalette::Text);
}

// A colour between `a` and `b` (t = share of b, 0..1).
inline QColor blendColours(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(static_cast<float>(a.redF() * (1 - t) + b.redF() * t),
        static_cast<float>(a.greenF() * (1 - t) + b.greenF() * t),
        static_cast<float>(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace meshscope::widgets
