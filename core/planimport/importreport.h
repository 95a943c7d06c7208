#pragma once

#include "money/money.h"

#include <QLocale>
#include <QMap>
#include <QString>
#include <QStringList>

namespace horisont {

/// What bringing a plan in from another tool made and what it left out:
/// printed by `horisont import-plan`, written with --report and shown by the
/// window's import. Counts are of what the new plan holds; `notMapped` keeps
/// the reader's keys (notmapped.h) with how many, so a test or a caller can
/// read them without parsing text.
struct ImportReport {
    QString source; ///< the file's name as the user gave it
    QString format; ///< the reader's format name ("msproject", ...)
    int tasks = 0; ///< tasks read from the source (phases + interventions + activities + milestones)
    int phases = 0;
    int interventions = 0;
    int activities = 0; ///< without the milestones
    int milestones = 0;
    int organisations = 0;
    int responsibilities = 0;
    int fundingSources = 0;
    int allocations = 0;
    Money allocated; ///< the allocations' total
    QMap<QString, int> notMapped;
    /// What was decided for the user (a default, a date given, a milestone
    /// moved), each naming the task; already in the reader's language.
    QStringList warnings;
    /// Tasks below the second level, flattened into activities: the path of
    /// names from the phase down that their place in the source had.
    QStringList flattened;

    bool everythingMapped() const { return notMapped.isEmpty(); }
    /// The report as text, in the installed translator's language with
    /// numbers and amounts in `locale`.
    QString text(const QLocale &locale) const;
};

} // namespace horisont
