#include "report/packcontext.h"
#include "report/sections/sections.h"

#include "document/plandocument.h"
#include "plan/plan.h"
#include "report/timelineobject.h"
#include "timeline/timelinelayout.h"
#include "versions/planstates.h"
#include "versions/planversions.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <memory>

namespace horisont::sections {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::PdfPack)
};
} // namespace

/// The timeline: rows fitted to the page height (within reason), the time
/// axis of the period either fitted to the page width or tiled across pages
/// at the years zoom; every tile on a page of its own with the row names.
void timeline(PackDocument &doc, PackContext &context)
{
    const QDate from = context.from, toExclusive = context.toExclusive;
    auto layout = std::make_shared<TimelineLayout>();
    layout->setRowHeight(18);
    // A pack that compares with a version draws its dates under the bars,
    // as the window draws the latest decided one.
    auto compared = std::make_shared<Plan>();
    QString baselineNote;
    QString error;
    if (const auto state = planstates::find(context.document.store(), context.options.compareWith, &error);
        state && !context.options.compareWith.isEmpty()) {
        if (planstates::load(context.document.store(), *state, *compared, &error)) {
            layout->setBaseline(compared, state->name);
            baselineNote = Tr::tr("grey bars: the dates of «%1»").arg(state->name);
        }
    }
    layout->rebuild(context.plan);
    layout->setBaseline(nullptr, QString()); // the rows keep the dates; the version's plan is not needed after

    TimelineViewport base;
    base.locale = context.locale;
    base.today = context.options.exportDate;
    base.nameWidth = 230;
    const double fixed = base.headerHeight() + base.legendHeight;
    const double availableWidth = doc.width() - 2;
    const double availableHeight = doc.bodyHeight() - TimelineObject::CaptionHeight - 14;
    const bool fit = context.options.timeline == PdfPackOptions::TimelineMode::Fit;
    // Fitted, a year needs about 48 px for its label on the axis: on a
    // narrow (portrait) page the whole timeline is drawn smaller.
    double scale = availableHeight / (fixed + std::max(layout->contentHeight(), 1.0));
    if (fit)
        scale = std::min(scale, availableWidth / (base.nameWidth + 48.0 * from.daysTo(toExclusive) / 365.25));
    scale = std::clamp(scale, 0.6, 1.0);
    const double width = availableWidth / scale;
    const double height = availableHeight / scale;
    const int rowsPerPage = std::max(1, int(std::floor((height - fixed) / layout->rowHeight())));
    const int rowPages = std::max(1, (layout->rowCount() + rowsPerPage - 1) / rowsPerPage);
    const double timeWidth = width - base.nameWidth;
    if (fit) {
        base.scale.setZoom(TimeScale::Zoom::Horizon);
        base.scale.fit(from, toExclusive, timeWidth - 2);
    } else {
        base.scale = TimeScale(from, TimeScale::defaultPixelsPerDay(TimeScale::Zoom::Years));
        base.scale.setZoom(TimeScale::Zoom::Years);
    }
    base.scale.setOrigin(from);
    const double contentWidth = base.scale.x(toExclusive);
    const int columns = std::max(1, int(std::ceil(contentWidth / timeWidth - 0.001)));
    const int count = columns * rowPages;
    std::vector<TimelineTile> tiles;
    for (int r = 0; r < rowPages; ++r) {
        for (int c = 0; c < columns; ++c) {
            TimelineTile t;
            t.viewport = base;
            t.viewport.scrollX = c * timeWidth;
            t.viewport.scrollY = r * rowsPerPage * layout->rowHeight();
            const int rows = std::min(rowsPerPage, layout->rowCount() - r * rowsPerPage);
            t.scale = scale;
            t.size = QSizeF(base.nameWidth + std::min(timeWidth, contentWidth - c * timeWidth) + 1,
                            fixed + std::max(0, rows) * layout->rowHeight());
            const QDate a = base.scale.date(t.viewport.scrollX);
            const QDate b = std::min(context.to, base.scale.date(t.viewport.scrollX + timeWidth).addDays(-1));
            t.caption = count == 1 ? Tr::tr("Timeline %1 – %2").arg(context.date(a), context.date(b))
                                   : Tr::tr("Timeline %1 – %2 (%3 of %4)")
                                         .arg(context.date(a), context.date(b))
                                         .arg(int(tiles.size()) + 1)
                                         .arg(count);
            if (!baselineNote.isEmpty())
                t.caption += QStringLiteral(" · ") + baselineNote;
            tiles.push_back(t);
        }
    }
    auto object = std::make_shared<TimelineObject>(context.plan, *layout, std::move(tiles));
    const QFont font = doc.baseFont();
    for (int i = 0; i < count; ++i) {
        doc.newPage();
        doc.drawing(object->tileSize(i), [object, layout, i, font](QPainter *painter, const QRectF &rect) {
            object->paintTile(painter, rect, i, font);
        });
    }
    doc.newPage();
}

} // namespace horisont::sections
