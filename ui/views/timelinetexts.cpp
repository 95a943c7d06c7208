#include "views/timelinetexts.h"

#include "plan/plan.h"
#include "model/halfopen.h"

#include <QLocale>
#include <QStringList>

namespace horisont {
namespace {

QString iso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

template<class T>
bool covers(const T &item, const QDate &day)
{
    return item.start.isValid() && item.end.isValid() && item.start <= day && day < item.end;
}

} // namespace

QString TimelineTexts::horizon(const Programme &p)
{
    if (!p.start.isValid() || !p.horizonEnd.isValid() || p.horizonEnd <= p.start)
        return tr("Not set");
    int months = (p.horizonEnd.year() - p.start.year()) * 12 + p.horizonEnd.month() - p.start.month();
    if (p.horizonEnd.day() < p.start.day())
        --months;
    QStringList length;
    if (months / 12 > 0)
        length << (months / 12 == 1 ? tr("1 year") : tr("%1 years").arg(months / 12));
    if (months % 12 > 0)
        length << (months % 12 == 1 ? tr("1 month") : tr("%1 months").arg(months % 12));
    if (length.isEmpty())
        length << tr("less than a month");
    return tr("%1 (%2)").arg(isoSpan(p.start, p.horizonEnd), length.join(QLatin1Char(' ')));
}

QString TimelineTexts::currentPhase(const Plan &plan, const QDate &today)
{
    const Phase *current = nullptr;
    for (const Phase &ph : plan.all<Phase>()) {
        if (covers(ph, today) && (!current || ph.start < current->start))
            current = &ph;
    }
    if (current)
        return tr("%1 (%2)").arg(current->name, isoSpan(current->start, current->end));
    const Programme &p = plan.programme();
    if (p.start.isValid() && today < p.start)
        return tr("None yet: the programme starts on %1").arg(iso(p.start));
    if (p.horizonEnd.isValid() && today >= p.horizonEnd)
        return tr("None: the programme has ended");
    return tr("No phase covers today");
}

QString TimelineTexts::currentPeriod(const Plan &plan, PeriodKind kind, const QDate &today)
{
    for (const Period &period : plan.all<Period>()) {
        if (period.kind == kind && covers(period, today))
            return tr("%1 (%2)").arg(period.name, isoSpan(period.start, period.end));
    }
    return tr("None covers today");
}

QString TimelineTexts::nextGate(const Plan &plan, const QDate &today)
{
    // A phase's review gate closes it: the nearest end after today.
    const Phase *next = nullptr;
    for (const Phase &ph : plan.all<Phase>()) {
        if (ph.end.isValid() && ph.end > today && (!next || ph.end < next->end))
            next = &ph;
    }
    if (!next)
        return tr("No decision gate ahead");
    const QDate lastDay = next->end.addDays(-1);
    const qint64 days = today.daysTo(lastDay);
    if (days == 0)
        return tr("End of phase \u201C%1\u201D today, %2").arg(next->name, iso(lastDay));
    if (days == 1)
        return tr("End of phase \u201C%1\u201D on %2, tomorrow").arg(next->name, iso(lastDay));
    return tr("End of phase \u201C%1\u201D on %2, in %3 days").arg(next->name, iso(lastDay), QLocale().toString(days));
}

} // namespace horisont
