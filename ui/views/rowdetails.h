#pragma once

#include <QLabel>

class QTableView;

namespace horisont {

/// The current row of a table in full, below it: every column that has
/// something as "Heading: value", whole — its tooltip text where the table
/// cuts it. The log views' rows have more than a laptop's width can show.
class RowDetails : public QLabel
{
    Q_OBJECT
public:
    /// `table` must have its model set; the details follow its current row.
    explicit RowDetails(QTableView *table, QWidget *parent = nullptr);

private:
    void showRow(const QModelIndex &current);

    QTableView *m_table;
};

} // namespace horisont
