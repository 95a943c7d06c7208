#pragma once

#include "model/ids.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace horisont {

class AreaModel;
class ClassificationHistoryModel;
class PlanDocument;
class PlanSelection;

/// The areas the programme targets and, for the selected area, the history
/// of its police classification (vulnerable, risk, especially vulnerable)
/// with the source of each assessment. The classification is history, not
/// state: a change is a new entry from a date.
class AreasView : public QWidget
{
    Q_OBJECT
public:
    AreasView(PlanDocument &document, PlanSelection &selection, QWidget *parent = nullptr);

    AreaModel *areaModel() const { return m_areaModel; }
    ClassificationHistoryModel *historyModel() const { return m_historyModel; }
    QTableView *areasTable() const { return m_areas; }
    QTableView *historyTable() const { return m_history; }

    /// The area whose history is shown (NoId: none).
    Id currentArea() const;
    void setCurrentArea(Id area);

    /// Adds an area and returns its id (NoId when it could not be saved).
    Id addArea();
    bool deleteSelectedAreas();
    /// Adds a history entry from today for the current area, with its
    /// current classification, and returns its id.
    Id addHistoryEntry();
    bool deleteSelectedEntries();

private:
    void updateButtons();
    void showRefusal(const QString &title, const QString &message);
    QList<Id> selectedIds(QTableView *table, bool areas) const;

    PlanDocument &m_document;
    PlanSelection &m_selection;
    AreaModel *m_areaModel = nullptr;
    ClassificationHistoryModel *m_historyModel = nullptr;
    QTableView *m_areas = nullptr;
    QTableView *m_history = nullptr;
    QLabel *m_historyTitle = nullptr;
    QPushButton *m_addArea = nullptr;
    QPushButton *m_deleteArea = nullptr;
    QPushButton *m_addEntry = nullptr;
    QPushButton *m_deleteEntry = nullptr;
};

} // namespace horisont
