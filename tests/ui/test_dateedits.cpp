// One date edit, three places to make it: the property panel, the structure
// and the timeline are refused or accepted alike, with the same message,
// because all three call core's one rule (dates::problem).
#include "uitestsupport.h"

#include "edit/dateedits.h"
#include "labels/labels.h"
#include "models/structuremodel.h"
#include "properties/propertypanel.h"
#include "selection/planselection.h"
#include "timeline/timelinecanvas.h"
#include "views/structureview.h"
#include "views/timelineview.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace horisont;

namespace {
QString iso(QDate date)
{
    return date.toString(Qt::ISODate);
}
} // namespace

class TestDateEdits : public test::DemoQtTest
{
    Q_OBJECT

    /// What one place made of an edit: accepted, and what it said when not.
    struct Outcome {
        bool accepted = false;
        QString message;
        dates::Span span;
    };

    Id m_activity = NoId;
    Id m_milestone = NoId;

    /// Types the last day into the property panel's End field, as a user does.
    Outcome throughProperties(Id id, QDate lastDay, const char *field = "end")
    {
        PlanSelection selection;
        PropertyPanel panel(*m_doc, selection);
        panel.show();
        selection.select(EntityKind::Activity, id);
        QSignalSpy said(&panel, &PropertyPanel::statusMessage);
        const QString name = Labels::field(EntityKind::Activity, QString::fromLatin1(field));
        QLineEdit *editor = nullptr;
        for (QLineEdit *line : panel.findChildren<QLineEdit *>()) {
            if (line->accessibleName() == name)
                editor = line;
        }
        if (!editor) {
            qWarning() << "no editor named" << name;
            return {};
        }
        return outcome([&] {
            editor->setFocus();
            editor->selectAll();
            QTest::keyClicks(editor, iso(lastDay));
            QTest::keyClick(editor, Qt::Key_Return);
        }, said, id);
    }

    /// Types the last day into the structure's End column.
    Outcome throughStructure(Id id, QDate lastDay, StructureModel::Column column = StructureModel::End)
    {
        PlanSelection selection;
        StructureView view(*m_doc, selection);
        QSignalSpy said(&view, &StructureView::statusMessage);
        const QModelIndex cell = view.model()->indexOf(EntityKind::Activity, id, column);
        return outcome([&] { view.model()->setData(cell, lastDay, Qt::EditRole); }, said, id);
    }

    /// Sets the dates on the timeline, as the end of a drag does.
    Outcome throughTimeline(Id id, QDate start, QDate end)
    {
        PlanSelection selection;
        TimelineView view(*m_doc, selection);
        QSignalSpy said(view.canvas(), &TimelineCanvas::statusMessage);
        return outcome([&] { view.canvas()->setDates(EntityKind::Activity, id, start, end); }, said, id);
    }

    /// The same new last day for an activity, made in each of the three places.
    QList<Outcome> lastDayEverywhere(Id id, QDate lastDay)
    {
        const QDate start = dates::spanOf(m_doc->plan(), EntityKind::Activity, id)->start;
        return {throughProperties(id, lastDay), throughStructure(id, lastDay),
                throughTimeline(id, start, lastDay.addDays(1))};
    }

    template<class Edit>
    Outcome outcome(Edit edit, QSignalSpy &said, Id id)
    {
        const int commands = m_doc->undoStack()->index();
        edit();
        Outcome o;
        o.accepted = m_doc->undoStack()->index() == commands + 1;
        o.message = said.isEmpty() ? QString() : said.last().at(0).toString();
        o.span = *dates::spanOf(m_doc->plan(), EntityKind::Activity, id);
        if (o.accepted)
            m_doc->undoStack()->undo();
        return o;
    }
    void prepare() override
    {
        for (const Activity &a : m_doc->plan().all<Activity>()) {
            if (a.milestone && m_milestone == NoId)
                m_milestone = a.id;
            if (!a.milestone && m_activity == NoId && a.end.addDays(-1) > a.start)
                m_activity = a.id;
        }
        QVERIFY(m_activity != NoId && m_milestone != NoId);
    }
    void release() override
    {
        m_activity = m_milestone = NoId;
    }

private Q_SLOTS:
    void anEndBeforeTheStartIsRefusedAlikeEverywhere()
    {
        const dates::Span before = *dates::spanOf(m_doc->plan(), EntityKind::Activity, m_activity);
        const QDate lastDay = before.start.addDays(-5);
        const QString expected =
            dates::problem(m_doc->plan(), EntityKind::Activity, {before.start, lastDay.addDays(1), false});
        QVERIFY(expected.contains(iso(lastDay)));

        for (const Outcome &o : lastDayEverywhere(m_activity, lastDay)) {
            QVERIFY(!o.accepted);
            QCOMPARE(o.message, expected);
            QCOMPARE(o.span.end, before.end);
        }
        QCOMPARE(m_doc->undoStack()->count(), 0);
    }

