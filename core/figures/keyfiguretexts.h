#pragma once

#include "figures/keyfigures.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>

namespace horisont {

/// One key figure, as the overview, the steering pack and `horisont info` name it.
enum class KeyFigure {
    Today,
    Horizon,
    CurrentPhase,
    DirectionPeriod,
    TermOfOffice,
    NextGate,
    GrantCeilings,
    Allocated,
    Decided,
    Spent,
    Remaining,
    Phases,
    Interventions,
    Activities,
    Milestones,
    Organisations,
    Areas,
    Goals,
    Indicators,
    FundingSources,
    Risks,
};

struct KeyFigureLine {
    KeyFigure figure;
    QString label;
    QString value;
};

/// Key figures in words, in one language and locale: the one place that
/// writes "Inriktningsperiod (2024-01-01 – 2026-12-31)", "End of phase “X” on
/// 2026-12-31, in 36 days" or "6 250 000 kr", for every renderer alike.
/// Dates are ISO; spans show their first and last day.
class KeyFigureTexts
{
    Q_DECLARE_TR_FUNCTIONS(horisont::KeyFigureTexts)
public:
    KeyFigureTexts(const KeyFigures &figures, QLocale locale);

    static QString label(KeyFigure figure);
    QString value(KeyFigure figure) const;
    KeyFigureLine line(KeyFigure figure) const { return {figure, label(figure), value(figure)}; }
    QList<KeyFigureLine> lines(const QList<KeyFigure> &figures) const;

    /// Where the programme stands: horizon, phase, periods, next gate (without Today).
    static QList<KeyFigure> whereWeAre();
    /// The money: ceilings, allocated, decided, spent, remaining.
    static QList<KeyFigure> money();
    /// The size of the plan: phases to risks.
    static QList<KeyFigure> size();

    /// "2018-01-01 – 2032-12-31 (15 years)", or "Not set".
    QString horizon() const;
    QString currentPhase() const;
    QString nextGate() const;

private:
    QString span(const std::optional<NamedSpan> &span, const QString &none) const;
    QString count(qint64 n) const { return m_locale.toString(n); }
    QString byStatus(const WorkCount &count) const;
    QString amount(Money m) const { return m.format(m_locale); }

    KeyFigures m_figures;
    QLocale m_locale;
};

} // namespace horisont
