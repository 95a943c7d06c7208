#include "demo/generator.h"

#include "document/plandocument.h"
#include "ledger/ledger.h"
#include "model/schema.h"

#include <QCoreApplication>
#include <QFile>

#include <random>

namespace horisont {
namespace {

constexpr int Years = 15;
constexpr int StartYear = 2020;
constexpr int PhaseCount = 5;
constexpr int OrganisationCount = 60;
constexpr int SourceCount = 4;

struct Generated {
    ChangeList changes;
    std::vector<Id> organisations;
    std::vector<Id> sources;
    std::vector<std::pair<Id, QString>> interventions; // id, code
};

template<class T>
void add(Generated &g, const T &entity)
{
    g.changes.append(Change::insert(toRecord(entity)));
}

void governance(Generated &g)
{
    for (int t = 0; t < 4; ++t)
        add(g, Period{t + 1, PeriodKind::TermOfOffice, QStringLiteral("Mandatperiod %1–%2").arg(2019 + 4 * t).arg(2022 + 4 * t),
                      QDate(2019 + 4 * t, 1, 1), QDate(2023 + 4 * t, 1, 1), NoId});
    for (int o = 0; o < OrganisationCount; ++o) {
        const auto kind = o < 45 ? OrganisationKind::Department
                                 : (o < 52 ? OrganisationKind::MunicipalCompany : OrganisationKind::ExternalPartner);
        const QString code = kind == OrganisationKind::ExternalPartner ? QString() : QString::number(1000 + o * 10);
        add(g, Organisation{o + 1, QStringLiteral("Organisation %1").arg(o + 1), QStringLiteral("Org%1").arg(o + 1),
                            kind, code, NoId});
        g.organisations.push_back(o + 1);
    }
    for (int s = 0; s < SourceCount; ++s) {
        FundingSource source;
        source.id = s + 1;
        source.name = QStringLiteral("Källa %1").arg(s + 1);
        source.code = QStringLiteral("S%1").arg(s + 1);
        if (s > 0)
            source.ceiling = Money::fromKronor(qint64(50'000'000) * s);
        source.validFrom = QDate(StartYear, 1, 1);
        source.validUntil = QDate(StartYear + Years, 1, 1);
        add(g, source);
        g.sources.push_back(source.id);
    }
}

void structure(Generated &g, const GeneratorOptions &options, std::mt19937_64 &random)
{
    const int interventionCount = std::max(1, options.activities / 10);
    const int yearsPerPhase = Years / PhaseCount;
    for (int p = 0; p < PhaseCount; ++p)
        add(g, Phase{p + 1, QStringLiteral("Fas %1").arg(p + 1), QDate(StartYear + p * yearsPerPhase, 1, 1),
                     QDate(StartYear + (p + 1) * yearsPerPhase, 1, 1), QString(), NoId, p});
    Id activityId = 0;
    Id responsibilityId = 0;
    Id allocationId = 0;
    for (int i = 0; i < interventionCount; ++i) {
        const int phase = i % PhaseCount;
        const int firstYear = StartYear + phase * yearsPerPhase;
        Intervention in;
        in.id = i + 1;
        in.phaseId = phase + 1;
        in.name = QStringLiteral("Insats %1").arg(i + 1);
        in.code = QStringLiteral("P%1").arg(i + 1);
        in.start = QDate(firstYear, 1, 1);
        in.end = QDate(firstYear + yearsPerPhase, 1, 1);
        in.position = i / PhaseCount;
        add(g, in);
        g.interventions.emplace_back(in.id, in.code);
        const Id accountable = g.organisations[std::size_t(i) % g.organisations.size()];
        add(g, Responsibility{++responsibilityId, in.id, NoId, accountable, RaciRole::Accountable});
        add(g, Responsibility{++responsibilityId, in.id, NoId,
                              g.organisations[std::size_t(i * 7 + 3) % g.organisations.size()], RaciRole::Responsible});
        const int activities = options.activities / interventionCount + (i < options.activities % interventionCount);
        for (int a = 0; a < activities; ++a) {
            Activity act;
            act.id = ++activityId;
            act.interventionId = in.id;
            act.name = QStringLiteral("Aktivitet %1.%2").arg(i + 1).arg(a + 1);
            const int startDay = int(random() % (365 * yearsPerPhase - 400));
            act.start = in.start.addDays(startDay);
            act.milestone = a % 10 == 9;
            act.end = act.milestone ? act.start : act.start.addDays(30 + int(random() % 360));
            act.position = a;
            add(g, act);
            for (int year = act.start.year(); year <= act.end.year(); ++year) {
                const Id source = g.sources[random() % g.sources.size()];
                add(g, Allocation{++allocationId, source, in.id, act.id, accountable, year,
                                  Money::fromKronor(qint64(1000 + random() % 50'000)),
                                  AllocationStatus::Planned, NoId, QString()});
            }
        }
    }
}

std::vector<Transaction> ledger(const Generated &g, qint64 count, std::mt19937_64 &random)
{
    std::vector<Transaction> rows;
    rows.reserve(std::size_t(count));
    for (qint64 n = 0; n < count; ++n) {
        Transaction t;
        t.voucher = QString::number(100000 + n / 4);
        t.line = QString::number(n % 4 + 1);
        t.date = QDate(StartYear, 1, 1).addDays(qint64(random() % (365 * 6)));
        t.amount = Money::fromOre(qint64(random() % 5'000'000) - 200'000);
        t.account = QString::number(4000 + random() % 3000);
        const auto &intervention = g.interventions[random() % g.interventions.size()];
        t.interventionCode = intervention.second;
        t.organisationCode = QString::number(1000 + int(random() % 45) * 10);
        // One row in a thousand carries a code the plan does not know.
        t.sourceCode = random() % 1000 == 0 ? QStringLiteral("X9") : QStringLiteral("S%1").arg(1 + random() % SourceCount);
        t.text = QStringLiteral("Faktura %1").arg(n);
        t.identity = QStringLiteral("V:%1/%2").arg(t.voucher, t.line);
        rows.push_back(std::move(t));
    }
    return rows;
}

} // namespace

std::unique_ptr<PlanDocument> generatePlan(const QString &path, const GeneratorOptions &options, QString *error)
{
    Programme programme;
    programme.name = QStringLiteral("Genererad plan (%1 aktiviteter)").arg(options.activities);
    programme.commissioningBody = QStringLiteral("Kommunstyrelsen");
    programme.start = QDate(StartYear, 1, 1);
    programme.horizonEnd = QDate(StartYear + Years, 1, 1);
    programme.description = QCoreApplication::translate("horisont::Generator",
                                                        "A generated plan for benchmarks; every figure is synthetic.");
    auto doc = PlanDocument::create(path, programme, error);
    if (!doc)
        return nullptr;
    std::mt19937_64 random(options.seed);
    Generated g;
    governance(g);
    structure(g, options, random);
    bool ok = doc->applyBulk(g.changes, CommandText("horisont::Generator", QT_TRANSLATE_NOOP("horisont::Generator", "Generate plan")));
    if (ok && options.transactions > 0) {
        std::vector<Transaction> rows = ledger(g, options.transactions, random);
        Ledger::matchCodes(doc->plan(), rows);
        Ledger::InsertResult result;
        ok = Ledger(doc->store()).insert(rows, QStringLiteral("generated"), doc->userName(), &result, error);
    } else if (!ok) {
        *error = doc->lastError();
    }
    if (!ok) {
        doc.reset();
        QFile::remove(path);
        return nullptr;
    }
    return doc;
}

} // namespace horisont
