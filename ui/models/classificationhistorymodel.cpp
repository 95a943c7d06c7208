#include "models/classificationhistorymodel.h"

#include "document/plandocument.h"
#include "edit/commands.h"
#include "labels/labels.h"
#include "model/schema.h"

#include <algorithm>

namespace horisont {

ClassificationHistoryModel::ClassificationHistoryModel(PlanDocument &document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    const Plan &plan = document.plan();
    connect(&plan, &Plan::aboutToReset, this, [this] { beginResetModel(); });
    connect(&plan, &Plan::reset, this, [this] {
        if (!m_document.plan().find<Area>(m_area))
            m_area = NoId;
        m_entries = entriesOf(m_area);
        endResetModel();
    });
    connect(&plan, &Plan::inserted, this, &ClassificationHistoryModel::onInserted);
    connect(&plan, &Plan::aboutToRemove, this, &ClassificationHistoryModel::onAboutToRemove);
    connect(&plan, &Plan::changed, this, &ClassificationHistoryModel::onChanged);
}

std::vector<Id> ClassificationHistoryModel::entriesOf(Id area) const
{
    std::vector<Id> entries;
    if (area == NoId)
        return entries;
    for (const AreaClassification &c : m_document.plan().all<AreaClassification>()) {
        if (c.areaId == area)
            entries.push_back(c.id);
    }
    std::sort(entries.begin(), entries.end(), [this](Id a, Id b) { return rowKey(a) < rowKey(b); });
    return entries;
}

void ClassificationHistoryModel::setAreaId(Id area)
{
    if (area == m_area)
        return;
    if (!m_entries.empty()) {
        beginRemoveRows({}, 0, int(m_entries.size()) - 1);
        m_entries.clear();
        endRemoveRows();
    }
    m_area = area;
    std::vector<Id> entries = entriesOf(area);
    if (!entries.empty()) {
        beginInsertRows({}, 0, int(entries.size()) - 1);
        m_entries = std::move(entries);
        endInsertRows();
    }
}

ClassificationHistoryModel::RowKey ClassificationHistoryModel::rowKey(Id entry) const
{
    const AreaClassification *c = m_document.plan().find<AreaClassification>(entry);
    return {c ? c->from : QDate(), entry};
}

int ClassificationHistoryModel::sortedRowFor(const RowKey &key, Id skip) const
{
    int row = 0;
    for (Id id : m_entries) {
        if (id != skip && rowKey(id) < key)
            ++row;
    }
    return row;
}

bool ClassificationHistoryModel::belongsHere(Id entry) const
{
    const AreaClassification *c = m_document.plan().find<AreaClassification>(entry);
    return m_area != NoId && c && c->areaId == m_area;
}

int ClassificationHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ClassificationHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Id ClassificationHistoryModel::entryAt(int row) const
{
    return row >= 0 && row < int(m_entries.size()) ? m_entries[std::size_t(row)] : NoId;
}

int ClassificationHistoryModel::rowOf(Id entry) const
{
    const auto it = std::find(m_entries.begin(), m_entries.end(), entry);
    return it == m_entries.end() ? -1 : int(it - m_entries.begin());
}

QVariant ClassificationHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AreaClassification *c = m_document.plan().find<AreaClassification>(entryAt(index.row()));
    if (!c || (role != Qt::DisplayRole && role != Qt::EditRole))
        return {};
    const bool edit = role == Qt::EditRole;
    switch (Column(index.column())) {
    case FromColumn:
        return edit ? QVariant(c->from.isValid() ? c->from : QDate::currentDate()) : QVariant(c->from.toString(Qt::ISODate));
    case ClassificationColumn:
        return edit ? QVariant(int(c->classification)) : QVariant(Labels::classification(c->classification));
    case SourceColumn:
        return c->source;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ClassificationHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FromColumn: return tr("From");
    case ClassificationColumn: return tr("Classification");
    case SourceColumn: return tr("Source");
    default: return QAbstractTableModel::headerData(section, orientation, role);
    }
}

