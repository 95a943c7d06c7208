#pragma once

#include "model/ids.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace horisont {

class ChangeLogModel;
class PlanDocument;

/// The audit trail of the plan: who changed what, when, from what to what
/// and why, newest first, with a text filter and copying for reports.
class ChangeLogView : public QWidget
{
    Q_OBJECT
public:
    explicit ChangeLogView(PlanDocument &document, QWidget *parent = nullptr);

    ChangeLogModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

    /// Shows only lines with this text in any column (case-insensitive).
    void setFilterText(const QString &text);
    /// The rows the table shows, in its order, as tab-separated values with a header line.
    QString visibleRowsAsTsv() const;
    /// Puts visibleRowsAsTsv() on the clipboard.
    void copyVisibleRows();

Q_SIGNALS:
    /// The user chose a line about an item that is still in the plan: show it.
    void itemChosen(horisont::EntityKind kind, horisont::Id id);

private:
    void updateCount();

    PlanDocument &m_document;
    ChangeLogModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QPushButton *m_copy = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace horisont
