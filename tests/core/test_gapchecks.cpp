// Each gap check of the programme logic fires on a plan built to have
// exactly that gap, names the item, is silent on the complete demo chain,
// and undo restores the plan (and the silence) exactly.
#include "testsupport.h"

#include "check/gapcheck.h"
#include "check/plancheck.h"
#include "edit/commands.h"

#include <gtest/gtest.h>

#include <functional>

using namespace horisont;

namespace {

const QDate DemoDay(2026, 11, 25);

class GapChecks : public test::DemoTest
{
protected:
    void prepare() override
    {
        before = doc->plan().snapshot();
    }

    Findings run(QDate asOf = DemoDay) const { return checkGaps(doc->plan(), asOf); }

    static QList<Finding> withCode(const Findings &findings, const char *code)
    {
        QList<Finding> out;
        for (const Finding &f : findings) {
            if (f.code == QLatin1String(code))
                out << f;
        }
        return out;
    }

    template<class T>
    QList<Id> idsWhere(const std::function<bool(const T &)> &pred) const
    {
        QList<Id> ids;
        for (const T &e : doc->plan().all<T>()) {
            if (pred(e))
                ids << e.id;
        }
        return ids;
    }

    template<class T>
    void removeWhere(const std::function<bool(const T &)> &pred)
    {
        const QList<Id> ids = idsWhere<T>(pred);
        ASSERT_FALSE(ids.isEmpty());
        QString error;
        auto *c = commands::remove(*doc, kindOf<T>, ids, CommandText::verbatim(QStringLiteral("remove")), &error);
        ASSERT_TRUE(c) << error.toStdString();
        ASSERT_TRUE(doc->execute(c)) << doc->lastError().toStdString();
    }

    Id interventionWithCode(const char *code) const
    {
        const QList<Id> ids =
            idsWhere<Intervention>([&](const Intervention &i) { return i.code == QLatin1String(code); });
        return ids.value(0, NoId);
    }

    Id goalNamed(const QString &name) const
    {
        return idsWhere<Goal>([&](const Goal &g) { return g.name == name; }).value(0, NoId);
    }

    /// The finding with `code` is there, exactly once, on the item, naming it;
    /// undoing every step makes the plan equal to the demo again, on disk too, and silent.
    void expectGap(const char *code, EntityKind kind, Id id, const QString &name, QDate asOf = DemoDay)
    {
        const QList<Finding> found = withCode(run(asOf), code);
        ASSERT_EQ(found.size(), 1) << code;
        EXPECT_EQ(found[0].kind, kind);
        EXPECT_EQ(found[0].id, id);
        EXPECT_EQ(found[0].severity, Finding::Severity::Warning);
        EXPECT_TRUE(found[0].message.contains(name)) << found[0].message.toStdString();

        // Through checkPlan too, as `horisont check` and the problems panel see it.
        CheckContext context;
        context.asOf = asOf;
        EXPECT_EQ(withCode(checkPlan(doc->plan(), context), code).size(), 1);

        while (doc->undoStack()->canUndo())
            doc->undoStack()->undo();
        EXPECT_EQ(doc->plan().snapshot(), before);
        EXPECT_EQ(test::diskSnapshot(doc->path()), before);
        EXPECT_TRUE(run().isEmpty());
    }

    QList<Record> before;
};

} // namespace

TEST_F(GapChecks, DemoChainIsComplete)
{
    for (const Finding &f : run())
        ADD_FAILURE() << f.code.toStdString() << ": " << f.message.toStdString();
    for (const Finding &f : run(QDate()))
        ADD_FAILURE() << f.code.toStdString() << ": " << f.message.toStdString();
    CheckContext context;
    context.asOf = DemoDay;
    for (const Finding &f : checkPlan(doc->plan(), context))
        ADD_FAILURE() << f.code.toStdString() << ": " << f.message.toStdString();
}

TEST_F(GapChecks, GoalWithoutIntervention)
{
    const Id goal = goalNamed(QStringLiteral("Systematisk uppföljning och utvärdering"));
    ASSERT_NE(goal, NoId);
    removeWhere<InterventionGoal>([&](const InterventionGoal &l) { return l.goalId == goal; });
    expectGap("goal-without-intervention", EntityKind::Goal, goal, doc->plan().find<Goal>(goal)->name);
}

TEST_F(GapChecks, InterventionWithoutGoal)
{
    const Id iv = interventionWithCode("7180");
    removeWhere<InterventionGoal>([&](const InterventionGoal &l) { return l.interventionId == iv; });
    expectGap("intervention-without-goal", EntityKind::Intervention, iv, doc->plan().find<Intervention>(iv)->name);
}

TEST_F(GapChecks, InterventionWithoutCause)
{
    const Id iv = interventionWithCode("7140");
    removeWhere<InterventionCause>([&](const InterventionCause &l) { return l.interventionId == iv; });
    expectGap("intervention-without-cause", EntityKind::Intervention, iv, doc->plan().find<Intervention>(iv)->name);
}

TEST_F(GapChecks, ProblemWithoutCauseAndWithoutGoal)
{
    const QString name = QStringLiteral("Skadegörelse vid skolor");
    auto *c = commands::insert(*doc, Problem{NoId, name, {}, {}, {}, 2}, CommandText::verbatim(QStringLiteral("add")));
    ASSERT_TRUE(doc->execute(c));
    const Id problem = c->createdId();
    Findings found = run();
    ASSERT_EQ(withCode(found, "problem-without-cause").size(), 1);
    EXPECT_EQ(withCode(found, "problem-without-cause")[0].id, problem);
    EXPECT_TRUE(withCode(found, "problem-without-cause")[0].message.contains(name));
    // With a cause it lacks only a goal.
    ASSERT_TRUE(doc->execute(commands::insert(
        *doc, Cause{NoId, problem, NoId, QStringLiteral("Skymda skolgårdar"), CausePerspective::Place, {}},
        CommandText::verbatim(QStringLiteral("add")))));
    found = run();
    EXPECT_TRUE(withCode(found, "problem-without-cause").isEmpty());
    expectGap("problem-without-goal", EntityKind::Problem, problem, name);
}

