// The grid's cells as views see them (amounts, decided state, tooltips,
// headers) and as the user edits them; the bookkeeping that keeps the sums
// current is in allocationgridmodel.cpp.
#include "models/allocationgridmodel.h"

#include "document/plandocument.h"
#include "edit/commands.h"
#include "labels/labels.h"

#include <QColor>
#include <QFont>
#include <QLocale>
#include <QMap>

#include <algorithm>

namespace horisont {

int AllocationGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rowIds.size()) + 1;
}

int AllocationGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : std::max(0, m_lastYear - m_firstYear + 1) + 1;
}

int AllocationGridModel::yearAt(int column) const
{
    return column >= 0 && column < totalColumn() ? m_firstYear + column : 0;
}

int AllocationGridModel::columnOfYear(int year) const
{
    return inYears(year) ? year - m_firstYear : -1;
}

Id AllocationGridModel::rowEntity(int row) const
{
    return row >= 0 && row < int(m_rowIds.size()) ? m_rowIds[std::size_t(row)] : NoId;
}

allocations::Cell AllocationGridModel::cellAt(const QModelIndex &index) const
{
    allocations::Cell cell;
    if (!index.isValid() || isTotalRow(index.row()) || isTotalColumn(index.column()))
        return cell;
    const Id entity = rowEntity(index.row());
    cell.year = yearAt(index.column());
    cell.allocations = m_cells.value({entity, cell.year});
    cell.sourceId = m_source;
    if (m_rows == Rows::ByIntervention) {
        cell.interventionId = entity;
        cell.organisationId = allocations::accountableOrganisation(m_document.plan(), entity);
    } else {
        cell.organisationId = entity;
    }
    return cell;
}

QList<Id> AllocationGridModel::allocationsAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    const bool totalRowHit = isTotalRow(index.row());
    const bool totalColumnHit = isTotalColumn(index.column());
    if (!totalRowHit && !totalColumnHit)
        return m_cells.value({rowEntity(index.row()), yearAt(index.column())});
    QList<Id> ids;
    const Id entity = rowEntity(index.row());
    const int year = yearAt(index.column());
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        const CellKey &c = it->cell;
        if (inYears(c.year) && (totalRowHit || c.row == entity) && (totalColumnHit || c.year == year))
            ids.append(it.key());
    }
    return ids;
}

QString AllocationGridModel::cellName(const QModelIndex &index) const
{
    const QString row = headerData(index.row(), Qt::Vertical).toString();
    const QString column = headerData(index.column(), Qt::Horizontal).toString();
    return tr("%1, %2").arg(row, column);
}

