// Each plan check fires on a plan built to have that fault, names the item,
// and is silent on the healthy demo plan.
#include "testsupport.h"

#include "check/plancheck.h"
#include "edit/commands.h"
#include "ledger/import/ledgerimport.h"
#include "model/halfopen.h"
#include "labels/labels.h"

#include <QFile>
#include <QHash>

#include <gtest/gtest.h>

#include <optional>

using namespace horisont;

namespace {

class Checks : public test::DemoTest
{
protected:

    Findings run() const
    {
        CheckContext context;
        context.locale = QLocale(QLocale::Swedish, QLocale::Sweden);
        context.ledger = Ledger(doc->store()).totals();
        return checkPlan(doc->plan(), context);
    }

    /// The first finding with `code`, copied: the findings are often a temporary.
    std::optional<Finding> find(const Findings &findings, const char *code) const
    {
        for (const Finding &f : findings) {
            if (f.code == QLatin1String(code))
                return f;
        }
        return std::nullopt;
    }

    void set(EntityKind kind, Id id, const char *field, const QVariant &value)
    {
        QString error;
        auto *c = commands::setField(*doc, kind, id, QString::fromLatin1(field), value, &error);
        ASSERT_TRUE(c) << error.toStdString();
        ASSERT_TRUE(doc->execute(c)) << doc->lastError().toStdString();
    }

    const Intervention &firstIntervention() const { return *doc->plan().all<Intervention>().begin(); }

    /// Imports ledger rows (after the header) as a finance system's export,
    /// through the same LedgerImport as the application.
    void importLedger(const QByteArray &rows)
    {
        const QString path = dir.filePath(QStringLiteral("export-%1.csv").arg(++exports));
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("Ver.nr;Rad;Bokf.datum;Konto;Ansvar;Verksamhet;Aktivitet;Projekt;Belopp;Text\r\n" + rows);
        file.close();
        const ImportResult r = LedgerImport::import(*doc, path, ImportOptions{});
        ASSERT_TRUE(r.ok) << r.error.toStdString();
    }

    template<class T>
    const T &withCode(const char *code) const
    {
        for (const T &e : doc->plan().all<T>()) {
            if (e.code == QLatin1String(code))
                return e;
        }
        throw std::runtime_error(std::string("the demo has no ") + code);
    }

    /// Swedish amounts as Money formats them (non-breaking spaces).
    static QString kr(const char *text)
    {
        return QString::fromUtf8(text).replace(QLatin1Char(' '), QChar(0x00A0));
    }

    int exports = 0;
};

} // namespace

TEST_F(Checks, DemoPlanIsClean)
{
    const Findings findings = run();
    for (const Finding &f : findings)
        ADD_FAILURE() << f.code.toStdString() << ": " << f.message.toStdString();
}

TEST_F(Checks, InterventionWithoutAccountable)
{
    const Intervention &in = firstIntervention();
    QList<Id> accountable;
    for (const Responsibility &r : doc->plan().all<Responsibility>()) {
        if (r.interventionId == in.id && r.role == RaciRole::Accountable)
            accountable << r.id;
    }
    ASSERT_EQ(accountable.size(), 1);
    ASSERT_TRUE(doc->execute(commands::remove(*doc, EntityKind::Responsibility, accountable, CommandText::verbatim(QStringLiteral("x")))));
    const std::optional<Finding> f = find(run(), "accountable-missing");
    ASSERT_TRUE(f);
    EXPECT_EQ(f->id, in.id);
    EXPECT_TRUE(f->message.contains(in.name));
}

TEST_F(Checks, InterventionWithTwoAccountable)
{
    const Intervention &in = firstIntervention();
    const Id other = doc->plan().all<Organisation>().items().back().id;
    ASSERT_TRUE(doc->execute(commands::insert(*doc, Responsibility{NoId, in.id, NoId, other, RaciRole::Accountable},
                                              CommandText::verbatim(QStringLiteral("x")))));
    const std::optional<Finding> f = find(run(), "accountable-several");
    ASSERT_TRUE(f);
    EXPECT_EQ(f->id, in.id);
}