TEST_F(GapChecks, ProblemWithoutCause)
{
    const Id problem =
        idsWhere<Problem>([](const Problem &p) { return p.name == QStringLiteral("Öppen narkotikahandel"); }).value(0);
    ASSERT_NE(problem, NoId);
    removeWhere<Cause>([&](const Cause &c) { return c.problemId == problem; });
    expectGap("problem-without-cause", EntityKind::Problem, problem, doc->plan().find<Problem>(problem)->name);
}

TEST_F(GapChecks, ProblemWithoutGoalBySetField)
{
    const Id problem =
        idsWhere<Problem>([](const Problem &p) { return p.name == QStringLiteral("Otrygghet i utemiljöer"); }).value(0);
    ASSERT_NE(problem, NoId);
    for (const Id goal : idsWhere<Goal>([&](const Goal &g) { return g.problemId == problem; })) {
        QString error;
        auto *c = commands::setField(*doc, EntityKind::Goal, goal, QStringLiteral("problem_id"), QVariant(), &error);
        ASSERT_TRUE(c) << error.toStdString();
        ASSERT_TRUE(doc->execute(c));
    }
    expectGap("problem-without-goal", EntityKind::Problem, problem, doc->plan().find<Problem>(problem)->name);
}

TEST_F(GapChecks, GoalWithoutIndicator)
{
    const Id goal = goalNamed(QStringLiteral("Ökad trygghet i utemiljöerna"));
    ASSERT_NE(goal, NoId);
    removeWhere<Indicator>([&](const Indicator &i) { return i.goalId == goal; });
    expectGap("goal-without-indicator", EntityKind::Goal, goal, doc->plan().find<Goal>(goal)->name);
}

TEST_F(GapChecks, IndicatorWithoutBaseline)
{
    const Indicator &in = *doc->plan().all<Indicator>().begin();
    QString error;
    auto *c = commands::setField(*doc, EntityKind::Indicator, in.id, QStringLiteral("baseline"), QVariant(), &error);
    ASSERT_TRUE(c) << error.toStdString();
    ASSERT_TRUE(doc->execute(c));
    expectGap("indicator-without-baseline", EntityKind::Indicator, in.id, in.name);
}

TEST_F(GapChecks, IndicatorWithoutTarget)
{
    const Indicator in = *std::next(doc->plan().all<Indicator>().begin());
    removeWhere<Measurement>(
        [&](const Measurement &m) { return m.indicatorId == in.id && m.kind == MeasurementKind::Target; });
    expectGap("indicator-without-target", EntityKind::Indicator, in.id, in.name);
}

TEST_F(GapChecks, IndicatorWithoutMeasurementForLastCompletedYear)
{
    const Indicator in = *std::next(doc->plan().all<Indicator>().begin(), 2);
    removeWhere<Measurement>([&](const Measurement &m) {
        return m.indicatorId == in.id && m.kind == MeasurementKind::Actual && m.year == 2025;
    });
    // Only a dated check knows which year is the last completed one.
    EXPECT_TRUE(withCode(run(QDate()), "indicator-without-measurement").isEmpty());
    // In 2026 the last completed year is 2025; the finding names it.
    EXPECT_TRUE(withCode(run(), "indicator-without-measurement").value(0).message.contains(QStringLiteral("2025")));
    // In 2025 the last completed year is 2024, which is measured.
    EXPECT_TRUE(withCode(run(QDate(2025, 6, 1)), "indicator-without-measurement").isEmpty());
    expectGap("indicator-without-measurement", EntityKind::Indicator, in.id, in.name);
}

TEST_F(GapChecks, EndedInterventionWithoutFollowUp)
{
    const Id iv = interventionWithCode("7150");
    const Intervention in = *doc->plan().find<Intervention>(iv);
    removeWhere<FollowUp>([&](const FollowUp &f) { return f.interventionId == iv; });
    EXPECT_TRUE(withCode(run(QDate()), "intervention-without-follow-up").isEmpty());
    // Not before it has ended: the end is exclusive.
    EXPECT_TRUE(withCode(run(in.end.addDays(-1)), "intervention-without-follow-up").isEmpty());
    EXPECT_EQ(withCode(run(in.end), "intervention-without-follow-up").size(), 1);
    expectGap("intervention-without-follow-up", EntityKind::Intervention, iv, in.name);
}

TEST_F(GapChecks, OngoingInterventionNeedsNoFollowUpYet)
{
    // 7170 ends 2026-12-19, after the demo's day, and has no follow-up.
    const Id iv = interventionWithCode("7170");
    EXPECT_TRUE(idsWhere<FollowUp>([&](const FollowUp &f) { return f.interventionId == iv; }).isEmpty());
    EXPECT_TRUE(withCode(run(), "intervention-without-follow-up").isEmpty());
    const QList<Finding> later = withCode(run(QDate(2027, 1, 1)), "intervention-without-follow-up");
    bool named = false;
    for (const Finding &f : later)
        named = named || f.id == iv;
    EXPECT_TRUE(named);
}
