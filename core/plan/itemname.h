#pragma once

#include "model/ids.h"
#include "model/record.h"

#include <QString>

namespace horisont {

class Plan;

/// What an item is called wherever it is named — in the commands' names
/// ("Change end of «Trygghetsvandringar»"), the change log and the views:
/// its name, text or reference; a decision as cited in the minutes,
/// "KS-2018/00012 (2018-01-16)"; an allocation or forecast by what it funds
/// (budgetItemName). Empty when the record has none of these (a link, a
/// responsibility). The record need not be in the plan yet (an insert).
QString recordName(const Plan &plan, const Record &record);

/// recordName of the item in the plan; empty when it is not there.
QString itemName(const Plan &plan, EntityKind kind, Id id);

/// itemName on one line and at most `maxLength` characters (a long text,
/// such as a recommendation's, is cut with "…"): for a command's name.
QString shortItemName(const Plan &plan, EntityKind kind, Id id, qsizetype maxLength = 60);

} // namespace horisont
