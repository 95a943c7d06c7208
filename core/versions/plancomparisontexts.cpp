#include "versions/plancomparison.h"

#include "export/exporttable.h"
#include "labels/labels.h"
#include "model/halfopen.h"
#include "model/schema.h"
#include "plan/itemname.h"
#include "plan/plan.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

// How a comparison reads: one line per change for lists and the command
// line, and the tables the CSV and XLSX writers take.

namespace horisont {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::PlanComparison)
};

using Group = PlanChange::Group;

/// How long a text value may be in a one-line description.
constexpr qsizetype ShownTextLength = 60;

QString nameIn(const Plan &first, const Plan &second, EntityKind kind, Id id);

/// An item without a name of its own (a responsibility, a link) is called
/// by what it links: "Trygghetsvandringar · Socialtjänsten".
QString linkedNames(const Plan &plan, const Plan &other, const Record &record)
{
    const KindInfo &info = kindInfo(record.kind);
    QStringList linked;
    for (int f = 0; f < info.fields.size(); ++f) {
        if (info.fields.at(f).isReference && !record.values.at(f).isNull())
            linked << nameIn(plan, other, info.fields.at(f).references, record.values.at(f).toLongLong());
    }
    return linked.join(QStringLiteral(" · "));
}

/// What an item is called in `first`, else in `second` (a reference to an
/// item the other state removed or added still reads as its name).
QString nameIn(const Plan &first, const Plan &second, EntityKind kind, Id id)
{
    const Plan &plan = first.contains(kind, id) || !second.contains(kind, id) ? first : second;
    const std::optional<Record> record = plan.record(kind, id);
    if (!record)
        return Labels::entityName(plan, kind, id); // "Intervention #7 (deleted)"; empty for NoId
    if (const QString name = recordName(plan, *record); !name.isEmpty())
        return name;
    const QString linked = linkedNames(plan, &plan == &first ? second : first, *record);
    return linked.isEmpty() ? Labels::entityName(plan, kind, id) : linked;
}

/// The item a change is about, by its name in the later state; a removed
/// item, which only the earlier state has, by its name there.
QString changedItemName(const PlanChange &change, const Plan &before, const Plan &after)
{
    return nameIn(after, before, change.kind, change.id);
}

QDate dateOf(const QVariant &stored)
{
    QDate date;
    storage::from(stored, date);
    return date;
}

/// A stored value as people read it, typed for a spreadsheet: an amount,
/// a date (an exclusive end as its last day), a whole number, or words (a
/// reference by the name of what it points at, an enum by its label).
/// Empty for NULL. A reference is looked up in `first`, then `second`.
ExportCell valueCell(EntityKind kind, const QString &field, const QVariant &value, const Plan &first,
                     const Plan &second)
{
    const KindInfo &info = kindInfo(kind);
    const int f = info.fieldIndex(field);
    if (value.isNull() || f < 0)
        return {};
    const FieldMeta &meta = info.fields.at(f);
    switch (meta.type) {
    case FieldType::Reference:
        return nameIn(first, second, meta.references, value.toLongLong());
    case FieldType::Enum:
        return Labels::enumValue(kind, field, value.toInt());
    case FieldType::Money:
        return Money::fromOre(value.toLongLong());
    case FieldType::Date:
        return isExclusiveEnd(field) ? lastDayBefore(dateOf(value)) : dateOf(value);
    case FieldType::Integer:
        return qint64(value.toLongLong());
    case FieldType::Boolean:
        return value.toInt() != 0 ? Tr::tr("Yes") : Tr::tr("No");
    case FieldType::Real:
        return QLocale().toString(value.toDouble(), 'g', 12);
    case FieldType::Text:
        break;
    }
    return value.toString();
}

/// A cell on one line of text.
QString shownCell(const ExportCell &cell, const QLocale &locale)
{
    if (const auto *money = std::get_if<Money>(&cell))
        return money->format(locale);
    if (const auto *date = std::get_if<QDate>(&cell))
        return isoDate(*date);
    if (const auto *number = std::get_if<qint64>(&cell))
        return QString::number(*number);
    if (const auto *text = std::get_if<QString>(&cell)) {
        const QString line = text->simplified();
        if (line.isEmpty())
            return Tr::tr("(empty)");
        return line.size() > ShownTextLength ? line.left(ShownTextLength - 1).trimmed() + QChar(0x2026) : line;
    }
    return Tr::tr("(none)");
}

