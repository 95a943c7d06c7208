#pragma once

#include "model/ids.h"

#include <QWidget>

class QPushButton;
class QTableView;

namespace horisont {

class OrganisationModel;
class PlanDocument;
class PlanSelection;

/// The organisations taking part in the programme: departments, municipal
/// companies and external partners, edited in place. Add creates one and
/// selects its name for typing; Delete removes the selected ones with their
/// responsibilities, unless ledger transactions are booked on them.
class OrganisationsView : public QWidget
{
    Q_OBJECT
public:
    OrganisationsView(PlanDocument &document, PlanSelection &selection, QWidget *parent = nullptr);

    OrganisationModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *deleteButton() const { return m_delete; }

    /// Adds an organisation; returns its id (NoId when it could not be saved).
    Id addOrganisation();
    /// Deletes the selected organisations; shows why when that is refused.
    bool deleteSelected();

private:
    void updateButtons();
    QList<Id> selectedOrganisations() const;
    void showRefusal(const QString &title, const QString &message);

    PlanDocument &m_document;
    PlanSelection &m_selection;
    OrganisationModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_delete = nullptr;
};

} // namespace horisont
