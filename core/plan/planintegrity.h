#pragma once

#include "edit/change.h"

#include <QString>

namespace horisont {

class Plan;

/// The first thing in a loaded plan that no edit through Horisont can
/// produce — a reference to a row that does not exist, a parent chain that
/// loops, a second programme — named by
/// table, row and column; empty when there is none. Every figure, picture and
/// check relies on these rules, so a plan breaking them is refused as
/// damaged instead of being shown with wrong totals (or crashing a view).
/// What a user can legitimately produce (a duplicated code, an end before a
/// start) is left to the plan checks, which report it as a finding.
QString planIntegrityProblem(const Plan &plan);

/// Every amount of a plan (allocations, ceilings, forecasts, targets) added
/// up without its sign may not pass 10^16 kr. Each amount is bounded on its
/// own (Money::isWithinBounds); bounding their sum too is what makes every
/// total, variance and roll-up of the plan — and of the plan with its
/// ledger, which has the same bound — impossible to overflow, however many
/// amounts a file holds.
constexpr qint64 PlanMoneyLimitOre = 1'000'000'000'000'000'000;

/// The plan's amounts added up without their sign, or -1 when that passes
/// PlanMoneyLimitOre.
qint64 planMoneyMagnitude(const Plan &plan);

/// What an edit would write that the next opening of the file would refuse
/// as damage: a value of the wrong type or out of range, or amounts that
/// together pass what the plan may hold; empty when none. Every edit — from
/// the window, the command line, an undo — passes here (PlanDocument::apply).
QString changesProblem(const Plan &plan, const ChangeList &changes);

} // namespace horisont
