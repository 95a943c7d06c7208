#include "models/classificationhistorymodel.h"

#include "document/plandocument.h"
#include "labels/labels.h"
#include "model/schema.h"
#include "today.h"

namespace horisont {

namespace {

// Oldest first; entries from the same day in the order they were made.
bool earlier(const Plan &plan, Id a, Id b)
{
    const AreaClassification *ca = plan.find<AreaClassification>(a);
    const AreaClassification *cb = plan.find<AreaClassification>(b);
    const QDate from = ca ? ca->from : QDate();
    const QDate other = cb ? cb->from : QDate();
    return from != other ? from < other : a < b;
}

} // namespace

ClassificationHistoryModel::ClassificationHistoryModel(PlanDocument &document, QObject *parent)
    : EntityRowsModel(
          document, EntityKind::AreaClassification, [this](Id entry) { return belongsHere(entry); },
          [&document](Id a, Id b) { return earlier(document.plan(), a, b); }, parent)
{
}

void ClassificationHistoryModel::setAreaId(Id area)
{
    if (area == m_area)
        return;
    m_area = area;
    refilter();
}

bool ClassificationHistoryModel::belongsHere(Id entry) const
{
    const AreaClassification *c = plan().find<AreaClassification>(entry);
    return m_area != NoId && c && c->areaId == m_area;
}

void ClassificationHistoryModel::reloading()
{
    if (!plan().find<Area>(m_area))
        m_area = NoId;
}

int ClassificationHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClassificationHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AreaClassification *c = plan().find<AreaClassification>(entryAt(index.row()));
    if (!c || (role != Qt::DisplayRole && role != Qt::EditRole))
        return {};
    const bool edit = role == Qt::EditRole;
    switch (Column(index.column())) {
    case FromColumn:
        return edit ? QVariant(c->from.isValid() ? c->from : today()) : QVariant(c->from.toString(Qt::ISODate));
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
    return editableFlags(index);
}

bool ClassificationHistoryModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!startEdit(index, role))
        return false;
    QString field;
    QVariant newValue;
    switch (Column(index.column())) {
    case FromColumn: {
        const QDate date = value.typeId() == QMetaType::QDate ? value.toDate()
                                                              : QDate::fromString(value.toString().trimmed(), Qt::ISODate);
        if (!date.isValid())
            return refuse(tr("\"%1\" is not a date (YYYY-MM-DD).").arg(value.toString()));
        field = columns::from_date;
        newValue = date;
        break;
    }
    case ClassificationColumn: {
        bool isNumber = false;
        int classification = value.toInt(&isNumber);
        if (!isNumber)
            classification = int(Labels::enumValues(EntityKind::AreaClassification, columns::classification)
                                     .indexOf(value.toString()));
        if (classification < 0 || classification > int(Classification::EspeciallyVulnerable))
            return refuse(tr("\"%1\" is not a classification.").arg(value.toString()));
        field = columns::classification;
        newValue = classification;
        break;
    }
    case SourceColumn:
        field = columns::source;
        newValue = value.toString().trimmed();
        break;
    case ColumnCount:
        return false;
    }
    return setField(entryAt(index.row()), field, newValue);
}

void ClassificationHistoryModel::rowChanged(int row, int field)
{
    const KindInfo &info = kindInfo(EntityKind::AreaClassification);
    static const int fromField = info.fieldIndex(columns::from_date);
    static const int classificationField = info.fieldIndex(columns::classification);
    static const int sourceField = info.fieldIndex(columns::source);
    const int column = field == fromField             ? FromColumn
                       : field == classificationField ? ClassificationColumn
                       : field == sourceField         ? SourceColumn
                                                      : -1;
    if (column >= 0)
        Q_EMIT dataChanged(index(row, column), index(row, column));
}

void ClassificationHistoryModel::otherEntityChanged(EntityKind kind, Id id, Change change, int)
{
    if (kind == EntityKind::Area && change == Change::Removed && id == m_area)
        setAreaId(NoId); // its entries went first (cascade); nothing is left to show
}

} // namespace horisont
