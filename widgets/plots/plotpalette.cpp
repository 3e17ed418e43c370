#include "widgets/plots/plotpalette.h"

#include <QPalette>
#include <qcustomplot.h>

namespace meshscope::widgets {

void applyPaletteToPlot(QCustomPlot* plot, const QPalette& pal)
{
    const QColor text = pal.color(QPalette::Text);
    plot->setBackground(pal.color(QPalette::Base));
    for (QCPAxis* axis : { plot->xAxis, plot->yAxis, plot->yAxis2 }) {
        axis->setBasePen(QPen(text));
        axis->setTickPen(QPen(text));
        axis->setSubTickPen(QPen(text));
        axis->setTickLabelColor(text);
        axis->setLabelColor(text);
        QColor grid = text;
        grid.setAlpha(50);
        axis->grid()->setPen(QPen(grid, 0, Qt::DotLine));
    }
    if (plot->plotLayout()->elementCount() > 0)
        if (auto* title = qobject_cast<QCPTextElement*>(plot->plotLayout()->element(0, 0)))
            title->setTextColor(text);
    plot->legend->setBrush(pal.color(QPalette::Base));
    plot->legend->setTextColor(text);
    plot->legend->setBorderPen(QPen(pal.color(QPalette::Mid)));
    plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace meshscope::widgets
