#pragma once

#include "budget/audittrail.h"
#include "export/exporttable.h"

#include <QAbstractTableModel>

#include <vector>

namespace horisont {

class PlanDocument;

/// The budget audit trail (see budgetAuditTrail) as a table: when, who,
/// what was done, the item, the field, before → after and the reason. It
/// reads the trail again — once per event-loop pass — when budget items
/// change or the ledger is imported into.
class AuditTrailModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { WhenColumn, WhoColumn, ActionColumn, ItemColumn, FieldColumn, BeforeColumn, AfterColumn,
                  ReasonColumn, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1; ///< raw value to sort by (time, text)

    explicit AuditTrailModel(PlanDocument &document, QObject *parent = nullptr);

    void setFilter(const AuditFilter &filter);
    const AuditFilter &filter() const { return m_filter; }
    /// Reads the trail now.
    void refresh();

    const AuditEntry &entry(int row) const { return m_entries[std::size_t(row)]; }
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The rows (in the given order of model rows) as a table for CSV/XLSX:
    /// amounts as amounts, the rest as text.
    ExportTable exportTable(const std::vector<int> &rows) const;

private:
    struct Row {
        QString texts[ColumnCount];
        std::optional<Money> before; ///< amounts, for the spreadsheet
        std::optional<Money> after;
    };
    Row format(const AuditEntry &entry) const;
    void scheduleRefresh();

    PlanDocument &m_document;
    AuditFilter m_filter;
    std::vector<AuditEntry> m_entries;
    std::vector<Row> m_rows;
    bool m_refreshQueued = false;
};

} // namespace horisont
