#pragma once

#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace horisont {

class Plan;
class PlanDocument;

/// One state of a plan that can be compared with another: the plan as it
/// is now, one of its versions or one of its scenarios.
struct ComparableState {
    enum class Kind { Current, Decided, Snapshot, Scenario };
    Kind kind = Kind::Current;
    /// Stays the same while the state exists, whatever its label: "current",
    /// or "version:" and the version's name. A chooser keeps the user's
    /// choice by it when the list is made again.
    QString key;
    /// "The current plan", "Budget 2026 — Kommunfullmäktige, 2025-11-24,
    /// KF 2025/212", "Remiss 2026 — snapshot", in the user's language.
    QString label;
    /// Why this state cannot be compared (a version altered outside
    /// Horisont), or empty when it can.
    QString unavailableReason;
    /// Reads the state. The plan shown in the document is not copied: it
    /// is returned as it is, still owned by the document, and changes with
    /// it. nullptr with *error naming the state when it cannot be read.
    std::function<std::shared_ptr<const Plan>(QString *error)> load;

    bool isAvailable() const { return unavailableReason.isEmpty(); }
};

/// Every state of the document's plan that can be compared, and which two
/// to compare when the user has chosen none.
struct ComparableStates {
    /// The current plan first, then every version oldest first (altered
    /// ones too, unavailable and saying why), then every scenario.
    QList<ComparableState> states;
    /// By default: from the latest decided version — else the newest
    /// readable version, else the current plan — to the current plan. In a
    /// window showing a version: from that version to the current plan; in
    /// one working in a scenario, to that scenario.
    int defaultFrom = 0;
    int defaultTo = 0;

    /// The index of the state with this key, or -1.
    int indexOf(const QString &key) const;
};

/// The one list of what can be compared: the Changes view offers it, and a
/// new kind of state is added here.
ComparableStates comparableStates(PlanDocument &document);

} // namespace horisont
