// Undo tests for every command on every kind of entity, on the demo plan:
// redo → check → undo → check equal to before, in memory and on disk.
#include "testsupport.h"

#include "edit/commands.h"
#include "model/schema.h"

#include <gtest/gtest.h>

using namespace horisont;

namespace {

class Commands : public test::DemoFixture<::testing::TestWithParam<int>>
{
protected:
    void prepare() override
    {
        kind = EntityKind(GetParam());
        info = &kindInfo(kind);
    }

    Id someId() const
    {
        Id found = NoId;
        withKind(kind, [&]<class T>() {
            const auto &all = doc->plan().all<T>();
            if (!all.empty())
                found = all.items()[all.size() / 2].id;
        });
        return found;
    }

    void expectUndoRestores(const QList<Record> &before)
    {
        const QList<Record> after = doc->plan().snapshot();
        EXPECT_NE(after, before);
        EXPECT_EQ(test::diskSnapshot(doc->path()), after);
        doc->undoStack()->undo();
        EXPECT_EQ(doc->plan().snapshot(), before);
        EXPECT_EQ(test::diskSnapshot(doc->path()), before);
        doc->undoStack()->redo();
        EXPECT_EQ(doc->plan().snapshot(), after);
        doc->undoStack()->undo();
        EXPECT_EQ(doc->plan().snapshot(), before);
    }

    EntityKind kind{};
    const KindInfo *info = nullptr;
};

QVariant differentValue(const FieldMeta &field, const QVariant &current)
{
    switch (field.type) {
    case FieldType::Text:
        return current.toString() + QStringLiteral(" (ändrad)");
    case FieldType::Integer:
    case FieldType::Enum: {
        // Another value the field can mean (a month 1–12, a year 1900–2200).
        const qint64 low = integerRange(field).first;
        return current.toLongLong() == low ? low + 1 : low;
    }
    case FieldType::Boolean:
        return current.toInt() ? 0 : 1;
    case FieldType::Real:
        return current.toDouble() + 1.5;
    case FieldType::Date:
        return current.isNull() ? QStringLiteral("2024-02-29")
                                : QDate::fromString(current.toString(), Qt::ISODate).addDays(1).toString(Qt::ISODate);
    case FieldType::Money:
        return current.toLongLong() + 1;
    case FieldType::Reference:
        break;
    }
    return {};
}

} // namespace

TEST_P(Commands, SetEveryFieldAndUndo)
{
    const Id id = someId();
    if (id == NoId)
        GTEST_SKIP() << "the demo has no " << info->table.toStdString();
    for (int f = 0; f < info->fields.size(); ++f) {
        const FieldMeta &field = info->fields[f];
        if (field.isReference)
            continue; // covered by Reassign below
        const QList<Record> before = doc->plan().snapshot();
        const QVariant current = doc->plan().record(kind, id)->values.at(f);
        QString error;
        auto *command = commands::setField(*doc, kind, id, field.name, differentValue(field, current), &error);
        ASSERT_TRUE(command) << info->table.toStdString() << "." << field.name.toStdString() << ": " << error.toStdString();
        ASSERT_TRUE(doc->execute(command)) << doc->lastError().toStdString();
        expectUndoRestores(before);
    }
}

TEST_P(Commands, ClearOptionalReferencesAndUndo)
{
    for (int f = 0; f < info->fields.size(); ++f) {
        const FieldMeta &field = info->fields[f];
        if (!field.isReference || field.onDelete != OnDelete::Clear)
            continue;
        withKind(kind, [&]<class T>() {
            for (const T &e : doc->plan().all<T>()) {
                if (!fieldsOf<T>()[std::size_t(f)].get(e).isNull()) {
                    const QList<Record> before = doc->plan().snapshot();
                    ASSERT_TRUE(doc->execute(commands::setField(*doc, kind, e.id, field.name, QVariant())));
                    expectUndoRestores(before);
                    return;
                }
            }
        });
    }
}

TEST_P(Commands, InsertACopyAndUndo)
{
    const Id id = someId();
    if (id == NoId || kind == EntityKind::Programme)
        GTEST_SKIP();
    Record copy = *doc->plan().record(kind, id);
    copy.id = NoId;
    const QList<Record> before = doc->plan().snapshot();
    auto *command = commands::insertRecord(*doc, copy, CommandText::verbatim(QStringLiteral("Copy")));
    const Id created = command->createdId();
    ASSERT_TRUE(doc->execute(command)) << doc->lastError().toStdString();
    EXPECT_TRUE(doc->plan().contains(kind, created));
    EXPECT_GT(created, id);
    expectUndoRestores(before);
}

