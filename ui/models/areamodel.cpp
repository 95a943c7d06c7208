#include "models/areamodel.h"

#include "document/plandocument.h"
#include "labels/labels.h"
#include "model/schema.h"
#include "today.h"

namespace horisont {

AreaModel::AreaModel(PlanDocument &document, QObject *parent) : EntityRowsModel(document, EntityKind::Area, parent)
{
    reloading();
}

void AreaModel::reloading()
{
    m_areaOfEntry.clear();
    for (const AreaClassification &c : plan().all<AreaClassification>())
        m_areaOfEntry.insert(c.id, c.areaId);
}

Classification AreaModel::classificationOn(const Plan &plan, Id area, const QDate &day)
{
    const AreaClassification *latest = nullptr;
    for (const AreaClassification &c : plan.all<AreaClassification>()) {
        if (c.areaId != area || !c.from.isValid() || c.from > day)
            continue;
        if (!latest || c.from > latest->from || (c.from == latest->from && c.id > latest->id))
            latest = &c;
    }
    return latest ? latest->classification : Classification::None;
}

int AreaModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AreaModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Area *area = plan().find<Area>(areaAt(index.row()));
    if (!area)
        return {};
    if (index.column() == CurrentClassification && role == Qt::ToolTipRole)
        return tr("Classification as of today, from the classification history");
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (Column(index.column())) {
    case Name: return area->name;
    case Code: return area->code;
    case CurrentClassification:
        return Labels::classification(classificationOn(plan(), area->id, today()));
    case ColumnCount: break;
    }
    return {};
}

QVariant AreaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case Code: return tr("Code");
    case CurrentClassification: return tr("Classification today");
    default: return QAbstractTableModel::headerData(section, orientation, role);
    }
}

Qt::ItemFlags AreaModel::flags(const QModelIndex &index) const
{
    return editableFlags(index, index.column() != CurrentClassification);
}

bool AreaModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!startEdit(index, role, index.column() != CurrentClassification))
        return false;
    const QString text = value.toString().trimmed();
    if (index.column() == Name && text.isEmpty())
        return refuse(tr("An area needs a name."));
    const QString field = index.column() == Name ? columns::name : columns::code;
    return setField(areaAt(index.row()), field, text);
}

void AreaModel::classificationChanged(Id area)
{
    const int row = rowOf(area);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, CurrentClassification), index(row, CurrentClassification));
}

void AreaModel::rowChanged(int row, int field)
{
    static const int nameField = kindInfo(EntityKind::Area).fieldIndex(columns::name);
    static const int codeField = kindInfo(EntityKind::Area).fieldIndex(columns::code);
    const int column = field == nameField ? Name : field == codeField ? Code : -1;
    if (column >= 0)
        Q_EMIT dataChanged(index(row, column), index(row, column));
}

void AreaModel::otherEntityChanged(EntityKind kind, Id id, Change change, int field)
{
    static const int sourceField = kindInfo(EntityKind::AreaClassification).fieldIndex(columns::source);
    if (kind != EntityKind::AreaClassification)
        return;
    switch (change) {
    case Change::Inserted:
        if (const AreaClassification *c = plan().find<AreaClassification>(id)) {
            m_areaOfEntry.insert(id, c->areaId);
            classificationChanged(c->areaId);
        }
        break;
    case Change::Removed:
        if (m_areaOfEntry.contains(id))
            classificationChanged(m_areaOfEntry.take(id));
        break;
    case Change::Edited: {
        if (field == sourceField)
            break;
        const AreaClassification *c = plan().find<AreaClassification>(id);
        const Id before = m_areaOfEntry.value(id, NoId);
        const Id after = c ? c->areaId : NoId;
        m_areaOfEntry.insert(id, after);
        classificationChanged(before);
        if (after != before)
            classificationChanged(after);
        break;
    }
    }
}

} // namespace horisont
