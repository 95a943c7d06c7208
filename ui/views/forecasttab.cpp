#include "views/forecasttab.h"

#include "access/rolegate.h"
#include "budget/forecastreport.h"
#include "document/plandocument.h"
#include "models/forecastmodel.h"
#include "today.h"
#include "views/followuptables.h"
#include "views/namedcombo.h"
#include "views/tableaccessibility.h"
#include "model/codedname.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace horisont {

ForecastTab::ForecastTab(PlanDocument &document, QWidget *parent)
    : QWidget(parent), m_document(document), m_scope(namedCombo(tr("Forecast for"))),
      m_model(new ForecastModel(document, this)), m_table(newFollowUpTable(m_model)),
      m_takeSuggestion(new QPushButton(tr("&Use suggestion"))), m_note(new QLabel)
{
    connect(m_model, &ForecastModel::statusMessage, this, &ForecastTab::statusMessage);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    nameTableForAccessibility(m_table, tr("Forecast per year"), tr("Columns"), tr("Years"));
    m_takeSuggestion->setAccessibleName(tr("Use the suggestion as the forecast of the selected year"));
    rolegate::gate(*m_takeSuggestion, document, EntityKind::Forecast);
    connect(m_takeSuggestion, &QPushButton::clicked, this, &ForecastTab::takeSuggestion);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &ForecastTab::optionsChanged);

    auto *controls = new QHBoxLayout;
    controls->addWidget(buddyLabel(tr("&Forecast for:"), m_scope));
    controls->addWidget(m_scope);
    controls->addStretch();
    controls->addWidget(m_takeSuggestion);

    m_note->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_note);
}

void ForecastTab::refresh(const MonthlyActualsIndex &actuals, int firstYear, int lastYear)
{
    const Plan &plan = m_document.plan();
    const QSignalBlocker blocker(m_scope);
    const Id scope = m_scope->currentData().toLongLong();
    m_scope->clear();
    m_scope->addItem(tr("The whole programme"), qlonglong(NoId));
    for (const FundingSource &s : plan.all<FundingSource>())
        m_scope->addItem(codedName(s), qlonglong(s.id));
    m_scope->setCurrentIndex(std::max(0, m_scope->findData(qlonglong(scope))));
    const QDate asOf = today();
    const ForecastTable table =
        forecastByYear(plan, actuals, m_scope->currentData().toLongLong(), firstYear, lastYear, asOf);
    const QModelIndex current = m_table->currentIndex();
    m_model->setTable(table, asOf.month());
    m_table->resizeColumnsToContents();
    if (current.isValid())
        m_table->setCurrentIndex(m_model->index(current.row(), current.column()));
    m_note->setText(tr("As of %1. Type a forecast in the Forecast column (clear it to remove it). "
                       "For a year that has ended the suggestion is what was spent; for the current year it "
                       "is the spending of its completed months × 12 / months.")
                        .arg(QLocale().toString(asOf, QLocale::ShortFormat)));
}

void ForecastTab::takeSuggestion()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        Q_EMIT statusMessage(tr("Select a year first."));
        return;
    }
    if (m_model->takeSuggestion(current.row()))
        Q_EMIT optionsChanged();
}

} // namespace horisont
