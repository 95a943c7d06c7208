// The Budget follow-up view's three table tabs, built once: budget against
// actual (grain, rows, year), forecasts and the grant state.
#include "views/budgetfollowupview.h"

#include "models/forecastmodel.h"
#include "models/moneygridmodel.h"
#include "selection/planselection.h"
#include "today.h"
#include "views/namedcombo.h"
#include "views/tableaccessibility.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace horisont {
namespace {
QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

QTableView *newTable(QAbstractItemModel *model)
{
    auto *table = new QTableView;
    table->setModel(model);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    return table;
}

} // namespace

QWidget *BudgetFollowUpView::buildFollowUpTab()
{
    m_grain = namedCombo(tr("Period"));
    m_grain->addItem(tr("Year"), int(FollowUpGrain::Year));
    m_grain->addItem(tr("Tertial"), int(FollowUpGrain::Tertial));
    m_grain->addItem(tr("Month"), int(FollowUpGrain::Month));
    m_dimension = namedCombo(tr("Rows"));
    m_dimension->addItem(tr("Funding source"), int(BudgetDimension::Source));
    m_dimension->addItem(tr("Organisation"), int(BudgetDimension::Organisation));
    m_dimension->addItem(tr("Intervention"), int(BudgetDimension::Intervention));
    m_year = namedCombo(tr("Year"));

    auto *controls = new QHBoxLayout;
    controls->addWidget(buddyLabel(tr("&Period:"), m_grain));
    controls->addWidget(m_grain);
    controls->addSpacing(12);
    controls->addWidget(buddyLabel(tr("&Rows:"), m_dimension));
    controls->addWidget(m_dimension);
    controls->addSpacing(12);
    controls->addWidget(buddyLabel(tr("&Year:"), m_year));
    controls->addWidget(m_year);
    controls->addStretch();

    m_followUpModel = new MoneyGridModel(this);
    m_followUpTable = newTable(m_followUpModel);
    nameTableForAccessibility(m_followUpTable, tr("Budget against actual"), tr("Periods and amounts"), tr("Rows"));
    connect(m_followUpTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        const int row = m_followUpModel->gridRow(index.row());
        if (row >= 0 && m_followUpModel->grid().rows()[std::size_t(row)].id != NoId)
            m_selection.select(m_followUpModel->grid().rows()[std::size_t(row)].kind,
                               m_followUpModel->grid().rows()[std::size_t(row)].id);
    });

    auto *note = new QLabel(tr("A tertial or month is budgeted an even share of its year's allocation. "
                               "Variance is allocated − spent: a minus sign (in red) means overspending."));
    note->setWordWrap(true);

    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(controls);
    layout->addWidget(m_followUpTable, 1);
    layout->addWidget(note);

    for (QComboBox *combo : {m_grain, m_dimension, m_year}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            // Tertials and months are shown for one year at a time.
            if (m_grain->currentData().toInt() != int(FollowUpGrain::Year) && m_year->currentData().toInt() == 0) {
                const QSignalBlocker blocker(m_year);
                const int index = m_year->findData(std::clamp(today().year(), m_firstYear, m_lastYear));
                m_year->setCurrentIndex(std::max(1, index));
            }
            m_stale[Actuals] = true;
            refreshNow();
        });
    }
    return page;
}

QWidget *BudgetFollowUpView::buildForecastTab()
{
    m_scope = namedCombo(tr("Forecast for"));
    m_forecastModel = new ForecastModel(m_document, this);
    connect(m_forecastModel, &ForecastModel::statusMessage, this, &BudgetFollowUpView::statusMessage);
    m_forecastTable = newTable(m_forecastModel);
    m_forecastTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                     | QAbstractItemView::AnyKeyPressed);
    m_forecastTable->setSelectionBehavior(QAbstractItemView::SelectItems);
    nameTableForAccessibility(m_forecastTable, tr("Forecast per year"), tr("Columns"), tr("Years"));
    m_takeSuggestion = new QPushButton(tr("&Use suggestion"));
    m_takeSuggestion->setAccessibleName(tr("Use the suggestion as the forecast of the selected year"));
    connect(m_takeSuggestion, &QPushButton::clicked, this, &BudgetFollowUpView::takeSuggestion);
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] {
        m_stale[Forecasts] = true;
        refreshNow();
    });

    auto *controls = new QHBoxLayout;
    controls->addWidget(buddyLabel(tr("&Forecast for:"), m_scope));
    controls->addWidget(m_scope);
    controls->addStretch();
    controls->addWidget(m_takeSuggestion);

    m_forecastNote = new QLabel;
    m_forecastNote->setWordWrap(true);

    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(controls);
    layout->addWidget(m_forecastTable, 1);
    layout->addWidget(m_forecastNote);
    return page;
}

QWidget *BudgetFollowUpView::buildGrantTab()
{
    m_grantModel = new MoneyGridModel(this);
    m_grantTable = newTable(m_grantModel);
    nameTableForAccessibility(m_grantTable, tr("State of each grant"), tr("Columns"), tr("Funding sources"));
    m_grantNote = new QLabel;
    m_grantNote->setWordWrap(true);
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_grantTable, 1);
    layout->addWidget(m_grantNote);
    return page;
}

} // namespace horisont
