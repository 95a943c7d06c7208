#include "edit/dateedits.h"

#include "document/plandocument.h"
#include "edit/commandname.h"
#include "model/columns.h"
#include "model/datebounds.h"
#include "plan/plan.h"

#include <QCoreApplication>

namespace horisont::dates {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::dates)
};

/// The command's name: `withName` with the item's name, else `withoutName`
/// (both marked with QT_TRANSLATE_NOOP in the context "horisont::dates").
CommandText named(const PlanDocument &document, EntityKind kind, Id id, const char *withName, const char *withoutName)
{
    return commandname::named(document.plan(), kind, id, CommandText("horisont::dates", withName),
                              CommandText("horisont::dates", withoutName));
}

CommandText changeDates(const PlanDocument &document, EntityKind kind, Id id)
{
    return named(document, kind, id, QT_TRANSLATE_NOOP("horisont::dates", "Change dates of «%1»"),
                 QT_TRANSLATE_NOOP("horisont::dates", "Change dates"));
}

CommandText changeEnd(const PlanDocument &document, EntityKind kind, Id id)
{
    return named(document, kind, id, QT_TRANSLATE_NOOP("horisont::dates", "Change end of «%1»"),
                 QT_TRANSLATE_NOOP("horisont::dates", "Change end"));
}

QString iso(QDate date)
{
    return date.toString(Qt::ISODate);
}

bool isWithinHorizonRule(EntityKind kind)
{
    return kind == EntityKind::Phase || kind == EntityKind::Intervention || kind == EntityKind::Activity;
}

/// A milestone's end is its start, whatever was asked.
Span normalised(Span span)
{
    if (span.milestone)
        span.end = span.start;
    return span;
}

EditCommand *spanCommand(PlanDocument &document, EntityKind kind, Id id, Span wanted, const CommandText &name,
                         QString *error)
{
    if (error)
        error->clear();
    const std::optional<Span> current = spanOf(document.plan(), kind, id);
    if (!current)
        return nullptr;
    wanted.milestone = current->milestone;
    wanted = normalised(wanted);
    if (const QString why = problem(document.plan(), kind, wanted); !why.isEmpty()) {
        if (error)
            *error = why;
        return nullptr;
    }
    const std::optional<Record> record = document.plan().record(kind, id);
    const KindInfo &info = kindInfo(kind);
    ChangeList changes;
    for (const auto &[column, value] : {std::pair{columns::start, wanted.start}, std::pair{columns::end, wanted.end}}) {
        const int f = info.fieldIndex(column);
        const QVariant v = storage::to(value);
        if (record->values.at(f) != v)
            changes << Change::update(kind, id, f, record->values.at(f), v);
    }
    return changes.isEmpty() ? nullptr : new EditCommand(&document, name, changes);
}
} // namespace

bool hasDatePair(EntityKind kind)
{
    return isWithinHorizonRule(kind) || kind == EntityKind::Period;
}

bool isDateField(EntityKind kind, const QString &field)
{
    return (hasDatePair(kind) && (field == columns::start || field == columns::end))
           || (kind == EntityKind::Activity && field == columns::milestone);
}

std::optional<Span> spanOf(const Plan &plan, EntityKind kind, Id id)
{
    if (!hasDatePair(kind))
        return std::nullopt;
    const std::optional<Record> record = plan.record(kind, id);
    if (!record)
        return std::nullopt;
    const KindInfo &info = kindInfo(kind);
    Span span;
    storage::from(record->values.at(info.fieldIndex(columns::start)), span.start);
    storage::from(record->values.at(info.fieldIndex(columns::end)), span.end);
    if (kind == EntityKind::Activity)
        span.milestone = record->values.at(info.fieldIndex(columns::milestone)).toInt() != 0;
    return span;
}

QString problem(const Plan &plan, EntityKind kind, const Span &span)
{
    if (!span.start.isValid() || !span.end.isValid())
        return Tr::tr("The dates are not valid.");
    if (!datebounds::contains(span.start) || !datebounds::contains(span.end))
        return Tr::tr("%1 – %2 is not a time Horisont plans for: dates lie between %3 and %4.")
            .arg(iso(span.start), iso(span.milestone ? span.start : span.end.addDays(-1)), iso(datebounds::earliest()),
                 iso(datebounds::latest()));
    if (span.milestone ? span.end != span.start : span.end <= span.start)
        return Tr::tr("The end (%1) cannot come before the start (%2).").arg(iso(span.end.addDays(-1)), iso(span.start));
    if (!isWithinHorizonRule(kind))
        return {};
    const Programme &programme = plan.programme();
    const QDate lastDay = span.milestone ? span.start : span.end.addDays(-1);
    const bool beforeHorizon = programme.start.isValid() && span.start < programme.start;
    const bool afterHorizon = programme.horizonEnd.isValid() && lastDay >= programme.horizonEnd;
    if (beforeHorizon || afterHorizon)
        return Tr::tr("%1 – %2 is outside the programme horizon (%3 – %4).")
            .arg(iso(span.start), iso(lastDay), iso(programme.start), iso(programme.horizonEnd.addDays(-1)));
    return {};
}

