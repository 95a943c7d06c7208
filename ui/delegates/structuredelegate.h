#pragma once

#include <QStyledItemDelegate>

namespace horisont {

class Plan;

/// Editors for the structure's columns: a calendar date editor for start and
/// end, a list of statuses, a list of organisations for the accountable one,
/// a checklist of the areas an intervention targets.
class StructureDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    StructureDelegate(const Plan &plan, QObject *parent = nullptr);

    /// Rows as tall as the other tables' (text plus breathing room), not the style's tight minimum.
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    const Plan &m_plan;
};

} // namespace horisont