TEST_F(Checks, ActivityOutsideItsPhaseAndHorizon)
{
    const Activity &a = *doc->plan().all<Activity>().begin();
    const Id id = a.id;
    const QString name = a.name;
    const Intervention *in = doc->plan().find<Intervention>(a.interventionId);
    const Phase *phase = doc->plan().find<Phase>(in->phaseId);
    const QDate afterPhase = phase->end.addDays(10);
    set(EntityKind::Activity, id, "end", afterPhase.addDays(20));
    set(EntityKind::Activity, id, "start", afterPhase);
    Findings findings = run();
    ASSERT_TRUE(find(findings, "activity-outside-phase"));
    EXPECT_TRUE(find(findings, "activity-outside-phase")->message.contains(name));

    // Dates outside the horizon cannot be typed (dates::problem), but a
    // horizon can be shortened under work already planned.
    set(EntityKind::Programme, doc->plan().programme().id, "horizon_end", afterPhase);
    findings = run();
    EXPECT_TRUE(find(findings, "activity-outside-horizon"));
}

TEST_F(Checks, EndBeforeStart)
{
    // No edit can write it (dates::problem refuses), but a file written
    // elsewhere can hold it: write the change past the rule.
    const Activity &a = *doc->plan().all<Activity>().begin();
    QString error;
    EXPECT_FALSE(commands::setField(*doc, EntityKind::Activity, a.id, QStringLiteral("end"), a.start.addDays(-5), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("cannot come before"))) << error.toStdString();
    const int end = kindInfo(EntityKind::Activity).fieldIndex(QStringLiteral("end"));
    ASSERT_TRUE(doc->execute(new EditCommand(doc.get(), CommandText::verbatim(QStringLiteral("raw")),
                                             {Change::update(EntityKind::Activity, a.id, end, storage::to(a.end),
                                                             storage::to(a.start.addDays(-5)))})));
    EXPECT_TRUE(find(run(), "activity-dates"));
}

TEST_F(Checks, PhaseOverlapAndGap)
{
    std::vector<Phase> phases(doc->plan().all<Phase>().begin(), doc->plan().all<Phase>().end());
    std::sort(phases.begin(), phases.end(), [](const Phase &a, const Phase &b) { return a.start < b.start; });
    ASSERT_GE(phases.size(), 3u);
    set(EntityKind::Phase, phases[0].id, "end", phases[0].end.addMonths(6));
    EXPECT_TRUE(find(run(), "phase-overlap"));
    set(EntityKind::Phase, phases[0].id, "end", phases[0].end.addMonths(-6));
    const std::optional<Finding> gap = find(run(), "phase-gap");
    ASSERT_TRUE(gap);
    EXPECT_TRUE(gap->message.contains(phases[1].name));
}

TEST_F(Checks, MilestoneAfterItsInterventionEnds)
{
    for (const Activity &a : doc->plan().all<Activity>()) {
        if (!a.milestone)
            continue;
        const Intervention *in = doc->plan().find<Intervention>(a.interventionId);
        const Id id = a.id;
        // The stored end is the first day after the intervention: a milestone there is already after it.
        const QDate late = in->end;
        set(EntityKind::Activity, id, "start", late); // a milestone moves as a whole
        const Findings findings = run(); // kept: find() points into it
        const std::optional<Finding> f = find(findings, "milestone-after-intervention");
        ASSERT_TRUE(f);
        EXPECT_EQ(f->id, id);
        EXPECT_TRUE(f->message.contains(QStringLiteral("ends (%1)").arg(isoDate(late.addDays(-1))))) << f->message.toStdString();
        return;
    }
    FAIL() << "the demo has no milestone";
}