EditCommand *setSpan(PlanDocument &document, EntityKind kind, Id id, QDate start, QDate end, QString *error)
{
    return spanCommand(document, kind, id, Span{start, end}, changeDates(document, kind, id), error);
}

EditCommand *setStart(PlanDocument &document, EntityKind kind, Id id, QDate start, QString *error)
{
    const std::optional<Span> current = spanOf(document.plan(), kind, id);
    if (!current)
        return nullptr;
    return spanCommand(document, kind, id, Span{start, current->end},
                       named(document, kind, id, QT_TRANSLATE_NOOP("horisont::dates", "Change start of «%1»"),
                             QT_TRANSLATE_NOOP("horisont::dates", "Change start")),
                       error);
}

EditCommand *setEnd(PlanDocument &document, EntityKind kind, Id id, QDate end, QString *error)
{
    const std::optional<Span> current = spanOf(document.plan(), kind, id);
    if (!current)
        return nullptr;
    return spanCommand(document, kind, id, current->milestone ? Span{end, end} : Span{current->start, end},
                       changeEnd(document, kind, id), error);
}

EditCommand *setLastDay(PlanDocument &document, EntityKind kind, Id id, QDate lastDay, QString *error)
{
    const std::optional<Span> current = spanOf(document.plan(), kind, id);
    if (!current)
        return nullptr;
    return spanCommand(document, kind, id,
                       current->milestone ? Span{lastDay, lastDay} : Span{current->start, lastDay.addDays(1)},
                       changeEnd(document, kind, id), error);
}

EditCommand *shift(PlanDocument &document, EntityKind kind, Id id, int months, int days, bool endOnly,
                   QString *error)
{
    const std::optional<Span> current = spanOf(document.plan(), kind, id);
    if (!current)
        return nullptr;
    const auto moved = [&](QDate date) { return date.addMonths(months).addDays(days); };
    const QDate start = endOnly && !current->milestone ? current->start : moved(current->start);
    return spanCommand(document, kind, id, Span{start, moved(current->end)}, changeDates(document, kind, id), error);
}

EditCommand *setMilestone(PlanDocument &document, Id activity, bool milestone, QString *error)
{
    if (error)
        error->clear();
    std::optional<Span> current = spanOf(document.plan(), EntityKind::Activity, activity);
    if (!current || current->milestone == milestone)
        return nullptr;
    Span wanted{current->start, milestone ? current->start : current->start.addDays(1), milestone};
    if (!milestone && current->end > current->start)
        wanted.end = current->end; // an activity that only carried the flag keeps its length
    if (const QString why = problem(document.plan(), EntityKind::Activity, wanted); !why.isEmpty()) {
        if (error)
            *error = why;
        return nullptr;
    }
    const KindInfo &info = kindInfo(EntityKind::Activity);
    const std::optional<Record> record = document.plan().record(EntityKind::Activity, activity);
    ChangeList changes;
    const int flag = info.fieldIndex(columns::milestone);
    changes << Change::update(EntityKind::Activity, activity, flag, record->values.at(flag), int(milestone));
    const int end = info.fieldIndex(columns::end);
    if (const QVariant v = storage::to(wanted.end); record->values.at(end) != v)
        changes << Change::update(EntityKind::Activity, activity, end, record->values.at(end), v);
    const CommandText name =
        milestone ? named(document, EntityKind::Activity, activity,
                          QT_TRANSLATE_NOOP("horisont::dates", "Make «%1» a milestone"),
                          QT_TRANSLATE_NOOP("horisont::dates", "Make a milestone"))
                  : named(document, EntityKind::Activity, activity,
                          QT_TRANSLATE_NOOP("horisont::dates", "Make «%1» an activity"),
                          QT_TRANSLATE_NOOP("horisont::dates", "Make an activity of a milestone"));
    return new EditCommand(&document, name, changes);
}

} // namespace horisont::dates
