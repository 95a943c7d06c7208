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

    /// Writes the rows as shown to a .csv or .xlsx file (by its suffix).
    bool exportTo(const QString &path, QString *error);

Q_SIGNALS:
    void statusMessage(const QString &message);
    /// The user chose a change of an item that is still in the plan (an
    /// allocation, a forecast, a funding source): show it.
    void itemChosen(horisont::EntityKind kind, horisont::Id id);

private:
    void rebuildChoices();
    void applyFilter();
    void fitValueColumns();
    void exportWithDialog();

    PlanDocument &m_document;
    AuditTrailModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QComboBox *m_source;
    QComboBox *m_organisation;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QPushButton *m_export;
    QLabel *m_count;
    QTableView *m_table;
};

} // namespace horisont
