#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace horisont {

class Plan;
class SqliteStore;

/// A state of the plan that can be read, shown and compared: the plan as
/// it is in the file now, a version (decided or a snapshot), or a scenario.
/// Names are unique across versions and scenarios, so a name is a state.
struct PlanState {
    enum class Kind { Current, Version, Scenario };
    Kind kind = Kind::Current;
    QString name; ///< "current" for the plan itself
    /// "the current plan", "«KS 2024» (Kommunstyrelsen, 2024-03-12)",
    /// "scenario «15 years»": in the user's language, for headings.
    QString title;
    /// False for a version altered outside Horisont (it cannot be read).
    bool readable = true;
};

namespace planstates {

/// The current plan, then every version, then every scenario.
QList<PlanState> all(SqliteStore &store);

/// The state called `name` ("current", a version's or a scenario's name).
/// nullopt with *error listing the states there are when there is none.
std::optional<PlanState> find(SqliteStore &store, const QString &name, QString *error);

/// Reads the state into `plan`; the current plan is read from the file's
/// tables (whatever a window shows). False with *error naming it.
bool load(SqliteStore &store, const PlanState &state, Plan &plan, QString *error);

} // namespace planstates
} // namespace horisont
