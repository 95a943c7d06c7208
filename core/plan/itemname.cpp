#include "plan/itemname.h"

#include "budget/audittrail.h"
#include "model/schema.h"
#include "plan/plan.h"

namespace horisont {

QString recordName(const Plan &plan, const Record &record)
{
    if (record.kind == EntityKind::Allocation || record.kind == EntityKind::Forecast)
        return budgetItemName(plan, record);
    const KindInfo &info = kindInfo(record.kind);
    const auto value = [&](const Column &column) {
        const int f = info.fieldIndex(column);
        return f >= 0 && f < record.values.size() ? record.values.at(f).toString() : QString();
    };
    if (record.kind == EntityKind::Decision && !value(columns::reference).isEmpty())
        return QStringLiteral("%1 (%2)").arg(value(columns::reference), value(columns::date));
    for (const Column &naming : {columns::name, columns::text, columns::reference}) {
        if (const QString name = value(naming); !name.isEmpty())
            return name;
    }
    return {};
}

QString itemName(const Plan &plan, EntityKind kind, Id id)
{
    const std::optional<Record> record = plan.record(kind, id);
    return record ? recordName(plan, *record) : QString();
}

QString shortItemName(const Plan &plan, EntityKind kind, Id id, qsizetype maxLength)
{
    QString name = itemName(plan, kind, id).simplified();
    if (name.size() > maxLength)
        name = name.left(maxLength - 1).trimmed() + QChar(0x2026);
    return name;
}

} // namespace horisont