// A message names a period's last day, as Properties shows it, never the
// stored exclusive end (an intervention ending 2027-11-01 ends on 2027-10-31).
TEST_F(Checks, MessagesShowThePeriodsLastDay)
{
    const Intervention &i = firstIntervention();
    const Phase &phase = *doc->plan().find<Phase>(i.phaseId);
    const Id id = i.id;
    const QDate start = i.start;
    const QDate end = QDate(phase.end.year() + 1, 11, 1); // exclusive: the last day is 31 October
    set(EntityKind::Intervention, id, "end", end);
    const Findings findings = run(); // kept: find() points into it
    const std::optional<Finding> f = find(findings, "intervention-outside-phase");
    ASSERT_TRUE(f);
    EXPECT_EQ(f->id, id);
    const std::string message = f->message.toStdString();
    EXPECT_TRUE(f->message.contains(QStringLiteral("%1 – %2-10-31").arg(isoDate(start)).arg(end.year()))) << message;
    EXPECT_FALSE(f->message.contains(isoDate(end))) << message;

    // A gap between phases names its first and its last uncovered day.
    std::vector<Phase> phases(doc->plan().all<Phase>().begin(), doc->plan().all<Phase>().end());
    std::sort(phases.begin(), phases.end(), [](const Phase &a, const Phase &b) { return a.start < b.start; });
    const QDate firstEnd = phases[0].end;
    set(EntityKind::Phase, phases[0].id, "end", firstEnd.addMonths(-1));
    const Findings after = run();
    const std::optional<Finding> gap = find(after, "phase-gap");
    ASSERT_TRUE(gap);
    EXPECT_TRUE(gap->message.contains(QStringLiteral("%1 – %2").arg(isoDate(firstEnd.addMonths(-1)), isoDate(firstEnd.addDays(-1)))))
        << gap->message.toStdString();
}

TEST_F(Checks, DuplicatedOrganisationCode)
{
    const auto &orgs = doc->plan().all<Organisation>().items();
    const Organisation *first = nullptr;
    for (const Organisation &o : orgs) {
        if (o.code.isEmpty())
            continue;
        if (!first) {
            first = &o;
        } else {
            const QString code = first->code;
            set(EntityKind::Organisation, o.id, "code", code);
            const std::optional<Finding> f = find(run(), "organisation-code-duplicate");
            ASSERT_TRUE(f);
            EXPECT_TRUE(f->message.contains(code));
            return;
        }
    }
    FAIL() << "the demo needs two organisations with codes";
}

TEST_F(Checks, SourceAllocatedBeyondItsCeiling)
{
    for (const FundingSource &s : doc->plan().all<FundingSource>()) {
        if (!s.ceiling)
            continue;
        const Id sourceId = s.id;
        const Money ceiling = *s.ceiling;
        for (const Allocation &a : doc->plan().all<Allocation>()) {
            if (a.sourceId == sourceId) {
                set(EntityKind::Allocation, a.id, "amount", qlonglong((a.amount + ceiling).ore()));
                const std::optional<Finding> f = find(run(), "source-over-ceiling");
                ASSERT_TRUE(f);
                EXPECT_EQ(f->id, sourceId);
                EXPECT_TRUE(f->message.contains(QStringLiteral("kr")));
                return;
            }
        }
    }
    FAIL() << "the demo needs an allocation from a source with a ceiling";
}

TEST_F(Checks, TransactionsWithUnknownCodes)
{
    std::vector<Transaction> rows(1);
    rows[0].voucher = QStringLiteral("99999");
    rows[0].line = QStringLiteral("1");
    rows[0].date = QDate(2024, 5, 2);
    rows[0].amount = Money::fromKronor(1250);
    rows[0].interventionCode = QStringLiteral("9999");
    rows[0].identity = QStringLiteral("V:99999/1");
    Ledger::matchCodes(doc->plan(), rows);
    Ledger::InsertResult result;
    QString error;
    ASSERT_TRUE(Ledger(doc->store()).insert(rows, QStringLiteral("test"), QStringLiteral("tester"), &result, &error));
    const std::optional<Finding> f = find(run(), "transactions-unassigned");
    ASSERT_TRUE(f);
    EXPECT_TRUE(f->message.contains(QStringLiteral("1 250 kr").replace(QLatin1Char(' '), QChar(0x00A0)))) << f->message.toStdString();
}

