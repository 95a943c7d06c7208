#pragma once

#include "model/ids.h"
#include "money/money.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace horisont {

/// A table of exact amounts with labelled rows and columns and their
/// totals: what the budget report engine returns and what views, charts,
/// spreadsheets and PDF packs render. No formatting happens here.
class MoneyGrid
{
public:
    struct Row {
        QString label;
        EntityKind kind = EntityKind::Programme; ///< what the row is about, for going to it
        Id id = NoId;
        std::vector<Money> cells;
    };

    MoneyGrid() = default;
    explicit MoneyGrid(QStringList columns) : m_columns(std::move(columns)) {}

    const QStringList &columns() const { return m_columns; }
    const std::vector<Row> &rows() const { return m_rows; }
    int rowCount() const { return int(m_rows.size()); }
    int columnCount() const { return int(m_columns.size()); }

    /// Adds a row of zeros and returns its index.
    int addRow(const QString &label, EntityKind kind = EntityKind::Programme, Id id = NoId)
    {
        m_rows.push_back({label, kind, id, std::vector<Money>(std::size_t(m_columns.size()))});
        return int(m_rows.size()) - 1;
    }
    Money cell(int row, int column) const { return m_rows[std::size_t(row)].cells[std::size_t(column)]; }
    void add(int row, int column, Money amount) { m_rows[std::size_t(row)].cells[std::size_t(column)] += amount; }
    void set(int row, int column, Money amount) { m_rows[std::size_t(row)].cells[std::size_t(column)] = amount; }

    Money rowTotal(int row) const
    {
        Money sum;
        for (Money m : m_rows[std::size_t(row)].cells)
            sum += m;
        return sum;
    }
    Money columnTotal(int column) const
    {
        Money sum;
        for (const Row &r : m_rows)
            sum += r.cells[std::size_t(column)];
        return sum;
    }
    Money total() const
    {
        Money sum;
        for (int r = 0; r < rowCount(); ++r)
            sum += rowTotal(r);
        return sum;
    }

private:
    QStringList m_columns;
    std::vector<Row> m_rows;
};

} // namespace horisont
