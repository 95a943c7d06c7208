#include "views/timelineview.h"

#include "flowlayout.h"
#include "timeline/timelinecanvas.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace horisont {

TimelineView::TimelineView(PlanDocument &document, PlanSelection &selection, QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Timeline view"));
    m_canvas = new TimelineCanvas(document, selection, this);

    m_zoom = new QComboBox(this);
    m_zoom->setAccessibleName(tr("Zoom"));
    m_zoom->addItem(tr("Whole horizon"), int(TimeScale::Zoom::Horizon));
    m_zoom->addItem(tr("Years"), int(TimeScale::Zoom::Years));
    m_zoom->addItem(tr("Tertials"), int(TimeScale::Zoom::Tertials));
    m_zoom->addItem(tr("Quarters"), int(TimeScale::Zoom::Quarters));
    m_zoom->addItem(tr("Months"), int(TimeScale::Zoom::Months));
    m_zoom->addItem(tr("Weeks"), int(TimeScale::Zoom::Weeks));
    m_zoom->setCurrentIndex(m_zoom->findData(int(m_canvas->zoom())));

    m_relative = new QCheckBox(tr("Relative years"), this);
    m_relative->setAccessibleName(tr("Relative years"));
    m_relative->setToolTip(tr("Label years from the programme start: Year 1, Year 2…"));

    m_baseline = new QCheckBox(tr("Decided dates"), this);
    m_baseline->setAccessibleName(tr("Decided dates"));
    m_baseline->setToolTip(tr("Draw each item's dates in the latest decided version as a thin bar under its own"));
    m_baseline->setChecked(true);

    m_grouping = new QComboBox(this);
    m_grouping->setAccessibleName(tr("Group by"));
    m_grouping->addItem(tr("Phase"), int(TimelineLayout::Grouping::Phase));
    m_grouping->addItem(tr("Accountable organisation"), int(TimelineLayout::Grouping::Organisation));
    m_grouping->addItem(tr("Area"), int(TimelineLayout::Grouping::Area));

    m_colour = new QComboBox(this);
    m_colour->setAccessibleName(tr("Colour by"));
    m_colour->addItem(tr("Organisation"), int(TimelineViewport::ColourBy::Organisation));
    m_colour->addItem(tr("Status"), int(TimelineViewport::ColourBy::Status));

    // The controls wrap onto a second row in a narrow window.
    auto *bar = new FlowLayout;
    auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    bar->addLabelled(label(tr("&Zoom:"), m_zoom), m_zoom);
    bar->addWidget(m_relative);
    bar->addLabelled(label(tr("&Group by:"), m_grouping), m_grouping);
    bar->addLabelled(label(tr("&Colour by:"), m_colour), m_colour);
    bar->addWidget(m_baseline);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_canvas, 1);

    connect(m_zoom, &QComboBox::currentIndexChanged, this, [this] {
        m_canvas->setZoom(TimeScale::Zoom(m_zoom->currentData().toInt()));
    });
    connect(m_canvas, &TimelineCanvas::zoomChanged, this, [this](TimeScale::Zoom zoom) {
        const QSignalBlocker blocker(m_zoom);
        m_zoom->setCurrentIndex(m_zoom->findData(int(zoom)));
    });
    connect(m_baseline, &QCheckBox::toggled, m_canvas, &TimelineCanvas::setShowBaseline);
    connect(m_relative, &QCheckBox::toggled, this, [this](bool on) {
        m_canvas->setLabelMode(on ? TimeScale::LabelMode::Relative : TimeScale::LabelMode::Calendar);
    });
    connect(m_grouping, &QComboBox::currentIndexChanged, this, [this] {
        m_canvas->setGrouping(TimelineLayout::Grouping(m_grouping->currentData().toInt()));
    });
    connect(m_colour, &QComboBox::currentIndexChanged, this, [this] {
        m_canvas->setColourBy(TimelineViewport::ColourBy(m_colour->currentData().toInt()));
    });
    connect(m_canvas, &TimelineCanvas::statusMessage, this, &TimelineView::statusMessage);
}

TimeScale::Zoom TimelineView::zoom() const
{
    return m_canvas->zoom();
}

void TimelineView::setZoom(TimeScale::Zoom zoom)
{
    m_canvas->setZoom(zoom);
}

void TimelineView::setRelativeYears(bool relative)
{
    m_relative->setChecked(relative);
}

} // namespace horisont

namespace horisont {

void TimelineView::setGrouping(TimelineLayout::Grouping grouping)
{
    m_grouping->setCurrentIndex(m_grouping->findData(int(grouping)));
}

void TimelineView::setColourBy(TimelineViewport::ColourBy colourBy)
{
    m_colour->setCurrentIndex(m_colour->findData(int(colourBy)));
}

} // namespace horisont
