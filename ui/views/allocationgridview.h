#pragma once

#include "model/ids.h"

#include <QWidget>

class QComboBox;
class QModelIndex;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace horisont {

class AllocationGridModel;
class PlanDocument;
class PlanSelection;
class SourceSummaryModel;

/// The allocation grid: interventions or organisations × budget years for
/// one funding source or all, edited by typing amounts; above it the reason
/// for the change (written to the change log with the next edit only), below it each
/// source's ceiling, allocated and left. "Spread…" splits an amount over a
/// row's years or organisations; "Mark as decided…" records the decision
/// the selected cells' allocations rest on.
class AllocationGridView : public QWidget
{
    Q_OBJECT
public:
    AllocationGridView(PlanDocument &document, PlanSelection &selection, QWidget *parent = nullptr);

    AllocationGridModel *model() const { return m_model; }
    SourceSummaryModel *summary() const { return m_summaryModel; }
    QTableView *grid() const { return m_table; }
    QComboBox *rowsChoice() const { return m_rowsChoice; }
    QComboBox *sourceChoice() const { return m_sourceChoice; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QPushButton *spreadButton() const { return m_spread; }
    QPushButton *markDecidedButton() const { return m_markDecided; }
    QLabel *message() const { return m_message; }

    /// Opens the spread helper for the current cell's row.
    void spread();
    /// Asks for the decision and marks the selected cells' allocations decided.
    void markDecided();
    /// Marks the selected cells' allocations decided on `decision` (one
    /// undoable command); false, with message() saying why, when refused.
    bool markSelectionDecided(Id decision);

Q_SIGNALS:
    void statusMessage(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// Why typing into this cell does nothing (an empty cell with all
    /// sources shown, or no source yet), saying what to do; empty otherwise.
    QString whyNotTypable(const QModelIndex &index) const;
    void rebuildSourceChoice();
    void showMessage(const QString &message);
    /// The reason went into the change log with a change: the field empties.
    void reasonUsed();
    void updateActions();
    void followCurrentCell();

    PlanDocument &m_document;
    PlanSelection &m_selection;
    AllocationGridModel *m_model;
    SourceSummaryModel *m_summaryModel;
    QComboBox *m_rowsChoice;
    QComboBox *m_sourceChoice;
    QLineEdit *m_reason;
    QPushButton *m_spread;
    QPushButton *m_markDecided;
    QLabel *m_message;
    QTableView *m_table;
    QTableView *m_summary;
};

} // namespace horisont
