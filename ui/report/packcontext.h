#pragma once

#include "budget/budgetcalendar.h"
#include "budget/budgetreport.h"
#include "budget/monthlyactuals.h"
#include "check/finding.h"
#include "ledger/ledger.h"
#include "ledger/readsnapshot.h"
#include "report/pdfpack.h"

#include <QLocale>

#include <map>
#include <optional>

namespace horisont {

class Plan;
class PlanDocument;
class MoneyGrid;

/// What every section builder of a pack needs: the plan, the options, the
/// pack's locale and period, and what is expensive to compute once
/// (the plan checks, the ledger aggregates).
///
/// Everything a pack shows from the file is read in one read transaction,
/// opened with the context and ended by finishReading() once the sections
/// are laid out: one import committed meanwhile cannot make two "spent"
/// totals of one pack disagree. Sections read the file only through the
/// document's connection (on this thread), and the ledger totals are read
/// here, not taken from the document's cache, which may predate the snapshot.
struct PackContext {
    PackContext(PlanDocument &document, const PdfPackOptions &options, QString packName);

    PlanDocument &document;
    const Plan &plan;
    const PdfPackOptions &options;
    QString packName;
    QLocale locale;
    QDate from;        ///< first day covered
    QDate to;          ///< last day covered
    QDate toExclusive; ///< the day after
    /// The budget years the period covered touches (BudgetCalendar of the programme).
    BudgetYears years;

    QString date(QDate d) const;             ///< ISO, empty for no date
    QString lastDay(QDate exclusiveEnd) const; ///< the last day of a half-open period, ISO
    QString longDate(QDate d) const;         ///< "25 november 2026"
    QString period() const;                  ///< the period covered, long dates
    QString money(Money m) const;            ///< "2 500 000 kr"
    QString organisationName(Id id) const;   ///< short name when there is one
    /// Whether [start, end) overlaps the period covered (invalid = open).
    bool overlaps(QDate start, QDate endExclusive) const;
    /// Whether the pack covers the programme's whole horizon.
    bool wholeHorizon() const;

    /// Ends the read transaction; nothing may read the file after it.
    void finishReading() { m_snapshot.release(); }

    /// The ledger's totals in the pack's snapshot, read once on first use.
    const LedgerTotals &ledgerTotals();
    const Findings &findings();
    /// The ledger's spending per month, read once per pack on first use: every
    /// section that shows actuals (budget, actuals, forecast) shares it.
    const MonthlyActualsIndex &monthlyActuals();
    /// The yearly sums of one dimension, derived from monthlyActuals().
    const ActualsIndex &actuals(BudgetDimension dimension);

private:
    ReadSnapshot m_snapshot;
    std::optional<LedgerTotals> m_ledgerTotals;
    std::optional<Findings> m_findings;
    std::optional<MonthlyActualsIndex> m_monthlyActuals;
    std::map<int, ActualsIndex> m_actuals;
};

} // namespace horisont
