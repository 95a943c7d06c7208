#include "models/organisationmodel.h"

#include "document/plandocument.h"
#include "labels/labels.h"
#include "model/schema.h"

namespace horisont {

OrganisationModel::OrganisationModel(PlanDocument &document, QObject *parent)
    : EntityRowsModel(document, EntityKind::Organisation, parent)
{
}

QString OrganisationModel::fieldName(Column column)
{
    switch (column) {
    case Name: return columns::name;
    case ShortName: return columns::short_name;
    case Kind: return columns::kind;
    case Code: return columns::code;
    case PartOf: return columns::parent_id;
    case ColumnCount: break;
    }
    return {};
}

int OrganisationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrganisationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Organisation *o = plan().find<Organisation>(organisationAt(index.row()));
    if (!o || (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole))
        return {};
    const bool edit = role == Qt::EditRole;
    switch (Column(index.column())) {
    case Name: return o->name;
    case ShortName: return o->shortName;
    case Kind: return edit ? QVariant(int(o->kind)) : QVariant(Labels::organisationKind(o->kind));
    case Code: return o->code;
    case PartOf:
        if (edit)
            return qlonglong(o->parentId);
        return o->parentId == NoId ? QString() : Labels::entityName(plan(), EntityKind::Organisation, o->parentId);
    case ColumnCount: break;
    }
    return {};
}

QVariant OrganisationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    return Labels::field(EntityKind::Organisation, fieldName(Column(section)));
}

Qt::ItemFlags OrganisationModel::flags(const QModelIndex &index) const
{
    return editableFlags(index);
}

bool OrganisationModel::isPartOf(Id organisation, Id ancestor) const
{
    // Walk up at most once per organisation, so a damaged cycle cannot hang.
    Id current = organisation;
    for (std::size_t steps = 0; current != NoId && steps <= ids().size(); ++steps) {
        if (current == ancestor)
            return true;
        const Organisation *o = plan().find<Organisation>(current);
        current = o ? o->parentId : NoId;
    }
    return false;
}

QList<Id> OrganisationModel::possibleParents(Id organisation) const
{
    QList<Id> result;
    for (Id id : ids()) {
        if (id != organisation && !isPartOf(id, organisation))
            result.append(id);
    }
    return result;
}

bool OrganisationModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!startEdit(index, role))
        return false;
    const Id id = organisationAt(index.row());
    QVariant newValue;
    switch (Column(index.column())) {
    case Name:
        newValue = value.toString().trimmed();
        if (newValue.toString().isEmpty())
            return refuse(tr("An organisation needs a name."));
        break;
    case ShortName:
    case Code:
        newValue = value.toString().trimmed();
        break;
    case Kind: {
        bool isNumber = false;
        int kind = value.toInt(&isNumber);
        if (!isNumber)
            kind = int(Labels::enumValues(EntityKind::Organisation, columns::kind).indexOf(value.toString()));
        if (kind < 0 || kind > int(OrganisationKind::ExternalPartner))
            return refuse(tr("\"%1\" is not a kind of organisation.").arg(value.toString()));
        newValue = kind;
        break;
    }
    case PartOf: {
        const Id parent = value.isNull() ? NoId : Id(value.toLongLong());
        if (parent != NoId && !plan().find<Organisation>(parent))
            return refuse(tr("There is no such organisation."));
        if (parent != NoId && (parent == id || isPartOf(parent, id)))
            return refuse(tr("An organisation cannot be part of itself or of one of its own parts."));
        newValue = qlonglong(parent);
        break;
    }
    case ColumnCount:
        return false;
    }
    return setField(id, fieldName(Column(index.column())), newValue);
}

void OrganisationModel::rowChanged(int row, int field)
{
    const QString name = kindInfo(EntityKind::Organisation).fields.value(field).name;
    int column = -1;
    for (int c = 0; c < ColumnCount; ++c) {
        if (fieldName(Column(c)) == name)
            column = c;
    }
    if (column < 0)
        return;
    Q_EMIT dataChanged(index(row, column), index(row, column));
    if (column != Name)
        return;
    // Its parts show its name in "Part of".
    const Id id = organisationAt(row);
    for (int r = 0; r < rowCount(); ++r) {
        const Organisation *o = plan().find<Organisation>(organisationAt(r));
        if (o && o->parentId == id)
            Q_EMIT dataChanged(index(r, PartOf), index(r, PartOf));
    }
}

} // namespace horisont
