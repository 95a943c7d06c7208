#include "models/changelogmodel.h"

#include "document/plandocument.h"

namespace horisont {
namespace {

QString richTooltip(const QString &text)
{
    if (text.isEmpty())
        return {};
    // Rich text so that long values wrap instead of running off the screen.
    return QStringLiteral("<p style='white-space:pre-wrap'>%1</p>").arg(text.toHtmlEscaped());
}

} // namespace

ChangeLogModel::ChangeLogModel(PlanDocument &document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document), m_formatter(document.plan())
{
    m_entries = m_document.store().changeLog(Limit);

    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &ChangeLogModel::refresh);
    // Every do, undo and redo moves the stack's index after its lines are written.
    connect(m_document.undoStack(), &QUndoStack::indexChanged, this, &ChangeLogModel::scheduleRefresh);
    connect(&m_document.plan(), &Plan::reset, this, &ChangeLogModel::reload);
}

int ChangeLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ChangeLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChangeLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChangeLogEntry &e = m_entries.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return text(e, column);
    case SortRole:
        return column == When ? QVariant(qlonglong(e.id)) : QVariant(text(e, column));
    case RawValueRole:
        if (column == Before)
            return e.hasOld ? QVariant(e.oldValue) : QVariant();
        if (column == After)
            return e.hasNew ? QVariant(e.newValue) : QVariant();
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case When:
            return e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case Before:
            return richTooltip(display(e).beforeTip);
        case After:
            return richTooltip(display(e).afterTip);
        case Command:
        case Item:
        case Reason:
            return richTooltip(text(e, column));
        default:
            return {};
        }
    default:
        return {};
    }
}

QString ChangeLogModel::text(const ChangeLogEntry &e, int column) const
{
    switch (Column(column)) {
    case When: return e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case Who: return e.user;
    case Action: return ChangeLogFormatter::action(e.action);
    case Command: return e.command.toString();
    case Item: return display(e).item;
    case Field: return display(e).field;
    case Before: return display(e).before;
    case After: return display(e).after;
    case Reason: return e.reason;
    case Scenario: return e.scenario;
    case ColumnCount: break;
    }
    return {};
}

QVariant ChangeLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case When: return tr("When");
    case Who: return tr("Who");
    case Action: return tr("Action");
    case Command: return tr("Command");
    case Item: return tr("Item");
    case Field: return tr("Field");
    case Before: return tr("Before");
    case After: return tr("After");
    case Reason: return tr("Reason");
    case Scenario: return tr("In scenario");
    case ColumnCount: break;
    }
    return {};
}

const ChangeLogModel::Display &ChangeLogModel::display(const ChangeLogEntry &entry) const
{
    auto it = m_display.find(entry.id);
    if (it == m_display.end()) {
        Display d;
        d.item = m_formatter.item(entry);
        d.field = m_formatter.field(entry);
        d.before = m_formatter.value(entry, true);
        d.after = m_formatter.value(entry, false);
        d.beforeTip = m_formatter.fullValue(entry, true);
        d.afterTip = m_formatter.fullValue(entry, false);
        it = m_display.insert(entry.id, d);
    }
    return *it;
}

void ChangeLogModel::scheduleRefresh()
{
    if (!m_timer.isActive())
        m_timer.start();
}

void ChangeLogModel::refresh()
{
    m_timer.stop();
    const QList<ChangeLogEntry> latest = m_document.store().changeLog(Limit);
    if (m_entries.isEmpty()) {
        if (latest.isEmpty())
            return;
        beginInsertRows(QModelIndex(), 0, int(latest.size()) - 1);
        m_entries = latest;
        endInsertRows();
        return;
    }
    // The log only grows: the lines before the newest one we hold are new.
    const Id newest = m_entries.first().id;
    qsizetype added = -1;
    for (qsizetype i = 0; i < latest.size(); ++i) {
        if (latest.at(i).id == newest) {
            added = i;
            break;
        }
    }
    if (added < 0) {
        // More new lines than the model holds (or another history): start over.
        reload();
        return;
    }
    // Names in the Item, Before and After columns may have changed as well.
    m_display.clear();
    if (added > 0) {
        beginInsertRows(QModelIndex(), 0, int(added) - 1);
        m_entries = latest.mid(0, added) + m_entries;
        endInsertRows();
        if (m_entries.size() > Limit) {
            beginRemoveRows(QModelIndex(), Limit, int(m_entries.size()) - 1);
            m_entries.resize(Limit);
            endRemoveRows();
        }
    }
    if (int(added) < m_entries.size())
        Q_EMIT dataChanged(index(int(added), Item), index(int(m_entries.size()) - 1, After),
                           {Qt::DisplayRole, Qt::ToolTipRole, SortRole});
}

void ChangeLogModel::reload()
{
    m_timer.stop();
    beginResetModel();
    m_entries = m_document.store().changeLog(Limit);
    m_display.clear();
    endResetModel();
}

} // namespace horisont
