#pragma once

#include "planimport/foreignplan.h"
#include "planimport/readers/plancolumns.h"
#include "planimport/readers/sheetrows.h"

#include <QHash>
#include <QPair>

namespace horisont {

/// Turns a plan spreadsheet's rows below its header into a ForeignPlan.
/// Rows sharing a Fas are one phase; a blank Fas continues the phase above
/// and a blank Fas and Insats the intervention above (spreadsheets write a
/// group's name once); a row with a Fas and no Insats describes the phase.
/// A row without Aktivitet describes its intervention, one with it an
/// activity of that intervention. Each row adds its dates (Start and Slut,
/// Slut the last day; only År: that whole budget year) to its task's span,
/// its Ansvarig (several split by , ; /) and its Budget, charged to its
/// Finansiering and booked on its År — several rows of one task and year add up.
class PlanRows
{
public:
    PlanRows(const QString &path, const QStringList &header, const PlanColumnMap &columns,
             const PlanSheetProfile &profile, bool csv, ForeignPlan *plan);

    /// Judges the amounts' decimal separator from every row's budget text
    /// ("1 234,50" against "1234.50") before any is read.
    void judgeDecimal(const QList<SheetRow> &rows);
    /// Reads one row; false with *error naming the file, row and column.
    bool add(const SheetRow &row, QString *error);
    /// Gives each parent the span of its children, once every row is read.
    void finish();

private:
    QString cellText(const SheetRow &row, PlanColumn c) const;
    QString location(const SheetRow &row, PlanColumn c) const;
    bool date(const SheetRow &row, PlanColumn c, QDate *out, QString *error) const;
    bool amount(const SheetRow &row, std::optional<Money> *out, QString *error) const;
    bool year(const SheetRow &row, int *out, QString *error) const;
    int task(int parent, const QString &name, const SheetRow &row);
    void addCost(ForeignTask &task, ForeignCost cost);

    QString m_file;
    QStringList m_header;
    PlanColumnMap m_columns;
    PlanSheetProfile m_profile;
    bool m_csv;
    ForeignPlan *m_plan;
    QChar m_decimal;
    QHash<QPair<int, QString>, int> m_tasks; ///< (parent, name) → task index
    QHash<QString, int> m_resources;
    QHash<QString, int> m_accounts;
    int m_phase = -1; ///< the phase and intervention the rows above were in
    int m_intervention = -1;
    Money m_total; ///< every budget's size summed, kept within Money's bounds
};

} // namespace horisont
