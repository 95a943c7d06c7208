#include "report/packcontext.h"
#include "report/sections/sections.h"

#include "charts/indicatorchartpainter.h"
#include "plan/plan.h"

#include <QCoreApplication>
#include <QPainter>

#include <algorithm>
#include <memory>

namespace horisont::sections {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::PdfPack)
};
} // namespace

/// Every indicator's chart, drawn by the screen's IndicatorChartPainter:
/// measured values against the targets by year and area, baseline marked.
void indicators(PackDocument &doc, PackContext &context)
{
    doc.heading(Tr::tr("Indicator charts"));
    const QList<const Indicator *> list = [&] {
        QList<const Indicator *> l;
        for (const Indicator &i : context.plan.all<Indicator>())
            l << &i;
        return l;
    }();
    if (list.isEmpty()) {
        doc.paragraph(Tr::tr("The plan has no indicators."));
        return;
    }
    const QSizeF size(std::min(doc.width(), 760.0), std::min(300.0, doc.bodyHeight() / 2 - 20));
    const QFont font = doc.font(8.5);
    for (const Indicator *indicator : list) {
        auto data = std::make_shared<IndicatorChartData>(
            IndicatorChartData::fromPlan(context.plan, indicator->id, Tr::tr("Whole municipality")));
        data->targetLabel = Tr::tr("Target");
        data->baselineLabel = Tr::tr("Baseline");
        data->noDataText = Tr::tr("No measurements, targets or baseline for this indicator.");
        doc.drawing(size, [data, font](QPainter *p, const QRectF &rect) {
            p->setFont(font);
            IndicatorChartPainter::paint(p, rect, *data);
            p->setPen(QPen(QColor(0xb8c2cc), 0.6));
            p->setBrush(Qt::NoBrush);
            p->drawRect(rect);
        });
    }
}

} // namespace horisont::sections
