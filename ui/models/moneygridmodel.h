#pragma once

#include "budget/moneygrid.h"

#include <QAbstractTableModel>
#include <QList>

#include <functional>
#include <optional>

namespace horisont {

/// Shows a MoneyGrid from the report engine as a read-only table: a label
/// column, the chosen columns formatted for the UI language ("2 500 000 kr"),
/// a totals row and optionally more grids' rows below it. A column can also
/// be a percentage computed from two amount columns, or text supplied by the
/// view (dates, months left). Negative amounts in columns marked as
/// variances are red and keep their minus sign, so colour is never the only cue.
class MoneyGridModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    struct Column {
        enum Type { Amount, Percent, Text };
        Type type = Amount;
        QString header;
        int gridColumn = -1;      ///< Amount: the grid column
        int spentColumn = -1;     ///< Percent: spent / allocated
        int allocatedColumn = -1;
        bool variance = false;    ///< Amount: negative values are overspending
    };
    /// Every column of the grid as an amount, headed by the grid's labels.
    static QList<Column> amountColumns(const MoneyGrid &grid);

    /// Role carrying a cell's exact amount in öre (qlonglong), for tests and charts.
    static constexpr int OreRole = Qt::UserRole + 1;

    explicit MoneyGridModel(QObject *parent = nullptr);

    void setGrid(const MoneyGrid &grid, const QList<Column> &columns, const QString &labelHeader);
    /// Rows shown below the totals row (their own numbers, not totalled).
    void setExtraRows(const MoneyGrid &extra) { beginResetModel(); m_extra = extra; endResetModel(); }
    void setTotalsRow(bool shown) { beginResetModel(); m_totals = shown; endResetModel(); }
    /// Text for Text columns: (grid row, model column); the totals row asks with row -1.
    void setTextProvider(std::function<QString(int, int)> provider) { m_text = std::move(provider); }
    /// Cells that have no amount (a ceiling of a source without one, spending
    /// in a year that has not happened): shown as "–". Asked for the grid's
    /// rows and the extra rows (by model row), never for the totals row.
    void setBlankCells(std::function<bool(int modelRow, int gridColumn)> blank) { m_blank = std::move(blank); }

    const MoneyGrid &grid() const { return m_grid; }
    /// The grid row a model row shows; -1 for the totals and extra rows.
    int gridRow(int modelRow) const { return modelRow < m_grid.rowCount() ? modelRow : -1; }
    int totalsRow() const { return m_totals ? m_grid.rowCount() : -1; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// "12,5 %" / "12.5%".
    static QString formatPercent(double percent);

private:
    std::optional<Money> amountAt(int row, const Column &column) const;
    bool isBlank(int row, int gridColumn) const { return m_blank && row != totalsRow() && m_blank(row, gridColumn); }
    QString displayText(int row, int column) const;

    MoneyGrid m_grid;
    MoneyGrid m_extra;
    QList<Column> m_columns;
    QString m_labelHeader;
    bool m_totals = true;
    std::function<QString(int, int)> m_text;
    std::function<bool(int, int)> m_blank;
};

} // namespace horisont
