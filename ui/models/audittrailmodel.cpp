#include "models/audittrailmodel.h"

#include "document/plandocument.h"
#include "labels/labels.h"
#include "model/schema.h"
#include "models/changelogformatter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimer>

namespace horisont {
namespace {

/// The amount a logged value holds: a money field's value, or the amount
/// (or ceiling) of a whole item created or removed.
std::optional<Money> amountOf(const ChangeLogEntry &e, bool before)
{
    const int kind = kindFromTable(e.entity);
    if (kind < 0 || !(before ? e.hasOld : e.hasNew))
        return std::nullopt;
    if (e.field.isEmpty()) {
        const QJsonObject record = QJsonDocument::fromJson((before ? e.oldValue : e.newValue).toUtf8()).object();
        for (const QString key : {columns::amount, columns::ceiling}) {
            if (record.contains(key) && !record.value(key).isNull())
                return Money::fromOre(record.value(key).toVariant().toLongLong());
        }
        return std::nullopt;
    }
    const KindInfo &info = kindInfo(EntityKind(kind));
    const int field = info.fieldIndex(e.field);
    if (field < 0 || info.fields[field].type != FieldType::Money)
        return std::nullopt;
    return Money::fromOre((before ? e.oldValue : e.newValue).toLongLong());
}

} // namespace

AuditTrailModel::AuditTrailModel(PlanDocument &document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    refresh();
    const Plan &plan = document.plan();
    auto budgetKind = [this](EntityKind kind) {
        const QString table = kindInfo(kind).table;
        if (table == QLatin1String("funding_source") || table == QLatin1String("allocation")
            || table == QLatin1String("forecast"))
            scheduleRefresh();
    };
    connect(&plan, &Plan::inserted, this, budgetKind);
    connect(&plan, &Plan::removed, this, budgetKind);
    connect(&plan, &Plan::changed, this, budgetKind);
    connect(&plan, &Plan::reset, this, &AuditTrailModel::scheduleRefresh);
    connect(&document, &PlanDocument::ledgerTotalsChanged, this, &AuditTrailModel::scheduleRefresh);
}

void AuditTrailModel::setFilter(const AuditFilter &filter)
{
    m_filter = filter;
    refresh();
}

void AuditTrailModel::scheduleRefresh()
{
    if (m_refreshQueued)
        return;
    m_refreshQueued = true;
    QTimer::singleShot(0, this, [this] {
        if (m_refreshQueued)
            refresh();
    });
}

void AuditTrailModel::refresh()
{
    m_refreshQueued = false;
    beginResetModel();
    m_entries = budgetAuditTrail(m_document.store(), m_document.plan(), m_filter);
    m_rows.clear();
    m_rows.reserve(m_entries.size());
    for (const AuditEntry &e : m_entries)
        m_rows.push_back(format(e));
    endResetModel();
}

AuditTrailModel::Row AuditTrailModel::format(const AuditEntry &entry) const
{
    const ChangeLogFormatter formatter(m_document.plan());
    const ChangeLogEntry &e = entry.change;
    const QLocale locale;
    Row row;
    row.texts[WhenColumn] = locale.toString(e.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
    row.texts[WhoColumn] = e.user;
    if (entry.type != AuditEntry::Type::Change) {
        // A removal shows what left the ledger where an amount was before.
        const bool removed = entry.type == AuditEntry::Type::ImportRemoved;
        row.texts[ActionColumn] = removed ? tr("Ledger import removed") : tr("Ledger import");
        row.texts[ItemColumn] = tr("Ledger import: %1").arg(entry.fileName);
        row.texts[FieldColumn] = removed ? tr("%n row(s) removed", nullptr, int(entry.rowsImported))
                                         : tr("%n row(s) imported", nullptr, int(entry.rowsImported));
        row.texts[removed ? BeforeColumn : AfterColumn] = entry.total.format(locale);
        (removed ? row.before : row.after) = entry.total;
        return row;
    }
    // An edit is the command's name; only an undo or a redo says so.
    row.texts[ActionColumn] = e.action == QLatin1String("do")
                                  ? e.command.toString()
                                  : tr("%1: %2").arg(ChangeLogFormatter::action(e.action), e.command.toString());
    const int kind = kindFromTable(e.entity);
    const QString kindName = kind >= 0 ? Labels::kind(EntityKind(kind)) : e.entity;
    row.texts[ItemColumn] = entry.itemName.isEmpty() ? tr("%1 #%2").arg(kindName).arg(e.entityId)
                                                     : tr("%1: %2").arg(kindName, entry.itemName);
    row.texts[FieldColumn] = formatter.field(e);
    row.texts[ReasonColumn] = e.reason;
    row.before = amountOf(e, true);
    row.after = amountOf(e, false);
    // A whole allocation created or removed reads best as its amount.
    const bool wholeItem = e.field.isEmpty();
    row.texts[BeforeColumn] = wholeItem && row.before ? row.before->format(locale) : formatter.value(e, true);
    row.texts[AfterColumn] = wholeItem && row.after ? row.after->format(locale) : formatter.value(e, false);
    return row;
}

int AuditTrailModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditTrailModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTrailModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return row.texts[index.column()];
    case SortRole:
        if (index.column() == WhenColumn) // the time, then the order written
            return QStringLiteral("%1 %2").arg(m_entries[std::size_t(index.row())].change.at.toString(Qt::ISODateWithMs))
                .arg(index.row(), 8, 10, QLatin1Char('0'));
        if (index.column() == BeforeColumn && row.before)
            return qlonglong(row.before->ore());
        if (index.column() == AfterColumn && row.after)
            return qlonglong(row.after->ore());
        return row.texts[index.column()];
    case Qt::TextAlignmentRole:
        if ((index.column() == BeforeColumn && row.before) || (index.column() == AfterColumn && row.after))
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant AuditTrailModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return {};
    switch (section) {
    case WhenColumn: return tr("When");
    case WhoColumn: return tr("Who");
    case ActionColumn: return tr("What was done");
    case ItemColumn: return tr("Item");
    case FieldColumn: return tr("Field");
    case BeforeColumn: return tr("Before");
    case AfterColumn: return tr("After");
    case ReasonColumn: return tr("Reason");
    default: return {};
    }
}

ExportTable AuditTrailModel::exportTable(const std::vector<int> &rows) const
{
    ExportTable table;
    table.name = QStringLiteral("audit-trail");
    table.title = tr("Audit trail");
    for (int c = 0; c < ColumnCount; ++c)
        table.header << headerData(c, Qt::Horizontal).toString();
    for (int r : rows) {
        const Row &row = m_rows[std::size_t(r)];
        std::vector<ExportCell> cells;
        for (int c = 0; c < ColumnCount; ++c) {
            if (c == BeforeColumn && row.before)
                cells.emplace_back(*row.before);
            else if (c == AfterColumn && row.after)
                cells.emplace_back(*row.after);
            else if (row.texts[c].isEmpty())
                cells.emplace_back(std::monostate{});
            else
                cells.emplace_back(row.texts[c]);
        }
        table.rows.push_back(std::move(cells));
    }
    return table;
}

} // namespace horisont
