// The timeline on the Umeå demo plan, driven offscreen with real mouse and
// key events: hit-testing, drags that move, stretch and create, refused
// edits, nudging, shared selection. Every edit is one command, on disk when
// it returns, and undo restores the plan exactly.
#include "document/plandocument.h"
#include "edit/commands.h"
#include "versions/planversions.h"
#include "plan/plan.h"
#include "selection/planselection.h"
#include "timeline/timelinecanvas.h"
#include "timeline/timelinepainter.h"
#include "uitestsupport.h"
#include "views/timelineview.h"

#include <QCheckBox>
#include <QImage>
#include <QPainter>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace horisont;

class TestTimeline : public test::DemoQtTest
{
    Q_OBJECT
    void prepare() override
    {
        m_selection = std::make_unique<PlanSelection>();
        m_view = std::make_unique<TimelineView>(*m_doc, *m_selection);
        m_view->resize(1366, 768);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        m_view->setZoom(TimeScale::Zoom::Months);
        QCOMPARE(m_view->zoom(), TimeScale::Zoom::Months);
        // A short, month-aligned activity with room after it inside the horizon.
        for (const Activity &a : m_doc->plan().all<Activity>()) {
            if (!a.milestone && a.start.day() == 1 && a.end.day() == 1 && a.start.daysTo(a.end) <= 160 &&
                a.end.addMonths(4) <= m_doc->plan().programme().horizonEnd) {
                m_activity = a;
                break;
            }
        }
        QVERIFY(m_activity.id != NoId);
        canvas()->scrollToItem(EntityKind::Activity, m_activity.id);
        canvas()->setScrollX(canvas()->state().scale.x(m_activity.start) - 60);
    }
    void release() override
    {
        m_view.reset();
        m_selection.reset();
    }

private Q_SLOTS:
    void hitTesting()
    {
        TimelineCanvas *c = canvas();
        const Id id = m_activity.id;
        const QPoint start = c->pointFor(EntityKind::Activity, id, m_activity.start);
        const QPoint end = c->pointFor(EntityKind::Activity, id, m_activity.end);
        QVERIFY(end.x() - start.x() > 100);
        QVERIFY(c->viewport()->rect().contains(start) && c->viewport()->rect().contains(end));
        auto hit = c->hitTest(start);
        QCOMPARE(hit.kind, EntityKind::Activity);
        QCOMPARE(hit.id, id);
        QCOMPARE(hit.part, TimelineLayout::Part::StartEdge);
        QCOMPARE(c->hitTest(start + QPoint(3, 0)).part, TimelineLayout::Part::StartEdge);
        QCOMPARE(c->hitTest(start - QPoint(3, 0)).part, TimelineLayout::Part::StartEdge);
        QCOMPARE(c->hitTest(end).part, TimelineLayout::Part::EndEdge);
        QCOMPARE(c->hitTest(end + QPoint(3, 0)).part, TimelineLayout::Part::EndEdge);
        hit = c->hitTest((start + end) / 2);
        QCOMPARE(hit.part, TimelineLayout::Part::Body);
        QCOMPARE(hit.id, id);
        hit = c->hitTest(end + QPoint(40, 0));
        QCOMPARE(hit.part, TimelineLayout::Part::Empty);
        QCOMPARE(hit.interventionId, m_activity.interventionId);
        // The intervention's own row, and a milestone as a diamond.
        const Intervention *in = m_doc->plan().find<Intervention>(m_activity.interventionId);
        hit = c->hitTest(c->pointFor(EntityKind::Intervention, in->id, in->start) + QPoint(20, 0));
        QCOMPARE(hit.kind, EntityKind::Intervention);
        QCOMPARE(hit.id, in->id);
        QCOMPARE(hit.part, TimelineLayout::Part::Body);
        for (const Activity &a : m_doc->plan().all<Activity>()) {
            if (!a.milestone)
                continue;
            c->scrollToItem(EntityKind::Activity, a.id);
            hit = c->hitTest(c->pointFor(EntityKind::Activity, a.id, a.start) + QPoint(2, 0));
            QCOMPARE(hit.id, a.id);
            QCOMPARE(hit.part, TimelineLayout::Part::Body);
            break;
        }
        // A group header, and the axis above the rows.
        const TimelineLayout &layout = c->layout();
        QCOMPARE(layout.row(0).type, TimelineLayout::RowType::Group);
        c->verticalScrollBar()->setValue(0);
        const QRectF rows = TimelinePainter::rowsArea(QRectF(c->viewport()->rect()), c->state());
        QVERIFY(c->hitTest(QPoint(500, int(rows.top()) + 3)).isGroup);
        QCOMPARE(c->hitTest(QPoint(500, 5)).row, -1);
    }

