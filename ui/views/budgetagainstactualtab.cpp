#include "views/budgetagainstactualtab.h"

#include "budget/followupreport.h"
#include "flowlayout.h"
#include "models/moneygridmodel.h"
#include "selection/planselection.h"
#include "today.h"
#include "views/followuptables.h"
#include "views/namedcombo.h"
#include "views/rowlabels.h"
#include "views/tableaccessibility.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLocale>
#include <QVBoxLayout>

namespace horisont {

BudgetAgainstActualTab::BudgetAgainstActualTab(PlanSelection &selection, QWidget *parent)
    : QWidget(parent), m_selection(selection), m_grain(namedCombo(tr("Period"))), m_dimension(namedCombo(tr("Rows"))),
      m_year(namedCombo(tr("Year"))), m_showDecided(new QCheckBox(tr("&Decided budget"))), m_model(new MoneyGridModel(this)), m_table(newFollowUpTable(m_model))
{
    m_grain->addItem(tr("Year"), int(FollowUpGrain::Year));
    m_grain->addItem(tr("Tertial"), int(FollowUpGrain::Tertial));
    m_grain->addItem(tr("Month"), int(FollowUpGrain::Month));
    m_dimension->addItem(tr("Funding source"), int(BudgetDimension::Source));
    m_dimension->addItem(tr("Organisation"), int(BudgetDimension::Organisation));
    m_dimension->addItem(tr("Intervention"), int(BudgetDimension::Intervention));

    // The controls wrap onto a second row in a narrow window.
    auto *controls = new FlowLayout;
    controls->addLabelled(buddyLabel(tr("&Period:"), m_grain), m_grain);
    controls->addLabelled(buddyLabel(tr("&Rows:"), m_dimension), m_dimension);
    controls->addLabelled(buddyLabel(tr("&Year:"), m_year), m_year);
    controls->addWidget(m_showDecided);
    m_showDecided->setChecked(true);
    m_showDecided->setEnabled(false);
    m_showDecided->setToolTip(tr("The plan has no decided version to compare with."));

    // The labels stay in view while all years' or tertials' columns scroll.
    LabelColumnAsRowHeader::install(m_table, m_model);
    nameTableForAccessibility(m_table, tr("Budget against actual"), tr("Periods and amounts"), tr("Rows"));
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const int row = m_model->gridRow(index.row());
        if (row >= 0 && m_model->grid().rows()[std::size_t(row)].id != NoId)
            m_selection.select(m_model->grid().rows()[std::size_t(row)].kind,
                               m_model->grid().rows()[std::size_t(row)].id);
    });

    auto *note = new QLabel(tr("A tertial or month is budgeted an even share of its year's allocation. "
                               "Variance is allocated − spent: a minus sign (in red) means overspending. "
                               "Decided is the latest decided version's allocation; allocated − decided is "
                               "what has changed since the decision."));
    note->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_table, 1);
    layout->addWidget(note);

    connect(m_showDecided, &QCheckBox::toggled, this, &BudgetAgainstActualTab::optionsChanged);
    for (QComboBox *combo : {m_grain, m_dimension, m_year}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            // Tertials and months are shown for one year at a time.
            if (m_grain->currentData().toInt() != int(FollowUpGrain::Year) && m_year->currentData().toInt() == 0) {
                const QSignalBlocker blocker(m_year);
                const int index = m_year->findData(std::clamp(today().year(), m_firstYear, m_lastYear));
                m_year->setCurrentIndex(std::max(1, index));
            }
            Q_EMIT optionsChanged();
        });
    }
}

void BudgetAgainstActualTab::setYears(int first, int last)
{
    m_firstYear = first;
    m_lastYear = last;
    const int current = m_year->count() ? m_year->currentData().toInt() : std::clamp(today().year(), first, last);
    const QSignalBlocker blocker(m_year);
    m_year->clear();
    m_year->addItem(tr("All years"), 0);
    for (int y = first; y <= last; ++y)
        m_year->addItem(QString::number(y), y);
    m_year->setCurrentIndex(std::max(0, m_year->findData(current)));
}

void BudgetAgainstActualTab::refresh(const Plan &plan, const MonthlyActualsIndex &actuals, const Plan *decided,
                                     const QString &decidedName)
{
    const auto grain = FollowUpGrain(m_grain->currentData().toInt());
    const auto dimension = BudgetDimension(m_dimension->currentData().toInt());
    const int year = m_year->currentData().toInt();
    const QLocale locale;
    m_showDecided->setEnabled(decided != nullptr);
    m_showDecided->setToolTip(decided ? tr("Show what «%1» decided beside the allocation, and the change since.")
                                            .arg(decidedName)
                                      : tr("The plan has no decided version to compare with."));
    const Plan *compared = m_showDecided->isChecked() ? decided : nullptr;
    const FollowUpGrid f = budgetFollowUp(plan, actuals, dimension, grain, year ? year : m_firstYear,
                                          year ? year : m_lastYear, locale, compared);
    QList<MoneyGridModel::Column> columns;
    // One period needs no total beside it.
    const int groups = f.periods.size() == 1 ? 1 : f.groupCount();
    for (int g = 0; g < groups; ++g) {
        const QString period =
            g == f.totalGroup() ? tr("Total") : periodLabel(f.periods[std::size_t(g)], grain, locale);
        const int allocated = FollowUpGrid::column(g, FollowUpGrid::Allocated);
        const int spent = FollowUpGrid::column(g, FollowUpGrid::Spent);
        const int variance = FollowUpGrid::column(g, FollowUpGrid::Variance);
        columns.append({MoneyGridModel::Column::Amount, tr("%1\nAllocated").arg(period), allocated});
        columns.append({MoneyGridModel::Column::Amount, tr("%1\nSpent").arg(period), spent});
        columns.append({MoneyGridModel::Column::Amount, tr("%1\nVariance").arg(period), variance, -1, -1, true});
        columns.append({MoneyGridModel::Column::Percent, tr("%1\n% used").arg(period), -1, spent, allocated});
        if (f.withDecided) {
            columns.append({MoneyGridModel::Column::Amount, tr("%1\nDecided («%2»)").arg(period, decidedName),
                            f.column(g, FollowUpGrid::Decided)});
            columns.append({MoneyGridModel::Column::Amount, tr("%1\nAllocated − decided").arg(period),
                            f.column(g, FollowUpGrid::AllocatedMinusDecided)});
        }
    }
    m_model->setGrid(f.grid, columns, m_dimension->currentText());
    m_table->resizeColumnsToContents();
}

} // namespace horisont
