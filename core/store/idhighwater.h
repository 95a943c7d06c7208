#pragma once

#include "model/ids.h"

#include <QMap>
#include <QString>

class QSqlDatabase;

namespace horisont {

class Plan;

/// Every id a file has handed out, per kind: the plan, its scenarios and
/// items deleted since all draw from one range, so one id always means one
/// item. That is what lets a scenario be compared with the plan and
/// promoted to be it item by item.
namespace idhighwater {

/// Raises the kept highest ids to at least `highest` (per kind). Inside a
/// write's transaction. A file of a format before scenarios keeps none.
bool raise(QSqlDatabase &db, const QMap<EntityKind, Id> &highest, QString *error);

/// The highest id of each kind in `plan`.
QMap<EntityKind, Id> highestIn(const Plan &plan);

/// Tells `plan` which ids the file has already handed out.
void reserveUsed(const QSqlDatabase &db, Plan &plan);

} // namespace idhighwater
} // namespace horisont
