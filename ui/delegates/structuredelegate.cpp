#include "delegates/structuredelegate.h"

#include "labels/labels.h"
#include "model/columns.h"
#include "models/structuremodel.h"
#include "plan/plan.h"

#include <QComboBox>
#include <QDateEdit>
#include <QListWidget>

#include <algorithm>

namespace horisont {

StructureDelegate::StructureDelegate(const Plan &plan, QObject *parent) : QStyledItemDelegate(parent), m_plan(plan) {}

QSize StructureDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 8));
    return size;
}

QWidget *StructureDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    switch (index.column()) {
    case StructureModel::Start:
    case StructureModel::End: {
        auto *editor = new QDateEdit(parent);
        editor->setCalendarPopup(true);
        editor->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        editor->setAccessibleName(index.column() == StructureModel::Start ? tr("Start date") : tr("End date"));
        return editor;
    }
    case StructureModel::Status: {
        auto *editor = new QComboBox(parent);
        editor->addItems(Labels::enumValues(EntityKind::Activity, columns::status));
        editor->setAccessibleName(tr("Status"));
        return editor;
    }
    case StructureModel::Areas: {
        // A checklist of every area, tall enough to show them all.
        auto *editor = new QListWidget(parent);
        for (const Area &a : m_plan.all<Area>()) {
            auto *item = new QListWidgetItem(a.name, editor);
            item->setData(Qt::UserRole, qlonglong(a.id));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
        editor->setAccessibleName(tr("Targeted areas"));
        return editor;
    }
    case StructureModel::Responsible: {
        auto *editor = new QComboBox(parent);
        editor->addItem(tr("(none)"), qlonglong(NoId));
        for (const Organisation &o : m_plan.all<Organisation>())
            editor->addItem(o.name, qlonglong(o.id));
        editor->setAccessibleName(tr("Accountable organisation"));
        return editor;
    }
    default: {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        editor->setAccessibleName(tr("Name"));
        return editor;
    }
    }
}

void StructureDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                             const QModelIndex &index) const
{
    if (auto *list = qobject_cast<QListWidget *>(editor)) {
        QRect rect = option.rect;
        rect.setHeight(std::max(rect.height(), list->sizeHintForRow(0) * list->count() + 2 * list->frameWidth()));
        rect.setWidth(std::max(rect.width(), list->sizeHintForColumn(0) + 40));
        list->setGeometry(rect);
        return;
    }
    QStyledItemDelegate::updateEditorGeometry(editor, option, index);
}

void StructureDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto *list = qobject_cast<QListWidget *>(editor)) {
        const QVariantList chosen = value.toList();
        for (int row = 0; row < list->count(); ++row)
            list->item(row)->setCheckState(chosen.contains(list->item(row)->data(Qt::UserRole)) ? Qt::Checked
                                                                                                 : Qt::Unchecked);
    } else if (auto *date = qobject_cast<QDateEdit *>(editor)) {
        date->setDate(value.toDate());
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const int at = index.column() == StructureModel::Responsible ? combo->findData(value) : value.toInt();
        combo->setCurrentIndex(std::max(0, at));
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void StructureDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *list = qobject_cast<QListWidget *>(editor)) {
        QVariantList chosen;
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->checkState() == Qt::Checked)
                chosen << list->item(row)->data(Qt::UserRole);
        }
        model->setData(index, chosen);
    } else if (auto *date = qobject_cast<QDateEdit *>(editor)) {
        model->setData(index, date->date());
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, index.column() == StructureModel::Responsible ? combo->currentData()
                                                                            : QVariant(combo->currentIndex()));
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

} // namespace horisont
