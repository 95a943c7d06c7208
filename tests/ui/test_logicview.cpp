// The programme-logic diagram on the Umeå demo plan, driven offscreen:
// selecting an item highlights its chain, dragging from an intervention to a
// goal or cause links them (one undoable command, the file matching memory),
// Delete removes a selected link, gap markers, and every control is named.
#include "charts/indicatorchartview.h"
#include "document/plandocument.h"
#include "edit/commands.h"
#include "logicviewfixture.h"
#include "programmelogic/logicdiagram.h"
#include "programmelogic/logicpainter.h"
#include "selection/planselection.h"
#include "uitestsupport.h"

using horisont::test::interventionWithCode;
using horisont::test::linksBetween;
using horisont::test::organisationNamed;
#include "views/logicview.h"

#include <QComboBox>
#include <QImage>
#include <QPainter>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <memory>

using namespace horisont;

namespace {
using Item = LogicDiagram::Item;

template<class T>
Id named(const Plan &plan, const QString &name)
{
    return test::idNamed<T>(plan, name);
}

/// The chain of an intervention computed from the plan, independently of the diagram.
QList<Item> expectedChain(const Plan &plan, Id intervention)
{
    QList<Item> items{{EntityKind::Intervention, intervention}};
    for (const InterventionCause &l : plan.all<InterventionCause>()) {
        if (l.interventionId != intervention)
            continue;
        items << Item{EntityKind::Cause, l.causeId};
        const Item problem{EntityKind::Problem, plan.find<Cause>(l.causeId)->problemId};
        if (!items.contains(problem))
            items << problem;
    }
    for (const InterventionGoal &l : plan.all<InterventionGoal>()) {
        if (l.interventionId != intervention)
            continue;
        items << Item{EntityKind::Goal, l.goalId};
        for (const Indicator &i : plan.all<Indicator>()) {
            if (i.goalId == l.goalId)
                items << Item{EntityKind::Indicator, i.id};
        }
    }
    std::sort(items.begin(), items.end());
    items.erase(std::unique(items.begin(), items.end()), items.end());
    return items;
}

} // namespace

class TestLogicView : public test::LogicViewFixture
{
    Q_OBJECT
private Q_SLOTS:
    void diagramShowsEveryItemAndNoGapsOnTheDemo()
    {
        const Plan &plan = m_doc->plan();
        const LogicLayout &layout = m_diagram->diagramLayout();
        const qsizetype items = plan.all<Problem>().size() + plan.all<Cause>().size()
                                + plan.all<Intervention>().size() + plan.all<Goal>().size()
                                + plan.all<Indicator>().size();
        QCOMPARE(layout.nodes().size(), items);
        const qsizetype links = plan.all<Cause>().size() + plan.all<InterventionCause>().size()
                                + plan.all<InterventionGoal>().size() + plan.all<Indicator>().size();
        QCOMPARE(layout.links().size(), links);
        QVERIFY(m_diagram->itemsWithGaps().isEmpty());
        QVERIFY(m_diagram->highlightedItems().isEmpty());
    }

    void clickingAnInterventionHighlightsItsChain()
    {
        const Plan &plan = m_doc->plan();
        const Id iv = interventionWithCode(plan, QStringLiteral("7140"));
        const QRect r = m_diagram->itemRect(EntityKind::Intervention, iv);
        QVERIFY(m_diagram->viewport()->rect().contains(r));
        QTest::mouseClick(m_diagram->viewport(), Qt::LeftButton, {}, r.center());
        QCOMPARE(m_diagram->selectedItem(), (Item{EntityKind::Intervention, iv}));
        const QList<Item> chain = expectedChain(plan, iv);
        QVERIFY(chain.size() >= 5); // intervention, cause, problem, goal, indicator
        QCOMPARE(m_diagram->highlightedItems(), chain);
        QVERIFY(m_diagram->isHighlighted(EntityKind::Problem, named<Problem>(plan, QStringLiteral("Otrygghet i utemiljöer"))));
        QVERIFY(!m_diagram->isHighlighted(EntityKind::Problem, named<Problem>(plan, QStringLiteral("Öppen narkotikahandel"))));
        QVERIFY(!m_diagram->isHighlighted(EntityKind::Intervention, interventionWithCode(plan, QStringLiteral("7100"))));
        // A click does not change the shared selection; a double-click and Enter do.
        QCOMPARE(m_selection->id(), NoId);
        QTest::mouseDClick(m_diagram->viewport(), Qt::LeftButton, {}, r.center());
        QCOMPARE(m_selection->kind(), EntityKind::Intervention);
        QCOMPARE(m_selection->id(), iv);
        m_selection->clear();
        QTest::keyClick(m_diagram, Qt::Key_Return);
        QCOMPARE(m_selection->id(), iv);
        // Escape clears the highlight.
        QTest::keyClick(m_diagram, Qt::Key_Escape);
        QVERIFY(m_diagram->highlightedItems().isEmpty());
    }

