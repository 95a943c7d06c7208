#include "budget/monthlyactuals.h"

#include "store/sqlitestore.h"

#include <QSqlQuery>

#include <algorithm>

namespace horisont {

MonthlyActualsIndex MonthlyActualsIndex::load(SqliteStore &store)
{
    MonthlyActualsIndex result;
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    // Dates are stored as ISO text, so the first seven characters are the month.
    if (!q.exec(QStringLiteral("SELECT coalesce(source_id, 0), coalesce(organisation_id, 0), "
                               "coalesce(intervention_id, 0), substr(date, 1, 7), sum(amount) "
                               "FROM ledger_transaction GROUP BY 1, 2, 3, 4")))
        return result;
    const BudgetDimension dimensions[3] = {BudgetDimension::Source, BudgetDimension::Organisation,
                                           BudgetDimension::Intervention};
    while (q.next()) {
        const QString month = q.value(3).toString();
        const int year = QStringView(month).left(4).toInt();
        const int monthNumber = QStringView(month).mid(5, 2).toInt();
        if (monthNumber < 1 || monthNumber > 12)
            continue;
        const qint64 ore = q.value(4).toLongLong();
        for (int d = 0; d < 3; ++d) {
            const Id id = q.value(d).toLongLong();
            auto &months = result.m_months[index(dimensions[d])];
            months[key(id, year, monthNumber)] += ore;
            months[key(id, year, 0)] += ore;
            result.m_allYears[index(dimensions[d])][id] += ore;
        }
        result.m_total[key(0, year, monthNumber)] += ore;
        result.m_total[key(0, year, 0)] += ore;
        if (result.m_lastYear < result.m_firstYear) {
            result.m_firstYear = result.m_lastYear = year;
        } else {
            result.m_firstYear = std::min(result.m_firstYear, year);
            result.m_lastYear = std::max(result.m_lastYear, year);
        }
    }
    return result;
}

} // namespace horisont
