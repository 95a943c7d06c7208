#include "delegates/structuredelegate.h"

#include "labels/labels.h"
#include "models/structuremodel.h"
#include "plan/plan.h"

#include <QComboBox>
#include <QDateEdit>

namespace horisont {

StructureDelegate::StructureDelegate(const Plan &plan, QObject *parent) : QStyledItemDelegate(parent), m_plan(plan) {}

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
        editor->addItems(Labels::enumValues(EntityKind::Activity, QStringLiteral("status")));
        editor->setAccessibleName(tr("Status"));
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

void StructureDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto *date = qobject_cast<QDateEdit *>(editor)) {
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
    if (auto *date = qobject_cast<QDateEdit *>(editor)) {
        model->setData(index, date->date());
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, index.column() == StructureModel::Responsible ? combo->currentData()
                                                                            : QVariant(combo->currentIndex()));
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

} // namespace horisont
