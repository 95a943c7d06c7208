#include "check/budgetcheck.h"

#include "budget/allocationowner.h"
#include "budget/budgetcalendar.h"
#include "check/interventionspending.h"
#include "check/plancheck.h"
#include "model/codedname.h"
#include "plan/plan.h"
#include "labels/labels.h"

#include <QCoreApplication>

#include <limits>
#include <map>

namespace horisont {
namespace {

// The plan checks' context: these messages are part of the same list.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::PlanCheck)
};

constexpr auto Error = Finding::Severity::Error;
constexpr auto Warning = Finding::Severity::Warning;

/// How many transactions outside a source's period a message names.
constexpr int ExamplesNamed = 3;

Finding finding(Finding::Severity severity, const char *code, const QString &message, EntityKind kind, Id id)
{
    return Finding{severity, QString::fromLatin1(code), message, kind, id};
}

QString date(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

/// The last day of a half-open period's exclusive end, as the UI shows it.
QString lastDay(const QDate &until)
{
    return until.isValid() ? date(until.addDays(-1)) : QString();
}

/// A source's valid period for a message: "2019-01-01 – 2025-12-31", "from …", "until …".
QString period(const FundingSource &s)
{
    if (s.validFrom.isValid() && s.validUntil.isValid())
        return Tr::tr("%1 – %2").arg(date(s.validFrom), lastDay(s.validUntil));
    if (s.validFrom.isValid())
        return Tr::tr("from %1").arg(date(s.validFrom));
    return Tr::tr("until %1").arg(lastDay(s.validUntil));
}

bool outside(const FundingSource &s, const QDate &d)
{
    return (s.validFrom.isValid() && d < s.validFrom) || (s.validUntil.isValid() && d >= s.validUntil);
}

void checkAllocationPeriods(const Plan &plan, const QLocale &locale, Findings &out)
{
    const BudgetCalendar calendar = BudgetCalendar::of(plan.programme());
    for (const Allocation &a : plan.all<Allocation>()) {
        const FundingSource *s = plan.find<FundingSource>(a.sourceId);
        if (s && !calendar.mayFund(*s, a.year))
            out << finding(Warning, "allocation-outside-source-period",
                           Tr::tr("An allocation of %1 from %2 is for %3, outside the source's valid period %4 – %5.")
                               .arg(a.amount.format(locale), Labels::quoted(s->name))
                               .arg(a.year)
                               .arg(date(s->validFrom), lastDay(s->validUntil)),
                           EntityKind::Allocation, a.id);
    }
}

/// A ceiling is the source's total for its whole period, so "per year" is
/// where it is passed: one finding per source over it, naming the amount
/// over and the first year whose allocations, with the years before, pass it.
/// (Allocations are never negative, so the total is over whenever a year is.)
void checkCeiling(const FundingSource &s, const std::map<int, Money> &byYear, const QLocale &locale, Findings &out)
{
    if (!s.ceiling)
        return;
    const Money ceiling = *s.ceiling;
    Money total;
    for (const auto &[year, amount] : byYear)
        total += amount;
    if (total <= ceiling)
        return;
    Money cumulative;
    for (const auto &[year, amount] : byYear) {
        cumulative += amount;
        if (cumulative > ceiling) {
            out << finding(Error, "source-over-ceiling",
                           Tr::tr("%1 is allocated %2, over its ceiling of %3 by %4. The ceiling is first passed in "
                                  "%5, when the allocations up to and including %5 come to %6.")
                               .arg(Labels::quoted(s.name), total.format(locale), ceiling.format(locale), (total - ceiling).format(locale))
                               .arg(year)
                               .arg(cumulative.format(locale)),
                           EntityKind::FundingSource, s.id);
            return;
        }
    }
}

void checkTransactionPeriod(const FundingSource &s, const QList<LedgerDay> &days, const QLocale &locale, Findings &out)
{
    if (!s.validFrom.isValid() && !s.validUntil.isValid())
        return;
    qint64 count = 0;
    Money total;
    QStringList examples;
    for (const LedgerDay &day : days) { // in date order: the examples are the earliest
        if (!day.date.isValid() || !outside(s, day.date))
            continue;
        count += day.count;
        total += day.total;
        if (examples.size() < ExamplesNamed)
            examples << (day.voucher.isEmpty() ? date(day.date) : Tr::tr("voucher %1 of %2").arg(day.voucher, date(day.date)));
    }
    if (count == 0)
        return;
    out << finding(Warning, "transactions-outside-source-period",
                   Tr::tr("%n ledger transaction(s) on %1, %2 in all, are dated outside the source's valid period "
                          "%3; the earliest: %4.",
                          nullptr, int(std::min<qint64>(count, std::numeric_limits<int>::max())))
                       .arg(Labels::quoted(s.name), total.format(locale), period(s), examples.join(QLatin1String(", "))),
                   EntityKind::FundingSource, s.id);
}

/// Spending charged to a source in a year it allocates nothing in. Days
/// outside the source's period are left to checkTransactionPeriod, which
/// already names them, so one coding error is not reported twice.
void checkSourceYears(const FundingSource &s, const std::map<int, Money> &allocated, const QList<LedgerDay> &days,
                      const QLocale &locale, Findings &out)
{
    std::map<int, Money> spent;
    for (const LedgerDay &day : days) {
        if (day.date.isValid() && !outside(s, day.date))
            spent[day.date.year()] += day.total;
    }
    for (const auto &[year, amount] : spent) {
        const auto found = allocated.find(year);
        if (amount.isZero() || (found != allocated.end() && !found->second.isZero()))
            continue;
        out << finding(Warning, "source-spending-without-allocation",
                       Tr::tr("Funding source %1 was charged %2 in %3, a year with no allocation from it.")
                           .arg(Labels::quoted(codedName(s)), amount.format(locale))
                           .arg(year),
                       EntityKind::FundingSource, s.id);
    }
}

void checkSources(const Plan &plan, const CheckContext &context, Findings &out)
{
    std::map<Id, std::map<int, Money>> allocatedBySourceYear;
    for (const Allocation &a : plan.all<Allocation>())
        allocatedBySourceYear[a.sourceId][a.year] += a.amount;
    for (const FundingSource &s : plan.all<FundingSource>()) {
        checkCeiling(s, allocatedBySourceYear[s.id], context.locale, out);
        const auto days = context.ledger.spending.bySourceDay.constFind(s.id);
        if (days != context.ledger.spending.bySourceDay.cend()) {
            checkTransactionPeriod(s, *days, context.locale, out);
            checkSourceYears(s, allocatedBySourceYear[s.id], *days, context.locale, out);
        }
    }
}

/// Spending beyond the allocations, per intervention or organisation and
/// budget year; `spent` is keyed by (id, year) in that order. A year with
/// nothing allocated at all is its own finding (`codeWithout`), naming the
/// code: money booked where the plan has none is most often a wrong code,
/// not an overspend.
template<class T>
void checkSpending(const Plan &plan, const std::map<std::pair<Id, int>, Money> &allocated,
                   const QMap<std::pair<Id, int>, Money> &spent, const CheckContext &context, EntityKind kind,
                   const char *code, const char *codeWithout, Findings &out)
{
    for (auto it = spent.cbegin(); it != spent.cend(); ++it) {
        const auto &[id, year] = it.key();
        const T *item = plan.find<T>(id);
        if (!item || year == 0)
            continue;
        const auto found = allocated.find(it.key());
        const Money budget = found == allocated.end() ? Money() : found->second;
        const Money used = it.value();
        if (used <= budget)
            continue;
        if (budget.isZero()) {
            const QString message = kind == EntityKind::Intervention
                ? Tr::tr("Intervention %1 has spent %2 in %3, a year with no allocation to it.")
                : Tr::tr("%1 has spent %2 in %3, a year with no allocation to it.");
            out << finding(Warning, codeWithout,
                           message.arg(Labels::quoted(codedName(*item)), used.format(context.locale)).arg(year), kind, id);
            continue;
        }
        const QString amounts[] = {used.format(context.locale), (used - budget).format(context.locale),
                                   budget.format(context.locale)};
        const QString message = kind == EntityKind::Intervention
            ? Tr::tr("Intervention %1 has spent %2 in %3, %4 more than the %5 allocated to it.")
            : Tr::tr("%1 has spent %2 in %3, %4 more than the %5 allocated to it.");
        out << finding(Warning, code,
                       message.arg(Labels::quoted(item->name), amounts[0]).arg(year).arg(amounts[1], amounts[2]), kind, id);
    }
}

void checkLedger(const CheckContext &context, Findings &out)
{
    if (context.ledger.unassignedCount > 0)
        out << finding(Warning, "transactions-unassigned",
                       Tr::tr("%n ledger transaction(s), %1 in all, carry codes that match nothing in the plan.",
                              nullptr, int(context.ledger.unassignedCount))
                           .arg(context.ledger.unassignedTotal.format(context.locale)),
                       EntityKind::Programme, NoId);
}

} // namespace

void checkBudget(const Plan &plan, const CheckContext &context, Findings &out)
{
    checkAllocationPeriods(plan, context.locale, out);
    checkSources(plan, context, out);

    std::map<std::pair<Id, int>, Money> byIntervention;
    std::map<std::pair<Id, int>, Money> byOrganisation;
    for (const Allocation &a : plan.all<Allocation>()) {
        if (const Id intervention = interventionOf(plan, a); intervention != NoId)
            byIntervention[{intervention, a.year}] += a.amount;
        if (a.organisationId != NoId)
            byOrganisation[{a.organisationId, a.year}] += a.amount;
    }
    checkSpending<Intervention>(plan, byIntervention, context.ledger.spending.byInterventionYear, context,
                                EntityKind::Intervention, "spending-over-allocation", "spending-without-allocation", out);
    checkSpending<Organisation>(plan, byOrganisation, context.ledger.spending.byOrganisationYear, context,
                                EntityKind::Organisation, "organisation-spending-over-allocation",
                                "organisation-spending-without-allocation", out);
    checkSpendingDates(plan, context, out);
    checkLedger(context, out);
}

} // namespace horisont