TEST_F(Checks, CeilingFindingNamesTheYearItIsPassed)
{
    const FundingSource &utv = withCode<FundingSource>("UTV"); // ceiling 6 000 000 kr, fully allocated
    ASSERT_TRUE(utv.ceiling);
    // The latest allocation from UTV grows by 250 000 kr: the ceiling is passed in its year.
    const Allocation *latest = nullptr;
    Money total;
    for (const Allocation &a : doc->plan().all<Allocation>()) {
        if (a.sourceId != utv.id)
            continue;
        total += a.amount;
        if (!latest || a.year > latest->year)
            latest = &a;
    }
    ASSERT_TRUE(latest);
    ASSERT_LE(total, *utv.ceiling);
    const int year = latest->year;
    set(EntityKind::Allocation, latest->id, "amount", qlonglong((latest->amount + Money::fromKronor(250'000) + (*utv.ceiling - total)).ore()));
    const Findings findings = run();
    const std::optional<Finding> f = find(findings, "source-over-ceiling");
    ASSERT_TRUE(f);
    EXPECT_EQ(f->id, utv.id);
    EXPECT_EQ(f->severity, Finding::Severity::Error);
    EXPECT_TRUE(f->message.contains(utv.name));
    EXPECT_TRUE(f->message.contains(kr("6 250 000 kr"))) << f->message.toStdString();
    EXPECT_TRUE(f->message.contains(kr("6 000 000 kr")));
    EXPECT_TRUE(f->message.contains(kr("250 000 kr")));
    EXPECT_TRUE(f->message.contains(QStringLiteral("first passed in %1").arg(year))) << f->message.toStdString();
    // One finding for the source, not one for the total and another for the year.
    int forUtv = 0;
    for (const Finding &g : findings)
        forUtv += g.code.startsWith(QLatin1String("source-over-ceiling")) && g.id == utv.id;
    EXPECT_EQ(forUtv, 1);
}

TEST_F(Checks, AllocationOutsideTheSourcesPeriodShowsItsLastDay)
{
    const FundingSource &utv = withCode<FundingSource>("UTV"); // valid 2020-01-01 up to 2026-01-01
    for (const Allocation &a : doc->plan().all<Allocation>()) {
        if (a.sourceId != utv.id)
            continue;
        const Id id = a.id;
        EXPECT_FALSE(find(run(), "allocation-outside-source-period"));
        set(EntityKind::Allocation, id, "year", 2026);
        const std::optional<Finding> f = find(run(), "allocation-outside-source-period");
        ASSERT_TRUE(f);
        EXPECT_EQ(f->id, id);
        EXPECT_TRUE(f->message.contains(QStringLiteral("2020-01-01 – 2025-12-31"))) << f->message.toStdString();
        return;
    }
    FAIL() << "the demo needs an allocation from UTV";
}

TEST_F(Checks, AnAllocationIsOutsideTheSourcesPeriodByBudgetYear)
{
    // With budget years from July, budget year 2025 runs to 2026-06-30; UTV
    // (valid through 2025-12-31) may fund it, but not 2026 (from 2026-07-01).
    set(EntityKind::Programme, doc->plan().programme().id, "fiscal_year_start_month", 7);
    const FundingSource &utv = withCode<FundingSource>("UTV");
    for (const Allocation &a : doc->plan().all<Allocation>()) {
        if (a.sourceId != utv.id)
            continue;
        const Id id = a.id;
        set(EntityKind::Allocation, id, "year", 2025);
        EXPECT_FALSE(find(run(), "allocation-outside-source-period"));
        set(EntityKind::Allocation, id, "year", 2026);
        const std::optional<Finding> f = find(run(), "allocation-outside-source-period");
        ASSERT_TRUE(f);
        EXPECT_EQ(f->id, id);
        // In calendar years the source's first year is 2020; from July, budget year 2019 reaches into 2020.
        set(EntityKind::Allocation, id, "year", 2019);
        EXPECT_FALSE(find(run(), "allocation-outside-source-period"));
        set(EntityKind::Allocation, id, "year", 2018);
        EXPECT_TRUE(find(run(), "allocation-outside-source-period"));
        return;
    }
    FAIL() << "the demo needs an allocation from UTV";
}

TEST_F(Checks, TransactionsOutsideTheSourcesPeriod)
{
    const FundingSource &utv = withCode<FundingSource>("UTV"); // valid 2020-01-01 up to 2026-01-01
    importLedger("91001;1;2019-12-30;5090;1100;2750;UTV;7100;1 000,00;Före perioden\r\n"
                 "91001;2;2025-12-31;5090;1100;2750;UTV;7100;500,00;Periodens sista dag\r\n"
                 "91002;1;2026-01-01;5090;1100;2750;UTV;7100;2 000,50;Efter perioden\r\n");
    const Findings findings = run();
    const std::optional<Finding> f = find(findings, "transactions-outside-source-period");
    ASSERT_TRUE(f);
    EXPECT_EQ(f->kind, EntityKind::FundingSource);
    EXPECT_EQ(f->id, utv.id);
    EXPECT_EQ(f->severity, Finding::Severity::Warning);
    const std::string message = f->message.toStdString();
    EXPECT_TRUE(f->message.contains(utv.name)) << message;
    EXPECT_TRUE(f->message.contains(QStringLiteral("2 ledger transaction"))) << message;
    EXPECT_TRUE(f->message.contains(kr("3 000,50 kr"))) << message;
    EXPECT_TRUE(f->message.contains(QStringLiteral("2020-01-01 – 2025-12-31"))) << message;
    EXPECT_TRUE(f->message.contains(QStringLiteral("voucher 91001 of 2019-12-30, voucher 91002 of 2026-01-01"))) << message;
    int outside = 0;
    for (const Finding &g : findings)
        outside += g.code == QLatin1String("transactions-outside-source-period");
    EXPECT_EQ(outside, 1); // BRA and ORD rows of the demo ledger are all inside their periods

    // Widening the source's period (an edit, no new import) clears it.
    set(EntityKind::FundingSource, utv.id, "valid_from", QDate(2019, 1, 1));
    set(EntityKind::FundingSource, utv.id, "valid_until", QDate(2027, 1, 1));
    EXPECT_FALSE(find(run(), "transactions-outside-source-period"));
}

TEST_F(Checks, SpendingBeyondWhatIsAllocated)
{
    // 7180 (the evaluation, Kommunledningskontoret 1100) has 200 000 kr for 2020 and
    // has spent 175 551,44 kr of it; an invoice of 30 000 kr more goes over.
    const Intervention &evaluation = withCode<Intervention>("7180");
    const Organisation &office = withCode<Organisation>("1100");
    const Findings before = run();
    EXPECT_FALSE(find(before, "spending-over-allocation"));
    EXPECT_FALSE(find(before, "organisation-spending-over-allocation"));

    importLedger("92001;1;2020-11-05;6420;1100;2750;BRA;7180;30 000,00;Konsult UCER, tillägg\r\n");
    const Findings findings = run();
    const std::optional<Finding> f = find(findings, "spending-over-allocation");
    ASSERT_TRUE(f);
    EXPECT_EQ(f->kind, EntityKind::Intervention);
    EXPECT_EQ(f->id, evaluation.id);
    std::string message = f->message.toStdString();
    EXPECT_TRUE(f->message.contains(evaluation.name)) << message;
    EXPECT_TRUE(f->message.contains(QStringLiteral("in 2020"))) << message;
    EXPECT_TRUE(f->message.contains(kr("205 551,44 kr"))) << message;
    EXPECT_TRUE(f->message.contains(kr("5 551,44 kr"))) << message;
    EXPECT_TRUE(f->message.contains(kr("200 000 kr"))) << message;

    const std::optional<Finding> o = find(findings, "organisation-spending-over-allocation");
    ASSERT_TRUE(o);
    EXPECT_EQ(o->kind, EntityKind::Organisation);
    EXPECT_EQ(o->id, office.id);
    message = o->message.toStdString();
    EXPECT_TRUE(o->message.contains(office.name)) << message;
    EXPECT_TRUE(o->message.contains(QStringLiteral("in 2020"))) << message;

    // Only that year: 2019 and the other interventions stay within their allocations.
    int over = 0;
    for (const Finding &g : findings)
        over += g.code == QLatin1String("spending-over-allocation");
    EXPECT_EQ(over, 1);

    // Allocating the difference (an edit) clears both.
    for (const Allocation &a : doc->plan().all<Allocation>()) {
        if (a.interventionId == evaluation.id && a.year == 2020 && a.organisationId == office.id) {
            set(EntityKind::Allocation, a.id, "amount", qlonglong((a.amount + Money::fromKronor(10'000)).ore()));
            break;
        }
    }
    const Findings after = run();
    EXPECT_FALSE(find(after, "spending-over-allocation"));
    EXPECT_FALSE(find(after, "organisation-spending-over-allocation"));
}

// The sample export of 2023 is coded like the demo but for one deliberate
// error: a UCER invoice booked on the evaluation's project 7180, which ended
// with 2020. The check names each intervention with the count and sum of its
// rows outside, which sqlite3 computes here from the file on its own.
TEST_F(Checks, SampleLedgerSpendingOutsideItsInterventionsDates)
{
    EXPECT_FALSE(find(run(), "transactions-outside-intervention-period")); // the demo's own ledger is inside
    const ImportResult imported =
        LedgerImport::import(*doc, QStringLiteral(HORISONT_TEST_DATA "/ledger/ledger-sample-2023.csv"), {});
    ASSERT_TRUE(imported.ok) << imported.error.toStdString();
    ASSERT_EQ(imported.imported, 70);

    const QString outsideRows = QStringLiteral("FROM ledger_transaction t JOIN intervention i ON i.id = t.intervention_id "
                                               "WHERE t.date < i.start OR t.date >= i.end");
    const QStringList perIntervention =
        test::sqlite3(doc->path(), QStringLiteral("SELECT i.id, count(*), sum(t.amount) %1 GROUP BY i.id;").arg(outsideRows))
            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QStringList all =
        test::sqlite3(doc->path(), QStringLiteral("SELECT count(*), sum(t.amount) %1;").arg(outsideRows)).split(QLatin1Char('|'));
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all[0].toLongLong(), 1);      // of the sample's 70 rows
    EXPECT_EQ(all[1].toLongLong(), 725267); // 7 252,67 kr

    const Findings findings = run();
    QHash<Id, const Finding *> byIntervention;
    for (const Finding &f : findings) {
        if (f.code == QLatin1String("transactions-outside-intervention-period")) {
            EXPECT_EQ(f.kind, EntityKind::Intervention);
            EXPECT_EQ(f.severity, Finding::Severity::Warning);
            EXPECT_FALSE(byIntervention.contains(f.id)) << "one finding per intervention";
            byIntervention.insert(f.id, &f);
        }
    }
    ASSERT_EQ(byIntervention.size(), perIntervention.size());
    qint64 rows = 0, ore = 0;
    for (const QString &line : perIntervention) {
        const QStringList cells = line.split(QLatin1Char('|'));
        const Id id = cells[0].toLongLong();
        const Finding *f = byIntervention.value(id);
        ASSERT_TRUE(f) << line.toStdString();
        const Intervention &i = *doc->plan().find<Intervention>(id);
        const std::string message = f->message.toStdString();
        EXPECT_TRUE(f->message.contains(Labels::quoted(QStringLiteral("%1 %2").arg(i.code, i.name)))) << message;
        EXPECT_TRUE(f->message.startsWith(QStringLiteral("%1 ledger transaction").arg(cells[1]))) << message;
        EXPECT_TRUE(f->message.contains(Money::fromOre(cells[2].toLongLong()).format(QLocale(QLocale::Swedish, QLocale::Sweden)))) << message;
        EXPECT_TRUE(f->message.contains(isoSpan(i.start, i.end))) << message; // the last day, not the end
        rows += cells[1].toLongLong();
        ore += cells[2].toLongLong();
    }
    EXPECT_EQ(rows, 1);
    EXPECT_EQ(ore, 725267);

    // 7180 ended with 2020; its 2023 row is named by its voucher.
    const Intervention &evaluation = withCode<Intervention>("7180");
    ASSERT_TRUE(byIntervention.value(evaluation.id));
    EXPECT_TRUE(byIntervention.value(evaluation.id)->message.contains(QStringLiteral("the earliest: voucher 23014 of 2023-08-14")))
        << byIntervention.value(evaluation.id)->message.toStdString();

    // Moving the intervention's end (an edit, no new import) re-checks it.
    set(EntityKind::Intervention, evaluation.id, "end", QDate(2024, 1, 1));
    for (const Finding &f : run())
        EXPECT_FALSE(f.code == QLatin1String("transactions-outside-intervention-period") && f.id == evaluation.id);
}

// Spending in a year where nothing is allocated is named as such, with the
// code, once per intervention, organisation or source and year — not as an
// overspend "more than the 0 kr allocated".
TEST_F(Checks, SampleLedgerSpendingInYearsWithoutAllocation)
{
    const ImportResult imported =
        LedgerImport::import(*doc, QStringLiteral(HORISONT_TEST_DATA "/ledger/ledger-sample-2023.csv"), {});
    ASSERT_TRUE(imported.ok) << imported.error.toStdString();
    // Per intervention and year, spending where no allocation (its own or its activities') falls.
    const QStringList expected =
        test::sqlite3(doc->path(),
                      QStringLiteral("SELECT t.intervention_id, substr(t.date, 1, 4) AS y, sum(t.amount) FROM ledger_transaction t "
                                     "WHERE t.intervention_id IS NOT NULL GROUP BY 1, 2 HAVING sum(t.amount) > 0 AND "
                                     "NOT EXISTS (SELECT 1 FROM allocation a LEFT JOIN activity ac ON ac.id = a.activity_id "
                                     "WHERE coalesce(a.intervention_id, ac.intervention_id) = t.intervention_id "
                                     "AND a.year = CAST(y AS INTEGER) AND a.amount <> 0);"))
            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(expected.size(), 1) << expected.join(QLatin1Char('\n')).toStdString(); // 7180 in 2023, the deliberate error
    const Findings findings = run();
    int without = 0;
    for (const Finding &f : findings) {
        EXPECT_FALSE(f.message.contains(QStringLiteral("than the 0"))) << f.message.toStdString();
        without += f.code == QLatin1String("spending-without-allocation");
    }
    EXPECT_EQ(without, expected.size());
    for (const QString &line : expected) {
        const QStringList cells = line.split(QLatin1Char('|'));
        const Intervention &i = *doc->plan().find<Intervention>(cells[0].toLongLong());
        const QString message = QStringLiteral("Intervention \u201C%1 %2\u201D has spent %3 in %4, a year with no allocation to it.")
                                    .arg(i.code, i.name, Money::fromOre(cells[2].toLongLong()).format(QLocale(QLocale::Swedish, QLocale::Sweden)),
                                         cells[1]);
        bool found = false;
        for (const Finding &f : findings)
            found = found || (f.code == QLatin1String("spending-without-allocation") && f.id == i.id && f.message == message);
        EXPECT_TRUE(found) << message.toStdString();
    }
    EXPECT_TRUE(find(findings, "organisation-spending-without-allocation")); // Umeåbrå had nothing in 2023
    // Every other row agrees with the demo: on a source with an allocation that year.
    int sourcesWithout = 0;
    for (const Finding &f : findings)
        if (f.code == QLatin1String("source-spending-without-allocation")) {
            ++sourcesWithout;
            EXPECT_EQ(f.id, withCode<FundingSource>("BRA").id) << f.message.toStdString();
        }
    EXPECT_EQ(sourcesWithout, 1);
}

TEST_F(Checks, SpendingOnASourceInAYearWithoutItsAllocation)
{
    const FundingSource &bra = withCode<FundingSource>("BRA");
    const QString braYears = test::sqlite3(doc->path(), QStringLiteral("SELECT group_concat(DISTINCT year) FROM allocation "
                                                                       "WHERE source_id = %1;").arg(bra.id));
    ASSERT_FALSE(braYears.contains(QStringLiteral("2021"))) << braYears.toStdString();
    EXPECT_FALSE(find(run(), "source-spending-without-allocation"));
    importLedger("95001;1;2021-03-10;6420;1100;2750;BRA;7180;4 000,00;Konsult\r\n");
    const std::optional<Finding> f = find(run(), "source-spending-without-allocation");
    ASSERT_TRUE(f);
    EXPECT_EQ(f->kind, EntityKind::FundingSource);
    EXPECT_EQ(f->id, bra.id);
    EXPECT_EQ(f->message, QStringLiteral("Funding source “BRA %1” was charged %2 in 2021, a year with no allocation from it.")
                              .arg(bra.name, kr("4 000 kr")));
}
