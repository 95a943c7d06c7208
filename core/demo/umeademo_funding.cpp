// The Umeå demo's money: its funding sources, the allocations of each year
// with the decisions they rest on, and the controller's forecasts.
#include "demo/umeademo_p.h"

#include <optional>

namespace horisont::demo::detail {
using namespace Qt::StringLiterals;

namespace {
/// The decision behind an allocation of a past or current year; years after 2025 are only planned.
Id allocationDecision(Builder &b, const QString &source, int year)
{
    if (year > 2025)
        return NoId;
    if (source == u"BRA"_s || year <= 2020)
        return b.ref(b.decisions, source == u"UTV"_s ? u"council"_s : u"reorganisation"_s);
    if (source == u"UTV"_s)
        return b.ref(b.decisions, year <= 2023 ? u"council"_s : u"direction"_s);
    return b.ref(b.decisions, year <= 2023 ? u"extension"_s : u"direction"_s);
}
} // namespace

void addFunding(Builder &b)
{
    auto source = [&](const QString &code, const QString &name, std::optional<Money> ceiling, QDate from,
                      QDate until, const QString &grantor, Id decision, const QString &earmark) {
        FundingSource s{NoId, name, code, ceiling, from, until, grantor, decision, earmark};
        s.id = b.add(s);
        b.sources.insert(code, s);
    };
    source(u"UTV"_s, u"Utvecklingsanslag"_s, Money::fromKronor(6'000'000), QDate(2020, 1, 1), QDate(2026, 1, 1),
           u"Kommunfullmäktige"_s, b.ref(b.decisions, u"council"_s),
           u"Utveckling av arbetet för att Umeå ska växa hållbart utan utsatta områden"_s);
    // Valid through 2023 so that the sample ledger export of 2023 falls inside it.
    source(u"BRA"_s, u"Brås ekonomiska stöd (utvärdering)"_s, Money::fromKronor(250'000), QDate(2019, 1, 1),
           QDate(2024, 1, 1), u"Brå"_s, NoId, u"Utvärdering av uppdraget (UCER)"_s);
    source(u"ORD"_s, u"Förvaltningarnas ordinarie budget"_s, std::nullopt, QDate(2018, 1, 1), QDate(2033, 1, 1),
           u"Kommunfullmäktige (nämndernas budgetramar)"_s, NoId, {});
}

void addAllocations(Builder &b)
{
    // {source, project, organisation, first year, last year, kronor per year}
    const struct { const char *source; const char *project; const char *org; int from; int to; qint64 kronor; } rows[] = {
        // Utvecklingsanslaget: 5 700 000 kr of the 6 000 000 kr ceiling.
        {"UTV", "7130", "3100", 2020, 2020, 250'000},
        {"UTV", "7120", "3100", 2021, 2023, 400'000},
        {"UTV", "7140", "5100", 2021, 2021, 150'000},
        {"UTV", "7140", "5100", 2022, 2022, 600'000},
        {"UTV", "7140", "6100", 2022, 2022, 150'000},
        {"UTV", "7140", "5100", 2023, 2023, 350'000},
        {"UTV", "7150", "3100", 2021, 2023, 150'000},
        {"UTV", "7160", "4100", 2021, 2021, 200'000},
        {"UTV", "7160", "4100", 2022, 2022, 300'000},
        {"UTV", "7160", "4100", 2023, 2023, 150'000},
        {"UTV", "7100", "1100", 2024, 2025, 450'000},
        {"UTV", "7110", "1100", 2024, 2025, 200'000},
        {"UTV", "7170", "2100", 2024, 2025, 300'000},
        // Brå's support for the evaluation: the whole 250 000 kr.
        {"BRA", "7180", "1100", 2019, 2019, 100'000},
        {"BRA", "7180", "1100", 2020, 2020, 150'000},
        // The departments' ordinary budgets.
        {"ORD", "7180", "1100", 2019, 2020, 50'000},
        {"ORD", "7130", "3100", 2019, 2020, 150'000},
        {"ORD", "7120", "3100", 2021, 2023, 1'200'000},
        {"ORD", "7140", "5100", 2022, 2023, 300'000},
        {"ORD", "7140", "6100", 2022, 2022, 400'000},
        {"ORD", "7150", "3100", 2021, 2023, 500'000},
        {"ORD", "7150", "4100", 2021, 2023, 100'000},
        {"ORD", "7160", "4100", 2021, 2023, 800'000},
        {"ORD", "7160", "2100", 2021, 2023, 400'000},
        {"ORD", "7100", "1100", 2024, 2026, 900'000},
        {"ORD", "7110", "1100", 2024, 2026, 300'000},
        {"ORD", "7110", "6100", 2024, 2026, 250'000},
        {"ORD", "7170", "2100", 2024, 2026, 600'000},
        {"ORD", "7170", "4100", 2024, 2026, 150'000},
    };
    for (const auto &row : rows) {
        const QString source = QString::fromLatin1(row.source);
        const QString project = QString::fromLatin1(row.project);
        for (int year = row.from; year <= row.to; ++year) {
            const Id decision = allocationDecision(b, source, year);
            Allocation a{NoId, b.sources.value(source).id, b.ref(b.interventionIds, project), NoId,
                         b.ref(b.organisations, QString::fromLatin1(row.org)), year, Money::fromKronor(row.kronor),
                         decision == NoId ? AllocationStatus::Planned : AllocationStatus::Decided, decision,
                         decision == NoId ? u"Preliminär fördelning inom nämndens budgetram"_s : QString()};
            a.id = b.add(a);
            b.allocations.push_back(a);
        }
    }
    // The controller's forecast of the ordinary budget for the current year
    // (the grant ended with 2025), for the source as a whole: the scope the
    // follow-up view and the controller pack show and take forecasts for.
    b.add(Forecast{NoId, b.sources.value(u"ORD"_s).id, NoId, NoId, 2026, Money::fromKronor(2'310'000),
                   u"Extra föräldravandringar under hösten; något dyrare trygghetsvandringar"_s}); // revised in the budget history
}

} // namespace horisont::demo::detail