    void aZeroLengthActivityIsRefusedAlikeEverywhere()
    {
        const dates::Span before = *dates::spanOf(m_doc->plan(), EntityKind::Activity, m_activity);
        const QDate lastDay = before.start.addDays(-1); // ends as it starts
        const Outcome panel = throughProperties(m_activity, lastDay);
        const Outcome structure = throughStructure(m_activity, lastDay);
        const Outcome timeline = throughTimeline(m_activity, before.start, before.start);
        QVERIFY(!panel.message.isEmpty());
        for (const Outcome &o : {panel, structure, timeline}) {
            QVERIFY(!o.accepted);
            QCOMPARE(o.message, panel.message);
        }
    }

    void aDateOutsideTheHorizonIsRefusedAlikeEverywhere()
    {
        const Programme &programme = m_doc->plan().programme();
        const dates::Span before = *dates::spanOf(m_doc->plan(), EntityKind::Activity, m_activity);
        const QDate beyond = programme.horizonEnd.addMonths(2); // a last day after the horizon
        const QString expected =
            dates::problem(m_doc->plan(), EntityKind::Activity, {before.start, beyond.addDays(1), false});
        QVERIFY(expected.contains(iso(programme.horizonEnd.addDays(-1))));

        for (const Outcome &o : lastDayEverywhere(m_activity, beyond)) {
            QVERIFY(!o.accepted);
            QCOMPARE(o.message, expected);
        }

        // The start before the horizon: the same for all three again.
        const QDate early = programme.start.addDays(-1);
        const Outcome panelStart = throughProperties(m_activity, early, "start");
        const Outcome structureStart = throughStructure(m_activity, early, StructureModel::Start);
        const Outcome timelineStart = throughTimeline(m_activity, early, before.end);
        QVERIFY(panelStart.message.contains(QStringLiteral("horizon")));
        for (const Outcome &o : {panelStart, structureStart, timelineStart}) {
            QVERIFY(!o.accepted);
            QCOMPARE(o.message, panelStart.message);
        }
    }

    void aGoodEndIsAcceptedAlikeEverywhere()
    {
        const dates::Span before = *dates::spanOf(m_doc->plan(), EntityKind::Activity, m_activity);
        const QDate lastDay = before.end.addDays(-2); // two days shorter
        for (const Outcome &o : lastDayEverywhere(m_activity, lastDay)) {
            QVERIFY2(o.accepted, qPrintable(o.message));
            QCOMPARE(o.span.start, before.start);
            QCOMPARE(o.span.end, lastDay.addDays(1));
        }
        QCOMPARE(*dates::spanOf(m_doc->plan(), EntityKind::Activity, m_activity), before);
    }

    void aMilestoneIsOneDayWhereverItMoves()
    {
        const dates::Span before = *dates::spanOf(m_doc->plan(), EntityKind::Activity, m_milestone);
        QCOMPARE(before.end, before.start);
        const QDate day = before.start.addDays(-7);
        const Outcome panel = throughProperties(m_milestone, day);
        const Outcome structure = throughStructure(m_milestone, day);
        const Outcome timeline = throughTimeline(m_milestone, day, day.addDays(30)); // a milestone stays one day
        for (const Outcome &o : {panel, structure, timeline}) {
            QVERIFY2(o.accepted, qPrintable(o.message));
            QCOMPARE(o.span.start, day);
            QCOMPARE(o.span.end, day);
        }
    }

    void theTimelineCreatesActivitiesUnderTheSameRule()
    {
        PlanSelection selection;
        TimelineView view(*m_doc, selection);
        QSignalSpy said(view.canvas(), &TimelineCanvas::statusMessage);
        const Activity &a = *m_doc->plan().find<Activity>(m_activity);
        const Programme &programme = m_doc->plan().programme();
        const auto activities = m_doc->plan().all<Activity>().size();
        QVERIFY(!view.canvas()->createActivity(a.interventionId, programme.horizonEnd, programme.horizonEnd.addDays(10)));
        QCOMPARE(said.last().at(0).toString(),
                 dates::problem(m_doc->plan(), EntityKind::Activity,
                                {programme.horizonEnd, programme.horizonEnd.addDays(10), false}));
        QCOMPARE(m_doc->plan().all<Activity>().size(), activities);
        QVERIFY(view.canvas()->createActivity(a.interventionId, a.start, a.start.addDays(10)));
        QCOMPARE(m_doc->plan().all<Activity>().size(), activities + 1);
        QCOMPARE_FILE_TO_MEMORY(*m_doc);
    }
};

QTEST_MAIN(TestDateEdits)
#include "test_dateedits.moc"
