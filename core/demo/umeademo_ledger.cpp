// The Umeå demo's illustrative ledger — rows for the decided allocations,
// coded like the sample ledger export so that the two can be compared — and
// a little of its budget's history for the audit trail.

#include "demo/umeademo_p.h"
#include "document/plandocument.h"
#include "edit/commands.h"
#include "edit/editcommand.h"
#include "model/columns.h"

#include <algorithm>
#include <map>
#include <random>

namespace horisont::demo::detail {
using namespace Qt::StringLiterals;

namespace {

/// Account and text of the postings an intervention typically gets (illustrative coding).
std::vector<std::pair<QString, QString>> postingsFor(const QString &project)
{
    static const QHash<QString, std::vector<std::pair<QString, QString>>> postings = {
        {u"7100"_s, {{u"5090"_s, u"Processledare Umeåbrå"_s}, {u"6420"_s, u"Analysstöd lägesbild"_s},
                     {u"4010"_s, u"Samverkansmöte, material"_s}}},
        {u"7110"_s, {{u"5090"_s, u"EST-samordnare"_s}, {u"4010"_s, u"EST-möte \"veckolägesbild\""_s},
                     {u"6420"_s, u"Kartunderlag och analys"_s}}},
        {u"7120"_s, {{u"6110"_s, u"Ungdomens Hus hyra"_s}, {u"5090"_s, u"Fritidsledare kvällar"_s},
                     {u"4010"_s, u"Inköp aktiviteter Ungdomens Hus"_s}}},
        {u"7130"_s, {{u"6110"_s, u"Fritidsbanken lokal"_s}, {u"5410"_s, u"Fritidsbanken; inköp"_s},
                     {u"5090"_s, u"Föreningsbidrag Fritidsbanken"_s}}},
        {u"7140"_s, {{u"6420"_s, u"Utemiljö – belysning"_s}, {u"4010"_s, u"Utemiljö – planteringar"_s},
                     {u"6420"_s, u"Projektering utemiljö Ersboda"_s}}},
        {u"7150"_s, {{u"5090"_s, u"Lovaktivitet Ålidhem"_s}, {u"4010"_s, u"Lovaktivitet Ersboda, material"_s},
                     {u"7010"_s, u"Bussresa lovaktivitet"_s}}},
        {u"7160"_s, {{u"5090"_s, u"Operativt team, personal"_s}, {u"7010"_s, u"Hembesök och resor"_s},
                     {u"4010"_s, u"Material närvaroarbete"_s}}},
        {u"7170"_s, {{u"5090"_s, u"Föräldrastöd ABC"_s}, {u"4010"_s, u"Föräldravandring, material"_s},
                     {u"6110"_s, u"Lokalhyra föräldraträffar"_s}}},
        {u"7180"_s, {{u"6420"_s, u"Konsult UCER utvärdering"_s}, {u"7010"_s, u"Resor utvärdering"_s}}},
    };
    return postings.value(project);
}

/// A booking day inside [from, until): the 5th, 15th, 25th or 28th of a month, so that
/// several rows share a day and end up on one voucher.
QDate bookingDate(std::mt19937 &rng, QDate from, QDate until)
{
    std::vector<QDate> days;
    for (int month = 1; month <= 12; ++month) {
        for (int day : {5, 15, 25, 28}) {
            const QDate date(from.year(), month, day);
            if (date >= from && date < until)
                days.push_back(date);
        }
    }
    return days.empty() ? from : days[rng() % days.size()];
}

} // namespace

/// Illustrative ledger rows for the decided allocations of 2020–2022 and 2024–2025
/// (70–95 % of each allocation spent over a few rows, now and then with a
/// correction), and for every allocation of the current year up to asOf(), at the
/// pace that leads to the controller's forecast. 2023 is left to the sample
/// ledger export, which is imported into the demo.
std::vector<Transaction> demoTransactions(const Builder &b)
{
    std::mt19937 rng(20180116u); // fixed seed: the demo is the same every time
    // The current year draws from its own stream, so that the earlier years'
    // rows stay what they were before it had any.
    std::mt19937 currentRng(20261125u);
    const int currentYear = asOf().year();
    std::map<int, std::vector<Transaction>> byYear;
    QHash<Id, QString> organisationCode;
    for (auto it = b.organisations.cbegin(); it != b.organisations.cend(); ++it)
        organisationCode.insert(it.value(), b.organisationCodes.value(it.key()));

    for (const Allocation &a : b.allocations) {
        const bool current = a.year == currentYear;
        if (a.year < 2020 || a.year == 2023 || a.year > currentYear
            || (!current && a.status != AllocationStatus::Decided))
            continue;
        std::mt19937 &draw = current ? currentRng : rng;
        const auto iv = std::find_if(b.interventions.cbegin(), b.interventions.cend(),
                                     [&](const Intervention &i) { return i.id == a.interventionId; });
        const auto src = std::find_if(b.sources.cbegin(), b.sources.cend(),
                                      [&](const FundingSource &s) { return s.id == a.sourceId; });
        const QDate from = std::max({QDate(a.year, 1, 1), iv->start, src->validFrom});
        const QDate end = std::min({QDate(a.year + 1, 1, 1), iv->end, src->validUntil});
        const QDate until = current ? std::min(end, asOf()) : end;
        if (from >= until)
            continue;
        qint64 permille = current ? 880 + qint64(draw() % 121) : 700 + qint64(draw() % 251);
        if (current) // only the part of the year that has passed is spent
            permille = permille * from.daysTo(until) / from.daysTo(end);
        const Money spend = Money::fromOre(a.amount.ore() / 1000 * permille + qint64(draw() % 100));
        const std::size_t rows = std::min<std::size_t>(8, 2 + std::size_t(a.amount.ore() / 15'000'000));
        std::vector<qint64> weights;
        for (std::size_t i = 0; i < rows; ++i)
            weights.push_back(20 + qint64(draw() % 81));
        const auto postings = postingsFor(iv->code);
        for (const Money part : spend.allocate(weights)) {
            const auto &[account, text] = postings[draw() % postings.size()];
            Transaction t;
            t.date = bookingDate(draw, from, until);
            t.amount = part;
            t.account = account;
            t.organisationCode = organisationCode.value(a.organisationId);
            t.interventionCode = iv->code;
            t.sourceCode = src->code;
            t.text = text;
            byYear[a.year].push_back(t);
            if (draw() % 14 == 0) { // a correction of part of the row, booked later
                t.date = bookingDate(draw, t.date, until);
                t.amount = -Money::fromOre(part.ore() * qint64(10 + draw() % 41) / 100);
                t.text = u"Rättelse: "_s + text;
                byYear[a.year].push_back(t);
            }
        }
    }

    // Vouchers per year ("20001"…), up to three lines for rows booked on the same day.
    std::vector<Transaction> all;
    for (auto &[year, rows] : byYear) {
        std::stable_sort(rows.begin(), rows.end(),
                         [](const Transaction &x, const Transaction &y) { return x.date < y.date; });
        int voucher = 0;
        int line = 0;
        int maxLines = 0;
        QDate voucherDate;
        for (Transaction &t : rows) {
            if (t.date != voucherDate || line >= maxLines) {
                ++voucher;
                line = 0;
                maxLines = 1 + int(rng() % 3);
                voucherDate = t.date;
            }
            t.voucher = QString::number((year % 100) * 1000 + voucher);
            t.line = QString::number(++line);
            t.identity = u"V:"_s + t.voucher + u'/' + t.line;
            all.push_back(t);
        }
    }
    return all;
}

/// A little of the budget's history, so that the audit trail has something to
/// show: the 2026 ordinary budget of the process leadership decided, and the
/// ordinary budget's forecast for 2026 revised — each an edit with a reason, by a (fictitious) controller.
bool addBudgetHistory(PlanDocument &doc, const Builder &b, QString *error)
{
    const Plan &plan = doc.plan();
    const Id ord = b.sources.value(u"ORD"_s).id;
    const Id leadership = b.interventionIds.value(u"7100"_s);
    const Id office = b.organisations.value(u"1100"_s);
    const Allocation *allocation = nullptr;
    for (const Allocation &a : plan.all<Allocation>())
        if (a.sourceId == ord && a.interventionId == leadership && a.organisationId == office && a.year == 2026)
            allocation = &a;
    const Forecast *forecast = nullptr;
    for (const Forecast &f : plan.all<Forecast>())
        if (f.sourceId == ord && f.interventionId == NoId && f.organisationId == NoId && f.year == 2026)
            forecast = &f;
    if (!allocation || !forecast) {
        *error = u"The Umeå demo's budget history refers to an allocation or forecast it does not have."_s;
        return false;
    }
    const Id allocationId = allocation->id;
    const Id forecastId = forecast->id;
    // The demo's reasons are Swedish, like its names; the commands name
    // themselves, in whichever language the log is read.
    const struct { EntityKind kind; Id id; Column field; QVariant value; const char16_t *reason; } edits[] = {
        {EntityKind::Allocation, allocationId, columns::status, int(AllocationStatus::Decided),
         u"Kommunstyrelsens budget för 2026 fastställd"},
        {EntityKind::Allocation, allocationId, columns::decision_id, qlonglong(b.decisions.value(u"direction"_s)),
         u"Kommunstyrelsens budget för 2026 fastställd"},
        {EntityKind::Forecast, forecastId, columns::amount, Money::fromKronor(2'260'000).ore(),
         u"Processledartjänsten vakant i två månader under våren"},
        {EntityKind::Forecast, forecastId, columns::note,
         u"Vakans i processledningen under våren; extra föräldravandringar under hösten"_s,
         u"Processledartjänsten vakant i två månader under våren"},
    };
    const QString user = doc.userName();
    doc.setUserName(u"ekonom.umea"_s);
    bool ok = true;
    for (const auto &e : edits) {
        const QString reason = QString::fromUtf16(e.reason);
        EditCommand *command = commands::setField(doc, e.kind, e.id, e.field, e.value, error, reason);
        if (!command) { ok = false; break; }
        ok = doc.execute(command); // logged as "do" under the controller's name, like a user's edit
        if (!ok) { *error = doc.lastError(); break; }
    }
    doc.setUserName(user);
    doc.undoStack()->clear(); // the demo's history is in its change log; its first undo is the user's own
    return ok;
}

} // namespace horisont::demo::detail
