#include "models/changelogformatter.h"

#include "labels/labels.h"
#include "model/columns.h"
#include "money/money.h"
#include "plan/plan.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>

#include <cmath>

namespace horisont {
namespace {

// How a whole item is summarised in one cell.
constexpr int SummaryFields = 3;
constexpr int SummaryValueLength = 40;

QString oneLine(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String(" "));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    return text;
}

QString shortened(const QString &text, int maxLength)
{
    if (maxLength <= 0 || text.size() <= maxLength)
        return text;
    return text.left(maxLength - 1).trimmed() + QChar(0x2026);
}

/// A JSON value in the storage form's text, as the change log writes updates.
QString rawText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (std::trunc(d) == d && std::abs(d) < 9.0e15)
            return QString::number(qint64(d));
        return QString::number(d);
    }
    return {};
}

} // namespace

QString ChangeLogFormatter::action(const QString &action)
{
    if (action == QLatin1String("do"))
        return tr("Done");
    if (action == QLatin1String("undo"))
        return tr("Undone");
    if (action == QLatin1String("redo"))
        return tr("Redone");
    return action;
}

int ChangeLogFormatter::kindOf(const ChangeLogEntry &entry)
{
    return kindFromTable(entry.entity);
}

std::optional<EntityKind> ChangeLogFormatter::itemInPlan(const ChangeLogEntry &entry) const
{
    const int k = kindOf(entry);
    if (k < 0 || !m_plan.record(EntityKind(k), entry.entityId))
        return std::nullopt;
    return EntityKind(k);
}

QString ChangeLogFormatter::item(const ChangeLogEntry &entry) const
{
    const int k = kindOf(entry);
    if (k < 0)
        return entry.entity == QLatin1String("plan") ? tr("Whole plan") : entry.entity;
    const auto kind = EntityKind(k);
    const QString kindName = Labels::kind(kind);
    if (entry.entityId == NoId)
        return kindName;
    if (!m_plan.contains(kind, entry.entityId))
        return tr("%1 #%2").arg(kindName).arg(entry.entityId);
    const QString name = Labels::entityName(m_plan, kind, entry.entityId);
    // Items without a name of their own are already called "Kind #id".
    return name.startsWith(kindName) ? name : tr("%1: %2").arg(kindName, oneLine(name));
}

QString ChangeLogFormatter::field(const ChangeLogEntry &entry) const
{
    if (!entry.field.isEmpty()) {
        const int k = kindOf(entry);
        return k < 0 ? entry.field : Labels::field(EntityKind(k), entry.field);
    }
    if (kindOf(entry) < 0)
        return {};
    if (entry.hasNew && !entry.hasOld)
        return tr("(added)");
    if (entry.hasOld && !entry.hasNew)
        return tr("(removed)");
    return {};
}

QString ChangeLogFormatter::display(EntityKind kind, const FieldMeta &meta, const QString &raw, bool isNull) const
{
    if (isNull || raw.isEmpty())
        return tr("(empty)");
    bool ok = false;
    switch (meta.type) {
    case FieldType::Reference: {
        const Id id = raw.toLongLong(&ok);
        return ok ? Labels::entityName(m_plan, meta.references, id) : raw;
    }
    case FieldType::Enum: {
        const QStringList values = Labels::enumValues(kind, meta.name);
        const int v = raw.toInt(&ok);
        return ok && v >= 0 && v < values.size() ? values.at(v) : raw;
    }
    case FieldType::Money: {
        const qint64 ore = raw.toLongLong(&ok);
        return ok ? Money::fromOre(ore).format(QLocale()) : raw;
    }
    case FieldType::Boolean:
        return raw.toInt() != 0 ? tr("Yes") : tr("No");
    case FieldType::Real: {
        const double d = raw.toDouble(&ok);
        return ok ? QLocale().toString(d, 'g', 12) : raw;
    }
    case FieldType::Text:
    case FieldType::Integer:
    case FieldType::Date:
        break;
    }
    return raw;
}

QStringList ChangeLogFormatter::recordFields(EntityKind kind, const QString &raw, int limit, int maxValueLength) const
{
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(raw.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !json.isObject())
        return {};
    const QJsonObject object = json.object();
    const KindInfo &info = kindInfo(kind);

    // What names the item comes first, then the fields in their schema order.
    QList<int> order;
    for (const Column &naming : {columns::name, columns::text, columns::reference}) {
        const int f = info.fieldIndex(naming);
        if (f >= 0) {
            order << f;
            break;
        }
    }
    for (int f = 0; f < info.fields.size(); ++f) {
        if (!order.contains(f))
            order << f;
    }

    QStringList parts;
    for (int f : std::as_const(order)) {
        if (limit > 0 && parts.size() >= limit)
            break;
        const FieldMeta &meta = info.fields.at(f);
        const QJsonValue value = object.value(meta.name);
        const QString text = rawText(value);
        if (value.isNull() || value.isUndefined() || text.isEmpty())
            continue;
        const QString shown = oneLine(display(kind, meta, text, false));
        parts << tr("%1: %2").arg(Labels::field(kind, meta.name), shortened(shown, maxValueLength));
    }
    return parts;
}

QString ChangeLogFormatter::value(const ChangeLogEntry &entry, bool before) const
{
    const bool has = before ? entry.hasOld : entry.hasNew;
    const QString &raw = before ? entry.oldValue : entry.newValue;
    const int k = kindOf(entry);
    if (k < 0)
        return has ? oneLine(raw) : QString();
    const auto kind = EntityKind(k);
    if (entry.field.isEmpty()) {
        // A whole item, added or removed, stored as JSON.
        if (!has)
            return {};
        const QStringList parts = recordFields(kind, raw, SummaryFields, SummaryValueLength);
        return parts.isEmpty() ? oneLine(raw) : parts.join(tr(", "));
    }
    const KindInfo &info = kindInfo(kind);
    const int f = info.fieldIndex(entry.field);
    if (f < 0)
        return has ? oneLine(raw) : tr("(empty)");
    return oneLine(display(kind, info.fields.at(f), raw, !has));
}

QString ChangeLogFormatter::fullValue(const ChangeLogEntry &entry, bool before) const
{
    const bool has = before ? entry.hasOld : entry.hasNew;
    const QString &raw = before ? entry.oldValue : entry.newValue;
    const int k = kindOf(entry);
    if (k < 0 || !has)
        return has ? raw : QString();
    const auto kind = EntityKind(k);
    if (entry.field.isEmpty()) {
        const QStringList parts = recordFields(kind, raw, 0, 0);
        return parts.isEmpty() ? raw : parts.join(QLatin1Char('\n'));
    }
    const KindInfo &info = kindInfo(kind);
    const int f = info.fieldIndex(entry.field);
    return f < 0 ? raw : display(kind, info.fields.at(f), raw, false);
}

} // namespace horisont
