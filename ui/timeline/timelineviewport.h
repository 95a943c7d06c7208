#pragma once

#include "model/ids.h"
#include "timeline/timescale.h"

#include <QDate>
#include <QLocale>

namespace horisont {

/// What the timeline painter draws: the time scale, where the visible part
/// starts (scrollX in scale pixels, scrollY in row pixels), the geometry of
/// the fixed parts and the options the user chose. A plain value, so the
/// same painter can draw on screen, into an image or into a PDF.
struct TimelineViewport {
    enum class ColourBy { Organisation, Status };

    TimeScale scale;
    double scrollX = 0.0; ///< scale x shown at the left edge of the time area
    double scrollY = 0.0; ///< content y shown at the top of the rows area
    TimeScale::LabelMode labelMode = TimeScale::LabelMode::Calendar;
    ColourBy colourBy = ColourBy::Organisation;
    /// Each item's dates in the layout's baseline, as a thin bar under its own.
    bool showBaseline = true;
    QLocale locale;
    QDate today;

    double nameWidth = 220.0;
    double axisTierHeight = 18.0;
    double bandHeight = 15.0;
    int bandCount = 4; ///< horizon + decisions, terms of office, direction periods, phases
    double legendHeight = 20.0;

    EntityKind selectedKind = EntityKind::Programme;
    Id selectedId = NoId;

    /// A drag in progress: the item (or, with previewId NoId, a new
    /// activity on previewRow) drawn at these dates instead.
    bool previewActive = false;
    EntityKind previewKind = EntityKind::Activity;
    Id previewId = NoId;
    int previewRow = -1;
    QDate previewStart;
    QDate previewEnd;

    double headerHeight() const { return 2 * axisTierHeight + bandCount * bandHeight; }
};

} // namespace horisont
