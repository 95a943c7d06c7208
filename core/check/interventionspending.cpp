#include "check/interventionspending.h"

#include "check/plancheck.h"
#include "model/codedname.h"
#include "model/halfopen.h"
#include "plan/plan.h"
#include "labels/labels.h"

#include <QCoreApplication>

#include <limits>

namespace horisont {
namespace {

// The plan checks' context: these messages are part of the same list.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::PlanCheck)
};

/// How many of the days outside a message names, as the source check does.
constexpr int ExamplesNamed = 3;

/// "2024-01-01 – 2026-12-31", "from 2024-01-01", "until 2026-12-31": the last day, as people read it.
QString period(const Intervention &i)
{
    if (i.start.isValid() && i.end.isValid())
        return isoSpan(i.start, i.end);
    if (i.start.isValid())
        return Tr::tr("from %1").arg(isoDate(i.start));
    return Tr::tr("until %1").arg(isoDate(lastDayBefore(i.end)));
}

} // namespace

bool spentOutside(const Intervention &intervention, QDate day)
{
    return day.isValid()
           && ((intervention.start.isValid() && day < intervention.start)
               || (intervention.end.isValid() && day >= intervention.end));
}

void checkSpendingDates(const Plan &plan, const CheckContext &context, Findings &out)
{
    const auto &byDay = context.ledger.spending.byInterventionDay;
    for (const Intervention &i : plan.all<Intervention>()) {
        const auto days = byDay.constFind(i.id);
        if (days == byDay.cend() || (!i.start.isValid() && !i.end.isValid()))
            continue;
        qint64 count = 0;
        Money total;
        QStringList examples;
        for (const LedgerDay &day : *days) { // in date order: the examples are the earliest
            if (!spentOutside(i, day.date))
                continue;
            count += day.count;
            total += day.total;
            if (examples.size() < ExamplesNamed)
                examples << (day.voucher.isEmpty() ? isoDate(day.date)
                                                   : Tr::tr("voucher %1 of %2").arg(day.voucher, isoDate(day.date)));
        }
        if (count == 0)
            continue;
        out << Finding{Finding::Severity::Warning, QStringLiteral("transactions-outside-intervention-period"),
                       Tr::tr("%n ledger transaction(s) on intervention %1, %2 in all, are dated outside its period "
                              "%3; the earliest: %4.",
                              nullptr, int(std::min<qint64>(count, std::numeric_limits<int>::max())))
                           .arg(Labels::quoted(codedName(i)), total.format(context.locale), period(i),
                                examples.join(QLatin1String(", "))),
                       EntityKind::Intervention, i.id};
    }
}

QString outsideInterventionRemark(const Plan &plan, const Transaction &transaction)
{
    const Intervention *i = plan.find<Intervention>(transaction.interventionId);
    if (!i || !spentOutside(*i, transaction.date))
        return {};
    return Tr::tr("outside %1").arg(period(*i));
}

} // namespace horisont
