#pragma once

#include "export/exporttable.h"

#include <QObject>

namespace horisont {

class BudgetFollowUpView;
class PlanDocument;

/// The follow-up view's Export…: the table of the current tab as shown —
/// its columns, its totals row, amounts as numbers — to XLSX or CSV through
/// the writers every export uses, named after the plan and the tab.
class FollowUpExport : public QObject
{
    Q_OBJECT
public:
    FollowUpExport(BudgetFollowUpView &view, const PlanDocument &document);

    /// The table of the current tab, refreshed first (Charts has none: empty header).
    ExportTable tableOnScreen();
    /// Writes tableOnScreen() to a .xlsx or .csv file.
    bool exportTo(const QString &path, QString *error);
    /// Asks for a file, writes it and says where (or why not).
    void exportWithDialog();

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    BudgetFollowUpView &m_view;
    const PlanDocument &m_document;
};

} // namespace horisont
