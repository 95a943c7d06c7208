// Each plan check fires on a plan built to have that fault, names the item,
// and is silent on the healthy demo plan.
#include "testsupport.h"

#include "check/plancheck.h"
#include "edit/commands.h"

#include <gtest/gtest.h>

using namespace horisont;

namespace {

class Checks : public ::testing::Test
{
protected:
    void SetUp() override
    {
        doc = test::createDemo(dir);
        ASSERT_TRUE(doc);
    }

    Findings run() const
    {
        CheckContext context;
        context.locale = QLocale(QLocale::Swedish, QLocale::Sweden);
        context.ledger = Ledger(doc->store()).totals();
        return checkPlan(doc->plan(), context);
    }

    const Finding *find(const Findings &findings, const char *code) const
    {
        for (const Finding &f : findings) {
            if (f.code == QLatin1String(code))
                return &f;
        }
        return nullptr;
    }

    void set(EntityKind kind, Id id, const char *field, const QVariant &value)
    {
        QString error;
        auto *c = commands::setField(*doc, kind, id, QString::fromLatin1(field), value, &error);
        ASSERT_TRUE(c) << error.toStdString();
        ASSERT_TRUE(doc->execute(c)) << doc->lastError().toStdString();
    }

    const Intervention &firstIntervention() const { return *doc->plan().all<Intervention>().begin(); }

    QTemporaryDir dir;
    std::unique_ptr<PlanDocument> doc;
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
    ASSERT_TRUE(doc->execute(commands::remove(*doc, EntityKind::Responsibility, accountable, QStringLiteral("x"))));
    const Finding *f = find(run(), "accountable-missing");
    ASSERT_TRUE(f);
    EXPECT_EQ(f->id, in.id);
    EXPECT_TRUE(f->message.contains(in.name));
}

TEST_F(Checks, InterventionWithTwoAccountable)
{
    const Intervention &in = firstIntervention();
    const Id other = doc->plan().all<Organisation>().items().back().id;
    ASSERT_TRUE(doc->execute(commands::insert(*doc, Responsibility{NoId, in.id, NoId, other, RaciRole::Accountable},
                                              QStringLiteral("x"))));
    const Finding *f = find(run(), "accountable-several");
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

    set(EntityKind::Activity, id, "end", QDate(2040, 1, 1));
    set(EntityKind::Activity, id, "start", QDate(2039, 1, 1));
    findings = run();
    EXPECT_TRUE(find(findings, "activity-outside-horizon"));
}

TEST_F(Checks, EndBeforeStart)
{
    const Activity &a = *doc->plan().all<Activity>().begin();
    set(EntityKind::Activity, a.id, "end", a.start.addDays(-5));
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
    const Finding *gap = find(run(), "phase-gap");
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
        const QDate late = in->end.addDays(3);
        set(EntityKind::Activity, id, "end", late);
        set(EntityKind::Activity, id, "start", late);
        const Finding *f = find(run(), "milestone-after-intervention");
        ASSERT_TRUE(f);
        EXPECT_EQ(f->id, id);
        return;
    }
    FAIL() << "the demo has no milestone";
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
            const Finding *f = find(run(), "organisation-code-duplicate");
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
                const Finding *f = find(run(), "source-over-ceiling");
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
    const Finding *f = find(run(), "transactions-unassigned");
    ASSERT_TRUE(f);
    EXPECT_TRUE(f->message.contains(QStringLiteral("1 250 kr").replace(QLatin1Char(' '), QChar(0x00A0)))) << f->message.toStdString();
}
