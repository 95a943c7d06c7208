#pragma once

#include "planimport/planreader.h"

namespace horisont {

/// Reads a GanttProject file (.gan) into a ForeignPlan (see planreader.h).
std::optional<ForeignPlan> readGanttProject(const QByteArray &content, const QString &path, QString *error);

} // namespace horisont
