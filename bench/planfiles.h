#pragma once

// Plans of N tasks written here as each tool writes them, for
// BM_ImportPlan/<format>/N: the same outline in every format (10 phases of
// 10 interventions, the rest activities; 50 resources in 5 groups, an
// assignment, a dependency and a cost per activity where the format holds
// one), so that the formats' figures compare.

#include <QByteArray>

namespace horisont::bench {

QByteArray msProjectPlan(int tasks);
QByteArray ganttProjectPlan(int tasks);
/// GNOME Planner has no cost of a task (it prices work by rates): no costs.
QByteArray plannerPlan(int tasks);
QByteArray calligraPlan(int tasks);
QByteArray taskJugglerPlan(int tasks);
/// A plan spreadsheet ("åtgärdsplan") as an XLSX: a row per intervention and activity.
QByteArray planSpreadsheet(int tasks);

} // namespace horisont::bench
