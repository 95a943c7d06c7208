#include "report/packcontext.h"

#include "check/plancheck.h"
#include "document/plandocument.h"
#include "model/halfopen.h"
#include "plan/plan.h"

namespace horisont {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::PdfPack)
};
} // namespace

PackContext::PackContext(PlanDocument &document, const PdfPackOptions &options, QString packName)
    : document(document)
    , plan(document.plan())
    , options(options)
    , packName(std::move(packName))
    , locale(options.language == QLatin1String("sv") ? QLocale(QLocale::Swedish, QLocale::Sweden)
                                                     : QLocale(QLocale::English, QLocale::UnitedKingdom))
    , from(options.from)
    , to(options.to)
    , toExclusive(options.to.addDays(1))
    , years(BudgetCalendar::of(plan.programme()).yearsOf(from, toExclusive))
    , m_snapshot(document.store())
{
}

QString PackContext::date(QDate d) const
{
    return isoDate(d);
}

QString PackContext::lastDay(QDate exclusiveEnd) const
{
    return isoDate(lastDayBefore(exclusiveEnd));
}

QString PackContext::longDate(QDate d) const
{
    return locale.toString(d, QStringLiteral("d MMMM yyyy"));
}

QString PackContext::period() const
{
    return Tr::tr("%1 – %2").arg(longDate(from), longDate(to));
}

QString PackContext::money(Money m) const
{
    return m.format(locale);
}

QString PackContext::organisationName(Id id) const
{
    const Organisation *o = plan.find<Organisation>(id);
    if (!o)
        return {};
    return o->shortName.isEmpty() ? o->name : o->shortName;
}

bool PackContext::overlaps(QDate start, QDate endExclusive) const
{
    if (endExclusive.isValid() && endExclusive <= from)
        return false;
    if (start.isValid() && start >= toExclusive)
        return false;
    return true;
}

bool PackContext::wholeHorizon() const
{
    const Programme &p = plan.programme();
    return from == p.start && toExclusive == p.horizonEnd;
}

const LedgerTotals &PackContext::ledgerTotals()
{
    if (!m_ledgerTotals)
        m_ledgerTotals = Ledger(document.store()).totals();
    return *m_ledgerTotals;
}

const Findings &PackContext::findings()
{
    if (!m_findings) {
        CheckContext context;
        context.locale = locale;
        context.ledger = ledgerTotals();
        m_findings = checkPlan(plan, context);
    }
    return *m_findings;
}

const MonthlyActualsIndex &PackContext::monthlyActuals()
{
    if (!m_monthlyActuals)
        m_monthlyActuals = MonthlyActualsIndex::load(document.store());
    return *m_monthlyActuals;
}

const ActualsIndex &PackContext::actuals(BudgetDimension dimension)
{
    auto it = m_actuals.find(int(dimension));
    if (it == m_actuals.end())
        it = m_actuals.emplace(int(dimension), ActualsIndex::fromMonthly(monthlyActuals(), dimension)).first;
    return it->second;
}

} // namespace horisont
