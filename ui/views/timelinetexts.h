#pragma once

#include "model/enums.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace horisont {

class Plan;
struct Programme;

/// Where a programme stands on a given day, in words: its horizon, the
/// phase and governance periods that cover the day, and the next decision
/// gate. Dates are ISO; spans show their first and last day.
class TimelineTexts
{
    Q_DECLARE_TR_FUNCTIONS(horisont::TimelineTexts)
public:
    /// "2018-01-01 – 2032-12-31 (15 years)", or "Not set".
    static QString horizon(const Programme &programme);
    /// "Inriktningsperiod (2024-01-01 – 2026-12-31)", or why no phase covers the day.
    static QString currentPhase(const Plan &plan, const QDate &today);
    /// The period of this kind that covers the day, with its span.
    static QString currentPeriod(const Plan &plan, PeriodKind kind, const QDate &today);
    /// The nearest phase end after the day: "End of phase “X” on 2026-12-31, in 36 days".
    static QString nextGate(const Plan &plan, const QDate &today);
};

} // namespace horisont