TEST_P(Commands, RemoveWithDependentsAndUndo)
{
    if (kind == EntityKind::Programme)
        GTEST_SKIP();
    // The first entity of this kind that can go: items with booked spending cannot.
    EditCommand *command = nullptr;
    Id id = NoId;
    withKind(kind, [&]<class T>() {
        for (const T &e : doc->plan().all<T>()) {
            if ((command = commands::remove(*doc, kind, {e.id}, CommandText::verbatim(QStringLiteral("Delete"))))) {
                id = e.id;
                return;
            }
        }
    });
    if (!command)
        GTEST_SKIP() << "every " << info->table.toStdString() << " of the demo has booked spending";
    const QList<Record> before = doc->plan().snapshot();
    ASSERT_TRUE(doc->execute(command)) << doc->lastError().toStdString();
    EXPECT_FALSE(doc->plan().contains(kind, id));
    EXPECT_EQ(test::sqlite3(doc->path(), QStringLiteral("PRAGMA foreign_key_check;")), QString());
    expectUndoRestores(before);
}

INSTANTIATE_TEST_SUITE_P(EveryKind, Commands, ::testing::Range(0, EntityKindCount),
                         [](const auto &info) { return kindInfo(EntityKind(info.param)).table.toStdString(); });

TEST(RemovalChanges, ItemsWithBookedSpendingCannotBeDeleted)
{
    QTemporaryDir dir;
    auto doc = test::createDemo(dir);
    ASSERT_TRUE(doc);
    const QByteArray before = test::fileHash(doc->path());
    const Phase &phase = *doc->plan().all<Phase>().begin();
    QString error;
    EXPECT_EQ(commands::remove(*doc, EntityKind::Phase, {phase.id}, CommandText::verbatim(QStringLiteral("Delete phase")), &error), nullptr);
    EXPECT_TRUE(error.contains(QStringLiteral("in the ledger is booked on interventions of this phase"))) << error.toStdString();
    EXPECT_EQ(test::fileHash(doc->path()), before);
}

TEST(RemovalChanges, RemovingAPhaseTakesItsInterventionsActivitiesAndMoney)
{
    QTemporaryDir dir;
    auto doc = test::createDemo(dir);
    ASSERT_TRUE(doc);
    // A phase of its own, with an intervention, activities, RACI and money, but no spending.
    const Id phaseId = doc->plan().allocateId(EntityKind::Phase);
    const Id interventionId = doc->plan().allocateId(EntityKind::Intervention);
    const Id activityId = doc->plan().allocateId(EntityKind::Activity);
    const Id org = doc->plan().all<Organisation>().begin()->id;
    const Id source = doc->plan().all<FundingSource>().begin()->id;
    ChangeList setup{
        Change::insert(toRecord(Phase{phaseId, QStringLiteral("Extra"), QDate(2033, 1, 1), QDate(2034, 1, 1), {}, NoId, 9})),
        Change::insert(toRecord(Intervention{interventionId, phaseId, QStringLiteral("Ny insats"), {}, {}, {},
                                             QDate(2033, 1, 1), QDate(2034, 1, 1), {}, {}, 0})),
        Change::insert(toRecord(Activity{activityId, interventionId, QStringLiteral("Steg 1"), QDate(2033, 2, 1),
                                         QDate(2033, 6, 1), false, {}, 0, {}})),
        Change::insert(toRecord(Responsibility{doc->plan().allocateId(EntityKind::Responsibility), interventionId, NoId,
                                               org, RaciRole::Accountable})),
        Change::insert(toRecord(Allocation{doc->plan().allocateId(EntityKind::Allocation), source, interventionId,
                                           activityId, org, 2033, Money::fromKronor(1000), {}, NoId, {}})),
    };
    ASSERT_TRUE(doc->execute(new EditCommand(doc.get(), CommandText::verbatim(QStringLiteral("Setup")), setup)));
    const Phase &phase = *doc->plan().find<Phase>(phaseId);
    QSet<Id> interventions;
    for (const Intervention &i : doc->plan().all<Intervention>()) {
        if (i.phaseId == phase.id)
            interventions.insert(i.id);
    }
    ASSERT_FALSE(interventions.isEmpty());
    ASSERT_TRUE(doc->execute(commands::remove(*doc, EntityKind::Phase, {phase.id}, CommandText::verbatim(QStringLiteral("Delete phase")))));
    for (const Activity &a : doc->plan().all<Activity>())
        EXPECT_FALSE(interventions.contains(a.interventionId));
    for (const Allocation &a : doc->plan().all<Allocation>())
        EXPECT_FALSE(interventions.contains(a.interventionId));
    for (const Responsibility &r : doc->plan().all<Responsibility>())
        EXPECT_FALSE(interventions.contains(r.interventionId));
}

