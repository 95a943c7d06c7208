#pragma once

#include "model/changelogentry.h"
#include "models/changelogformatter.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QTimer>

namespace horisont {

class PlanDocument;

/// The audit trail, newest line first: the latest lines of the document's
/// change log. Each do, undo or redo adds lines at the top as new rows;
/// the model never resets except when the plan itself is reloaded.
class ChangeLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { When, Who, Action, Command, Item, Field, Before, After, Reason, Scenario, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        SortRole = Qt::UserRole + 1, ///< the line's id in column When (its order), display text elsewhere
        RawValueRole,                ///< the stored text of Before and After (JSON for whole items)
    };
    /// How many of the newest lines the model holds.
    static constexpr int Limit = 2000;

    explicit ChangeLogModel(PlanDocument &document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const ChangeLogEntry &entryAt(int row) const { return m_entries.at(row); }

    /// Reads the lines added since the last refresh now instead of when
    /// control returns to the event loop.
    void refresh();

private:
    struct Display {
        QString item;
        QString field;
        QString before;
        QString after;
        QString beforeTip;
        QString afterTip;
    };
    void scheduleRefresh();
    void reload();
    const Display &display(const ChangeLogEntry &entry) const;
    QString text(const ChangeLogEntry &entry, int column) const;

    PlanDocument &m_document;
    ChangeLogFormatter m_formatter;
    QList<ChangeLogEntry> m_entries; ///< newest first
    mutable QHash<Id, Display> m_display; ///< by line id; names change, so cleared on each refresh
    QTimer m_timer;
};

} // namespace horisont
