// The comparison of two states of a plan (core/versions/plancomparison):
// the Umeå demo as it was, loaded into a second Plan, against the demo after
// edits made the way the views make them (the core commands through
// PlanDocument::execute). Each test holds one rule: which group a change
// falls in, how it reads, and what the money sums are, to the öre.
#include "testsupport.h"

#include "edit/allocationcommands.h"
#include "edit/commands.h"
#include "edit/dateedits.h"
#include "edit/responsibilitycommands.h"
#include "edit/structurecommands.h"
#include "export/exporttable.h"
#include "labels/labels.h"
#include "plan/itemname.h"
#include "versions/plancomparison.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <tuple>

using namespace horisont;
using Group = PlanChange::Group;

namespace {

class PlanComparisonTest : public test::DemoTest
{
protected:
    /// The demo as it was before each test's edits.
    void prepare() override
    {
        earlier.beginLoad();
        for (const Record &r : doc->plan().snapshot())
            withKind(r.kind, [&]<class T>() { earlier.loadEntity(fromRecord<T>(r)); });
        earlier.endLoad();
    }

    const Plan &later() const { return doc->plan(); }
    PlanComparison comparison() const { return comparePlans(earlier, later()); }

    void apply(EditCommand *command, const QString &error = {})
    {
        ASSERT_NE(command, nullptr) << error.toStdString();
        ASSERT_TRUE(doc->execute(command)) << doc->lastError().toStdString();
    }
    void set(EntityKind kind, Id id, const Column &field, const QVariant &value)
    {
        QString error;
        apply(commands::setField(*doc, kind, id, field, value, &error), error);
    }

    QString describe(const PlanChange &change) const { return describeChange(change, earlier, later()); }
    /// Every change as it reads, for failure messages and comparisons.
    QStringList lines(const PlanComparison &c) const
    {
        QStringList all;
        for (const PlanChange &change : c.changes)
            all << describe(change);
        for (const MoneyChange &change : c.money)
            all << describeMoneyChange(change, earlier, later());
        return all;
    }
    /// The one change the edits made; a failure lists them all when there are others.
    PlanChange onlyChange() const
    {
        const PlanComparison c = comparison();
        EXPECT_EQ(c.changes.size(), 1) << lines(c).join(u'\n').toStdString();
        EXPECT_TRUE(c.money.isEmpty()) << lines(c).join(u'\n').toStdString();
        return c.changes.value(0);
    }

    Id intervention(const char *code) const { return test::interventionWithCode(later(), QString::fromLatin1(code)); }
    Id activityNamed(const QString &name) const { return test::idNamed<Activity>(later(), name); }

