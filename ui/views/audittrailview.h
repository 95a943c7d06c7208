#pragma once

#include "model/ids.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace horisont {

class AuditTrailModel;
class PlanDocument;

/// Who changed which budget figure, when, from what to what and why: the
/// changes to funding sources, allocations and forecasts and the ledger
/// imports, filtered by source, organisation and period, sortable by any
/// column, and exported as CSV or XLSX exactly as shown.
class AuditTrailView : public QWidget
{
    Q_OBJECT
public:
    explicit AuditTrailView(PlanDocument &document, QWidget *parent = nullptr);

    AuditTrailModel *model() const { return m_model; }
    QSortFilterProxyModel *sortedModel() const { return m_sorted; }
    QTableView *table() const { return m_table; }
    QComboBox *sourceChoice() const { return m_source; }
    QComboBox *organisationChoice() const { return m_organisation; }
    /// The first and last day shown; at their minimum they mean "any".
    QDateEdit *fromDate() const { return m_from; }
    QDateEdit *toDate() const { return m_to; }
    QPushButton *exportButton() const { return m_export; }
    /// Takes the chosen ledger import out of the plan, after asking.
    QPushButton *removeImportButton() const { return m_removeImport; }

    /// Writes the rows as shown to a .csv or .xlsx file (by its suffix).
    bool exportTo(const QString &path, QString *error);

    /// Removes the ledger import shown at this row of the table (core's
    /// removeImport: its rows, day sums and record, logged). False with
    /// `error` when the row is not an import still in the plan, or the plan
    /// refuses.
    bool removeImportAt(const QModelIndex &tableIndex, QString *error);

Q_SIGNALS:
    void statusMessage(const QString &message);
    /// The user chose a change of an item that is still in the plan (an
    /// allocation, a forecast, a funding source): show it.
    void itemChosen(horisont::EntityKind kind, horisont::Id id);

private:
    void rebuildChoices();
    void applyFilter();
    void exportWithDialog();
    void removeChosenImport();
    void updateRemoveImport();
    /// The import batch shown at this table row, or 0 when it is not an import.
    qint64 importAt(const QModelIndex &tableIndex) const;

    PlanDocument &m_document;
    AuditTrailModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QComboBox *m_source;
    QComboBox *m_organisation;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QPushButton *m_export;
    QPushButton *m_removeImport;
    QLabel *m_count;
    QTableView *m_table;
};

} // namespace horisont
