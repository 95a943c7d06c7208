#pragma once

#include "planimport/planreader.h"

#include <QList>
#include <QString>

namespace horisont {

/// One format of another planner that Horisont reads.
struct PlanFormat {
    const char *name; ///< as --format takes it: "msproject", "ganttproject", ...
    const char *label; ///< the tool's name, for messages and file dialogs
    PlanReader reader; ///< nullptr: recognised, but this build has no reader for it
};

/// Every format, in the order --format's help lists them.
const QList<PlanFormat> &planFormats();
/// The format named `name`, or nullptr.
const PlanFormat *planFormat(const QString &name);

/// The format of a file from its first bytes (and, for a spreadsheet or a
/// file that says too little, its name's extension); empty when no format
/// fits. Microsoft Project XML by its namespace, GanttProject and Planner by
/// their <project>'s attributes, Calligra Plan by its zip's mimetype or
/// maindoc.xml or a <kplato>/<plan> document, TaskJuggler by its leading
/// `project` keyword, a spreadsheet by .csv/.xlsx.
QString sniffPlanFormat(const QByteArray &content, const QString &path);

} // namespace horisont