QVariant AllocationGridModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bool total = isTotalRow(index.row()) || isTotalColumn(index.column());
    const CellKey key{rowEntity(index.row()), yearAt(index.column())};
    qint64 ore = 0;
    if (isTotalRow(index.row()))
        ore = isTotalColumn(index.column()) ? m_total : m_yearTotals.value(key.year);
    else if (isTotalColumn(index.column()))
        ore = m_rowTotals.value(key.row);
    else
        ore = m_sums.value(key);
    const bool empty = !total && !m_cells.contains(key);
    const Plan &plan = m_document.plan();

    auto decidedState = [&] {
        if (total || empty)
            return Decided::None;
        int decided = 0;
        const QList<Id> ids = m_cells.value(key);
        for (Id id : ids) {
            const Allocation *a = plan.find<Allocation>(id);
            decided += a && a->status == AllocationStatus::Decided;
        }
        return decided == 0 ? Decided::None : (decided == ids.size() ? Decided::All : Decided::Partly);
    };

    switch (role) {
    case Qt::DisplayRole:
        return empty ? QString() : Money::fromOre(ore).format(QLocale(), Money::Style::Plain);
    case Qt::EditRole:
        return empty ? QString() : Money::fromOre(ore).format(QLocale(), Money::Style::Plain);
    case AmountRole:
        return qlonglong(ore);
    case DecidedRole:
        return int(decidedState());
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole: {
        const Decided d = decidedState();
        if (!total && d == Decided::None)
            return {};
        QFont font;
        font.setBold(total || d == Decided::All);
        font.setItalic(d == Decided::Partly);
        return font;
    }
    case Qt::BackgroundRole:
        if (total)
            return QColor(0, 0, 0, 18);
        switch (decidedState()) {
        case Decided::All:
            return QColor(46, 125, 50, 60); // green: money a decision rests on
        case Decided::Partly:
            return QColor(46, 125, 50, 28);
        case Decided::None:
            break;
        }
        return {};
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        const QString amount = Money::fromOre(ore).format(QLocale());
        QStringList lines{tr("%1: %2").arg(cellName(index), empty ? tr("nothing allocated") : amount)};
        if (total || empty)
            return lines.join(QLatin1Char('\n'));
        int planned = 0;
        QMap<QString, int> decisions;
        for (Id id : m_cells.value(key)) {
            const Allocation *a = plan.find<Allocation>(id);
            if (!a)
                continue;
            if (a->status == AllocationStatus::Decided)
                ++decisions[a->decisionId == NoId ? tr("no decision given")
                                                  : Labels::entityName(plan, EntityKind::Decision, a->decisionId)];
            else
                ++planned;
        }
        for (auto it = decisions.cbegin(); it != decisions.cend(); ++it)
            lines << tr("Decided (%n allocation(s)): %1", nullptr, it.value()).arg(it.key());
        if (planned > 0)
            lines << tr("Planned: %n allocation(s)", nullptr, planned);
        return lines.join(QLatin1Char('\n'));
    }
    default:
        return {};
    }
}

QVariant AllocationGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    if (orientation == Qt::Horizontal)
        return isTotalColumn(section) ? tr("Total") : QString::number(yearAt(section));
    if (isTotalRow(section))
        return tr("Total");
    const Id entity = rowEntity(section);
    const Plan &plan = m_document.plan();
    if (entity == NoId)
        return m_rows == Rows::ByIntervention ? tr("(no intervention)") : tr("(no organisation)");
    if (m_rows == Rows::ByIntervention) {
        const Intervention *i = plan.find<Intervention>(entity);
        if (!i)
            return {};
        return i->code.isEmpty() ? i->name : i->code + QLatin1Char(' ') + i->name;
    }
    const Organisation *o = plan.find<Organisation>(entity);
    return o ? o->name : QVariant();
}

Qt::ItemFlags AllocationGridModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_document.isReadOnly() || isTotalRow(index.row()) || isTotalColumn(index.column()))
        return f;
    const CellKey key{rowEntity(index.row()), yearAt(index.column())};
    // A new allocation needs a source (choose one first) and a row to belong to.
    const bool canAdd = m_source != NoId && key.row != NoId;
    if (canAdd || m_cells.contains(key))
        f |= Qt::ItemIsEditable;
    return f;
}

bool AllocationGridModel::refuse(const QString &message)
{
    m_lastError = message;
    Q_EMIT editRefused(message);
    return false;
}

bool AllocationGridModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const QString text = value.toString().trimmed();
    const QString decimal = QLocale().decimalPoint();
    const std::optional<Money> amount =
        text.isEmpty() ? std::optional<Money>(Money()) : Money::parse(text, decimal.isEmpty() ? QChar() : decimal.at(0));
    if (!amount)
        return refuse(tr("%1: \"%2\" is not an amount; type it like %3. Nothing was changed.")
                          .arg(cellName(index), text, Money::fromKronor(150000).format(QLocale(), Money::Style::Plain)));
    QString error;
    EditCommand *command = allocations::setCell(m_document, cellAt(index), *amount, m_reason, &error);
    if (!command) {
        if (error == commands::unchangedMessage())
            return true;
        return refuse(tr("%1: %2").arg(cellName(index), error));
    }
    if (!m_document.execute(command))
        return refuse(tr("%1: %2").arg(cellName(index), m_document.lastError()));
    m_lastError.clear();
    return true;
}

} // namespace horisont
