#pragma once

#include "model/changelogentry.h"

#include <QList>
#include <QString>

namespace horisont {

class Plan;

/// What the status bar says when another user's edit arrives: who changed
/// which field of which item ("anna changed Name of “Trygghetsvandringar”"),
/// or for a whole item added or removed, who did which command. Several
/// lines of one edit are named by their first, with how many more.
QString arrivedChangeMessage(const Plan &plan, const QList<ChangeLogEntry> &lines);

} // namespace horisont
