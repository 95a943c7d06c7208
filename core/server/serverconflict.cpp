#include "server/serverconflict.h"

#include "labels/labels.h"
#include "model/schema.h"
#include "money/money.h"
#include "plan/plan.h"
#include "server/serverstore.h"

#include <QCoreApplication>
#include <QLocale>

namespace horisont {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::ServerConflict)
};

/// A field's stored value as people read it: an amount in kronor, an enum's label, a referenced item's name.
QString shownValue(const Plan &plan, EntityKind kind, int field, bool has, const QString &stored)
{
    if (!has || stored.isEmpty())
        return Tr::tr("nothing");
    const FieldMeta &meta = kindInfo(kind).fields.at(field);
    switch (meta.type) {
    case FieldType::Money:
        return Money::fromOre(stored.toLongLong()).format(QLocale());
    case FieldType::Enum:
        return Labels::enumValue(kind, meta.name, stored.toInt());
    case FieldType::Boolean:
        return stored.toInt() != 0 ? Tr::tr("yes") : Tr::tr("no");
    case FieldType::Reference:
        return Labels::quoted(Labels::entityName(plan, meta.references, stored.toLongLong()));
    default:
        return Labels::quoted(stored);
    }
}

} // namespace

QString conflictMessage(const ServerConflict &conflict, const Plan &plan, const CommandText &command)
{
    const QString done = Labels::quoted(command.toString());
    const QString item = Labels::quoted(Labels::entityName(plan, conflict.kind, conflict.id));
    const QString who = conflict.by.user.isEmpty() ? Tr::tr("Another user") : conflict.by.user;
    const QString when = conflict.by.at.isValid() ? QLocale().toString(conflict.by.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                                  : Tr::tr("just now");
    QString what;
    if (conflict.taken)
        what = Tr::tr("%1 added an item at the same moment (%2), and the new one's number was taken. Try again.")
                   .arg(who, when);
    else if (conflict.referenced)
        what = Tr::tr("meanwhile another user removed something it refers to, or linked something to what it removes.");
    else if (!conflict.scenario.isEmpty())
        what = Tr::tr("%1 changed scenario «%2» at %3, after you saw it.").arg(who, conflict.scenario, when);
    else if (conflict.removed)
        what = Tr::tr("%1 removed %2 at %3.").arg(who, item, when);
    else if (conflict.field >= 0 && conflict.by.field == kindInfo(conflict.kind).fields.at(conflict.field).name)
        what = Tr::tr("%1 changed %2 of %3 to %4 at %5, after you saw it.")
                   .arg(who, Labels::field(conflict.kind, conflict.by.field).toLower(), item,
                        shownValue(plan, conflict.kind, conflict.field, conflict.by.hasNew, conflict.by.newValue), when);
    else
        what = Tr::tr("%1 changed %2 at %3, after you saw it.").arg(who, item, when);
    if (!conflict.scenario.isEmpty())
        return Tr::tr("%1 was not saved: %2 The scenario now shows its current state.").arg(done, what);
    return Tr::tr("%1 was not saved: %2 The plan now shows the current state.").arg(done, what);
}

} // namespace horisont
