#include "check/gapcheck.h"

#include "plan/plan.h"
#include "labels/labels.h"

#include <QCoreApplication>
#include <QSet>

namespace horisont {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::GapCheck)
};

constexpr auto Warning = Finding::Severity::Warning;

Finding gap(const char *code, const QString &message, EntityKind kind, Id id)
{
    return Finding{Warning, QString::fromLatin1(code), message, kind, id};
}

} // namespace

Findings checkGaps(const Plan &plan, const QDate &asOf)
{
    QSet<Id> goalsWithIntervention, interventionsWithGoal, interventionsWithCause;
    for (const InterventionGoal &l : plan.all<InterventionGoal>()) {
        goalsWithIntervention.insert(l.goalId);
        interventionsWithGoal.insert(l.interventionId);
    }
    for (const InterventionCause &l : plan.all<InterventionCause>())
        interventionsWithCause.insert(l.interventionId);
    QSet<Id> problemsWithCause, problemsWithGoal, goalsWithIndicator;
    for (const Cause &c : plan.all<Cause>())
        problemsWithCause.insert(c.problemId);
    for (const Goal &g : plan.all<Goal>())
        problemsWithGoal.insert(g.problemId);
    for (const Indicator &i : plan.all<Indicator>())
        goalsWithIndicator.insert(i.goalId);
    const int lastYear = asOf.isValid() ? asOf.year() - 1 : 0;
    QSet<Id> indicatorsWithTarget, indicatorsMeasuredLastYear;
    for (const Measurement &m : plan.all<Measurement>()) {
        if (m.kind == MeasurementKind::Target)
            indicatorsWithTarget.insert(m.indicatorId);
        else if (m.kind == MeasurementKind::Actual && m.year == lastYear)
            indicatorsMeasuredLastYear.insert(m.indicatorId);
    }
    QSet<Id> interventionsFollowedUp;
    for (const FollowUp &f : plan.all<FollowUp>())
        interventionsFollowedUp.insert(f.interventionId);

    Findings out;
    for (const Problem &p : plan.all<Problem>()) {
        if (!problemsWithCause.contains(p.id))
            out << gap("problem-without-cause", Tr::tr("Problem %1 has no cause.").arg(Labels::quoted(p.name)),
                       EntityKind::Problem, p.id);
        if (!problemsWithGoal.contains(p.id))
            out << gap("problem-without-goal", Tr::tr("Problem %1 has no goal.").arg(Labels::quoted(p.name)),
                       EntityKind::Problem, p.id);
    }
    for (const Intervention &i : plan.all<Intervention>()) {
        if (!interventionsWithCause.contains(i.id))
            out << gap("intervention-without-cause",
                       Tr::tr("Intervention %1 does not act on any cause.").arg(Labels::quoted(i.name)),
                       EntityKind::Intervention, i.id);
        if (!interventionsWithGoal.contains(i.id))
            out << gap("intervention-without-goal",
                       Tr::tr("Intervention %1 does not work towards any goal.").arg(Labels::quoted(i.name)),
                       EntityKind::Intervention, i.id);
        if (asOf.isValid() && i.end.isValid() && i.end <= asOf && !interventionsFollowedUp.contains(i.id))
            out << gap("intervention-without-follow-up",
                       Tr::tr("Intervention %1 ended on %2 and has no follow-up.")
                           .arg(Labels::quoted(i.name), i.end.addDays(-1).toString(Qt::ISODate)),
                       EntityKind::Intervention, i.id);
    }
    for (const Goal &g : plan.all<Goal>()) {
        if (!goalsWithIntervention.contains(g.id))
            out << gap("goal-without-intervention", Tr::tr("No intervention works towards goal %1.").arg(Labels::quoted(g.name)),
                       EntityKind::Goal, g.id);
        if (!goalsWithIndicator.contains(g.id))
            out << gap("goal-without-indicator", Tr::tr("Goal %1 has no indicator.").arg(Labels::quoted(g.name)),
                       EntityKind::Goal, g.id);
    }
    for (const Indicator &i : plan.all<Indicator>()) {
        if (!i.baseline)
            out << gap("indicator-without-baseline", Tr::tr("Indicator %1 has no baseline.").arg(Labels::quoted(i.name)),
                       EntityKind::Indicator, i.id);
        if (!indicatorsWithTarget.contains(i.id))
            out << gap("indicator-without-target", Tr::tr("Indicator %1 has no target.").arg(Labels::quoted(i.name)),
                       EntityKind::Indicator, i.id);
        if (asOf.isValid() && !indicatorsMeasuredLastYear.contains(i.id))
            out << gap("indicator-without-measurement",
                       Tr::tr("Indicator %1 has no measurement for %2.").arg(Labels::quoted(i.name)).arg(lastYear),
                       EntityKind::Indicator, i.id);
    }
    return out;
}

} // namespace horisont
