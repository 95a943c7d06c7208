// The domain edits the views make, each through the core function the view
// calls: redo → check what it did → undo → the plan and the file are what
// they were → redo gives the same plan (test::expectUndoRestores). Paste and
// arrange (structure view), indent and outdent (Alt+→/←), a spread and mark
// as decided (allocation grid), the areas of an intervention or a problem
// (properties). The RACI rule is in test_edit_rules.
#include "testsupport.h"

#include "budget/spread.h"
#include "edit/allocationcommands.h"
#include "edit/commands.h"
#include "edit/levelcommands.h"
#include "edit/responsibilitycommands.h"
#include "edit/structurecommands.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace horisont;

namespace {

template<class T, class Pred>
QList<const T *> where(const Plan &plan, Pred pred)
{
    QList<const T *> found;
    for (const T &e : plan.all<T>()) {
        if (pred(e))
            found << &e;
    }
    return found;
}

class DomainEdits : public test::DemoTest
{
protected:
    const Plan &plan() const { return doc->plan(); }
    QList<const Activity *> activitiesOf(Id intervention) const
    {
        return where<Activity>(plan(), [&](const Activity &a) { return a.interventionId == intervention; });
    }
    QList<const Intervention *> interventionsOf(Id phase) const
    {
        QList<const Intervention *> in = where<Intervention>(plan(), [&](const Intervention &i) { return i.phaseId == phase; });
        std::stable_sort(in.begin(), in.end(), [](auto *a, auto *b) { return a->position < b->position; });
        return in;
    }
    template<class T>
    qsizetype countWhere(const std::function<bool(const T &)> &pred) const
    {
        return where<T>(plan(), pred).size();
    }
    /// The sum of the allocations a cell holds now.
    Money cellSum(Id source, Id intervention, Id organisation, int year) const
    {
        Money sum;
        for (Id id : allocations::findCell(plan(), source, intervention, organisation, year).allocations)
            sum += plan().find<Allocation>(id)->amount;
        return sum;
    }
    QString lastReason() const { return doc->store().changeLog(1).value(0).reason; }
};

// ------------------------------------------------------------------ paste

TEST_F(DomainEdits, PastingAnInterventionCopiesItsActivitiesRolesAndAreasButNotItsMoneyOrCode)
{
    const Id original = test::interventionWithCode(plan(), QStringLiteral("7100"));
    const Intervention source = *plan().find<Intervention>(original);
    const Phase &target = plan().all<Phase>().items().back();
    ASSERT_NE(source.phaseId, target.id);
    const qsizetype activities = activitiesOf(original).size();
    const qsizetype roles = countWhere<Responsibility>([&](auto &r) { return r.interventionId == original; });
    const qsizetype areas = countWhere<InterventionArea>([&](auto &a) { return a.interventionId == original; });
    ASSERT_GT(activities, 0);
    ASSERT_GT(roles, 0);
    ASSERT_GT(areas, 0);
    const QList<const Intervention *> before = interventionsOf(target.id);

    doAndUndo(structure::paste(*doc, EntityKind::Intervention, {original}, target.id), [&] {
        const QList<const Intervention *> now = interventionsOf(target.id);
        ASSERT_EQ(now.size(), before.size() + 1);
        const Intervention &copy = *now.back();
        EXPECT_EQ(copy.name, source.name);
        EXPECT_EQ(copy.position, before.isEmpty() ? 0 : before.back()->position + 1);
        EXPECT_TRUE(copy.code.isEmpty()) << "codes are unique";
        EXPECT_EQ(activitiesOf(copy.id).size(), activities);
        EXPECT_EQ(countWhere<Responsibility>([&](auto &r) { return r.interventionId == copy.id; }), roles);
        EXPECT_EQ(countWhere<InterventionArea>([&](auto &a) { return a.interventionId == copy.id; }), areas);
        EXPECT_EQ(countWhere<Allocation>([&](auto &a) { return a.interventionId == copy.id; }), 0);
        EXPECT_TRUE(plan().find<Intervention>(original)) << "the original stays";
    });
}

TEST_F(DomainEdits, PastingPhasesAndActivitiesPutsCopiesAtTheEnd)
{
    const Phase first = *plan().all<Phase>().begin();
    const qsizetype phases = plan().all<Phase>().size();
    doAndUndo(structure::paste(*doc, EntityKind::Phase, {first.id}, NoId), [&] {
        ASSERT_EQ(plan().all<Phase>().size(), phases + 1);
        const Phase &copy = plan().all<Phase>().items().back();
        EXPECT_EQ(copy.name, first.name);
        EXPECT_EQ(interventionsOf(copy.id).size(), interventionsOf(first.id).size());
    });
    const Intervention into = *plan().all<Intervention>().begin();
    const Activity activity = plan().all<Activity>().items().back();
    ASSERT_NE(activity.interventionId, into.id);
    const qsizetype had = activitiesOf(into.id).size();
    doAndUndo(structure::paste(*doc, EntityKind::Activity, {activity.id}, into.id), [&] {
        ASSERT_EQ(activitiesOf(into.id).size(), had + 1);
        EXPECT_EQ(plan().all<Activity>().items().back().name, activity.name);
    });
    // Nothing to paste into: no command.
    EXPECT_EQ(structure::paste(*doc, EntityKind::Activity, {activity.id}, NoId), nullptr);
}

// ---------------------------------------------------------------- arrange

TEST_F(DomainEdits, ArrangingReordersAndMovesAcrossPhases)
{
    const auto &phases = plan().all<Phase>().items();
    ASSERT_GE(phases.size(), 2u);
    const Id phase = phases[0].id, other = phases[1].id;
    QList<Id> order;
    for (const Intervention *in : interventionsOf(phase))
        order.prepend(in->id);
    ASSERT_GE(order.size(), 2);
    const Id dropped = interventionsOf(other).front()->id;
    order.insert(1, dropped); // dropped from the next phase between the first two

    doAndUndo(structure::arrange(*doc, EntityKind::Intervention, phase, order, CommandText::verbatim(QStringLiteral("Move"))), [&] {
        QList<Id> now;
        for (const Intervention *in : interventionsOf(phase))
            now << in->id;
        EXPECT_EQ(now, order);
        EXPECT_EQ(plan().find<Intervention>(dropped)->phaseId, phase);
        for (qsizetype i = 0; i < order.size(); ++i)
            EXPECT_EQ(plan().find<Intervention>(order[i])->position, i);
    });
    // The order it already has is no edit.
    QList<Id> same;
    for (const Intervention *in : interventionsOf(phase))
        same << in->id;
    EXPECT_EQ(structure::arrange(*doc, EntityKind::Intervention, phase, same, CommandText::verbatim(QStringLiteral("Move"))), nullptr);
}

TEST_F(DomainEdits, MovingUpAndDownSwapsNeighboursAndStopsAtTheEnds)
{
    const Id phase = plan().all<Phase>().begin()->id;
    const QList<const Intervention *> in = interventionsOf(phase);
    ASSERT_GE(in.size(), 2);
    const Id first = in[0]->id, second = in[1]->id;
    doAndUndo(structure::move(*doc, EntityKind::Intervention, second, -1), [&] {
        EXPECT_EQ(interventionsOf(phase)[0]->id, second);
        EXPECT_EQ(interventionsOf(phase)[1]->id, first);
    });
    EXPECT_EQ(structure::move(*doc, EntityKind::Intervention, first, -1), nullptr);
    EXPECT_EQ(structure::move(*doc, EntityKind::Intervention, in.back()->id, +1), nullptr);
}

// ------------------------------------------------------- indent and outdent

TEST_F(DomainEdits, OutdentTurnsAnActivityIntoAnInterventionWithItsMoney)
{
    // An activity with money of its own.
    const Activity activity = plan().all<Activity>().items().back();
    const Intervention parent = *plan().find<Intervention>(activity.interventionId);
    Allocation money;
    money.sourceId = plan().all<FundingSource>().begin()->id;
    money.activityId = activity.id;
    money.organisationId = plan().all<Organisation>().begin()->id;
    money.year = activity.start.year();
    money.amount = Money::fromKronor(25'000);
    QString error;
    // Money on the activity alone (it counts for its intervention) and on the activity within it.
    ASSERT_TRUE(doc->execute(commands::insert(*doc, money, CommandText::verbatim(QStringLiteral("Add allocation")), &error))) << error.toStdString();
    money.interventionId = parent.id;
    ASSERT_TRUE(doc->execute(commands::insert(*doc, money, CommandText::verbatim(QStringLiteral("Add allocation")), &error))) << error.toStdString();
    EditCommand *command = structure::outdent(*doc, activity.id, &error);
    ASSERT_TRUE(command) << error.toStdString();
    const Id created = command->createdId();
    doAndUndo(command, [&] {
        const Intervention *in = plan().find<Intervention>(created);
        ASSERT_TRUE(in);
        EXPECT_EQ(in->name, activity.name);
        EXPECT_EQ(in->phaseId, parent.phaseId);
        EXPECT_EQ(in->position, parent.position + 1);
        EXPECT_FALSE(plan().find<Activity>(activity.id));
        EXPECT_EQ(countWhere<Allocation>([&](auto &a) { return a.activityId == activity.id; }), 0);
        EXPECT_EQ(countWhere<Allocation>([&](auto &a) { return a.interventionId == created; }), 2);
    });
}

TEST_F(DomainEdits, IndentTurnsABareInterventionIntoAnActivityOfTheOneAbove)
{
    const Phase &phase = *plan().all<Phase>().begin();
    auto *add = structure::addIntervention(*doc, phase.id, QStringLiteral("Ny insats"));
    const Id id = add->createdId();
    ASSERT_TRUE(doc->execute(add));
    ASSERT_TRUE(doc->execute(responsibilities::setAccountable(*doc, id, plan().all<Organisation>().begin()->id)));
    const Id above = interventionsOf(phase.id).value(interventionsOf(phase.id).size() - 2)->id;
    QString error;
    EditCommand *command = structure::indent(*doc, id, &error);
    ASSERT_TRUE(command) << error.toStdString();
    const Id created = command->createdId();
    doAndUndo(command, [&] {
        const Activity *a = plan().find<Activity>(created);
        ASSERT_TRUE(a);
        EXPECT_EQ(a->name, QStringLiteral("Ny insats"));
        EXPECT_EQ(a->interventionId, above);
        EXPECT_FALSE(plan().find<Intervention>(id));
        EXPECT_EQ(countWhere<Responsibility>([&](auto &r) { return r.activityId == created && r.interventionId == above; }), 1);
    });
    // An intervention with activities, a code and spending cannot become an activity.
    const Intervention &busy = *plan().all<Intervention>().begin();
    EXPECT_EQ(structure::indent(*doc, busy.id, &error), nullptr);
    EXPECT_TRUE(error.contains(busy.name)) << error.toStdString();
}

// ----------------------------------------------------------------- spread

TEST_F(DomainEdits, SpreadingOverYearsGivesEachYearItsPartExactly)
{
    const Id source = test::sourceWithCode(plan(), QStringLiteral("UTV"));
    const Id in = test::interventionWithCode(plan(), QStringLiteral("7100"));
    const QList<int> years{2024, 2025, 2026};
    const Money amount = Money::fromOre(100'000'001); // 1 000 000,01 kr: the öre goes to the first year
    const SpreadResult parts = spreadEvenly(amount, int(years.size()));
    ASSERT_TRUE(parts.ok()) << parts.error.toStdString();
    QList<allocations::Cell> cells;
    for (int year : years)
        cells << allocations::findCell(plan(), source, in, NoId, year);
    QString error;
    doAndUndo(allocations::setCells(*doc, cells, parts.parts, QStringLiteral("spread in the steering group"), &error), [&] {
        Money total;
        for (qsizetype i = 0; i < years.size(); ++i) {
            EXPECT_EQ(cellSum(source, in, NoId, years[i]), parts.parts[std::size_t(i)]) << years[i];
            total += cellSum(source, in, NoId, years[i]);
        }
        EXPECT_EQ(total, amount);
        EXPECT_EQ(cellSum(source, in, NoId, years[0]), Money::fromOre(33'333'334));
        EXPECT_EQ(lastReason(), QStringLiteral("spread in the steering group"));
    });
}

TEST_F(DomainEdits, SpreadingOverOrganisationsByWeightsGivesNewPlannedAllocations)
{
    const Id source = test::sourceWithCode(plan(), QStringLiteral("UTV"));
    const Id in = test::interventionWithCode(plan(), QStringLiteral("7100"));
    const auto &organisations = plan().all<Organisation>().items();
    ASSERT_GE(organisations.size(), 2u);
    const Id a = organisations[0].id, b = organisations[1].id;
    const int year = 2027;
    const SpreadResult parts = spreadByWeights(Money::fromKronor(400'000), {1, 3});
    ASSERT_TRUE(parts.ok());
    const qsizetype allocationsBefore = plan().all<Allocation>().size();
    QString error;
    EditCommand *command = allocations::setCells(
        *doc, {allocations::findCell(plan(), source, in, a, year), allocations::findCell(plan(), source, in, b, year)},
        parts.parts, QString(), &error);
    doAndUndo(command, [&] {
        EXPECT_EQ(cellSum(source, in, a, year), Money::fromKronor(100'000));
        EXPECT_EQ(cellSum(source, in, b, year), Money::fromKronor(300'000));
        EXPECT_GT(plan().all<Allocation>().size(), allocationsBefore);
        for (Id id : allocations::findCell(plan(), source, in, b, year).allocations)
            EXPECT_EQ(plan().find<Allocation>(id)->status, AllocationStatus::Planned);
    });
    // A spread that would leave the amount unallocated is refused before any cell is touched.
    EXPECT_FALSE(spreadByWeights(Money::fromKronor(400'000), {0, 0}).ok());
}

// -------------------------------------------------------- mark as decided

TEST_F(DomainEdits, MarkingAsDecidedRecordsTheDecisionOnEveryAllocation)
{
    const QList<const Allocation *> planned =
        where<Allocation>(plan(), [](auto &a) { return a.status == AllocationStatus::Planned; });
    ASSERT_GE(planned.size(), 2);
    const QList<Id> ids{planned[0]->id, planned[1]->id};
    const Id decision = plan().all<Decision>().items().back().id;
    QString error;
    doAndUndo(allocations::markDecided(*doc, ids, decision, QStringLiteral("KS 2026-11-20 § 12"), &error), [&] {
        for (Id id : ids) {
            EXPECT_EQ(plan().find<Allocation>(id)->status, AllocationStatus::Decided);
            EXPECT_EQ(plan().find<Allocation>(id)->decisionId, decision);
        }
        EXPECT_EQ(lastReason(), QStringLiteral("KS 2026-11-20 § 12"));
    });
    EXPECT_EQ(allocations::markDecided(*doc, ids, NoId, QString(), &error), nullptr);
    EXPECT_FALSE(error.isEmpty()) << "without a decision it is refused, saying so";
    error.clear();
    EXPECT_EQ(allocations::markDecided(*doc, {}, decision, QString(), &error), nullptr);
    EXPECT_FALSE(error.isEmpty());
}

// ------------------------------------------------------------------ areas

TEST_F(DomainEdits, AreasAreExactlyTheOnesTicked)
{
    const Id in = test::interventionWithCode(plan(), QStringLiteral("7100"));
    const auto &areas = plan().all<Area>().items();
    ASSERT_GE(areas.size(), 2u);
    const QList<Id> wanted{areas[0].id, areas[1].id};
    auto targeted = [&] {
        QList<Id> ids;
        for (const InterventionArea *a : where<InterventionArea>(plan(), [&](auto &x) { return x.interventionId == in; }))
            ids << a->areaId;
        std::sort(ids.begin(), ids.end());
        return ids;
    };
    if (targeted() != wanted)
        doAndUndo(structure::setAreas(*doc, in, wanted), [&] { EXPECT_EQ(targeted(), wanted); });
    doAndUndo(structure::setAreas(*doc, in, {}), [&] { EXPECT_TRUE(targeted().isEmpty()); });

    const Problem &problem = *plan().all<Problem>().begin();
    doAndUndo(structure::setProblemAreas(*doc, problem.id, {areas[1].id}), [&] {
        const auto shows = where<ProblemArea>(plan(), [&](auto &x) { return x.problemId == problem.id; });
        ASSERT_EQ(shows.size(), 1);
        EXPECT_EQ(shows.front()->areaId, areas[1].id);
    });
}

} // namespace