/// "2024-01-01 – 2026-12-31" for [2024-01-01, 2027-01-01); one day for a milestone.
QString spanText(const QVariant &start, const QVariant &exclusiveEnd)
{
    const QDate from = dateOf(start), end = dateOf(exclusiveEnd);
    if (!end.isValid())
        return from.isValid() ? Tr::tr("from %1").arg(isoDate(from)) : Tr::tr("(none)");
    if (!from.isValid())
        return Tr::tr("until %1").arg(isoDate(lastDayBefore(end)));
    const QDate lastDay = lastDayOf(from, end);
    return lastDay == from ? isoDate(from) : Tr::tr("%1 – %2").arg(isoDate(from), isoDate(lastDay));
}

/// "(+59 days)", "(−3 days)"; empty when the item did not move.
QString shiftText(qint64 days)
{
    if (days == 0)
        return {};
    return days > 0 ? Tr::tr("(+%n days)", nullptr, int(days)) : Tr::tr("(−%n days)", nullptr, int(-days));
}

/// An amount with its sign: "+50 000 kr", "-50 000 kr".
QString signedAmount(Money amount, const QLocale &locale)
{
    const QString text = amount.format(locale);
    return amount.isNegative() || amount.isZero() ? text : QLatin1Char('+') + text;
}

/// "2025 · Utvecklingsbidrag · Socialtjänsten · Trygghetsvandringar"
QStringList moneyKeyNames(const MoneyChange &change, const Plan &before, const Plan &after)
{
    const auto named = [&](EntityKind kind, Id id, const QString &none) {
        return id == NoId ? none : nameIn(after, before, kind, id);
    };
    return {named(EntityKind::FundingSource, change.sourceId, Tr::tr("(no source)")),
            named(EntityKind::Organisation, change.organisationId, Tr::tr("(no organisation)")),
            named(EntityKind::Intervention, change.interventionId, Tr::tr("(no intervention)"))};
}

QString fieldName(const PlanChange &change)
{
    if (!change.field.isEmpty())
        return fieldLabel(change.kind, change.field);
    return change.group == Group::Dates ? Tr::tr("Dates") : QString();
}

} // namespace

QString changeGroupTitle(PlanChange::Group group)
{
    switch (group) {
    case Group::Added: return Tr::tr("Added");
    case Group::Removed: return Tr::tr("Removed");
    case Group::Renamed: return Tr::tr("Renamed");
    case Group::Moved: return Tr::tr("Moved");
    case Group::Dates: return Tr::tr("Dates");
    case Group::Status: return Tr::tr("Status");
    case Group::Responsibility: return Tr::tr("Responsibility");
    case Group::Goals: return Tr::tr("Goals");
    case Group::Indicators: return Tr::tr("Indicators");
    case Group::Decisions: return Tr::tr("Decisions");
    case Group::Other: break;
    }
    return Tr::tr("Other changes");
}

QString itemOfChange(const PlanChange &change, const Plan &before, const Plan &after)
{
    return Tr::tr("%1 «%2»").arg(Labels::kind(change.kind), changedItemName(change, before, after));
}

ChangeTexts changeTexts(const PlanChange &change, const Plan &before, const Plan &after, const QLocale &locale)
{
    ChangeTexts texts{changedItemName(change, before, after), Labels::kind(change.kind), fieldName(change), {}, {}, {}};
    switch (change.group) {
    case Group::Added:
    case Group::Removed:
        break;
    case Group::Dates:
        texts.before = spanText(change.before, change.endBefore);
        texts.after = spanText(change.after, change.endAfter);
        texts.shift = shiftText(change.shiftDays);
        break;
    default:
        texts.before = shownCell(valueCell(change.kind, change.field, change.before, before, after), locale);
        texts.after = shownCell(valueCell(change.kind, change.field, change.after, after, before), locale);
        break;
    }
    return texts;
}

QString describeChange(const PlanChange &change, const Plan &before, const Plan &after, const QLocale &locale)
{
    const QString item = itemOfChange(change, before, after);
    const ChangeTexts texts = changeTexts(change, before, after, locale);
    switch (change.group) {
    case Group::Added:
        return Tr::tr("%1 added").arg(item);
    case Group::Removed:
        return Tr::tr("%1 removed").arg(item);
    case Group::Dates: {
        const QString line = Tr::tr("%1: %2 → %3").arg(item, texts.before, texts.after);
        return texts.shift.isEmpty() ? line : line + QLatin1Char(' ') + texts.shift;
    }
    default:
        break;
    }
    return Tr::tr("%1, %2: %3 → %4").arg(item, texts.field, texts.before, texts.after);
}

