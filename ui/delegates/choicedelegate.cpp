#include "delegates/choicedelegate.h"

#include <QComboBox>

namespace horisont {

ChoiceDelegate::ChoiceDelegate(Provider choices, const QString &accessibleName, QObject *parent)
    : QStyledItemDelegate(parent), m_choices(std::move(choices)), m_accessibleName(accessibleName)
{
}

QWidget *ChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    auto *combo = new QComboBox(parent);
    combo->setAccessibleName(m_accessibleName);
    combo->setFrame(false);
    for (const Choice &choice : m_choices(index))
        combo->addItem(choice.label, choice.value);
    // Choosing an entry is the whole edit: commit and close without a second key press.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto *self = const_cast<ChoiceDelegate *>(this);
        Q_EMIT self->commitData(combo);
        Q_EMIT self->closeEditor(combo, QAbstractItemDelegate::SubmitModelCache);
    });
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo)
        return;
    const QVariant current = index.data(Qt::EditRole);
    int found = -1;
    for (int i = 0; i < combo->count() && found < 0; ++i) {
        const QVariant value = combo->itemData(i);
        // Values are ids, enum numbers or letters; compare them as text so
        // that int, qlonglong and QString forms of the same value match.
        if (value.toString() == current.toString())
            found = i;
    }
    combo->setCurrentIndex(found);
}

void ChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo || combo->currentIndex() < 0)
        return;
    const QVariant value = combo->currentData();
    if (value.toString() == index.data(Qt::EditRole).toString())
        return; // unchanged: no command, nothing on the undo stack
    model->setData(index, value, Qt::EditRole);
}

} // namespace horisont