    Plan earlier;
};

void expectChange(const PlanChange &change, Group group, EntityKind kind, Id id, const QString &field)
{
    EXPECT_EQ(change.group, group);
    EXPECT_EQ(change.kind, kind);
    EXPECT_EQ(change.id, id);
    EXPECT_EQ(change.field, field);
}

// ---------------------------------------------------------------- items

TEST_F(PlanComparisonTest, EqualPlansDifferInNothing)
{
    const PlanComparison c = comparison();
    EXPECT_TRUE(c.isEmpty()) << lines(c).join(u'\n').toStdString();
    // Every year still has its totals, the same on both sides.
    ASSERT_FALSE(c.totalsPerYear.isEmpty());
    for (auto it = c.totalsPerYear.cbegin(); it != c.totalsPerYear.cend(); ++it)
        EXPECT_EQ(it->first, it->second) << it.key();
}

TEST_F(PlanComparisonTest, ANewNameIsARenameReadingBothNames)
{
    const Id id = intervention("7130");
    set(EntityKind::Intervention, id, columns::name, QStringLiteral("Fritidsbanken Ålidhem och Mariehem"));
    const PlanChange change = onlyChange();
    expectChange(change, Group::Renamed, EntityKind::Intervention, id, columns::name);
    EXPECT_EQ(change.before, QVariant(QStringLiteral("Fritidsbanken Ålidhem")));
    EXPECT_EQ(describe(change), QStringLiteral("Intervention «Fritidsbanken Ålidhem och Mariehem», Name: "
                                               "Fritidsbanken Ålidhem → Fritidsbanken Ålidhem och Mariehem"));
}

TEST_F(PlanComparisonTest, AnInterventionInAnotherPhaseIsMovedAndReorderingIsNoChange)
{
    const Id moved = intervention("7130");
    const Id from = later().find<Intervention>(moved)->phaseId;
    const Id to = later().find<Intervention>(intervention("7120"))->phaseId;
    ASSERT_NE(from, to);
    QList<const Intervention *> siblings;
    for (const Intervention &i : later().all<Intervention>()) {
        if (i.phaseId == to)
            siblings << &i;
    }
    std::sort(siblings.begin(), siblings.end(), [](auto *a, auto *b) { return a->position < b->position; });
    QList<Id> order{moved}; // first, so that every sibling's position changes too
    for (const Intervention *i : siblings)
        order << i->id;
    apply(structure::arrange(*doc, EntityKind::Intervention, to, order, CommandText::verbatim(QStringLiteral("Move"))));
    const PlanChange change = onlyChange();
    expectChange(change, Group::Moved, EntityKind::Intervention, moved, columns::phase_id);
    EXPECT_EQ(change.before, QVariant(qlonglong(from)));
    EXPECT_EQ(change.after, QVariant(qlonglong(to)));
    EXPECT_EQ(describe(change), QStringLiteral("Intervention «Fritidsbanken Ålidhem», Phase: Uppstart → Etablering"));
}

TEST_F(PlanComparisonTest, NewDatesAreOneChangeShiftedByTheEndAndReadAsTheLastDay)
{
    const Id id = activityNamed(QStringLiteral("Trygghetsvandringar med boende")); // [2021-09-01, 2021-11-01)
    QString error;
    apply(dates::setSpan(*doc, EntityKind::Activity, id, QDate(2021, 10, 1), QDate(2021, 12, 30), &error), error);
    const PlanChange change = onlyChange();
    expectChange(change, Group::Dates, EntityKind::Activity, id, QString()); // both ends moved
    EXPECT_EQ(change.before, QVariant(QStringLiteral("2021-09-01")));
    EXPECT_EQ(change.after, QVariant(QStringLiteral("2021-10-01")));
    EXPECT_EQ(change.endBefore, QVariant(QStringLiteral("2021-11-01")));
    EXPECT_EQ(change.endAfter, QVariant(QStringLiteral("2021-12-30")));
    EXPECT_EQ(change.shiftDays, 59); // the end's shift, not the start's 30
    // People read the last day, never the exclusive end.
    EXPECT_EQ(describe(change), QStringLiteral("Activity «Trygghetsvandringar med boende»: "
                                               "2021-09-01 – 2021-10-31 → 2021-10-01 – 2021-12-29 (+59 days)"));
}

TEST_F(PlanComparisonTest, AChangeTakenApartForAListReadsAsItsLine)
{
    const Id id = activityNamed(QStringLiteral("Trygghetsvandringar med boende"));
    QString error;
    apply(dates::setSpan(*doc, EntityKind::Activity, id, QDate(2021, 10, 1), QDate(2021, 12, 30), &error), error);
    set(EntityKind::Intervention, intervention("7130"), columns::name, QStringLiteral("Fritidsbanken Ålidhem och Mariehem"));
    const PlanComparison c = comparison();
    ASSERT_EQ(c.changes.size(), 2) << lines(c).join(u'\n').toStdString();
    const ChangeTexts renamed = changeTexts(c.changes.at(0), earlier, later());
    EXPECT_EQ(renamed.item, QStringLiteral("Fritidsbanken Ålidhem och Mariehem"));
    EXPECT_EQ(renamed.kind, QStringLiteral("Intervention"));
    EXPECT_EQ(renamed.field, QStringLiteral("Name"));
    EXPECT_EQ(renamed.before, QStringLiteral("Fritidsbanken Ålidhem"));
    EXPECT_EQ(renamed.after, QStringLiteral("Fritidsbanken Ålidhem och Mariehem"));
    EXPECT_TRUE(renamed.shift.isEmpty());
    const ChangeTexts dates = changeTexts(c.changes.at(1), earlier, later());
    EXPECT_EQ(dates.item, QStringLiteral("Trygghetsvandringar med boende"));
    EXPECT_EQ(dates.field, QStringLiteral("Dates"));
    EXPECT_EQ(dates.before, QStringLiteral("2021-09-01 – 2021-10-31"));
    EXPECT_EQ(dates.after, QStringLiteral("2021-10-01 – 2021-12-29"));
    EXPECT_EQ(dates.shift, QStringLiteral("(+59 days)"));
}

TEST_F(PlanComparisonTest, AMovedEndAloneNamesTheEnd)
{
    const Id id = activityNamed(QStringLiteral("Trygghetsvandringar med boende"));
    QString error;
    apply(dates::shift(*doc, EntityKind::Activity, id, 0, -3, true, &error), error);
    const PlanChange change = onlyChange();
    expectChange(change, Group::Dates, EntityKind::Activity, id, columns::end);
    EXPECT_EQ(change.shiftDays, -3);
    EXPECT_TRUE(describe(change).endsWith(QStringLiteral("2021-09-01 – 2021-10-28 (−3 days)"))) << describe(change).toStdString();
}

TEST_F(PlanComparisonTest, AStatusChangeReadsAsTheStatusNames)
{
    const Id id = intervention("7100");
    const WorkStatus was = later().find<Intervention>(id)->status;
    ASSERT_NE(was, WorkStatus::Paused);
    set(EntityKind::Intervention, id, columns::status, int(WorkStatus::Paused));
    const PlanChange change = onlyChange();
    expectChange(change, Group::Status, EntityKind::Intervention, id, columns::status);
    EXPECT_TRUE(describe(change).endsWith(QStringLiteral("Status: %1 → Paused").arg(Labels::status(was))))
        << describe(change).toStdString();
}

TEST_F(PlanComparisonTest, ARoleChangedInTheMatrixIsOneResponsibilityChange)
{
    // The matrix replaces the cell's row; the comparison sees the cell's role change.
    const Id civil = test::organisationNamed(later(), QStringLiteral("Civilsamhället"));
    const Id fritidsbanken = intervention("7130");
    ASSERT_NE(civil, NoId);
    QString error;
    apply(responsibilities::setRole(*doc, {{fritidsbanken, civil}}, RaciRole::Consulted, &error), error);
    const PlanChange change = onlyChange();
    EXPECT_EQ(change.group, Group::Responsibility);
    EXPECT_EQ(change.field, QString(columns::role));
    EXPECT_EQ(change.before, QVariant(int(RaciRole::Responsible)));
    EXPECT_EQ(change.after, QVariant(int(RaciRole::Consulted)));
    EXPECT_TRUE(describe(change).endsWith(QStringLiteral("Role: Responsible → Consulted"))) << describe(change).toStdString();
    EXPECT_TRUE(describe(change).contains(QStringLiteral("Fritidsbanken Ålidhem"))) << describe(change).toStdString();
}

TEST_F(PlanComparisonTest, ARoleGivenOrTakenBackIsAResponsibilityChange)
{
    const Id fritidsbanken = intervention("7130");
    const Id police = test::organisationNamed(later(), QStringLiteral("Polisen"));
    const Id civil = test::organisationNamed(later(), QStringLiteral("Civilsamhället"));
    ASSERT_NE(police, NoId);
    QString error;
    apply(responsibilities::setRole(*doc, {{fritidsbanken, police}}, RaciRole::Informed, &error), error);
    apply(responsibilities::setRole(*doc, {{fritidsbanken, civil}}, std::nullopt, &error), error);
    const PlanComparison c = comparison();
    ASSERT_EQ(c.changes.size(), 2) << lines(c).join(u'\n').toStdString();
    QList<std::pair<QVariant, QVariant>> roles;
    for (const PlanChange &change : c.changes) {
        EXPECT_EQ(change.group, Group::Responsibility);
        roles << std::pair(change.before, change.after);
    }
    EXPECT_TRUE(roles.contains(std::pair(QVariant(), QVariant(int(RaciRole::Informed)))));
    EXPECT_TRUE(roles.contains(std::pair(QVariant(int(RaciRole::Responsible)), QVariant())));
    // The role taken back is named from the earlier state, where it still is.
    EXPECT_TRUE(lines(c).join(u'\n').contains(QStringLiteral("Role: Responsible → (none)"))) << lines(c).join(u'\n').toStdString();
}

TEST_F(PlanComparisonTest, AGoalsTextIsAGoalsChange)
{
    const Goal &goal = *later().all<Goal>().begin();
    set(EntityKind::Goal, goal.id, columns::specific, QStringLiteral("Färre utsatta områden till 2030."));
    expectChange(onlyChange(), Group::Goals, EntityKind::Goal, goal.id, columns::specific);
}

TEST_F(PlanComparisonTest, AnIndicatorsBaselineAndATargetAreIndicatorsChanges)
{
    const Indicator &indicator = *later().all<Indicator>().begin();
    set(EntityKind::Indicator, indicator.id, columns::baseline, 12.5);
    const PlanChange change = onlyChange();
    expectChange(change, Group::Indicators, EntityKind::Indicator, indicator.id, columns::baseline);
    EXPECT_TRUE(describe(change).endsWith(QStringLiteral("→ 12.5"))) << describe(change).toStdString();

    const Measurement &measurement = *later().all<Measurement>().begin();
    set(EntityKind::Measurement, measurement.id, columns::value, measurement.value + 1);
    const PlanComparison c = comparison();
    ASSERT_EQ(c.changes.size(), 2);
    expectChange(c.changes.at(1), Group::Indicators, EntityKind::Measurement, measurement.id, columns::value);
}

TEST_F(PlanComparisonTest, ADecisionsReferenceIsADecisionsChangeAndAPhasesDecisionReadsByName)
{
    const Phase phase = *later().all<Phase>().begin();
    const auto other = std::find_if(later().all<Decision>().begin(), later().all<Decision>().end(),
                                    [&](const Decision &d) { return d.id != phase.decisionId; });
    ASSERT_NE(other, later().all<Decision>().end());
    const Id decision = other->id;
    set(EntityKind::Decision, decision, columns::reference, QStringLiteral("KS-2099/00001"));
    expectChange(onlyChange(), Group::Decisions, EntityKind::Decision, decision, columns::reference);

    set(EntityKind::Phase, phase.id, columns::decision_id, qlonglong(decision));
    const PlanComparison c = comparison();
    ASSERT_EQ(c.changes.size(), 2);
    const PlanChange &change = c.changes.at(1);
    expectChange(change, Group::Other, EntityKind::Phase, phase.id, columns::decision_id);
    // Each side names the decision as that state cites it: the new reference after.
    const QString line = describe(change);
    EXPECT_TRUE(line.contains(QStringLiteral(": %1 → ").arg(itemName(earlier, EntityKind::Decision, phase.decisionId))))
        << line.toStdString();
    EXPECT_TRUE(line.endsWith(itemName(later(), EntityKind::Decision, decision))) << line.toStdString();
    EXPECT_TRUE(line.contains(QStringLiteral("KS-2099/00001"))) << line.toStdString();
}

TEST_F(PlanComparisonTest, AnAddedItemIsAddedAndARemovedOneIsNamedFromTheEarlierState)
{
    const Id phase = later().all<Phase>().begin()->id;
    apply(structure::addIntervention(*doc, phase, QStringLiteral("Nattvandring")));
    const Id added = test::idNamed<Intervention>(later(), QStringLiteral("Nattvandring"));
    const Id removed = activityNamed(QStringLiteral("Projektering"));
    QString error;
    apply(commands::remove(*doc, EntityKind::Activity, {removed}, &error), error);

    const PlanComparison c = comparison();
    ASSERT_EQ(c.changes.size(), 2) << lines(c).join(u'\n').toStdString();
    expectChange(c.changes.at(0), Group::Added, EntityKind::Intervention, added, QString());
    expectChange(c.changes.at(1), Group::Removed, EntityKind::Activity, removed, QString());
    EXPECT_EQ(describe(c.changes.at(0)), QStringLiteral("Intervention «Nattvandring» added"));
    EXPECT_EQ(describe(c.changes.at(1)), QStringLiteral("Activity «Projektering» removed"));
    EXPECT_EQ(itemOfChange(c.changes.at(1), earlier, later()), QStringLiteral("Activity «Projektering»"));
}

TEST_F(PlanComparisonTest, MarkingDecidedIsAStatusAndADecisionChangeButNoMoney)
{
    const auto planned = std::find_if(later().all<Allocation>().begin(), later().all<Allocation>().end(),
                                      [](const Allocation &a) { return a.status == AllocationStatus::Planned; });
    ASSERT_NE(planned, later().all<Allocation>().end());
    const Id id = planned->id;
    const Id decision = later().all<Decision>().begin()->id;
    QString error;
    apply(allocations::markDecided(*doc, {id}, decision, QString(), &error), error);
    const PlanComparison c = comparison();
    EXPECT_TRUE(c.money.isEmpty());
    ASSERT_EQ(c.changes.size(), 2) << lines(c).join(u'\n').toStdString();
    expectChange(c.changes.at(0), Group::Status, EntityKind::Allocation, id, columns::status);
    expectChange(c.changes.at(1), Group::Other, EntityKind::Allocation, id, columns::decision_id);
    EXPECT_TRUE(describe(c.changes.at(0)).endsWith(QStringLiteral("Status: Planned → Decided")))
        << describe(c.changes.at(0)).toStdString();
}

// ---------------------------------------------------------------- money

class PlanComparisonMoney : public PlanComparisonTest
{
protected:
    void prepare() override
    {
        PlanComparisonTest::prepare();
        utv = test::sourceWithCode(later(), QStringLiteral("UTV"));
        processledning = intervention("7100");
        umeabra = test::idWithCode<Organisation>(later(), QStringLiteral("1100"));
        ASSERT_NE(umeabra, NoId);
    }
    /// Sets a cell of source UTV, the intervention 7100 and its organisation 1100 as the allocation grid does.
    void setCell(int year, Money amount)
    {
        QString error;
        apply(allocations::setCell(*doc, allocations::findCell(later(), utv, processledning, umeabra, year), amount,
                                   QString(), &error),
              error);
    }
    void expectMoney(const MoneyChange &change, int year, Money before, Money after) const
    {
        EXPECT_EQ(std::tie(change.year, change.sourceId, change.organisationId, change.interventionId),
                  std::tie(year, utv, umeabra, processledning));
        EXPECT_EQ(change.before, before);
        EXPECT_EQ(change.after, after);
    }
    static std::pair<Money, Money> kronor(qint64 before, qint64 after)
    {
        return {Money::fromKronor(before), Money::fromKronor(after)};
    }

