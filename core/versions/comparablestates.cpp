#include "versions/comparablestates.h"

#include "document/plandocument.h"
#include "plan/plan.h"
#include "versions/planscenarios.h"
#include "versions/planversions.h"

#include <QCoreApplication>

namespace horisont {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::ComparableStates)
};

const QString CurrentKey = QStringLiteral("current"); // what `horisont diff --to current` calls it too

QString versionKey(const QString &name) { return QStringLiteral("version:") + name; }

/// The plan as it is now. A window showing a version or working in a
/// scenario holds that in its document, so there the plan is read from the file.
ComparableState currentState(PlanDocument &document)
{
    ComparableState state;
    state.key = CurrentKey;
    state.label = Tr::tr("The current plan");
    PlanDocument *doc = &document;
    state.load = [doc](QString *error) -> std::shared_ptr<const Plan> {
        if (!doc->shownVersion() && !doc->workingScenario())
            return std::shared_ptr<const Plan>(std::shared_ptr<const Plan>(), &doc->plan()); // not owned
        auto plan = std::make_shared<Plan>();
        if (!doc->store().load(*plan, error))
            return nullptr;
        return plan;
    };
    return state;
}

ComparableState versionState(PlanDocument &document, const PlanVersion &version)
{
    ComparableState state;
    state.kind = version.decision.isDecided() ? ComparableState::Kind::Decided : ComparableState::Kind::Snapshot;
    state.key = versionKey(version.name);
    state.label = Tr::tr("%1 — %2").arg(version.name, planversions::decisionText(version.decision));
    if (!version.intact)
        state.unavailableReason = Tr::tr("Altered outside Horisont: its content no longer matches what was frozen, "
                                         "so it is not read.");
    PlanDocument *doc = &document;
    state.load = [doc, version](QString *error) -> std::shared_ptr<const Plan> {
        const std::optional<PlanVersion> &shown = doc->shownVersion();
        if (shown && shown->id == version.id)
            return std::shared_ptr<const Plan>(std::shared_ptr<const Plan>(), &doc->plan()); // already read
        auto plan = std::make_shared<Plan>();
        if (!planversions::load(doc->store(), version, *plan, error))
            return nullptr;
        return plan;
    };
    return state;
}

QString scenarioKey(const QString &name) { return QStringLiteral("scenario:") + name; }

ComparableState scenarioState(PlanDocument &document, const PlanScenario &scenario)
{
    ComparableState state;
    state.kind = ComparableState::Kind::Scenario;
    state.key = scenarioKey(scenario.name);
    state.label = Tr::tr("Scenario «%1»").arg(scenario.name);
    PlanDocument *doc = &document;
    state.load = [doc, scenario](QString *error) -> std::shared_ptr<const Plan> {
        const std::optional<PlanScenario> &worked = doc->workingScenario();
        if (worked && worked->id == scenario.id)
            return std::shared_ptr<const Plan>(std::shared_ptr<const Plan>(), &doc->plan()); // live, as edited
        auto plan = std::make_shared<Plan>();
        if (!planscenarios::load(doc->store(), scenario, *plan, error))
            return nullptr;
        return plan;
    };
    return state;
}

} // namespace

int ComparableStates::indexOf(const QString &key) const
{
    for (int i = 0; i < states.size(); ++i) {
        if (states.at(i).key == key)
            return i;
    }
    return -1;
}

ComparableStates comparableStates(PlanDocument &document)
{
    ComparableStates result;
    result.states << currentState(document);
    const QList<PlanVersion> versions = planversions::list(document.store());
    for (const PlanVersion &version : versions)
        result.states << versionState(document, version);
    for (const PlanScenario &scenario : planscenarios::list(document.store()))
        result.states << scenarioState(document, scenario);

    // From: the shown version, else the latest decided, else the newest that can be read.
    QString from;
    if (const std::optional<PlanVersion> &shown = document.shownVersion())
        from = versionKey(shown->name);
    else if (const std::optional<qint64> decided = planversions::latestDecidedId(document.store())) {
        for (const PlanVersion &version : versions) {
            if (version.id == *decided && version.intact)
                from = versionKey(version.name);
        }
    }
    for (qsizetype i = versions.size() - 1; from.isEmpty() && i >= 0; --i) {
        if (versions.at(i).intact)
            from = versionKey(versions.at(i).name);
    }
    result.defaultFrom = std::max(0, result.indexOf(from));
    result.defaultTo = document.workingScenario() ? result.indexOf(scenarioKey(document.workingScenario()->name))
                                                  : result.indexOf(CurrentKey);
    return result;
}

} // namespace horisont
