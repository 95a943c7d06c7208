#include "planimport/importreport.h"

#include "planimport/notmapped.h"

#include <QCoreApplication>

namespace horisont {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::ImportReport)
};

QString line(const QString &label, const QString &value)
{
    return (label + QLatin1Char(':')).leftJustified(26) + value + QLatin1Char('\n');
}
} // namespace

QString ImportReport::text(const QLocale &locale) const
{
    const auto n = [&](int value) { return locale.toString(value); };
    QString t;
    t += Tr::tr("Imported %1 (%2)").arg(source, format) + QLatin1Char('\n');
    t += line(Tr::tr("Tasks read"), n(tasks));
    t += line(Tr::tr("Phases"), n(phases));
    t += line(Tr::tr("Interventions"), n(interventions));
    t += line(Tr::tr("Activities"), n(activities));
    t += line(Tr::tr("Milestones"), n(milestones));
    t += line(Tr::tr("Organisations"), n(organisations));
    t += line(Tr::tr("Responsibilities (R)"), n(responsibilities));
    t += line(Tr::tr("Funding sources"), n(fundingSources));
    t += line(Tr::tr("Allocations"), n(allocations));
    t += line(Tr::tr("Allocated in total"), allocated.format(locale, Money::Style::WithOre));
    if (notMapped.isEmpty()) {
        t += Tr::tr("Everything in the file was brought in.") + QLatin1Char('\n');
    } else {
        t += Tr::tr("Not brought in (Horisont has no place for it):") + QLatin1Char('\n');
        for (auto it = notMapped.cbegin(); it != notMapped.cend(); ++it)
            t += QStringLiteral("  %1: %2\n").arg(notmapped::label(it.key()), n(it.value()));
    }
    if (!flattened.isEmpty()) {
        t += Tr::tr("Tasks below the second level, now activities (their path in the file):") + QLatin1Char('\n');
        for (const QString &path : flattened)
            t += QStringLiteral("  ") + path + QLatin1Char('\n');
    }
    if (!warnings.isEmpty()) {
        t += Tr::tr("Notes on the import:") + QLatin1Char('\n');
        for (const QString &w : warnings)
            t += QStringLiteral("  ") + w + QLatin1Char('\n');
    }
    return t;
}

} // namespace horisont
