#include "models/organisationmodel.h"

#include "document/plandocument.h"
#include "edit/commands.h"
#include "labels/labels.h"
#include "model/schema.h"

#include <algorithm>

namespace horisont {

OrganisationModel::OrganisationModel(PlanDocument &document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    rebuild();
    const Plan &plan = document.plan();
    connect(&plan, &Plan::aboutToReset, this, [this] { beginResetModel(); });
    connect(&plan, &Plan::reset, this, [this] {
        rebuild();
        endResetModel();
    });
    connect(&plan, &Plan::inserted, this, &OrganisationModel::onInserted);
    connect(&plan, &Plan::aboutToRemove, this, &OrganisationModel::onAboutToRemove);
    connect(&plan, &Plan::changed, this, &OrganisationModel::onChanged);
}

QString OrganisationModel::fieldName(Column column)
{
    switch (column) {
    case Name: return QStringLiteral("name");
    case ShortName: return QStringLiteral("short_name");
    case Kind: return QStringLiteral("kind");
    case Code: return QStringLiteral("code");
    case PartOf: return QStringLiteral("parent_id");
    case ColumnCount: break;
    }
    return {};
}

void OrganisationModel::rebuild()
{
    m_organisations.clear();
    for (const Organisation &o : m_document.plan().all<Organisation>())
        m_organisations.push_back(o.id); // the table keeps them in id order
}

int OrganisationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_organisations.size());
}

int OrganisationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Id OrganisationModel::organisationAt(int row) const
{
    return row >= 0 && row < int(m_organisations.size()) ? m_organisations[std::size_t(row)] : NoId;
}

int OrganisationModel::rowOf(Id organisation) const
{
    const auto it = std::lower_bound(m_organisations.begin(), m_organisations.end(), organisation);
    return it == m_organisations.end() || *it != organisation ? -1 : int(it - m_organisations.begin());
}

QVariant OrganisationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Organisation *o = m_document.plan().find<Organisation>(organisationAt(index.row()));
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
        return o->parentId == NoId ? QString() : Labels::entityName(m_document.plan(), EntityKind::Organisation, o->parentId);
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
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!m_document.isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

bool OrganisationModel::isPartOf(Id organisation, Id ancestor) const
{
    const Plan &plan = m_document.plan();
    // Walk up at most once per organisation, so a damaged cycle cannot hang.
    Id current = organisation;
    for (std::size_t steps = 0; current != NoId && steps <= m_organisations.size(); ++steps) {
        if (current == ancestor)
            return true;
        const Organisation *o = plan.find<Organisation>(current);
        current = o ? o->parentId : NoId;
    }
    return false;
}

QList<Id> OrganisationModel::possibleParents(Id organisation) const
{
    QList<Id> result;
    for (Id id : m_organisations) {
        if (id != organisation && !isPartOf(id, organisation))
            result.append(id);
    }
    return result;
}

bool OrganisationModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    m_lastError.clear();
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (m_document.isReadOnly()) {
        m_lastError = m_document.readOnlyReason();
        return false;
    }
    const Id id = organisationAt(index.row());
    QVariant newValue;
    switch (Column(index.column())) {
    case Name:
        newValue = value.toString().trimmed();
        if (newValue.toString().isEmpty()) {
            m_lastError = tr("An organisation needs a name.");
            return false;
        }
        break;
    case ShortName:
    case Code:
        newValue = value.toString().trimmed();
        break;
    case Kind: {
        bool isNumber = false;
        int kind = value.toInt(&isNumber);
        if (!isNumber)
            kind = int(Labels::enumValues(EntityKind::Organisation, QStringLiteral("kind")).indexOf(value.toString()));
        if (kind < 0 || kind > int(OrganisationKind::ExternalPartner)) {
            m_lastError = tr("\"%1\" is not a kind of organisation.").arg(value.toString());
            return false;
        }
        newValue = kind;
        break;
    }
    case PartOf: {
        const Id parent = value.isNull() ? NoId : Id(value.toLongLong());
        if (parent != NoId && !m_document.plan().find<Organisation>(parent)) {
            m_lastError = tr("There is no such organisation.");
            return false;
        }
        if (parent != NoId && (parent == id || isPartOf(parent, id))) {
            m_lastError = tr("An organisation cannot be part of itself or of one of its own parts.");
            return false;
        }
        newValue = qlonglong(parent);
        break;
    }
    case ColumnCount:
        return false;
    }
    QString error;
    EditCommand *command = commands::setField(m_document, EntityKind::Organisation, id,
                                              fieldName(Column(index.column())), newValue, &error);
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

void OrganisationModel::onInserted(EntityKind kind, Id id)
{
    if (kind != EntityKind::Organisation)
        return;
    const auto it = std::lower_bound(m_organisations.begin(), m_organisations.end(), id);
    const int row = int(it - m_organisations.begin());
    beginInsertRows({}, row, row);
    m_organisations.insert(it, id);
    endInsertRows();
}

void OrganisationModel::onAboutToRemove(EntityKind kind, Id id)
{
    if (kind != EntityKind::Organisation)
        return;
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_organisations.erase(m_organisations.begin() + row);
    endRemoveRows();
}

void OrganisationModel::onChanged(EntityKind kind, Id id, int field)
{
    if (kind != EntityKind::Organisation)
        return;
    const int row = rowOf(id);
    const QString name = kindInfo(EntityKind::Organisation).fields.value(field).name;
    int column = -1;
    for (int c = 0; c < ColumnCount; ++c) {
        if (fieldName(Column(c)) == name)
            column = c;
    }
    if (row < 0 || column < 0)
        return;
    Q_EMIT dataChanged(index(row, column), index(row, column));
    if (column != Name)
        return;
    // Its parts show its name in "Part of".
    const Plan &plan = m_document.plan();
    for (int r = 0; r < int(m_organisations.size()); ++r) {
        const Organisation *o = plan.find<Organisation>(m_organisations[std::size_t(r)]);
        if (o && o->parentId == id)
            Q_EMIT dataChanged(index(r, PartOf), index(r, PartOf));
    }
}

} // namespace horisont
