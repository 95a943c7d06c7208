// The rules of an edit that have one home in core: the dates of phases,
// interventions, activities, milestones and periods (edit/dateedits) and
// the one accountable organisation (edit/responsibilitycommands). Each edit
// is made, checked against the file, undone and compared with the file.
#include "testsupport.h"

#include "edit/commands.h"
#include "edit/dateedits.h"
#include "edit/responsibilitycommands.h"
#include "edit/structurecommands.h"
#include "ledger/import/ledgerimport.h"
#include "ledger/ledger.h"
#include "model/schema.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace horisont;

namespace {

class EditRules : public test::DemoTest
{
protected:
    void prepare() override
    {
        for (const Activity &a : doc->plan().all<Activity>()) {
            if (a.milestone && milestone == NoId)
                milestone = a.id;
            if (!a.milestone && activity == NoId)
                activity = a.id;
        }
        ASSERT_NE(activity, NoId);
        ASSERT_NE(milestone, NoId);
    }

    dates::Span span(Id id, EntityKind kind = EntityKind::Activity) const
    {
        return *dates::spanOf(doc->plan(), kind, id);
    }

    Id activity = NoId;
    Id milestone = NoId;
};

TEST_F(EditRules, SettingAFieldGoesThroughTheDateRule)
{
    const dates::Span before = span(activity);
    QString error;
    // A generic field edit (entity lists, the command line) obeys the rule too.
    EXPECT_FALSE(commands::setField(*doc, EntityKind::Activity, activity, QStringLiteral("end"), before.start, &error));
    EXPECT_EQ(error, dates::problem(doc->plan(), EntityKind::Activity, {before.start, before.start, false}));
    EXPECT_FALSE(commands::setField(*doc, EntityKind::Activity, activity, QStringLiteral("start"),
                                    doc->plan().programme().start.addDays(-1), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("horizon"))) << error.toStdString();
    EXPECT_EQ(span(activity), before);
    doAndUndo(commands::setField(*doc, EntityKind::Activity, activity, QStringLiteral("end"), before.end.addDays(1),
                                 &error, QStringLiteral("decided in the group")),
              [&] {
                  EXPECT_EQ(span(activity).end, before.end.addDays(1));
                  const QList<ChangeLogEntry> log = doc->store().changeLog(1);
                  ASSERT_EQ(log.size(), 1);
                  EXPECT_EQ(log.front().reason, QStringLiteral("decided in the group"));
              });
}

TEST_F(EditRules, AMilestoneIsOneDay)
{
    const dates::Span before = span(milestone);
    ASSERT_EQ(before.end, before.start);
    QString error;
    const QDate day = before.start.addDays(-3);
    for (EditCommand *command : {dates::setStart(*doc, EntityKind::Activity, milestone, day, &error),
                                 dates::setEnd(*doc, EntityKind::Activity, milestone, day, &error),
                                 dates::setLastDay(*doc, EntityKind::Activity, milestone, day, &error),
                                 dates::setSpan(*doc, EntityKind::Activity, milestone, day, day.addYears(1), &error)}) {
        doAndUndo(command, [&] { EXPECT_EQ(span(milestone), (dates::Span{day, day, true})); });
    }
    doAndUndo(dates::shift(*doc, EntityKind::Activity, milestone, 1, 0, true, &error),
              [&] { EXPECT_EQ(span(milestone), (dates::Span{before.start.addMonths(1), before.start.addMonths(1), true})); });
}

TEST_F(EditRules, MarkingAMilestoneMakesItOneDay)
{
    const dates::Span before = span(activity);
    QString error;
    doAndUndo(commands::setField(*doc, EntityKind::Activity, activity, QStringLiteral("milestone"), 1, &error), [&] {
        EXPECT_EQ(span(activity), (dates::Span{before.start, before.start, true}));
        EXPECT_TRUE(dates::problem(doc->plan(), EntityKind::Activity, span(activity)).isEmpty());
    });
    doAndUndo(dates::setMilestone(*doc, milestone, false, &error), [&] {
        const dates::Span now = span(milestone);
        EXPECT_FALSE(now.milestone);
        EXPECT_EQ(now.end, now.start.addDays(1));
    });
}

TEST_F(EditRules, ShiftingMovesOrStretches)
{
    const dates::Span before = span(activity);
    QString error;
    doAndUndo(dates::shift(*doc, EntityKind::Activity, activity, 0, 7, false, &error),
              [&] { EXPECT_EQ(span(activity), (dates::Span{before.start.addDays(7), before.end.addDays(7), false})); });
    doAndUndo(dates::shift(*doc, EntityKind::Activity, activity, 1, 0, true, &error),
              [&] { EXPECT_EQ(span(activity), (dates::Span{before.start, before.end.addMonths(1), false})); });
    // Shrinking past the start is refused with the rule's message.
    EXPECT_FALSE(dates::shift(*doc, EntityKind::Activity, activity, -1200, 0, true, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("cannot come before"))) << error.toStdString();
}

TEST_F(EditRules, PeriodsAndPhasesFollowTheRule)
{
    const Period &period = *doc->plan().all<Period>().begin();
    QString error;
    EXPECT_FALSE(dates::setEnd(*doc, EntityKind::Period, period.id, period.start, &error));
    EXPECT_FALSE(error.isEmpty());
    // A term of office may begin before the programme: no horizon rule for periods.
    doAndUndo(dates::setStart(*doc, EntityKind::Period, period.id, doc->plan().programme().start.addYears(-2), &error),
              [] {});
    const Phase &phase = *doc->plan().all<Phase>().begin();
    EXPECT_FALSE(dates::setStart(*doc, EntityKind::Phase, phase.id, doc->plan().programme().start.addDays(-1), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("horizon")));
    // Year 9999 is not a date Horisont plans for.
    EXPECT_FALSE(dates::setEnd(*doc, EntityKind::Period, period.id, QDate(9999, 1, 1), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("1900"))) << error.toStdString();
}

TEST_F(EditRules, AddingAnActivityWithDatesFollowsTheRule)
{
    const Activity &a = *doc->plan().find<Activity>(activity);
    const QDate horizonEnd = doc->plan().programme().horizonEnd;
    QString error;
    EXPECT_FALSE(structure::addActivity(*doc, a.interventionId, QStringLiteral("Sent"), false, horizonEnd,
                                        horizonEnd.addDays(5), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("horizon")));
    doAndUndo(structure::addActivity(*doc, a.interventionId, QStringLiteral("Milstolpe"), true, a.start,
                                     a.start.addDays(40), &error),
              [&] {
                  const Activity &added = doc->plan().all<Activity>().items().back();
                  EXPECT_TRUE(added.milestone);
                  EXPECT_EQ(added.end, added.start);
              });
}

// ------------------------------------------------------------------ RACI

TEST_F(EditRules, ANameIsNeverBlankedAndIsStoredTrimmed)
{
    const QList<Record> before = doc->plan().snapshot();
    const std::pair<EntityKind, Id> items[] = {
        {EntityKind::Phase, doc->plan().all<Phase>().begin()->id},
        {EntityKind::Intervention, doc->plan().all<Intervention>().begin()->id},
        {EntityKind::Activity, activity},
        {EntityKind::Organisation, doc->plan().all<Organisation>().begin()->id},
    };
    for (const auto &[kind, id] : items) {
        for (const QString &blank : {QString(), QStringLiteral("   ")}) {
            QString error;
            EXPECT_EQ(commands::setField(*doc, kind, id, columns::name, blank, &error), nullptr);
            EXPECT_EQ(error, QStringLiteral("A name cannot be empty.")) << kindInfo(kind).table.toStdString();
        }
    }
    EXPECT_EQ(doc->plan().snapshot(), before);
    EXPECT_EQ(test::diskSnapshot(doc->path()), before);

    ASSERT_TRUE(doc->execute(commands::setField(*doc, EntityKind::Activity, activity, columns::name,
                                                QStringLiteral("  Nattvandring  "))));
    EXPECT_EQ(doc->plan().find<Activity>(activity)->name, QStringLiteral("Nattvandring"));
    QString error;
    EXPECT_EQ(commands::setField(*doc, EntityKind::Activity, activity, columns::name, QStringLiteral("Nattvandring "),
                                 &error),
              nullptr);
    EXPECT_EQ(error, commands::unchangedMessage());
}

TEST_F(EditRules, EveryEntryPointReadsAnEditsOutcomeAlike)
{
    // Nothing to change is no refusal to show; a builder's reason is; an applied edit is on the stack.
    QString error;
    EditCommand *unchanged = commands::setField(*doc, EntityKind::Activity, activity, columns::name,
                                                doc->plan().find<Activity>(activity)->name, &error);
    commands::Outcome outcome = commands::execute(*doc, unchanged, error);
    EXPECT_EQ(outcome.state, commands::Outcome::Unchanged);
    EXPECT_TRUE(outcome.refusal.isEmpty());

    EditCommand *blank = commands::setField(*doc, EntityKind::Activity, activity, columns::name, QString(), &error);
    outcome = commands::execute(*doc, blank, error);
    EXPECT_EQ(outcome.state, commands::Outcome::Refused);
    EXPECT_EQ(outcome.refusal, QStringLiteral("A name cannot be empty."));
    EXPECT_EQ(doc->undoStack()->count(), 0);

    outcome = commands::execute(
        *doc, commands::setField(*doc, EntityKind::Activity, activity, columns::name, QStringLiteral("Ny"), &error),
        error);
    EXPECT_TRUE(outcome.applied());
    EXPECT_EQ(doc->undoStack()->count(), 1);
    EXPECT_EQ(doc->plan().find<Activity>(activity)->name, QStringLiteral("Ny"));
}

TEST_F(EditRules, ARefusedDeleteAdvisesWhatAppliesToItsKind)
{
    // Only an intervention has a status to set to cancelled; the advice for a
    // phase, an organisation or a funding source with spending is another.
    const Ledger ledger(doc->store());
    auto withSpending = [&]<class T>() {
        for (const T &e : doc->plan().template all<T>()) {
            if (ledger.bookedOn(kindOf<T>, {e.id}).first > 0)
                return e.id;
        }
        return NoId;
    };
    const Id intervention = withSpending.operator()<Intervention>();
    const Id organisation = withSpending.operator()<Organisation>();
    const Id source = withSpending.operator()<FundingSource>();
    ASSERT_NE(intervention, NoId);
    ASSERT_NE(organisation, NoId);
    ASSERT_NE(source, NoId);
    const Id phase = doc->plan().find<Intervention>(intervention)->phaseId;
    auto refusal = [&](EntityKind kind, Id id) {
        QString error;
        EXPECT_EQ(commands::remove(*doc, kind, {id}, &error), nullptr);
        EXPECT_TRUE(error.startsWith(QStringLiteral("Cannot delete"))) << error.toStdString();
        return error;
    };
    const QString cancelled = QStringLiteral("status to cancelled");
    EXPECT_TRUE(refusal(EntityKind::Intervention, intervention).contains(cancelled));
    const QString ofPhase = refusal(EntityKind::Phase, phase);
    EXPECT_TRUE(ofPhase.contains(QStringLiteral("Move those interventions to another phase"))) << ofPhase.toStdString();
    for (const QString &message : {refusal(EntityKind::Organisation, organisation), refusal(EntityKind::FundingSource, source)}) {
        EXPECT_FALSE(message.contains(QStringLiteral("status"))) << message.toStdString(); // they have none
        EXPECT_TRUE(message.contains(QStringLiteral("Keep it"))) << message.toStdString();
        EXPECT_TRUE(message.contains(QStringLiteral("Remove import"))) << message.toStdString();
    }
    EXPECT_TRUE(refusal(EntityKind::Organisation, organisation).contains(QStringLiteral("booked on the organisation")));
    EXPECT_TRUE(refusal(EntityKind::FundingSource, source).contains(QStringLiteral("end its valid period")));
}

TEST(AddPhase, AFirstPhaseStartsInTheYearTheCallerCallsToday)
{
    // A programme without a start: the new phase's year is the caller's, not the system clock's.
    QTemporaryDir dir;
    Programme programme;
    programme.name = QStringLiteral("Utan start");
    QString error;
    auto empty = PlanDocument::create(dir.filePath(QStringLiteral("empty.horisont")), programme, &error);
    ASSERT_TRUE(empty) << error.toStdString();
    ASSERT_TRUE(empty->execute(structure::addPhase(*empty, QStringLiteral("Ny fas"), QDate(2031, 6, 15))));
    ASSERT_EQ(empty->plan().all<Phase>().size(), 1);
    const Phase &added = *empty->plan().all<Phase>().begin();
    EXPECT_EQ(added.start, QDate(2031, 1, 1));
    EXPECT_EQ(added.end, QDate(2032, 1, 1));
}

class RaciRule : public EditRules
{
protected:
    QList<const Responsibility *> cell(Id intervention, Id organisation) const
    {
        QList<const Responsibility *> found;
        for (const Responsibility &r : doc->plan().all<Responsibility>()) {
            if (r.interventionId == intervention && r.organisationId == organisation && r.activityId == NoId)
                found << &r;
        }
        return found;
    }
    QList<Id> accountable(Id intervention) const
    {
        QList<Id> found;
        for (const Responsibility &r : doc->plan().all<Responsibility>()) {
            if (r.interventionId == intervention && r.activityId == NoId && r.role == RaciRole::Accountable)
                found << r.organisationId;
        }
        return found;
    }
    /// An intervention with one accountable organisation and another
    /// organisation that is not.
    void pick(Id *intervention, Id *holder, Id *other) const
    {
        for (const Intervention &in : doc->plan().all<Intervention>()) {
            const QList<Id> a = accountable(in.id);
            if (a.size() != 1)
                continue;
            for (const Organisation &o : doc->plan().all<Organisation>()) {
                if (o.id != a.front()) {
                    *intervention = in.id, *holder = a.front(), *other = o.id;
                    return;
                }
            }
        }
    }
};

TEST_F(RaciRule, TheMatrixAndTheStructureGiveTheSameAccountable)
{
    Id in = NoId, holder = NoId, other = NoId;
    pick(&in, &holder, &other);
    ASSERT_NE(in, NoId);
    QList<Record> byMatrix;
    doAndUndo(responsibilities::setRole(*doc, {{in, other}}, RaciRole::Accountable), [&] {
        EXPECT_EQ(accountable(in), QList<Id>{other});
        byMatrix = doc->plan().snapshot();
    });
    doAndUndo(responsibilities::setAccountable(*doc, in, other), [&] {
        EXPECT_EQ(accountable(in), QList<Id>{other});
        // Both leave one responsibility of `other`: the accountable one.
        ASSERT_EQ(cell(in, other).size(), 1);
        EXPECT_EQ(cell(in, other).front()->role, RaciRole::Accountable);
        EXPECT_EQ(doc->plan().snapshot().size(), byMatrix.size());
    });
}

TEST_F(RaciRule, TwoAccountableInOneInterventionAreRefused)
{
    Id in = NoId, holder = NoId, other = NoId;
    pick(&in, &holder, &other);
    QString error;
    EXPECT_FALSE(responsibilities::setRole(*doc, {{in, holder}, {in, other}}, RaciRole::Accountable, &error));
    EXPECT_TRUE(error.contains(doc->plan().find<Intervention>(in)->name)) << error.toStdString();
    // Other roles can be given to many at once.
    doAndUndo(responsibilities::setRole(*doc, {{in, holder}, {in, other}}, RaciRole::Consulted, &error), [&] {
        EXPECT_TRUE(accountable(in).isEmpty());
        EXPECT_EQ(cell(in, other).size(), 1);
    });
}

TEST_F(RaciRule, NoneAccountableKeepsTheOtherRoles)
{
    Id in = NoId, holder = NoId, other = NoId;
    pick(&in, &holder, &other);
    QString error;
    ASSERT_TRUE(doc->execute(responsibilities::setRole(*doc, {{in, other}}, RaciRole::Responsible, &error)));
    doAndUndo(responsibilities::setAccountable(*doc, in, NoId), [&] {
        EXPECT_TRUE(accountable(in).isEmpty());
        EXPECT_EQ(cell(in, other).size(), 1);
    });
    // Asking for what already is changes nothing; the holder's other roles stay.
    EXPECT_FALSE(responsibilities::setAccountable(*doc, in, holder));
    ASSERT_TRUE(doc->execute(responsibilities::setAccountable(*doc, in, other)));
    EXPECT_EQ(accountable(in), QList<Id>{other});
    EXPECT_EQ(cell(in, other).size(), 2); // responsible and accountable
}

} // namespace

