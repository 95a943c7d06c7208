#pragma once

#include "figures/keyfiguretexts.h"
#include "ledger/ledger.h"

#include <QDate>
#include <QList>
#include <QTimer>
#include <QWidget>

#include <map>

class QGridLayout;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace horisont {

class PlanDocument;
class OverviewCard;
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
    /// `problems` is the window's one check of the plan, shared with the Problems view.
    OverviewView(PlanDocument &document, PlanSelection &selection, ProblemsModel &problems, QWidget *parent = nullptr);

    /// The date the overview is seen from; the current date unless a test sets another.
    QDate today() const { return m_today; }
    void setToday(const QDate &today);

    /// Updates every figure now instead of when control returns to the event loop.
    void refresh();
    /// Two columns of cards or one, whichever the width allows.
    void chooseColumns();
    bool hasTwoColumns() const { return m_twoColumns; }
    /// The label that shows a key figure (nullptr for one the overview does not show).
    QLabel *figureLabel(KeyFigure figure) const;

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
    void refreshFigures();
    void refreshGrants(const KeyFigures &figures);
    void addFigure(OverviewCard *card, KeyFigure figure);
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
    // Time, budget and contents: core's key figures
    std::map<KeyFigure, QLabel *> m_figures;
    QLabel *m_sources = nullptr;
    // Problems
    QLabel *m_problemsIcon = nullptr;
    QLabel *m_problemsText = nullptr;
    QPushButton *m_showProblems = nullptr;
};

} // namespace horisont
