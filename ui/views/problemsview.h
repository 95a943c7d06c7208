#pragma once

#include "model/ids.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QModelIndex;
class QSortFilterProxyModel;
class QTableView;

namespace horisont {

class PlanDocument;
class PlanSelection;
class ProblemsModel;

/// The plan's problems: errors and warnings from the plan check, kept up to
/// date while the user edits. Activating a row (double-click or Enter)
/// selects the item it is about.
class ProblemsView : public QWidget
{
    Q_OBJECT
public:
    /// Shows `problems`, the window's one check of the plan (the overview
    /// shows its counts): every check runs once per edit, not once per view.
    ProblemsView(ProblemsModel &problems, PlanSelection &selection, QWidget *parent = nullptr);

    ProblemsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

    /// Which findings the table shows.
    enum class Filter { All, Errors, Warnings };
    void setFilter(Filter filter);

    /// Selects the item of the finding shown at this row of the table and emits goToItem.
    void activate(const QModelIndex &tableIndex);

Q_SIGNALS:
    /// The user wants to see this item, e.g. in the structure view.
    void goToItem(horisont::EntityKind kind, horisont::Id id);

private:
    void updateSummary();
    void applyFilter();

    PlanSelection &m_selection;
    ProblemsModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLabel *m_summaryIcon = nullptr;
    QLabel *m_summary = nullptr;
    QComboBox *m_filter = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace horisont