    void theSharedSelectionHighlightsAChain()
    {
        const Plan &plan = m_doc->plan();
        const Id iv = interventionWithCode(plan, QStringLiteral("7170"));
        m_selection->select(EntityKind::Intervention, iv);
        QCOMPARE(m_diagram->highlightedItems(), expectedChain(plan, iv));
        // A problem's chain runs through its causes and the interventions on them to their goals.
        const Id drugs = named<Problem>(plan, QStringLiteral("Öppen narkotikahandel"));
        m_selection->select(EntityKind::Problem, drugs);
        QVERIFY(m_diagram->isHighlighted(EntityKind::Problem, drugs));
        QVERIFY(m_diagram->isHighlighted(EntityKind::Cause, named<Cause>(plan, QStringLiteral("Etablerade försäljningsplatser"))));
        QVERIFY(m_diagram->isHighlighted(EntityKind::Intervention, interventionWithCode(plan, QStringLiteral("7110"))));
        QVERIFY(!m_diagram->isHighlighted(EntityKind::Problem, named<Problem>(plan, QStringLiteral("Ungdomar i riskmiljöer"))));
        // Arrow keys move the highlight.
        m_diagram->setFocus();
        QTest::keyClick(m_diagram, Qt::Key_Right);
        QCOMPARE(m_diagram->selectedItem().first, EntityKind::Cause);
    }

    void draggingFromAnInterventionToAGoalLinksThemAndUndoRestores()
    {
        const Plan &plan = m_doc->plan();
        const QList<Record> before = plan.snapshot();
        QCOMPARE(test::diskSnapshot(m_doc->path()), before);
        const Id iv = interventionWithCode(plan, QStringLiteral("7130"));
        const Id goal = named<Goal>(plan, QStringLiteral("Ökad trygghet i utemiljöerna"));
        QCOMPARE(linksBetween(plan, iv, goal), 0);
        const QRect from = m_diagram->itemRect(EntityKind::Intervention, iv);
        const QRect to = m_diagram->itemRect(EntityKind::Goal, goal);
        QVERIFY(m_diagram->viewport()->rect().contains(from));
        QVERIFY(m_diagram->viewport()->rect().contains(to));
        QSignalSpy status(m_diagram, &LogicDiagram::statusMessage);

        QWidget *vp = m_diagram->viewport();
        QTest::mousePress(vp, Qt::LeftButton, {}, from.center());
        QTest::mouseMove(vp, (from.center() + to.center()) / 2);
        QTest::mouseMove(vp, to.center());
        QTest::mouseRelease(vp, Qt::LeftButton, {}, to.center());

        QCOMPARE(linksBetween(plan, iv, goal), 1);
        for (const InterventionGoal &l : plan.all<InterventionGoal>()) {
            if (l.interventionId == iv && l.goalId == goal)
                QVERIFY(l.rationale.isEmpty());
        }
        QCOMPARE(m_doc->undoStack()->count(), 1);
        QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Link intervention to goal"));
        QCOMPARE_FILE_TO_MEMORY(*m_doc);
        QVERIFY(m_diagram->isHighlighted(EntityKind::Goal, goal)); // the chain now runs through it

        // The same link again is refused with a message, and nothing is written.
        QTest::mousePress(vp, Qt::LeftButton, {}, from.center());
        QTest::mouseMove(vp, (from.center() + to.center()) / 2);
        QTest::mouseMove(vp, to.center());
        QTest::mouseRelease(vp, Qt::LeftButton, {}, to.center());
        QCOMPARE(linksBetween(plan, iv, goal), 1);
        QCOMPARE(m_doc->undoStack()->count(), 1);
        QVERIFY(!status.isEmpty());
        QVERIFY(status.last().at(0).toString().contains(QStringLiteral("already linked")));

        m_doc->undoStack()->undo();
        QCOMPARE(plan.snapshot(), before);
        QCOMPARE(test::diskSnapshot(m_doc->path()), before);
        m_doc->undoStack()->redo();
        QCOMPARE(linksBetween(plan, iv, goal), 1);
        QCOMPARE_FILE_TO_MEMORY(*m_doc);
        m_doc->undoStack()->undo();
        QCOMPARE(plan.snapshot(), before);
    }