TEST(RemovalChanges, RemovingADecisionClearsReferencesInsteadOfDeleting)
{
    QTemporaryDir dir;
    auto doc = test::createDemo(dir);
    ASSERT_TRUE(doc);
    const FundingSource *granted = nullptr;
    for (const FundingSource &s : doc->plan().all<FundingSource>()) {
        if (s.decisionId != NoId)
            granted = &s;
    }
    ASSERT_TRUE(granted);
    const Id source = granted->id;
    ASSERT_TRUE(doc->execute(commands::remove(*doc, EntityKind::Decision, {granted->decisionId}, CommandText::verbatim(QStringLiteral("Delete")))));
    ASSERT_TRUE(doc->plan().find<FundingSource>(source));
    EXPECT_EQ(doc->plan().find<FundingSource>(source)->decisionId, NoId);
}

TEST(TextLimits, TooLongTextIsRefusedNamingTheField)
{
    QTemporaryDir dir;
    auto doc = test::createDemo(dir);
    ASSERT_TRUE(doc);
    const Id id = doc->plan().all<Intervention>().begin()->id;
    const QList<Record> before = doc->plan().snapshot();
    QString error;
    EXPECT_EQ(commands::setField(*doc, EntityKind::Intervention, id, columns::name,
                                 QString(ShortTextMaxLength + 1, QLatin1Char('x')), &error),
              nullptr);
    EXPECT_TRUE(error.startsWith(QStringLiteral("Name"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QString::number(ShortTextMaxLength))) << error.toStdString();
    // The field's label in the schema, as the form names it.
    EXPECT_EQ(commands::setField(*doc, EntityKind::Intervention, id, columns::code,
                                 QString(ShortTextMaxLength + 1, QLatin1Char('7')), &error),
              nullptr);
    EXPECT_TRUE(error.startsWith(QStringLiteral("Project code"))) << error.toStdString();
    // A description takes pages, not more.
    EXPECT_EQ(commands::setField(*doc, EntityKind::Intervention, id, columns::description,
                                 QString(LongTextMaxLength + 1, QLatin1Char('x')), &error),
              nullptr);
    EXPECT_TRUE(error.startsWith(QStringLiteral("Description"))) << error.toStdString();
    Intervention named = *doc->plan().all<Intervention>().begin();
    named.id = NoId;
    named.name = QString(ShortTextMaxLength + 1, QLatin1Char('x'));
    EXPECT_EQ(commands::insert(*doc, named, CommandText::verbatim(QStringLiteral("Add")), &error), nullptr);
    EXPECT_TRUE(error.startsWith(QStringLiteral("Name"))) << error.toStdString();
    EXPECT_EQ(doc->plan().snapshot(), before);

    // At the limit the text goes in.
    ASSERT_TRUE(doc->execute(commands::setField(*doc, EntityKind::Intervention, id, QStringLiteral("name"),
                                                QString(ShortTextMaxLength, QLatin1Char('x')))));
    ASSERT_TRUE(doc->execute(commands::setField(*doc, EntityKind::Intervention, id, QStringLiteral("description"),
                                                QString(LongTextMaxLength, QLatin1Char('x')))));
    EXPECT_EQ(doc->plan().find<Intervention>(id)->name.size(), ShortTextMaxLength);
}

TEST(TextLimits, EveryTextFieldIsBounded)
{
    for (int k = 0; k < EntityKindCount; ++k) {
        for (const FieldMeta &field : kindInfo(EntityKind(k)).fields) {
            if (field.type == FieldType::Text)
                EXPECT_TRUE(field.maxLength == ShortTextMaxLength || field.maxLength == LongTextMaxLength)
                    << kindInfo(EntityKind(k)).table.toStdString() << "." << field.name.toStdString();
            else
                EXPECT_EQ(field.maxLength, 0) << field.name.toStdString();
        }
    }
}
