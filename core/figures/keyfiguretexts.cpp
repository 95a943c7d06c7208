#include "figures/keyfiguretexts.h"

#include "model/halfopen.h"
#include "labels/labels.h"

#include <QStringList>

namespace horisont {

KeyFigureTexts::KeyFigureTexts(const KeyFigures &figures, QLocale locale)
    : m_figures(figures), m_locale(std::move(locale))
{
}

QString KeyFigureTexts::label(KeyFigure figure)
{
    switch (figure) {
    case KeyFigure::Today: return tr("Today");
    case KeyFigure::Horizon: return tr("Horizon");
    case KeyFigure::CurrentPhase: return tr("Current phase");
    case KeyFigure::DirectionPeriod: return tr("Direction period");
    case KeyFigure::TermOfOffice: return tr("Term of office");
    case KeyFigure::NextGate: return tr("Next decision gate");
    case KeyFigure::GrantCeilings: return tr("Grant ceilings");
    case KeyFigure::Allocated: return tr("Allocated");
    case KeyFigure::Decided: return tr("Of which decided");
    case KeyFigure::Spent: return tr("Spent (ledger)");
    case KeyFigure::Remaining: return tr("Remaining (allocated − spent)");
    case KeyFigure::Phases: return tr("Phases");
    case KeyFigure::Interventions: return tr("Interventions");
    case KeyFigure::Activities: return tr("Activities");
    case KeyFigure::Milestones: return tr("Milestones");
    case KeyFigure::Organisations: return tr("Organisations");
    case KeyFigure::Areas: return tr("Areas");
    case KeyFigure::Goals: return tr("Goals");
    case KeyFigure::Indicators: return tr("Indicators");
    case KeyFigure::FundingSources: return tr("Funding sources");
    case KeyFigure::Risks: return tr("Risks");
    }
    return {};
}

QString KeyFigureTexts::value(KeyFigure figure) const
{
    const KeyFigures &f = m_figures;
    switch (figure) {
    case KeyFigure::Today: return isoDate(f.today);
    case KeyFigure::Horizon: return horizon();
    case KeyFigure::CurrentPhase: return currentPhase();
    case KeyFigure::DirectionPeriod: return span(f.directionPeriod, tr("None covers today"));
    case KeyFigure::TermOfOffice: return span(f.termOfOffice, tr("None covers today"));
    case KeyFigure::NextGate: return nextGate();
    case KeyFigure::GrantCeilings: return amount(f.budget.ceilings);
    case KeyFigure::Allocated: return amount(f.budget.allocated);
    case KeyFigure::Decided: return amount(f.budget.decided);
    case KeyFigure::Spent:
        return f.transactions > 0 ? tr("%1 in %2 transactions").arg(amount(f.budget.spent), count(f.transactions))
                                  : amount(f.budget.spent);
    case KeyFigure::Remaining: {
        const Money remaining = f.budget.remaining();
        return remaining.isNegative() ? tr("%1 (overspent)").arg(amount(remaining)) : amount(remaining);
    }
    case KeyFigure::Phases: return count(f.phases);
    case KeyFigure::Interventions: return byStatus(f.interventions);
    case KeyFigure::Activities: return byStatus(f.activities);
    case KeyFigure::Milestones: return count(f.milestones);
    case KeyFigure::Organisations: return count(f.organisations);
    case KeyFigure::Areas: return count(f.areas);
    case KeyFigure::Goals: return count(f.goals);
    case KeyFigure::Indicators: return count(f.indicators);
    case KeyFigure::FundingSources: return count(f.fundingSources);
    case KeyFigure::Risks: return count(f.risks);
    }
    return {};
}

QList<KeyFigureLine> KeyFigureTexts::lines(const QList<KeyFigure> &figures) const
{
    QList<KeyFigureLine> result;
    for (KeyFigure figure : figures)
        result << line(figure);
    return result;
}

QList<KeyFigure> KeyFigureTexts::whereWeAre()
{
    return {KeyFigure::Horizon, KeyFigure::CurrentPhase, KeyFigure::DirectionPeriod, KeyFigure::TermOfOffice,
            KeyFigure::NextGate};
}

QList<KeyFigure> KeyFigureTexts::money()
{
    return {KeyFigure::GrantCeilings, KeyFigure::Allocated, KeyFigure::Decided, KeyFigure::Spent, KeyFigure::Remaining};
}

QList<KeyFigure> KeyFigureTexts::size()
{
    return {KeyFigure::Phases,        KeyFigure::Interventions, KeyFigure::Activities, KeyFigure::Milestones,
            KeyFigure::Organisations, KeyFigure::Areas,         KeyFigure::Goals,      KeyFigure::Indicators,
            KeyFigure::FundingSources, KeyFigure::Risks};
}

QString KeyFigureTexts::horizon() const
{
    const KeyFigures &f = m_figures;
    if (!f.hasHorizon())
        return tr("Not set");
    const int years = f.horizonMonths / 12, months = f.horizonMonths % 12;
    QStringList length;
    if (years > 0)
        length << (years == 1 ? tr("1 year") : tr("%1 years").arg(years));
    if (months > 0)
        length << (months == 1 ? tr("1 month") : tr("%1 months").arg(months));
    if (length.isEmpty())
        length << tr("less than a month");
    return tr("%1 (%2)").arg(isoSpan(f.horizonStart, f.horizonEnd), length.join(QLatin1Char(' ')));
}

QString KeyFigureTexts::currentPhase() const
{
    const KeyFigures &f = m_figures;
    if (f.currentPhase)
        return span(f.currentPhase, {});
    if (f.horizonStart.isValid() && f.today < f.horizonStart)
        return tr("None yet: the programme starts on %1").arg(isoDate(f.horizonStart));
    if (f.horizonEnd.isValid() && f.today >= f.horizonEnd)
        return tr("None: the programme has ended");
    return tr("No phase covers today");
}

QString KeyFigureTexts::nextGate() const
{
    const KeyFigures &f = m_figures;
    if (!f.nextGate)
        return tr("No decision gate ahead");
    const QString name = Labels::quoted(f.nextGate->name), lastDay = isoDate(lastDayBefore(f.nextGate->end));
    if (f.daysToGate == 0)
        return tr("End of phase %1 today, %2").arg(name, lastDay);
    if (f.daysToGate == 1)
        return tr("End of phase %1 on %2, tomorrow").arg(name, lastDay);
    return tr("End of phase %1 on %2, in %3 days").arg(name, lastDay, count(f.daysToGate));
}

QString KeyFigureTexts::span(const std::optional<NamedSpan> &span, const QString &none) const
{
    return span ? tr("%1 (%2)").arg(span->name, isoSpan(span->start, span->end)) : none;
}

QString KeyFigureTexts::byStatus(const WorkCount &c) const
{
    return tr("%1 (%2 ongoing, %3 done)").arg(count(c.total), count(c.ongoing), count(c.done));
}

} // namespace horisont