    void dragMovesByAMonth()
    {
        const auto before = m_doc->plan().snapshot();
        const int steps = m_doc->undoStack()->count();
        const QPoint p = (canvas()->pointFor(EntityKind::Activity, m_activity.id, m_activity.start) +
                          canvas()->pointFor(EntityKind::Activity, m_activity.id, m_activity.end)) / 2;
        drag(p, p + QPoint(int(30 * ppd()), 0));
        const Activity *a = m_doc->plan().find<Activity>(m_activity.id);
        QCOMPARE(a->start, m_activity.start.addMonths(1));
        QCOMPARE(a->end, m_activity.end.addMonths(1));
        QCOMPARE(m_doc->undoStack()->count(), steps + 1);
        QCOMPARE(m_selection->id(), m_activity.id);
        QCOMPARE_FILE_TO_MEMORY(*m_doc);
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->plan().snapshot(), before);
        QCOMPARE_FILE_TO_MEMORY(*m_doc);
    }

    void dragWithShiftMovesByDays()
    {
        const QPoint p = (canvas()->pointFor(EntityKind::Activity, m_activity.id, m_activity.start) +
                          canvas()->pointFor(EntityKind::Activity, m_activity.id, m_activity.end)) / 2;
        drag(p, p + QPoint(int(10 * ppd()), 0), Qt::ShiftModifier);
        const Activity *a = m_doc->plan().find<Activity>(m_activity.id);
        QCOMPARE(a->start, m_activity.start.addDays(10));
        QCOMPARE(a->end, m_activity.end.addDays(10));
        QCOMPARE_FILE_TO_MEMORY(*m_doc);
    }

    void dragEndEdge()
    {
        const auto before = m_doc->plan().snapshot();
        const QPoint p = canvas()->pointFor(EntityKind::Activity, m_activity.id, m_activity.end);
        drag(p, p + QPoint(int(31 * ppd()), 0));
        const Activity *a = m_doc->plan().find<Activity>(m_activity.id);
        QCOMPARE(a->start, m_activity.start);
        QCOMPARE(a->end, m_activity.end.addMonths(1));
        QCOMPARE_FILE_TO_MEMORY(*m_doc);
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->plan().snapshot(), before);
        QCOMPARE_FILE_TO_MEMORY(*m_doc);
    }

    void dragStartEdge()
    {
        const QPoint p = canvas()->pointFor(EntityKind::Activity, m_activity.id, m_activity.start);
        drag(p, p + QPoint(int(31 * ppd()), 0));
        const Activity *a = m_doc->plan().find<Activity>(m_activity.id);
        QCOMPARE(a->start, m_activity.start.addMonths(1));
        QCOMPARE(a->end, m_activity.end);
        QCOMPARE_FILE_TO_MEMORY(*m_doc);
    }

    void dragEndBeforeStartIsRefused()
    {
        QSignalSpy status(m_view.get(), &TimelineView::statusMessage);
        const auto before = m_doc->plan().snapshot();
        const int steps = m_doc->undoStack()->count();
        const QPoint end = canvas()->pointFor(EntityKind::Activity, m_activity.id, m_activity.end);
        const QPoint start = canvas()->pointFor(EntityKind::Activity, m_activity.id, m_activity.start);
        drag(end, QPoint(start.x() - int(20 * ppd()), end.y()));
        QCOMPARE(m_doc->plan().snapshot(), before);
        QCOMPARE(m_doc->undoStack()->count(), steps);
        QCOMPARE(status.count(), 1);
        QVERIFY(status.first().first().toString().contains(QStringLiteral("cannot come before")));
        QCOMPARE_FILE_TO_MEMORY(*m_doc);
    }

    void dragOutsideTheHorizonIsRefused()
    {
        QSignalSpy status(m_view.get(), &TimelineView::statusMessage);
        const auto before = m_doc->plan().snapshot();
        const QDate horizonEnd = m_doc->plan().programme().horizonEnd;
        QVERIFY(canvas()->setDates(EntityKind::Activity, m_activity.id, m_activity.start, horizonEnd.addDays(1)) == false);
        QCOMPARE(m_doc->plan().snapshot(), before);
        QCOMPARE(status.count(), 1);
        QVERIFY(status.first().first().toString().contains(QStringLiteral("outside the programme horizon")));
    }

    void dragCreatesAnActivity()
    {
        const auto before = m_doc->plan().snapshot();
        const int steps = m_doc->undoStack()->count();
        const QDate from = m_activity.end.addMonths(1), to = m_activity.end.addMonths(3);
        const QPoint a = canvas()->pointFor(EntityKind::Activity, m_activity.id, from);
        const QPoint b = canvas()->pointFor(EntityKind::Activity, m_activity.id, to);
        QCOMPARE(canvas()->hitTest(a).part, TimelineLayout::Part::Empty);
        const auto count = m_doc->plan().all<Activity>().size();
        drag(a, b);
        QCOMPARE(m_doc->plan().all<Activity>().size(), count + 1);
        const Activity created = m_doc->plan().all<Activity>().items().back();
        QCOMPARE(created.interventionId, m_activity.interventionId);
        QCOMPARE(created.name, QStringLiteral("New activity"));
        QCOMPARE(created.start, from);
        QCOMPARE(created.end, to);
        QVERIFY(!created.milestone);
        QCOMPARE(m_doc->undoStack()->count(), steps + 1);
        QCOMPARE(m_selection->id(), created.id);
        QVERIFY(canvas()->layout().rowOf(EntityKind::Activity, created.id) >= 0);
        QCOMPARE_FILE_TO_MEMORY(*m_doc);
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->plan().snapshot(), before);
        QCOMPARE_FILE_TO_MEMORY(*m_doc);
    }

    void aMissedDragCreatesNothing()
    {
        // A slip of a few pixels in empty time, or a plain drag outside the
        // intervention's dates, creates nothing and says why; Ctrl creates
        // there on purpose, still under core's date rule.
        const auto count = m_doc->plan().all<Activity>().size();
        const Intervention in = *m_doc->plan().find<Intervention>(m_activity.interventionId);
        QSignalSpy status(canvas(), &TimelineCanvas::statusMessage);
        const QPoint a = canvas()->pointFor(EntityKind::Activity, m_activity.id, m_activity.end.addMonths(1));
        QCOMPARE(canvas()->hitTest(a).part, TimelineLayout::Part::Empty);
        drag(a, a + QPoint(6, 0));
        QCOMPARE(m_doc->plan().all<Activity>().size(), count);
        QVERIFY(!status.isEmpty());
        QVERIFY(status.last().first().toString().contains(QStringLiteral("Nothing was created")));

        const QDate from = in.end.addMonths(1), to = in.end.addMonths(3);
        QVERIFY(to <= m_doc->plan().programme().horizonEnd);
        canvas()->setScrollX(canvas()->state().scale.x(in.end) - 60);
        const QPoint b = canvas()->pointFor(EntityKind::Activity, m_activity.id, from);
        const QPoint c = canvas()->pointFor(EntityKind::Activity, m_activity.id, to);
        QCOMPARE(canvas()->hitTest(b).part, TimelineLayout::Part::Empty);
        drag(b, c);
        QCOMPARE(m_doc->plan().all<Activity>().size(), count);
        QVERIFY2(status.last().first().toString().contains(QStringLiteral("outside")), qPrintable(status.last().first().toString()));
        drag(b, c, Qt::ControlModifier);
        QCOMPARE(m_doc->plan().all<Activity>().size(), count + 1);
        const Activity created = m_doc->plan().all<Activity>().items().back();
        QCOMPARE(created.start, from);
        QCOMPARE(created.end, to);
        QCOMPARE(m_selection->id(), created.id); // a visible result: selected, and said
        QVERIFY(status.last().first().toString().contains(QStringLiteral("Added")));
    }

    void monthsOpenAtToday()
    {
        m_view->setZoom(TimeScale::Zoom::Horizon);
        m_view->setZoom(TimeScale::Zoom::Months);
        const TimelineViewport &state = canvas()->state();
        const double x = state.scale.x(QDate(2026, 11, 25)) - state.scrollX; // HORISONT_TODAY
        QVERIFY2(x > 0 && x < canvas()->viewport()->width() / 2.0, qPrintable(QString::number(x)));
    }

    void keyboardNudges()
    {
        const auto before = m_doc->plan().snapshot();
        m_selection->select(EntityKind::Activity, m_activity.id);
        canvas()->setFocus();
        QTest::keyClick(canvas(), Qt::Key_Right);
        const Activity *a = m_doc->plan().find<Activity>(m_activity.id);
        QCOMPARE(a->start, m_activity.start.addDays(1));
        QCOMPARE(a->end, m_activity.end.addDays(1));
        QTest::keyClick(canvas(), Qt::Key_Left, Qt::ControlModifier);
        a = m_doc->plan().find<Activity>(m_activity.id);
        QCOMPARE(a->start, m_activity.start.addDays(1).addMonths(-1));
        QCOMPARE(a->end, m_activity.end.addDays(1).addMonths(-1));
        QTest::keyClick(canvas(), Qt::Key_Right, Qt::ShiftModifier);
        a = m_doc->plan().find<Activity>(m_activity.id);
        QCOMPARE(a->start, m_activity.start.addDays(1).addMonths(-1));
        QCOMPARE(a->end, m_activity.end.addDays(1).addMonths(-1).addDays(1));
        QCOMPARE_FILE_TO_MEMORY(*m_doc);
        for (int i = 0; i < 3; ++i)
            m_doc->undoStack()->undo();
        QCOMPARE(m_doc->plan().snapshot(), before);
        QCOMPARE_FILE_TO_MEMORY(*m_doc);
        // Up and Down walk the selection through the rows.
        const int row = canvas()->layout().rowOf(EntityKind::Activity, m_activity.id);
        const TimelineLayout::Row below = canvas()->layout().row(row + 1);
        QTest::keyClick(canvas(), Qt::Key_Down);
        QCOMPARE(m_selection->id(), below.id);
        QTest::keyClick(canvas(), Qt::Key_Up);
        QCOMPARE(m_selection->id(), m_activity.id);
        // Ctrl+Plus zooms in a level.
        QTest::keyClick(canvas(), Qt::Key_Plus, Qt::ControlModifier);
        QCOMPARE(canvas()->zoom(), TimeScale::Zoom::Weeks);
    }

    void selectionIsShared()
    {
        // From the rest of the application to the timeline…
        const Intervention *in = m_doc->plan().find<Intervention>(m_activity.interventionId);
        m_selection->select(EntityKind::Intervention, in->id);
        QCOMPARE(canvas()->state().selectedKind, EntityKind::Intervention);
        QCOMPARE(canvas()->state().selectedId, in->id);
        // …and a click on a bar back.
        const QPoint p = (canvas()->pointFor(EntityKind::Activity, m_activity.id, m_activity.start) +
                          canvas()->pointFor(EntityKind::Activity, m_activity.id, m_activity.end)) / 2;
        QTest::mouseClick(canvas()->viewport(), Qt::LeftButton, {}, p);
        QCOMPARE(m_selection->kind(), EntityKind::Activity);
        QCOMPARE(m_selection->id(), m_activity.id);
        QCOMPARE(m_doc->plan().find<Activity>(m_activity.id)->start, m_activity.start); // a click moves nothing
        // Selecting an item far away scrolls to it.
        const Activity last = m_doc->plan().all<Activity>().items().back();
        m_selection->select(EntityKind::Activity, last.id);
        const QPoint q = canvas()->pointFor(EntityKind::Activity, last.id, last.start);
        QVERIFY(canvas()->viewport()->rect().contains(q));
        QVERIFY(!canvas()->toolTipAt(q + QPoint(2, 0)).isEmpty());
        m_selection->select(EntityKind::Activity, m_activity.id);
        const QString tip = canvas()->toolTipAt((canvas()->pointFor(EntityKind::Activity, m_activity.id, m_activity.start) +
                                                 canvas()->pointFor(EntityKind::Activity, m_activity.id, m_activity.end)) / 2);
        QVERIFY2(tip.contains(m_activity.start.toString(Qt::ISODate)), qPrintable(tip));
        QVERIFY2(tip.contains(m_activity.end.addDays(-1).toString(Qt::ISODate)), qPrintable(tip)); // last day
        QVERIFY2(tip.contains(QStringLiteral("Planned budget")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("Accountable")), qPrintable(tip));
    }

    void groupingAndCollapsing()
    {
        TimelineCanvas *c = canvas();
        const int rows = c->layout().rowCount();
        const auto &plan = m_doc->plan();
        QCOMPARE(rows, int(plan.all<Phase>().size() + plan.all<Intervention>().size() + plan.all<Activity>().size()));
        const TimelineLayout::Row group = c->layout().row(0);
        c->setGroupCollapsed(group.id, true);
        QVERIFY(c->layout().rowCount() < rows);
        c->setGroupCollapsed(group.id, false);
        QCOMPARE(c->layout().rowCount(), rows);
        c->setGrouping(TimelineLayout::Grouping::Organisation);
        QCOMPARE(c->layout().row(0).kind, EntityKind::Organisation);
        for (const TimelineLayout::Row &r : c->layout().rows()) {
            if (r.type == TimelineLayout::RowType::Intervention)
                QVERIFY(r.organisationId != NoId); // every demo intervention has an accountable organisation
        }
        c->setGrouping(TimelineLayout::Grouping::Area);
        int interventionRows = 0;
        for (const TimelineLayout::Row &r : c->layout().rows())
            interventionRows += r.type == TimelineLayout::RowType::Intervention;
        // An intervention in several areas appears under each.
        QSet<Id> withArea;
        int links = 0;
        for (const InterventionArea &ia : plan.all<InterventionArea>())
            withArea.insert(ia.interventionId), ++links;
        QCOMPARE(interventionRows, links + int(plan.all<Intervention>().size()) - withArea.size());
    }

    void zoomAndPaint()
    {
        for (TimeScale::Zoom z : TimeScale::zoomLevels()) {
            m_view->setZoom(z);
            QCOMPARE(canvas()->zoom(), z);
            const QImage shot = m_view->grab().toImage();
            QVERIFY(!shot.isNull());
            if (qEnvironmentVariableIsSet("HORISONT_TIMELINE_SHOTS"))
                shot.save(QStringLiteral("%1/timeline-%2.png").arg(qEnvironmentVariable("HORISONT_TIMELINE_SHOTS")).arg(int(z)));
        }
        // Relative years, grouped by organisation, coloured by status.
        m_view->setRelativeYears(true);
        m_view->setGrouping(TimelineLayout::Grouping::Organisation);
        m_view->setColourBy(TimelineViewport::ColourBy::Status);
        QCOMPARE(canvas()->layout().grouping(), TimelineLayout::Grouping::Organisation);
        QCOMPARE(canvas()->state().colourBy, TimelineViewport::ColourBy::Status);
        m_view->setZoom(TimeScale::Zoom::Years);
        QCOMPARE(canvas()->state().labelMode, TimeScale::LabelMode::Relative);
        if (qEnvironmentVariableIsSet("HORISONT_TIMELINE_SHOTS"))
            m_view->grab().save(QStringLiteral("%1/timeline-relative.png").arg(qEnvironmentVariable("HORISONT_TIMELINE_SHOTS")));
        // The whole horizon fits the width: no horizontal scrolling.
        m_view->setZoom(TimeScale::Zoom::Horizon);
        QCOMPARE(canvas()->horizontalScrollBar()->maximum(), 0);
        // Ctrl+wheel zooms in one level around the mouse.
        QWheelEvent wheel(QPointF(600, 300), canvas()->viewport()->mapToGlobal(QPointF(600, 300)), QPoint(),
                          QPoint(0, 120), Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(canvas()->viewport(), &wheel);
        QCOMPARE(canvas()->zoom(), TimeScale::Zoom::Years);
        // The same painter draws into an image (as it will into a PDF).
        QImage image(800, 600, QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&image);
        TimelinePainter(m_doc->plan(), canvas()->layout()).paint(&painter, QRectF(0, 0, 800, 600), canvas()->state());
    }

    void bandTooltips()
    {
        m_view->setZoom(TimeScale::Zoom::Horizon);
        const Decision &decision = *std::next(m_doc->plan().all<Decision>().begin());
        const QRectF target(canvas()->viewport()->rect());
        const TimelineViewport &v = canvas()->state();
        const double bandTop = target.top() + 2 * v.axisTierHeight;
        const QPoint marker(int(std::lround(TimelinePainter::xOf(decision.date, target, v))), int(bandTop + v.bandHeight / 2));
        const QString tip = canvas()->toolTipAt(marker);
        QVERIFY2(tip.contains(decision.reference), qPrintable(tip));
        const Phase &phase = *m_doc->plan().all<Phase>().begin();
        const QPoint inPhase(int(TimelinePainter::xOf(phase.start.addDays(40), target, v)),
                             int(bandTop + 3.5 * v.bandHeight));
        QVERIFY2(canvas()->toolTipAt(inPhase).contains(phase.name), qPrintable(canvas()->toolTipAt(inPhase)));
    }

    void escapeCancelsADrag()
    {
        const auto before = m_doc->plan().snapshot();
        const QPoint p = (canvas()->pointFor(EntityKind::Activity, m_activity.id, m_activity.start) +
                          canvas()->pointFor(EntityKind::Activity, m_activity.id, m_activity.end)) / 2;
        QWidget *vp = canvas()->viewport();
        QTest::mousePress(vp, Qt::LeftButton, {}, p);
        QTest::mouseMove(vp, p + QPoint(int(60 * ppd()), 0));
        QTest::keyClick(canvas(), Qt::Key_Escape);
        QTest::mouseRelease(vp, Qt::LeftButton, {}, p + QPoint(int(60 * ppd()), 0));
        QCOMPARE(m_doc->plan().snapshot(), before);
    }

    // The latest decided version is drawn under each bar, and the tooltip
    // says how far the item has slipped; hidden with the view's checkbox.
    void baselineOfTheDecidedVersion()
    {
        QString error;
        QVERIFY2(planversions::freeze(*m_doc, QStringLiteral("Antagen"),
                                      {QStringLiteral("Kommunstyrelsen"), QDate(2024, 3, 12), QString()},
                                      QDateTime::currentDateTimeUtc(), &error),
                 qPrintable(error));
        // Freezing alone redraws: the bar of the version is there before any edit.
        QVERIFY(canvas()->layout().row(canvas()->layout().rowOf(EntityKind::Activity, m_activity.id)).hasBaseline);
        QVERIFY(commands::execute(*m_doc,
                                  commands::setField(*m_doc, EntityKind::Activity, m_activity.id, QStringLiteral("end"),
                                                     m_activity.end.addDays(30).toString(Qt::ISODate)),
                                  QString())
                    .applied());
        const int row = canvas()->layout().rowOf(EntityKind::Activity, m_activity.id);
        const TimelineLayout::Row &r = canvas()->layout().row(row);
        QVERIFY(r.hasBaseline);
        QCOMPARE(r.baselineStart, m_activity.start);
        QCOMPARE(r.baselineEnd, m_activity.end);
        const QPoint middle = (canvas()->pointFor(EntityKind::Activity, m_activity.id, m_activity.start) +
                               canvas()->pointFor(EntityKind::Activity, m_activity.id, m_activity.end)) / 2;
        const QString tip = canvas()->toolTipAt(middle);
        QVERIFY2(tip.contains(QStringLiteral("Decided in «Antagen»")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("Slipped 30 day")), qPrintable(tip));

        // The thin bar at the row's foot, between the decided end and the new one: there when shown, gone when hidden.
        const QPoint decidedEnd = canvas()->pointFor(EntityKind::Activity, m_activity.id, m_activity.end);
        const double rh = canvas()->layout().rowHeight();
        const QPoint foot(decidedEnd.x() - 3, int(decidedEnd.y() - rh / 2 + rh * 0.9));
        const QImage shown = canvas()->viewport()->grab().toImage();
        QCheckBox *decidedDates = nullptr;
        for (QCheckBox *box : m_view->findChildren<QCheckBox *>()) {
            if (box->text() == QLatin1String("Decided dates"))
                decidedDates = box;
        }
        QVERIFY(decidedDates);
        decidedDates->setChecked(false);
        const QImage hidden = canvas()->viewport()->grab().toImage();
        QCOMPARE(QColor(shown.pixel(foot)), QColor(0x7b8794));
        QVERIFY(QColor(hidden.pixel(foot)) != QColor(0x7b8794));
        decidedDates->setChecked(true);
    }

    void everyControlIsNamed()
    {
        QVERIFY_EVERY_CONTROL_NAMED(m_view.get());
    }

private:
    TimelineCanvas *canvas() const { return m_view->canvas(); }
    double ppd() const { return canvas()->state().scale.pixelsPerDay(); }

    void drag(QPoint from, QPoint to, Qt::KeyboardModifiers modifiers = {})
    {
        QWidget *vp = canvas()->viewport();
        QTest::mousePress(vp, Qt::LeftButton, modifiers, from);
        QTest::mouseMove(vp, (from + to) / 2);
        QTest::mouseMove(vp, to);
        QTest::mouseRelease(vp, Qt::LeftButton, modifiers, to);
    }

    std::unique_ptr<PlanSelection> m_selection;
    std::unique_ptr<TimelineView> m_view;
    Activity m_activity;
};

QTEST_MAIN(TestTimeline)
#include "test_timeline.moc"
