#pragma once

#include "model/commandtext.h"
#include "model/ids.h"

#include <QDateTime>
#include <QString>

namespace horisont {

/// One line of the audit trail: who changed which field of which entity,
/// when, from what to what, and (optionally) why.
struct ChangeLogEntry {
    Id id = NoId;
    QDateTime at; ///< UTC
    QString user;
    QString action;  ///< "do", "undo" or "redo"
    CommandText command; ///< the command's name as shown in Edit ▸ Undo, in no particular language
    QString entity;  ///< table name of the entity kind
    Id entityId = NoId;
    QString field;   ///< empty for inserting or removing a whole entity
    QString oldValue;
    QString newValue;
    QString reason;
    /// The scenario the edit was made in; empty for the plan itself.
    QString scenario;
    bool hasOld = false;
    bool hasNew = false;
};

} // namespace horisont
