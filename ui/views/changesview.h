#pragma once

#include "versions/comparablestates.h"
#include "versions/plancomparison.h"

#include <QTimer>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;

namespace horisont {

class ChangesItemsTab;
class ChangesMoneyTab;
class PlanDocument;
class PlanSelection;

/// What changed between two states of the plan — a decided version, a
/// snapshot, the current plan — chosen under From and To (by default from
/// the latest decided version to the plan as it is now). "Items" lists the
/// changes of items grouped and filterable, "Money" the money allocated and
/// each year's totals; Export… writes them as core's tables. Choosing a
/// change selects its item in every view.
///
/// The comparison is made again when the plan or its versions change, once
/// per event-loop pass and only while the view is shown; filtering never
/// compares again.
class ChangesView : public QWidget
{
    Q_OBJECT
public:
    enum Tab { ItemsTab, MoneyTab };

    ChangesView(PlanDocument &document, PlanSelection &selection, QWidget *parent = nullptr);
    ~ChangesView() override;

    QComboBox *fromChoice() const { return m_from; }
    QComboBox *toChoice() const { return m_to; }
    QTabWidget *tabs() const { return m_tabs; }
    ChangesItemsTab *itemsTab() const { return m_items; }
    ChangesMoneyTab *moneyTab() const { return m_money; }
    QLabel *summary() const { return m_summary; }
    QPushButton *exportButton() const { return m_export; }

    /// Chooses the states by their keys (ComparableState::key); false when one is not offered.
    bool compare(const QString &fromKey, const QString &toKey);
    /// Makes a pending comparison now instead of on the next event-loop pass.
    void refreshNow();
    const PlanComparison &comparison() const { return m_comparison; }

    /// Writes the comparison to `path`: a workbook of its tables (changes,
    /// money, totals per year) for .xlsx, else the current tab's table as CSV.
    bool exportTo(const QString &path, QString *error);

Q_SIGNALS:
    void statusMessage(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void rebuildChoices();
    void fitChoice(QComboBox *box);
    void choicesChanged();
    void planChanged();
    void scheduleRefresh();
    void recompute();
    /// Reads the chosen state again only when another one was chosen.
    bool loadSide(QComboBox *choice, QString &loadedKey, std::shared_ptr<const Plan> &plan, QString *error);
    void showResult(const QString &problem);
    void changeChosen(const PlanChange &change);
    void exportWithDialog();

    PlanDocument &m_document;
    PlanSelection &m_selection;
    ComparableStates m_states;
    QComboBox *m_from;
    QComboBox *m_to;
    QTabWidget *m_tabs;
    ChangesItemsTab *m_items;
    ChangesMoneyTab *m_money;
    QLabel *m_summary;
    QPushButton *m_export;

    QString m_fromKey, m_toKey; ///< the states m_before and m_after hold
    std::shared_ptr<const Plan> m_before, m_after;
    PlanComparison m_comparison;
    bool m_stale = true;
    QTimer m_refresh; ///< one comparison per event-loop pass, however many signals came
};

} // namespace horisont
