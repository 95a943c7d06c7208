#pragma once

#include "timeline/timelinelayout.h"
#include "timeline/timelineviewport.h"

#include <QWidget>

class QCheckBox;
class QComboBox;

namespace horisont {

class PlanDocument;
class PlanSelection;
class TimelineCanvas;

/// The timeline of the plan: a toolbar (zoom level, relative years, group
/// by, colour by) over the interactive TimelineCanvas. Selection is shared
/// through PlanSelection; every edit is one undoable command; refused edits
/// are explained through statusMessage().
class TimelineView : public QWidget
{
    Q_OBJECT
public:
    TimelineView(PlanDocument &document, PlanSelection &selection, QWidget *parent = nullptr);

    TimelineCanvas *canvas() const { return m_canvas; }
    TimeScale::Zoom zoom() const;
    void setZoom(TimeScale::Zoom zoom);
    void setRelativeYears(bool relative);
    /// Through the toolbar's combo boxes, so that they show the choice.
    void setGrouping(TimelineLayout::Grouping grouping);
    void setColourBy(TimelineViewport::ColourBy colourBy);

Q_SIGNALS:
    /// Why an edit was refused, or what it did: for the status bar.
    void statusMessage(const QString &message);

private:
    TimelineCanvas *m_canvas = nullptr;
    QComboBox *m_zoom = nullptr;
    QCheckBox *m_baseline = nullptr;
    QCheckBox *m_relative = nullptr;
    QComboBox *m_grouping = nullptr;
    QComboBox *m_colour = nullptr;
};

} // namespace horisont
