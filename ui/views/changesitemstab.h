#pragma once

#include "versions/plancomparison.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTreeView;

namespace horisont {

class PlanChangesFilter;
class PlanChangesModel;

/// The Changes view's "Items" tab: every change of an item, grouped
/// (renamed, dates, status…) in a tree, narrowed by words, by group and by
/// kind of item. Filtering never compares again.
class ChangesItemsTab : public QWidget
{
    Q_OBJECT
public:
    explicit ChangesItemsTab(QWidget *parent = nullptr);

    PlanChangesModel *model() const { return m_model; }
    PlanChangesFilter *filter() const { return m_filter; }
    QTreeView *tree() const { return m_tree; }
    QLineEdit *filterEdit() const { return m_text; }
    QComboBox *groupChoice() const { return m_group; }
    QComboBox *kindChoice() const { return m_kind; }

    /// Shows a new comparison, keeping the filter and, where it is still
    /// listed, the change the user had chosen.
    void setComparison(const PlanComparison &comparison, const Plan &before, const Plan &after);
    /// Chooses the first change of this item, as the selection elsewhere
    /// says, without announcing it again; clears the choice when none.
    void showItem(EntityKind kind, Id id);

Q_SIGNALS:
    /// The user chose the row of this change.
    void changeChosen(const horisont::PlanChange &change);

private:
    void refillChoices();
    void applyChoices();
    void updateCount();

    PlanChangesModel *m_model;
    PlanChangesFilter *m_filter;
    QLineEdit *m_text;
    QComboBox *m_group;
    QComboBox *m_kind;
    QLabel *m_count;
    QTreeView *m_tree;
    bool m_following = false; ///< choosing a row because the selection moved elsewhere
};

} // namespace horisont
