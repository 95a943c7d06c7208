#include "team/arrivedchange.h"

#include "labels/labels.h"
#include "model/schema.h"
#include "plan/plan.h"

#include <QCoreApplication>

namespace horisont {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::ArrivedChange)
};

QString describe(const Plan &plan, const ChangeLogEntry &line)
{
    const int kind = kindFromTable(line.entity);
    if (kind >= 0 && !line.field.isEmpty() && plan.contains(EntityKind(kind), line.entityId))
        return Tr::tr("%1 changed %2 of %3")
            .arg(line.user, Labels::field(EntityKind(kind), line.field),
                 Labels::quoted(Labels::entityName(plan, EntityKind(kind), line.entityId)));
    // A whole item added or removed (a removed one has no name left to show): the command names it.
    return Tr::tr("%1: %2").arg(line.user, line.command.toString());
}

} // namespace

QString arrivedChangeMessage(const Plan &plan, const QList<ChangeLogEntry> &lines)
{
    if (lines.isEmpty())
        return {};
    const QString first = describe(plan, lines.first());
    if (lines.size() == 1)
        return first;
    return Tr::tr("%1 (and %n more change(s))", nullptr, int(lines.size() - 1)).arg(first);
}

} // namespace horisont
