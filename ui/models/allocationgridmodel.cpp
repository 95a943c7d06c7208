#include "models/allocationgridmodel.h"

#include "access/rolegate.h"
#include "budget/budgetcalendar.h"
#include "document/plandocument.h"
#include "edit/commands.h"
#include "model/schema.h"
#include "models/allocationdecisions.h"

#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>

namespace horisont {

AllocationGridModel::AllocationGridModel(PlanDocument &document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document), m_rows(document.plan())
{
    rebuild();
    const Plan &plan = document.plan();
    connect(&plan, &Plan::aboutToReset, this, [this] { beginResetModel(); });
    connect(&plan, &Plan::reset, this, [this] {
        rebuild();
        endResetModel();
    });
    connect(&plan, &Plan::inserted, this, &AllocationGridModel::onInserted);
    connect(&plan, &Plan::aboutToRemove, this, &AllocationGridModel::onAboutToRemove);
    connect(&plan, &Plan::removed, this, &AllocationGridModel::onRemoved);
    connect(&plan, &Plan::changed, this, &AllocationGridModel::onChanged);
}

void AllocationGridModel::setRows(Rows rows)
{
    if (rows == m_rows.grouping())
        return;
    m_rows.setGrouping(rows);
    reset();
}

void AllocationGridModel::setSource(Id source)
{
    if (source == m_source)
        return;
    m_source = source;
    reset();
}

void AllocationGridModel::reset()
{
    beginResetModel();
    rebuild();
    endResetModel();
}

void AllocationGridModel::rebuild()
{
    // The columns are the budget years of the horizon: the years the plan is
    // for. An allocation outside them stays in the totals (and is a finding).
    const BudgetYears years = BudgetCalendar::planYears(m_document.plan());
    m_pivot.clear(years.first, years.last);
    m_rows.rebuild();
    for (const Allocation &a : m_document.plan().all<Allocation>())
        add(a.id, false);
    if (m_pivot.unassignedCount() > 0)
        m_rows.appendUnassigned();
}

void AllocationGridModel::resortRows()
{
    Q_EMIT layoutAboutToBeChanged();
    const QModelIndexList before = persistentIndexList();
    std::vector<Id> ids;
    for (const QModelIndex &i : before)
        ids.push_back(isTotalRow(i.row()) ? Id(-1) : rowEntity(i.row()));
    m_rows.sort();
    QModelIndexList after;
    for (std::size_t k = 0; k < ids.size(); ++k)
        after << index(ids[k] == Id(-1) ? totalRow() : rowOf(ids[k]), before[qsizetype(k)].column());
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged();
}

void AllocationGridModel::add(Id allocation, bool announceIt)
{
    const Allocation *a = m_document.plan().find<Allocation>(allocation);
    if (!a || (m_source != NoId && a->sourceId != m_source))
        return;
    const AllocationPivot::Cell cell{m_rows.entityOf(*a), a->year};
    // rebuild() adds the "not assigned" row itself, inside its model reset.
    if (announceIt && cell.row == NoId && m_pivot.unassignedCount() == 0)
        setUnassignedRowShown(true);
    m_pivot.add(a->id, cell, a->amount.ore());
    if (announceIt)
        announce(cell);
}

void AllocationGridModel::subtract(Id allocation, bool announceIt)
{
    const std::optional<AllocationPivot::Cell> cell = m_pivot.subtract(allocation);
    if (!cell)
        return;
    if (announceIt)
        announce(*cell);
    if (cell->row == NoId && m_pivot.unassignedCount() == 0)
        setUnassignedRowShown(false);
}

void AllocationGridModel::setUnassignedRowShown(bool shown)
{
    const int row = m_rows.count() - (shown ? 0 : 1);
    if (shown) {
        beginInsertRows({}, row, row);
        m_rows.appendUnassigned();
        endInsertRows();
    } else if (m_rows.showsUnassigned()) {
        beginRemoveRows({}, row, row);
        m_rows.remove(row);
        endRemoveRows();
    }
}

void AllocationGridModel::announce(const AllocationPivot::Cell &cell)
{
    const int row = rowOf(cell.row);
    const int column = columnOfYear(cell.year);
    const QModelIndex grand = index(totalRow(), totalColumn());
    if (row >= 0 && column >= 0)
        Q_EMIT dataChanged(index(row, column), index(row, column));
    if (row >= 0)
        Q_EMIT dataChanged(index(row, totalColumn()), index(row, totalColumn()));
    if (column >= 0)
        Q_EMIT dataChanged(index(totalRow(), column), index(totalRow(), column));
    Q_EMIT dataChanged(grand, grand);
}

void AllocationGridModel::onInserted(EntityKind kind, Id id)
{
    if (kind == EntityKind::Allocation) {
        add(id, true);
    } else if (m_rows.areRows(kind)) {
        const int row = m_rows.sortedRowFor(id);
        beginInsertRows({}, row, row);
        m_rows.insert(row, id);
        endInsertRows();
    }
}

void AllocationGridModel::onAboutToRemove(EntityKind kind, Id id)
{
    const int row = rowOf(id);
    if (!m_rows.areRows(kind) || row < 0)
        return;
    // Its allocations went first (they depend on it), so the row is empty.
    beginRemoveRows({}, row, row);
    m_rows.remove(row);
    endRemoveRows();
}

void AllocationGridModel::onRemoved(EntityKind kind, Id id)
{
    if (kind == EntityKind::Allocation)
        subtract(id, true);
}

void AllocationGridModel::onChanged(EntityKind kind, Id id, int field)
{
    switch (kind) {
    case EntityKind::Allocation:
        subtract(id, true);
        add(id, true);
        return;
    case EntityKind::Programme:
        if (field == fieldIndex(kind, columns::start) || field == fieldIndex(kind, columns::horizon_end)
            || field == fieldIndex(kind, columns::fiscal_year_start_month))
            reset();
        return;
    case EntityKind::Activity:
        // Allocations on an activity alone belong to its intervention's row.
        if (field == fieldIndex(kind, columns::intervention_id) && rows() == Rows::ByIntervention)
            reset();
        return;
    default:
        if (m_rows.orderDependsOn(kind, field))
            resortRows();
        else if (const int row = rowOf(id); m_rows.areRows(kind) && row >= 0)
            Q_EMIT headerDataChanged(Qt::Vertical, row, row);
        return;
    }
}

int AllocationGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.count() + 1;
}

int AllocationGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : std::max(0, totalColumn()) + 1;
}

int AllocationGridModel::yearAt(int column) const
{
    return column >= 0 && column < totalColumn() ? firstYear() + column : 0;
}

int AllocationGridModel::columnOfYear(int year) const
{
    return inYears(year) ? year - firstYear() : -1;
}

Id AllocationGridModel::rowEntity(int row) const
{
    return m_rows.at(row);
}

allocations::Cell AllocationGridModel::cellAt(const QModelIndex &index) const
{
    allocations::Cell cell;
    if (!index.isValid() || isTotalRow(index.row()) || isTotalColumn(index.column()))
        return cell;
    const Id entity = rowEntity(index.row());
    cell.year = yearAt(index.column());
    cell.allocations = m_pivot.allocationsIn({entity, cell.year});
    cell.sourceId = m_source;
    if (rows() == Rows::ByIntervention) {
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
    const AllocationPivot::Cell cell{rowEntity(index.row()), yearAt(index.column())};
    if (!totalRowHit && !totalColumnHit)
        return m_pivot.allocationsIn(cell);
    return m_pivot.allocationsWithin(totalRowHit ? std::nullopt : std::optional(cell.row),
                                     totalColumnHit ? std::nullopt : std::optional(cell.year));
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
    const AllocationPivot::Cell key{rowEntity(index.row()), yearAt(index.column())};
    qint64 ore = 0;
    if (isTotalRow(index.row()))
        ore = isTotalColumn(index.column()) ? m_pivot.total() : m_pivot.yearTotal(key.year);
    else if (isTotalColumn(index.column()))
        ore = m_pivot.rowTotal(key.row);
    else
        ore = m_pivot.sum(key);
    const bool empty = !total && !m_pivot.holds(key);

    const auto decisions = [&] { return AllocationDecisions(m_document.plan(), m_pivot.allocationsIn(key)); };
    const auto decidedState = [&] { return total || empty ? Decided::None : decisions().state(); };

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
        if (!total && !empty)
            lines << decisions().lines();
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
    const std::optional<QString> label = m_rows.label(rowEntity(section));
    return label ? QVariant(*label) : QVariant();
}

Qt::ItemFlags AllocationGridModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!rolegate::mayChange(m_document, EntityKind::Allocation) || isTotalRow(index.row()) || isTotalColumn(index.column()))
        return f;
    const AllocationPivot::Cell key{rowEntity(index.row()), yearAt(index.column())};
    // A new allocation needs a source (choose one first) and a row to belong to.
    const bool canAdd = m_source != NoId && key.row != NoId;
    if (canAdd || m_pivot.holds(key))
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
    const std::optional<Money> amount = text.isEmpty()
                                            ? std::optional<Money>(Money())
                                            : Money::parse(text, decimal.isEmpty() ? QChar() : decimal.at(0));
    if (!amount)
        return refuse(
            tr("%1: \"%2\" is not an amount; type it like %3. Nothing was changed.")
                .arg(cellName(index), text, Money::fromKronor(150000).format(QLocale(), Money::Style::Plain)));
    QString error;
    EditCommand *command = allocations::setCell(m_document, cellAt(index), *amount, m_reason, &error);
    const commands::Outcome outcome = commands::execute(m_document, command, error);
    if (outcome.state == commands::Outcome::Refused)
        return refuse(tr("%1: %2").arg(cellName(index), outcome.refusal));
    m_lastError.clear();
    if (outcome.applied() && !m_reason.isEmpty()) {
        m_reason.clear();
        Q_EMIT reasonUsed();
    }
    return true;
}

} // namespace horisont