Qt::ItemFlags ClassificationHistoryModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!m_document.isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

bool ClassificationHistoryModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    m_lastError.clear();
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (m_document.isReadOnly()) {
        m_lastError = m_document.readOnlyReason();
        return false;
    }
    QString field;
    QVariant newValue;
    switch (Column(index.column())) {
    case FromColumn: {
        const QDate date = value.typeId() == QMetaType::QDate ? value.toDate()
                                                              : QDate::fromString(value.toString().trimmed(), Qt::ISODate);
        if (!date.isValid()) {
            m_lastError = tr("\"%1\" is not a date (YYYY-MM-DD).").arg(value.toString());
            return false;
        }
        field = QStringLiteral("from_date");
        newValue = date;
        break;
    }
    case ClassificationColumn: {
        bool isNumber = false;
        int classification = value.toInt(&isNumber);
        if (!isNumber)
            classification = int(Labels::enumValues(EntityKind::AreaClassification, QStringLiteral("classification"))
                                     .indexOf(value.toString()));
        if (classification < 0 || classification > int(Classification::EspeciallyVulnerable)) {
            m_lastError = tr("\"%1\" is not a classification.").arg(value.toString());
            return false;
        }
        field = QStringLiteral("classification");
        newValue = classification;
        break;
    }
    case SourceColumn:
        field = QStringLiteral("source");
        newValue = value.toString().trimmed();
        break;
    case ColumnCount:
        return false;
    }
    QString error;
    EditCommand *command = commands::setField(m_document, EntityKind::AreaClassification, entryAt(index.row()), field,
                                              newValue, &error);
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

void ClassificationHistoryModel::onInserted(EntityKind kind, Id id)
{
    if (kind != EntityKind::AreaClassification || !belongsHere(id))
        return;
    const int row = sortedRowFor(rowKey(id), NoId);
    beginInsertRows({}, row, row);
    m_entries.insert(m_entries.begin() + row, id);
    endInsertRows();
}

void ClassificationHistoryModel::onAboutToRemove(EntityKind kind, Id id)
{
    if (kind == EntityKind::Area && id == m_area) {
        setAreaId(NoId); // its entries went first (cascade); nothing is left to show
        return;
    }
    const int row = kind == EntityKind::AreaClassification ? rowOf(id) : -1;
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_entries.erase(m_entries.begin() + row);
    endRemoveRows();
}

void ClassificationHistoryModel::onChanged(EntityKind kind, Id id, int field)
{
    if (kind != EntityKind::AreaClassification)
        return;
    static const int areaField = kindInfo(EntityKind::AreaClassification).fieldIndex(QStringLiteral("area_id"));
    static const int fromField = kindInfo(EntityKind::AreaClassification).fieldIndex(QStringLiteral("from_date"));
    static const int classificationField =
        kindInfo(EntityKind::AreaClassification).fieldIndex(QStringLiteral("classification"));
    const int row = rowOf(id);
    const bool here = belongsHere(id);
    if (field == areaField) {
        if (row >= 0 && !here)
            onAboutToRemove(kind, id); // moved to another area
        else if (row < 0 && here)
            onInserted(kind, id); // moved here
        return;
    }
    if (row < 0)
        return;
    if (field == fromField) {
        const int to = sortedRowFor(rowKey(id), id);
        if (to != row) {
            beginMoveRows({}, row, row, {}, to > row ? to + 1 : to);
            m_entries.erase(m_entries.begin() + row);
            m_entries.insert(m_entries.begin() + to, id);
            endMoveRows();
        }
    }
    const int column = field == fromField ? FromColumn : field == classificationField ? ClassificationColumn : SourceColumn;
    const int newRow = rowOf(id);
    Q_EMIT dataChanged(index(newRow, column), index(newRow, column));
}

} // namespace horisont