// ------------------------------------------------------- a refused undo

namespace horisont {
namespace {

class RefusedUndo : public EditRules
{
protected:
    /// Adds an organisation with this ledger code as an undoable command.
    Id addOrganisation(const QString &code)
    {
        Organisation organisation;
        organisation.name = QStringLiteral("Fritidsgårdarna");
        organisation.code = code;
        EditCommand *add = commands::insert(*doc, organisation, CommandText::verbatim(QStringLiteral("Add organisation")));
        const Id added = add->createdId();
        return doc->execute(add) ? added : NoId;
    }

    /// Books one row of spending on the organisation with this code.
    void importSpendingOn(const QString &code)
    {
        const QString path = dir.filePath(QStringLiteral("ledger.csv"));
        test::writeFile(path, "Ver.nr;Rad;Datum;Belopp;Ansvar;Projekt\n1;1;2024-03-01;100,00;" + code.toUtf8() + ";\n");
        const ImportResult r = LedgerImport::import(*doc, path, ImportOptions{});
        ASSERT_TRUE(r.ok) << r.error.toStdString();
        ASSERT_EQ(r.imported, 1);
    }
};

TEST_F(RefusedUndo, AnUndoThePlanRefusesStaysDoneAndSaysWhy)
{
    const Id added = addOrganisation(QStringLiteral("4711"));
    ASSERT_NE(added, NoId);
    importSpendingOn(QStringLiteral("4711")); // not on the stack: spending is now booked on it
    const QList<Record> before = doc->plan().snapshot();
    const QByteArray file = test::fileHash(doc->path());
    QStringList said;
    QObject::connect(doc.get(), &PlanDocument::undoRefused, [&](const QString &m) { said << m; });

    EXPECT_FALSE(doc->undo());
    ASSERT_EQ(said.size(), 1);
    EXPECT_TRUE(said.front().contains(QStringLiteral("Add organisation"))) << said.front().toStdString();
    // The stack tells the truth: the command is still done and can be tried again.
    EXPECT_EQ(doc->undoStack()->count(), 1);
    EXPECT_EQ(doc->undoStack()->index(), 1);
    EXPECT_EQ(doc->undoStack()->undoText(), QStringLiteral("Add organisation"));
    EXPECT_TRUE(doc->plan().find<Organisation>(added));
    EXPECT_EQ(doc->plan().snapshot(), before);
    EXPECT_EQ(test::diskSnapshot(doc->path()), before);
    EXPECT_FALSE(doc->undo());
    EXPECT_EQ(said.size(), 2);
    EXPECT_EQ(doc->undoStack()->index(), 1);
    EXPECT_EQ(test::fileHash(doc->path()), file) << "a refused undo writes nothing";
}

TEST_F(RefusedUndo, ARedoThePlanRefusesStaysUndone)
{
    const Id added = addOrganisation(QStringLiteral("4712"));
    ASSERT_NE(added, NoId);
    QString error;
    ASSERT_TRUE(doc->execute(commands::remove(*doc, EntityKind::Organisation, {added}, CommandText::verbatim(QStringLiteral("Remove")), &error)));
    ASSERT_TRUE(doc->undo()); // the organisation is back
    importSpendingOn(QStringLiteral("4712"));
    const QList<Record> before = doc->plan().snapshot();
    QStringList said;
    QObject::connect(doc.get(), &PlanDocument::undoRefused, [&](const QString &m) { said << m; });

    EXPECT_FALSE(doc->redo()); // removing it now would orphan booked spending
    ASSERT_EQ(said.size(), 1);
    EXPECT_TRUE(said.front().contains(QStringLiteral("Remove")));
    EXPECT_EQ(doc->undoStack()->count(), 2);
    EXPECT_EQ(doc->undoStack()->index(), 1);
    EXPECT_TRUE(doc->undoStack()->canRedo());
    EXPECT_EQ(doc->plan().snapshot(), before);
    EXPECT_EQ(test::diskSnapshot(doc->path()), before);
    // Undo below it still works and redo of that one too.
    EXPECT_TRUE(doc->undoStack()->canUndo());
}

} // namespace
} // namespace horisont
