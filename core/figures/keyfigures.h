#pragma once

#include "budget/budgettotals.h"
#include "model/ids.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace horisont {

class Plan;
struct LedgerTotals;

/// A named span of the plan (a phase or a governance period), half-open.
struct NamedSpan {
    Id id = NoId;
    QString name;
    QDate start;
    QDate end; ///< exclusive
    bool operator==(const NamedSpan &) const = default;
};

/// How many items of a kind there are and where their status stands.
struct WorkCount {
    int total = 0;
    int ongoing = 0;
    int done = 0;
    bool operator==(const WorkCount &) const = default;
};

/// The key figures of a plan on a day: where it stands, its money and its
/// size. One engine for the overview, the steering pack's summary and
/// `horisont info`, so that they cannot disagree; KeyFigureTexts puts them
/// in words. Nothing here reads the clock: `today` is the caller's.
struct KeyFigures {
    QDate today;

    // Where we are.
    QDate horizonStart;
    QDate horizonEnd; ///< exclusive; both invalid (or end ≤ start) when the horizon is not set
    int horizonMonths = 0; ///< whole months from start to end
    /// The phase that covers today (the earliest-starting when several do).
    std::optional<NamedSpan> currentPhase;
    std::optional<NamedSpan> directionPeriod;
    std::optional<NamedSpan> termOfOffice;
    /// The phase whose end (its review gate) comes next after today.
    std::optional<NamedSpan> nextGate;
    qint64 daysToGate = 0; ///< from today to the gate's last day

    // Money.
    BudgetTotals budget;
    qint64 transactions = 0;
    struct Grant {
        Id id = NoId;
        QString name;
        Money ceiling;
        Money allocated;
    };
    std::vector<Grant> grants; ///< the sources with a ceiling, in plan order

    // Size.
    int phases = 0;
    WorkCount interventions;
    WorkCount activities;
    int milestones = 0;
    int organisations = 0;
    int areas = 0;
    int goals = 0;
    int indicators = 0;
    int fundingSources = 0;
    int risks = 0;

    bool hasHorizon() const { return horizonStart.isValid() && horizonEnd.isValid() && horizonStart < horizonEnd; }
};

KeyFigures keyFigures(const Plan &plan, const LedgerTotals &ledger, QDate today);

} // namespace horisont
