#include "models/entitytablemodel.h"

#include "document/plandocument.h"
#include "labels/labels.h"
#include "model/schema.h"

#include <QLocale>

#include <algorithm>

namespace horisont {

EntityTableModel::EntityTableModel(PlanDocument &document, EntityKind kind, const QStringList &fields, QObject *parent)
    : QAbstractTableModel(parent), m_document(document), m_kind(kind), m_fields(fields)
{
    auto load = [this] {
        m_ids.clear();
        withKind(m_kind, [&]<class T>() {
            for (const T &e : m_document.plan().all<T>())
                m_ids.push_back(e.id);
        });
    };
    load();
    const Plan &plan = document.plan();
    connect(&plan, &Plan::aboutToReset, this, [this] { beginResetModel(); });
    connect(&plan, &Plan::reset, this, [this, load] {
        load();
        endResetModel();
    });
    connect(&plan, &Plan::inserted, this, [this](EntityKind kind, Id id) {
        if (kind != m_kind)
            return;
        const int row = int(std::lower_bound(m_ids.begin(), m_ids.end(), id) - m_ids.begin());
        beginInsertRows({}, row, row);
        m_ids.insert(m_ids.begin() + row, id);
        endInsertRows();
    });
    connect(&plan, &Plan::removed, this, [this](EntityKind kind, Id id) {
        const int row = kind == m_kind ? rowOf(id) : -1;
        if (row < 0)
            return;
        beginRemoveRows({}, row, row);
        m_ids.erase(m_ids.begin() + row);
        endRemoveRows();
    });
    connect(&plan, &Plan::changed, this, [this](EntityKind kind, Id id) {
        const int row = kind == m_kind ? rowOf(id) : -1;
        if (row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    });
}

int EntityTableModel::rowOf(Id id) const
{
    const auto it = std::lower_bound(m_ids.begin(), m_ids.end(), id);
    return it != m_ids.end() && *it == id ? int(it - m_ids.begin()) : -1;
}

int EntityTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int EntityTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

QString EntityTableModel::text(Id id, int column) const
{
    const std::optional<Record> r = m_document.plan().record(m_kind, id);
    const KindInfo &info = kindInfo(m_kind);
    const int f = info.fieldIndex(m_fields.at(column));
    if (!r || f < 0)
        return {};
    const QVariant value = r->values.at(f);
    const FieldMeta &meta = info.fields.at(f);
    if (value.isNull())
        return {};
    switch (meta.type) {
    case FieldType::Reference:
        return Labels::entityName(m_document.plan(), meta.references, value.toLongLong());
    case FieldType::Enum: {
        const QStringList names = Labels::enumValues(m_kind, meta.name);
        return names.value(value.toInt(), value.toString());
    }
    case FieldType::Money:
        return Money::fromOre(value.toLongLong()).format(QLocale());
    case FieldType::Date: {
        QDate date;
        storage::from(value, date);
        // Exclusive ends are shown as the last day, as everywhere else.
        return (meta.name == QLatin1String("end") || meta.name == QLatin1String("valid_until") ? date.addDays(-1) : date)
            .toString(Qt::ISODate);
    }
    default:
        return value.toString().section(QLatin1Char('\n'), 0, 0);
    }
}

QVariant EntityTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    return text(m_ids.at(std::size_t(index.row())), index.column());
}

QVariant EntityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return Labels::field(m_kind, m_fields.value(section));
}

} // namespace horisont