QString describeMoneyChange(const MoneyChange &change, const Plan &before, const Plan &after, const QLocale &locale)
{
    const QString where = (QStringList{QString::number(change.year)} + moneyKeyNames(change, before, after))
                              .join(QStringLiteral(" · "));
    return Tr::tr("%1: %2 → %3 (%4)")
        .arg(where, change.before.format(locale), change.after.format(locale), signedAmount(change.change(), locale));
}

QString describeYearTotals(int year, Money before, Money after, const QLocale &locale)
{
    return Tr::tr("%1: %2 → %3 (%4)")
        .arg(QString::number(year), before.format(locale), after.format(locale), signedAmount(after - before, locale));
}

ExportTable changesTable(const PlanComparison &comparison, const Plan &before, const Plan &after)
{
    ExportTable table;
    table.name = QStringLiteral("changes");
    table.title = Tr::tr("Changes");
    table.header = {Tr::tr("Change"),          Tr::tr("Kind"),           Tr::tr("Item"),
                    Tr::tr("Field"),           Tr::tr("Before"),         Tr::tr("After"),
                    Tr::tr("Last day before"), Tr::tr("Last day after"), Tr::tr("Shift (days)")};
    for (const PlanChange &change : comparison.changes) {
        std::vector<ExportCell> row{changeGroupTitle(change.group), Labels::kind(change.kind),
                                    changedItemName(change, before, after), fieldName(change)};
        if (change.group == Group::Dates) {
            row.insert(row.end(), {dateOf(change.before), dateOf(change.after),
                                   lastDayOf(dateOf(change.before), dateOf(change.endBefore)),
                                   lastDayOf(dateOf(change.after), dateOf(change.endAfter)), change.shiftDays});
        } else {
            row.insert(row.end(), {valueCell(change.kind, change.field, change.before, before, after),
                                   valueCell(change.kind, change.field, change.after, after, before), {}, {}, {}});
        }
        table.rows.push_back(std::move(row));
    }
    return table;
}

ExportTable moneyChangesTable(const PlanComparison &comparison, const Plan &before, const Plan &after)
{
    ExportTable table;
    table.name = QStringLiteral("money-changes");
    table.title = Tr::tr("Money changes");
    table.header = {Tr::tr("Year"),   Tr::tr("Funding source"), Tr::tr("Organisation"), Tr::tr("Intervention"),
                    Tr::tr("Before"), Tr::tr("After"),          Tr::tr("Change")};
    table.totalsRow = true;
    Money totalBefore, totalAfter;
    for (const MoneyChange &change : comparison.money) {
        std::vector<ExportCell> row{qint64(change.year)};
        for (const QString &name : moneyKeyNames(change, before, after))
            row.emplace_back(name);
        row.insert(row.end(), {change.before, change.after, change.change()});
        table.rows.push_back(std::move(row));
        totalBefore += change.before;
        totalAfter += change.after;
    }
    table.rows.push_back({Tr::tr("Total"), {}, {}, {}, totalBefore, totalAfter, totalAfter - totalBefore});
    return table;
}

ExportTable yearTotalsTable(const PlanComparison &comparison)
{
    ExportTable table;
    table.name = QStringLiteral("allocated-per-year");
    table.title = Tr::tr("Allocated per year");
    table.header = {Tr::tr("Year"), Tr::tr("Before"), Tr::tr("After"), Tr::tr("Change")};
    table.totalsRow = true;
    Money totalBefore, totalAfter;
    for (auto it = comparison.totalsPerYear.cbegin(); it != comparison.totalsPerYear.cend(); ++it) {
        const auto &[yearBefore, yearAfter] = *it;
        table.rows.push_back({qint64(it.key()), yearBefore, yearAfter, yearAfter - yearBefore});
        totalBefore += yearBefore;
        totalAfter += yearAfter;
    }
    table.rows.push_back({Tr::tr("Total"), totalBefore, totalAfter, totalAfter - totalBefore});
    return table;
}

} // namespace horisont
