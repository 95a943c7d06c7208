#include "models/areamodel.h"

#include "document/plandocument.h"
#include "edit/commands.h"
#include "labels/labels.h"
#include "model/schema.h"

#include <algorithm>

namespace horisont {

AreaModel::AreaModel(PlanDocument &document, QObject *parent) : QAbstractTableModel(parent), m_document(document)
{
    rebuild();
    const Plan &plan = document.plan();
    connect(&plan, &Plan::aboutToReset, this, [this] { beginResetModel(); });
    connect(&plan, &Plan::reset, this, [this] {
        rebuild();
        endResetModel();
    });
    connect(&plan, &Plan::inserted, this, &AreaModel::onInserted);
    connect(&plan, &Plan::aboutToRemove, this, &AreaModel::onAboutToRemove);
    connect(&plan, &Plan::removed, this, &AreaModel::onRemoved);
    connect(&plan, &Plan::changed, this, &AreaModel::onChanged);
}

void AreaModel::rebuild()
{
    m_areas.clear();
    m_areaOfEntry.clear();
    for (const Area &a : m_document.plan().all<Area>())
        m_areas.push_back(a.id);
    for (const AreaClassification &c : m_document.plan().all<AreaClassification>())
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

int AreaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_areas.size());
}

int AreaModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Id AreaModel::areaAt(int row) const
{
    return row >= 0 && row < int(m_areas.size()) ? m_areas[std::size_t(row)] : NoId;
}

int AreaModel::rowOf(Id area) const
{
    const auto it = std::lower_bound(m_areas.begin(), m_areas.end(), area);
    return it == m_areas.end() || *it != area ? -1 : int(it - m_areas.begin());
}

QVariant AreaModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Area *area = m_document.plan().find<Area>(areaAt(index.row()));
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
        return Labels::classification(classificationOn(m_document.plan(), area->id, QDate::currentDate()));
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
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!m_document.isReadOnly() && index.column() != CurrentClassification)
        f |= Qt::ItemIsEditable;
    return f;
}

bool AreaModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    m_lastError.clear();
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() == CurrentClassification)
        return false;
    if (m_document.isReadOnly()) {
        m_lastError = m_document.readOnlyReason();
        return false;
    }
    const QString text = value.toString().trimmed();
    if (index.column() == Name && text.isEmpty()) {
        m_lastError = tr("An area needs a name.");
        return false;
    }
    QString error;
    EditCommand *command = commands::setField(m_document, EntityKind::Area, areaAt(index.row()),
                                              index.column() == Name ? QStringLiteral("name") : QStringLiteral("code"),
                                              text, &error);
    if (!command) {
        m_lastError = error;
        return false;
    }
    if (!m_document.execute(command)) {
        m_lastError = m_document.lastError();
        return false;
    }
    return true;
}

void AreaModel::classificationChanged(Id area)
{
    const int row = rowOf(area);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, CurrentClassification), index(row, CurrentClassification));
}

void AreaModel::onInserted(EntityKind kind, Id id)
{
    if (kind == EntityKind::Area) {
        const auto it = std::lower_bound(m_areas.begin(), m_areas.end(), id);
        const int row = int(it - m_areas.begin());
        beginInsertRows({}, row, row);
        m_areas.insert(it, id);
        endInsertRows();
    } else if (kind == EntityKind::AreaClassification) {
        if (const AreaClassification *c = m_document.plan().find<AreaClassification>(id)) {
            m_areaOfEntry.insert(id, c->areaId);
            classificationChanged(c->areaId);
        }
    }
}

void AreaModel::onAboutToRemove(EntityKind kind, Id id)
{
    if (kind != EntityKind::Area)
        return;
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_areas.erase(m_areas.begin() + row);
    endRemoveRows();
}

void AreaModel::onRemoved(EntityKind kind, Id id)
{
    if (kind == EntityKind::AreaClassification && m_areaOfEntry.contains(id))
        classificationChanged(m_areaOfEntry.take(id));
}

void AreaModel::onChanged(EntityKind kind, Id id, int field)
{
    static const int nameField = kindInfo(EntityKind::Area).fieldIndex(QStringLiteral("name"));
    static const int codeField = kindInfo(EntityKind::Area).fieldIndex(QStringLiteral("code"));
    static const int sourceField = kindInfo(EntityKind::AreaClassification).fieldIndex(QStringLiteral("source"));
    if (kind == EntityKind::Area) {
        const int row = rowOf(id);
        const int column = field == nameField ? Name : field == codeField ? Code : -1;
        if (row >= 0 && column >= 0)
            Q_EMIT dataChanged(index(row, column), index(row, column));
    } else if (kind == EntityKind::AreaClassification && field != sourceField) {
        const AreaClassification *c = m_document.plan().find<AreaClassification>(id);
        const Id before = m_areaOfEntry.value(id, NoId);
        const Id after = c ? c->areaId : NoId;
        m_areaOfEntry.insert(id, after);
        classificationChanged(before);
        if (after != before)
            classificationChanged(after);
    }
}

} // namespace horisont
