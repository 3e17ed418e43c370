#pragma once
// Colours of a QCustomPlot taken from a QPalette, so plots follow the light or dark palette.

class QCustomPlot;
class QPalette;

namespace meshscope::widgets {

// Background, axes, grid, title (a text element at the layout's top) and legend in `pal`'s
// colours, then a queued replot. Call at construction and on QEvent::PaletteChange.
void applyPaletteToPlot(QCustomPlot* plot, const QPalette& pal);

} // namespace meshscope::widgets
