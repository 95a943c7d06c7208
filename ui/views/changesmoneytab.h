#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace horisont {

class ExportTableModel;
struct ExportTable;

/// The Changes view's "Money" tab: the money allocated per year, funding
/// source, organisation and intervention where it differs, and every
/// year's totals before and after — core's tables, exactly as exported.
class ChangesMoneyTab : public QWidget
{
    Q_OBJECT
public:
    explicit ChangesMoneyTab(QWidget *parent = nullptr);

    ExportTableModel *moneyModel() const { return m_money; }
    ExportTableModel *yearsModel() const { return m_years; }
    QTableView *moneyTable() const { return m_moneyTable; }
    QTableView *yearsTable() const { return m_yearsTable; }

    /// `changedRows` is how many rows of `money` are changes (not its totals row).
    void setTables(ExportTable money, int changedRows, ExportTable years);

private:
    QTableView *makeTable(ExportTableModel *model, const QString &name);
    void fitColumns(QTableView *table);

    ExportTableModel *m_money;
    ExportTableModel *m_years;
    QLabel *m_moneyTitle;
    QTableView *m_moneyTable;
    QTableView *m_yearsTable;
};

} // namespace horisont
