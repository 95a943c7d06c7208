#include "versions/planstates.h"

#include "plan/plan.h"
#include "store/sqlitestore.h"
#include "versions/planscenarios.h"
#include "versions/planversions.h"

#include <QCoreApplication>

namespace horisont::planstates {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::PlanStates)
};

bool isCurrent(const QString &name)
{
    return name.trimmed().compare(QLatin1String("current"), Qt::CaseInsensitive) == 0;
}

PlanState current() { return {PlanState::Kind::Current, QStringLiteral("current"), Tr::tr("the current plan"), true}; }

PlanState stateOf(const PlanVersion &v)
{
    return {PlanState::Kind::Version, v.name,
            QStringLiteral("«%1» (%2)").arg(v.name, planversions::decisionText(v.decision)), v.intact};
}

PlanState stateOf(const PlanScenario &s)
{
    return {PlanState::Kind::Scenario, s.name, Tr::tr("scenario «%1»").arg(s.name), true};
}

} // namespace

QList<PlanState> all(SqliteStore &store)
{
    QList<PlanState> states{current()};
    for (const PlanVersion &v : planversions::list(store))
        states << stateOf(v);
    for (const PlanScenario &s : planscenarios::list(store))
        states << stateOf(s);
    return states;
}

std::optional<PlanState> find(SqliteStore &store, const QString &name, QString *error)
{
    if (isCurrent(name))
        return current();
    if (const auto version = planversions::find(store, name))
        return stateOf(*version);
    if (const auto scenario = planscenarios::find(store, name))
        return stateOf(*scenario);
    QStringList names;
    for (const PlanState &state : all(store))
        names << QStringLiteral("«%1»").arg(state.name);
    *error = Tr::tr("«%1» is neither \"current\", a version nor a scenario of the plan. Its states: %2.")
                 .arg(name.trimmed(), names.join(QStringLiteral(", ")));
    return std::nullopt;
}

bool load(SqliteStore &store, const PlanState &state, Plan &plan, QString *error)
{
    switch (state.kind) {
    case PlanState::Kind::Current:
        return planscenarios::loadPlan(store, plan, error);
    case PlanState::Kind::Version:
        if (const auto version = planversions::find(store, state.name))
            return planversions::load(store, *version, plan, error);
        *error = planversions::unknownVersionMessage(store, state.name);
        return false;
    case PlanState::Kind::Scenario:
        if (const auto scenario = planscenarios::find(store, state.name))
            return planscenarios::load(store, *scenario, plan, error);
        *error = planscenarios::unknownScenarioMessage(store, state.name);
        return false;
    }
    return false;
}

} // namespace horisont::planstates
