#pragma once

#include "planimport/planreader.h"

namespace horisont {

/// Reads Microsoft Project XML (MSPDI) into a ForeignPlan (see planreader.h).
std::optional<ForeignPlan> readMsProject(const QByteArray &content, const QString &path, QString *error);

} // namespace horisont