    void draggingToACauseLinksThem()
    {
        const Plan &plan = m_doc->plan();
        const Id iv = interventionWithCode(plan, QStringLiteral("7130"));
        const Id cause = named<Cause>(plan, QStringLiteral("Unga utsätts för rån och hot"));
        const QRect from = m_diagram->itemRect(EntityKind::Intervention, iv);
        const QRect to = m_diagram->itemRect(EntityKind::Cause, cause);
        QWidget *vp = m_diagram->viewport();
        QTest::mousePress(vp, Qt::LeftButton, {}, from.center());
        QTest::mouseMove(vp, (from.center() + to.center()) / 2);
        QTest::mouseMove(vp, to.center());
        QTest::mouseRelease(vp, Qt::LeftButton, {}, to.center());
        int n = 0;
        for (const InterventionCause &l : plan.all<InterventionCause>())
            n += l.interventionId == iv && l.causeId == cause ? 1 : 0;
        QCOMPARE(n, 1);
        QCOMPARE_FILE_TO_MEMORY(*m_doc);
        // Dragging onto something that is not a cause or goal changes nothing.
        const QRect problem = m_diagram->itemRect(EntityKind::Problem, plan.all<Problem>().begin()->id);
        QTest::mousePress(vp, Qt::LeftButton, {}, from.center());
        QTest::mouseMove(vp, (from.center() + problem.center()) / 2);
        QTest::mouseMove(vp, problem.center());
        QTest::mouseRelease(vp, Qt::LeftButton, {}, problem.center());
        QCOMPARE(m_doc->undoStack()->count(), 1);
    }

