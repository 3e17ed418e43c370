#pragma once
// Checks that a rendered image (a PNG plot, a screenshot) shows something: a blank canvas has one
// colour, axes and text add a few grey levels, plotted data adds saturated colours.

#include <QColor>
#include <QImage>

#include <cstddef>
#include <set>

namespace meshscope::testsupport {

// Distinct colours on every second pixel of every second row.
inline std::size_t distinctColours(const QImage& image)
{
    std::set<QRgb> seen;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            seen.insert(image.pixel(x, y));
    return seen.size();
}

// Pixels in a clearly saturated, not dark colour (plotted data; axes and labels are grey or black).
inline int colouredPixels(const QImage& image)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = QColor::fromRgb(image.pixel(x, y));
            if (c.hsvSaturation() > 80 && c.value() > 60)
                ++n;
        }
    }
    return n;
}

} // namespace meshscope::testsupport
