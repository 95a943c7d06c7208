#include "views/grantstatetab.h"

#include "budget/grantstate.h"
#include "model/halfopen.h"
#include "models/moneygridmodel.h"
#include "today.h"
#include "views/followuptables.h"
#include "views/rowlabels.h"
#include "views/tableaccessibility.h"

#include <QLocale>
#include <QVBoxLayout>

namespace horisont {

GrantStateTab::GrantStateTab(QWidget *parent)
    : QWidget(parent), m_model(new MoneyGridModel(this)), m_table(newFollowUpTable(m_model)), m_note(new QLabel)
{
    LabelColumnAsRowHeader::install(m_table, m_model);
    nameTableForAccessibility(m_table, tr("State of each grant"), tr("Columns"), tr("Funding sources"));
    m_note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_note);
}

void GrantStateTab::refresh(const Plan &plan, const MonthlyActualsIndex &actuals)
{
    const QDate asOf = today();
    const GrantStates states = grantStates(plan, actuals, asOf);
    using C = MoneyGridModel::Column;
    m_model->setGrid(states.grid,
                     {{C::Amount, tr("Ceiling"), GrantStates::Ceiling},
                      {C::Amount, tr("Allocated"), GrantStates::Allocated},
                      {C::Amount, tr("Spent"), GrantStates::Spent},
                      {C::Percent, tr("% of ceiling spent"), -1, GrantStates::Spent, GrantStates::Ceiling},
                      {C::Amount, tr("Ceiling − spent"), GrantStates::LeftAfterSpent, -1, -1, true},
                      {C::Amount, tr("Ceiling − allocated"), GrantStates::LeftAfterAllocated, -1, -1, true},
                      {C::Text, tr("Valid")},
                      {C::Text, tr("Months left")}},
                     tr("Funding source"));
    // No totals row: a grant's ceiling and an ordinary budget without one do
    // not add up to anything a controller could act on (spent ÷ ceilings
    // would count ordinary spending against the grants' ceilings).
    m_model->setTotalsRow(false);
    m_model->setBlankCells([states](int row, int column) {
        return !states.sources[std::size_t(row)].hasCeiling
               && (column == GrantStates::Ceiling || column == GrantStates::LeftAfterSpent
                   || column == GrantStates::LeftAfterAllocated);
    });
    m_model->setTextProvider([states](int row, int column) -> QString {
        if (row < 0)
            return {};
        const GrantStates::Source &s = states.sources[std::size_t(row)];
        if (column == 7)
            return s.validFrom.isValid() || s.validUntil.isValid()
                       ? tr("%1 – %2").arg(s.validFrom.toString(Qt::ISODate), isoDate(lastDayBefore(s.validUntil)))
                       : QString();
        if (!s.monthsLeft)
            return tr("open-ended");
        return *s.monthsLeft == 0 ? tr("ended") : QString::number(*s.monthsLeft);
    });
    m_table->resizeColumnsToContents();
    m_note->setText(tr("As of %1. Spent is everything booked on the source; months left are whole months "
                       "until the last day of its period.")
                        .arg(QLocale().toString(asOf, QLocale::ShortFormat)));
}

} // namespace horisont