    void deleteRemovesTheSelectedLinkAndUndoRestores()
    {
        const Plan &plan = m_doc->plan();
        const QList<Record> before = plan.snapshot();
        const Id iv = interventionWithCode(plan, QStringLiteral("7140"));
        Id link = NoId;
        for (const InterventionGoal &l : plan.all<InterventionGoal>()) {
            if (l.interventionId == iv)
                link = l.id;
        }
        QVERIFY(link != NoId);
        // Click on the middle of the curve.
        const LogicLayout &layout = m_diagram->diagramLayout();
        int index = -1;
        for (int k = 0; k < layout.links().size(); ++k) {
            if (layout.links()[k].kind == EntityKind::InterventionGoal && layout.links()[k].id == link)
                index = k;
        }
        QVERIFY(index >= 0);
        QPointF c[4];
        LogicLayout::curvePoints(layout.nodes()[layout.links()[index].left].rect,
                                 layout.nodes()[layout.links()[index].right].rect, c);
        const QPointF middle = 0.125 * c[0] + 0.375 * c[1] + 0.375 * c[2] + 0.125 * c[3];
        const QPoint at = (middle - QPointF(m_diagram->horizontalScrollBar()->value(),
                                            m_diagram->verticalScrollBar()->value()))
                              .toPoint();
        QTest::mouseClick(m_diagram->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(m_diagram->selectedLink(), (Item{EntityKind::InterventionGoal, link}));
        QVERIFY(m_diagram->isHighlighted(EntityKind::Intervention, iv));
        QTest::keyClick(m_diagram, Qt::Key_Delete);
        QVERIFY(!plan.find<InterventionGoal>(link));
        QCOMPARE_FILE_TO_MEMORY(*m_doc);
        // 7140 had one goal: it now has a gap, and the diagram marks it.
        QVERIFY(m_diagram->itemsWithGaps().contains(Item{EntityKind::Intervention, iv}));
        m_doc->undoStack()->undo();
        QCOMPARE(plan.snapshot(), before);
        QCOMPARE(test::diskSnapshot(m_doc->path()), before);
        QVERIFY(m_diagram->itemsWithGaps().isEmpty());
    }

    void thePainterDrawsIntoAnImage()
    {
        // The PDF packs use the same painter; it needs no widget.
        LogicPaintState state;
        state.layout = &m_diagram->diagramLayout();
        state.columnTitles = {QStringLiteral("P"), QStringLiteral("C"), QStringLiteral("I"), QStringLiteral("G"),
                              QStringLiteral("X")};
        QImage image(600, 400, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        LogicPainter::paint(&painter, QRectF(0, 0, 600, 400), state);
        painter.end();
        int ink = 0;
        for (int y = 0; y < image.height(); y += 4) {
            for (int x = 0; x < image.width(); x += 4)
                ink += image.pixel(x, y) != qRgb(255, 255, 255) ? 1 : 0;
        }
        QVERIFY(ink > 100);
        const QFontMetricsF metrics(QFont{});
        const QStringList lines =
            LogicPainter::wrap(QStringLiteral("Umeå ska växa hållbart utan några utsatta områden och mer text"),
                               metrics, 80, 2);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines[1].endsWith(QChar(0x2026)));
    }

    void indicatorChartShowsMeasurementsTargetsAndBaseline()
    {
        const Plan &plan = m_doc->plan();
        const Id indicator = named<Indicator>(plan, QStringLiteral("Andel som känner sig otrygga i sitt bostadsområde"));
        QVERIFY(indicator != NoId);
        m_view->tabs()->setCurrentWidget(m_view->charts());
        // Selecting the indicator anywhere charts it.
        m_selection->select(EntityKind::Indicator, indicator);
        QCOMPARE(m_view->charts()->indicator(), indicator);
        const IndicatorChartData &data = m_view->charts()->data();
        QCOMPARE(data.actual.size(), 3); // the whole municipality, Ersboda, Ålidhem
        QCOMPARE(data.actual[0].name, QStringLiteral("Whole municipality"));
        QCOMPARE(data.actual[0].values.value(2025), 21.9);
        QCOMPARE(data.target.value(2026), 18.0);
        QCOMPARE(data.baseline, std::optional<double>(23.0));
        QCOMPARE(data.firstYear(), 2019);
        QCOMPARE(data.lastYear(), 2030);
        // A new measurement shows up (after the plan has been re-read).
        QVERIFY(m_doc->execute(commands::insert(
            *m_doc, Measurement{NoId, indicator, MeasurementKind::Actual, 2026, 0, NoId, Sex::All, 20.5},
            CommandText::verbatim(QStringLiteral("add")))));
        QTRY_COMPARE(m_view->charts()->data().actual[0].values.value(2026), 20.5);
        QCOMPARE(m_view->charts()->indicator(), indicator);
        // The painter draws into an image without a widget.
        QImage image(700, 400, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        IndicatorChartPainter::paint(&painter, QRectF(0, 0, 700, 400), m_view->charts()->data());
        painter.end();
        int ink = 0;
        for (int y = 0; y < image.height(); y += 3) {
            for (int x = 0; x < image.width(); x += 3)
                ink += image.pixel(x, y) != qRgb(255, 255, 255) ? 1 : 0;
        }
        QVERIFY(ink > 200);
        m_view->charts()->grab(); // paints on screen without trouble
    }

    void everyControlIsNamed()
    {
        QVERIFY_EVERY_CONTROL_NAMED(m_view.get());
        m_view->tabs()->setCurrentWidget(m_view->charts());
        QVERIFY_EVERY_CONTROL_NAMED(m_view.get());
    }
};

QTEST_MAIN(TestLogicView)
#include "test_logicview.moc"
