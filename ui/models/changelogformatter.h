#pragma once

#include "model/changelogentry.h"
#include "model/schema.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace horisont {

class Plan;

/// Turns the stored lines of the change log into what people read: the
/// action as a verb, the item by kind and current name, field labels, and
/// values in their display form (organisation names instead of ids,
/// "Accountable" instead of 1, amounts in kronor).
class ChangeLogFormatter
{
    Q_DECLARE_TR_FUNCTIONS(horisont::ChangeLogFormatter)
public:
    explicit ChangeLogFormatter(const Plan &plan) : m_plan(plan) {}

    static QString action(const QString &action); ///< "Done", "Undone", "Redone"
    QString item(const ChangeLogEntry &entry) const;
    /// The kind of the item the line is about, while it is still in the plan
    /// (a line about a deleted item, or a ledger import, has none to show).
    std::optional<EntityKind> itemInPlan(const ChangeLogEntry &entry) const;
    QString field(const ChangeLogEntry &entry) const;
    /// One line: the value, or for a whole item its first few fields.
    QString value(const ChangeLogEntry &entry, bool before) const;
    /// Everything: the value, or every field of a whole item on its own line.
    QString fullValue(const ChangeLogEntry &entry, bool before) const;

private:
    /// The entity kind of the entry's table, or -1 (e.g. a bulk import of the whole plan).
    static int kindOf(const ChangeLogEntry &entry);
    QString display(EntityKind kind, const FieldMeta &meta, const QString &raw, bool isNull) const;
    /// "Label: value" for the set fields of a record stored as JSON; empty when `raw` is no record.
    QStringList recordFields(EntityKind kind, const QString &raw, int limit, int maxValueLength) const;

    const Plan &m_plan;
};

} // namespace horisont
