#pragma once

#include <QStyledItemDelegate>

namespace horisont {

/// The standard delegate (line edit, date edit, spin box) whose editors are
/// named after their column, so that a screen reader says what is edited.
class NamedEditorDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
};

} // namespace horisont
