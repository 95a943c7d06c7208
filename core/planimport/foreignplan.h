#pragma once

#include "money/money.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace horisont {

/// A plan as another tool wrote it, read but not yet mapped: what every
/// reader (MS Project XML, GanttProject, Planner, Calligra Plan,
/// TaskJuggler, a plan spreadsheet) produces and the one mapper
/// (planmapping) turns into Horisont's phases, interventions, activities,
/// organisations, responsibilities and allocations. Readers convert their
/// tool's date convention here; nothing after them knows where a plan came from.

/// Money a task costs, charged to one account (TaskJuggler, a spreadsheet's
/// funding column) or to none.
struct ForeignCost {
    Money amount;
    int account = -1; ///< index into ForeignPlan::accounts, -1: no account
    /// The budget year the whole amount belongs to (a spreadsheet's År
    /// column); 0: spread over the task's days by budget year.
    int year = 0;
    bool operator==(const ForeignCost &) const = default;
};

struct ForeignTask {
    QString sourceId; ///< the task's id in its file (UID, id, path), for messages
    QString name;
    QString notes;
    QDate start; ///< first day
    QDate end; ///< exclusive: the day after the last day; == start for a milestone
    bool milestone = false;
    int parent = -1; ///< index into ForeignPlan::tasks; -1 for a top-level task
    QList<int> resources; ///< indices into ForeignPlan::resources: those who carry it
    QList<ForeignCost> costs;
    QString where; ///< element or line in the source, for messages ("line 12", "<task id=\"3\">")
    bool operator==(const ForeignTask &) const = default;
};

/// A resource or resource group: becomes an organisation.
struct ForeignResource {
    QString sourceId;
    QString name;
    int parent = -1; ///< the group it belongs to, -1 for none
    bool group = false;
    bool operator==(const ForeignResource &) const = default;
};

/// A TaskJuggler account: becomes a funding source.
struct ForeignAccount {
    QString sourceId;
    QString name;
    int parent = -1;
    bool operator==(const ForeignAccount &) const = default;
};

struct ForeignPlan {
    QString format; ///< "msproject", "ganttproject", "planner", "calligraplan", "taskjuggler", "spreadsheet"
    QString name; ///< the project's name, may be empty
    /// The currency the costs are in as the source names it ("GBP", "$"),
    /// empty when it does not say: Horisont takes amounts as they are, and
    /// the report says so when this is not the plan's.
    QString currency;
    QList<ForeignTask> tasks; ///< parents before their children
    QList<ForeignResource> resources; ///< groups before their members
    QList<ForeignAccount> accounts;
    /// What the source holds that has no place in Horisont, by what it is
    /// ("dependencies", "calendars", "baselines", ...) with how many: the
    /// import report lists each, never drops one silently.
    QMap<QString, int> notMapped;
    /// Problems that did not stop the reading (a task without dates, an
    /// unknown resource in an assignment), each naming its element or line.
    QStringList warnings;
    bool operator==(const ForeignPlan &) const = default;
};

} // namespace horisont
