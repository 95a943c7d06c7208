#include "models/entitytablemodel.h"

#include "properties/fieldeditor.h"
#include "model/halfopen.h"

#include "document/plandocument.h"
#include "labels/labels.h"
#include "model/schema.h"

#include <QLocale>

namespace horisont {

EntityTableModel::EntityTableModel(PlanDocument &document, EntityKind kind, const QStringList &fields, QObject *parent)
    : EntityRowsModel(document, kind, parent), m_fields(fields)
{
}

int EntityTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

QString EntityTableModel::text(Id id, int column) const
{
    const std::optional<Record> r = plan().record(kind(), id);
    const KindInfo &info = kindInfo(kind());
    const int f = info.fieldIndex(m_fields.at(column));
    if (!r || f < 0)
        return {};
    const QVariant value = r->values.at(f);
    const FieldMeta &meta = info.fields.at(f);
    if (value.isNull())
        return {};
    switch (meta.type) {
    case FieldType::Reference:
        return Labels::entityName(plan(), meta.references, value.toLongLong());
    case FieldType::Enum: {
        const QStringList names = Labels::enumValues(kind(), meta.name);
        return names.value(value.toInt(), value.toString());
    }
    case FieldType::Money:
        return Money::fromOre(value.toLongLong()).format(QLocale());
    case FieldType::Date: {
        QDate date;
        storage::from(value, date);
        return isoDate(FieldEditor::isExclusiveEnd(meta.name) ? lastDayBefore(date) : date);
    }
    default:
        return value.toString().section(QLatin1Char('\n'), 0, 0);
    }
}

QVariant EntityTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    return text(idAt(index.row()), index.column());
}

QVariant EntityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return Labels::field(kind(), m_fields.value(section));
}

} // namespace horisont