    Id utv = NoId, processledning = NoId, umeabra = NoId;
};

TEST_F(PlanComparisonMoney, MovingMoneyToTheNextYearChangesBothYearsToTheOre)
{
    setCell(2025, Money::fromKronor(400'000)); // of 450 000
    setCell(2026, Money::fromKronor(50'000));  // a new allocation
    const PlanComparison c = comparison();
    EXPECT_TRUE(c.changes.isEmpty()) << lines(c).join(u'\n').toStdString(); // allocations show as money only
    ASSERT_EQ(c.money.size(), 2);
    expectMoney(c.money.at(0), 2025, Money::fromKronor(450'000), Money::fromKronor(400'000));
    expectMoney(c.money.at(1), 2026, Money(), Money::fromKronor(50'000));
    EXPECT_EQ(c.money.at(0).change(), Money::fromKronor(-50'000));
    // The demo allocates 3 150 000 kr for 2025 and 2 200 000 kr for 2026 (umeademo_funding.cpp).
    EXPECT_EQ(c.totalsPerYear.value(2025), kronor(3'150'000, 3'100'000));
    EXPECT_EQ(c.totalsPerYear.value(2026), kronor(2'200'000, 2'250'000));
    EXPECT_EQ(c.totalsPerYear.value(2024), kronor(3'150'000, 3'150'000));
    EXPECT_EQ(c.totalsPerYear.firstKey(), 2019);
    EXPECT_EQ(c.totalsPerYear.lastKey(), 2026);
    EXPECT_EQ(describeMoneyChange(c.money.at(0), earlier, later()),
              QStringLiteral("2025 · Utvecklingsanslag · Kommunledningskontoret – Umeåbrå · Processledning och samordning: "
                             "450,000 SEK → 400,000 SEK (-50,000 SEK)"));
}

TEST_F(PlanComparisonMoney, AChangedAmountIsExactToTheOre)
{
    const auto it = std::find_if(later().all<Allocation>().begin(), later().all<Allocation>().end(),
                                 [&](const Allocation &a) { return a.sourceId == utv && a.year == 2024
                                                                   && a.interventionId == processledning; });
    ASSERT_NE(it, later().all<Allocation>().end());
    set(EntityKind::Allocation, it->id, columns::amount, qlonglong(Money::fromKronor(450'000).ore() + 12'345));
    const PlanComparison c = comparison();
    EXPECT_TRUE(c.changes.isEmpty()) << lines(c).join(u'\n').toStdString();
    ASSERT_EQ(c.money.size(), 1);
    expectMoney(c.money.at(0), 2024, Money::fromKronor(450'000), Money::fromOre(45'012'345));
    EXPECT_EQ(c.money.at(0).change(), Money::fromOre(12'345));
    EXPECT_EQ(c.totalsPerYear.value(2024).second - c.totalsPerYear.value(2024).first, Money::fromOre(12'345));
}

TEST_F(PlanComparisonMoney, AnActivitysAllocationCountsForItsIntervention)
{
    Id activity = NoId;
    for (const Activity &a : later().all<Activity>()) {
        if (a.interventionId == processledning)
            activity = a.id;
    }
    ASSERT_NE(activity, NoId);
    QString error;
    apply(commands::insert(*doc, Allocation{NoId, utv, NoId, activity, umeabra, 2026, Money::fromKronor(10'000)},
                           CommandText::verbatim(QStringLiteral("Allocate")), &error),
          error);
    const PlanComparison c = comparison();
    EXPECT_TRUE(c.changes.isEmpty()) << lines(c).join(u'\n').toStdString();
    ASSERT_EQ(c.money.size(), 1);
    expectMoney(c.money.at(0), 2026, Money(), Money::fromKronor(10'000));
    EXPECT_EQ(c.totalsPerYear.value(2026), kronor(2'200'000, 2'210'000));
}

// ---------------------------------------------------------------- order and tables

TEST_F(PlanComparisonMoney, TheComparisonIsOrderedAndTheSameEveryTime)
{
    set(EntityKind::Intervention, intervention("7130"), columns::name, QStringLiteral("Fritidsbanken"));
    set(EntityKind::Intervention, processledning, columns::status, int(WorkStatus::Done));
    set(EntityKind::Intervention, intervention("7120"), columns::status, int(WorkStatus::Cancelled));
    QString error;
    apply(dates::shift(*doc, EntityKind::Intervention, processledning, 2, 0, false, &error), error);
    apply(responsibilities::setRole(*doc, {{processledning, umeabra}}, RaciRole::Informed, &error), error);
    setCell(2025, Money());
    setCell(2026, Money::fromKronor(1));

    const PlanComparison first = comparison(), second = comparison();
    EXPECT_EQ(lines(first), lines(second));
    ASSERT_GE(first.changes.size(), 5);
    EXPECT_TRUE(std::is_sorted(first.changes.begin(), first.changes.end(), [](const auto &a, const auto &b) {
        return std::tie(a.group, a.kind, a.id, a.field) < std::tie(b.group, b.kind, b.id, b.field);
    }));
    EXPECT_TRUE(std::is_sorted(first.money.begin(), first.money.end(), [](const auto &a, const auto &b) {
        return std::tie(a.year, a.sourceId, a.organisationId, a.interventionId)
               < std::tie(b.year, b.sourceId, b.organisationId, b.interventionId);
    }));
}

TEST_F(PlanComparisonMoney, TheTablesHoldDatesAsLastDaysAndAmountsWithATotal)
{
    QString error;
    const Id id = activityNamed(QStringLiteral("Trygghetsvandringar med boende"));
    apply(dates::setSpan(*doc, EntityKind::Activity, id, QDate(2021, 10, 1), QDate(2021, 12, 30), &error), error);
    setCell(2025, Money::fromKronor(400'000));
    setCell(2026, Money::fromKronor(50'000));
    const PlanComparison c = comparison();

    const ExportTable changes = changesTable(c, earlier, later());
    EXPECT_EQ(changes.name, QStringLiteral("changes"));
    ASSERT_EQ(changes.rows.size(), 1);
    const std::vector<ExportCell> &dates = changes.rows.front();
    ASSERT_EQ(dates.size(), std::size_t(changes.header.size()));
    EXPECT_EQ(dates.at(4), ExportCell(QDate(2021, 9, 1)));
    EXPECT_EQ(dates.at(6), ExportCell(QDate(2021, 10, 31))); // the last day, not the exclusive end
    EXPECT_EQ(dates.at(7), ExportCell(QDate(2021, 12, 29)));
    EXPECT_EQ(dates.at(8), ExportCell(qint64(59)));

    const ExportTable money = moneyChangesTable(c, earlier, later());
    EXPECT_EQ(money.name, QStringLiteral("money-changes"));
    EXPECT_TRUE(money.totalsRow);
    ASSERT_EQ(money.rows.size(), 3);
    EXPECT_EQ(money.rows.front().at(0), ExportCell(qint64(2025)));
    EXPECT_EQ(money.rows.front().at(6), ExportCell(Money::fromKronor(-50'000)));

    // Each year's totals: every year either state allocates, with a totals row.
    const ExportTable years = yearTotalsTable(c);
    EXPECT_EQ(years.name, QStringLiteral("allocated-per-year"));
    EXPECT_TRUE(years.totalsRow);
    ASSERT_EQ(years.rows.size(), std::size_t(c.totalsPerYear.size() + 1));
    const auto year2025 = std::find_if(years.rows.begin(), years.rows.end(),
                                       [](const auto &row) { return row.at(0) == ExportCell(qint64(2025)); });
    ASSERT_NE(year2025, years.rows.end());
    EXPECT_EQ(year2025->at(1), ExportCell(Money::fromKronor(3'150'000)));
    EXPECT_EQ(year2025->at(2), ExportCell(Money::fromKronor(3'100'000)));
    EXPECT_EQ(year2025->at(3), ExportCell(Money::fromKronor(-50'000)));
    EXPECT_EQ(years.rows.back().at(3), ExportCell(Money())); // 50 000 moved, none added
    const std::vector<ExportCell> &total = money.rows.back();
    EXPECT_EQ(total.at(4), ExportCell(Money::fromKronor(450'000)));
    EXPECT_EQ(total.at(5), ExportCell(Money::fromKronor(450'000)));
    EXPECT_EQ(total.at(6), ExportCell(Money()));
}

} // namespace
