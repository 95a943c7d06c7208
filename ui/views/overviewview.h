#pragma once

#include "ledger/ledger.h"

#include <QDate>
#include <QList>
#include <QTimer>
#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace horisont {

class PlanDocument;
class PlanSelection;
class ProblemsModel;

/// The mandate at a glance: who commissioned what and who leads it, where
/// the programme stands in time (phase, direction period, term of office,
/// next decision gate), its key budget figures, its size, and whether the
/// plan check finds problems. Follows the plan as it changes.
class OverviewView : public QWidget
{
    Q_OBJECT
public:
    OverviewView(PlanDocument &document, PlanSelection &selection, QWidget *parent = nullptr);

    /// The date the overview is seen from; the current date unless a test sets another.
    QDate today() const { return m_today; }
    void setToday(const QDate &today);

    /// Updates every figure now instead of when control returns to the event loop.
    void refresh();

Q_SIGNALS:
    /// The user wants the list of problems.
    void showProblems();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void arrangeCards(bool twoColumns);
    void buildHeader(QWidget *content, QVBoxLayout *layout);
    void buildCards(QWidget *content, QVBoxLayout *layout);
    void scheduleRefresh();
    void refreshMandate();
    void refreshTime();
    void refreshBudget();
    void refreshContents();
    void refreshProblems();
    void selectProgramme();

    PlanDocument &m_document;
    PlanSelection &m_selection;
    ProblemsModel *m_problems = nullptr;
    LedgerTotals m_ledger;
    QDate m_today;
    QTimer m_timer;
    QGridLayout *m_grid = nullptr;
    QList<QWidget *> m_cards; ///< mandate, time, budget, contents, problems
    bool m_twoColumns = true;

    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QPushButton *m_editMandate = nullptr;
    // Mandate
    QLabel *m_commissioningBody = nullptr;
    QLabel *m_decision = nullptr;
    QLabel *m_processLeader = nullptr;
    QLabel *m_vision = nullptr;
    // Time
    QLabel *m_todayLabel = nullptr;
    QLabel *m_horizon = nullptr;
    QLabel *m_phase = nullptr;
    QLabel *m_directionPeriod = nullptr;
    QLabel *m_term = nullptr;
    QLabel *m_gate = nullptr;
    // Budget
    QLabel *m_ceilings = nullptr;
    QLabel *m_sources = nullptr;
    QLabel *m_allocated = nullptr;
    QLabel *m_decided = nullptr;
    QLabel *m_spent = nullptr;
    QLabel *m_remaining = nullptr;
    // Contents
    QLabel *m_phases = nullptr;
    QLabel *m_interventions = nullptr;
    QLabel *m_activities = nullptr;
    QLabel *m_organisations = nullptr;
    // Problems
    QLabel *m_problemsIcon = nullptr;
    QLabel *m_problemsText = nullptr;
    QPushButton *m_showProblems = nullptr;
};

} // namespace horisont
