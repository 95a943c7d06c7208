#include "delegates/namededitordelegate.h"

#include <QWidget>

namespace horisont {

QWidget *NamedEditorDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                           const QModelIndex &index) const
{
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (editor && index.model())
        editor->setAccessibleName(index.model()->headerData(index.column(), Qt::Horizontal).toString());
    return editor;
}

} // namespace horisont
