#pragma once

#include "model/ids.h"

#include <QAbstractTableModel>
#include <QDate>

#include <vector>

namespace horisont {

class PlanDocument;

/// The classification history of one area, oldest first: from which day
/// the police classified it how, and on what source. Every cell is
/// editable; each edit is one undoable command. Choosing another area
/// replaces the rows (removal and insertion, not a reset).
class ClassificationHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { FromColumn, ClassificationColumn, SourceColumn, ColumnCount };
    Q_ENUM(Column)

    explicit ClassificationHistoryModel(PlanDocument &document, QObject *parent = nullptr);

    void setAreaId(Id area);
    Id areaId() const { return m_area; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// From takes a QDate (or ISO text), Classification a Classification
    /// number (or its label), Source text.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    Id entryAt(int row) const;
    int rowOf(Id entry) const;
    QString lastError() const { return m_lastError; }

private:
    struct RowKey {
        QDate from;
        Id id;
        bool operator<(const RowKey &other) const
        {
            return from != other.from ? from < other.from : id < other.id;
        }
    };
    RowKey rowKey(Id entry) const;
    int sortedRowFor(const RowKey &key, Id skip) const;
    std::vector<Id> entriesOf(Id area) const;
    bool belongsHere(Id entry) const;

    void onInserted(EntityKind kind, Id id);
    void onAboutToRemove(EntityKind kind, Id id);
    void onChanged(EntityKind kind, Id id, int field);

    PlanDocument &m_document;
    Id m_area = NoId;
    std::vector<Id> m_entries; ///< rows, by from date then id
    QString m_lastError;
};

} // namespace horisont
