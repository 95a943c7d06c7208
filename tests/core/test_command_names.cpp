// Commands name themselves in core after the field's label and the item
// ("Change end of «Trygghetsvandringar med boende»"), and the change log
// keeps those names in no particular language: a plan edited in Swedish
// reads in English and the other way round, while lines of an earlier
// Horisont still read as they were written.
#include "edit/allocationcommands.h"
#include "edit/commands.h"
#include "edit/dateedits.h"
#include "model/commandtext.h"
#include "model/schema.h"
#include "plan/itemname.h"
#include "plancodes.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace horisont;

namespace {

const QString ActivityName = QStringLiteral("Trygghetsvandringar med boende");

/// The Swedish catalogue, installed for as long as it lives.
class Swedish
{
public:
    Swedish()
    {
        m_loaded = m_translator.load(QStringLiteral("horisont_sv"), QStringLiteral(HORISONT_QM_DIR))
                   && QCoreApplication::installTranslator(&m_translator);
    }
    ~Swedish() { QCoreApplication::removeTranslator(&m_translator); }
    bool loaded() const { return m_loaded; }

private:
    QTranslator m_translator;
    bool m_loaded = false;
};

class CommandNames : public ::testing::Test
{
protected:
    void SetUp() override
    {
        doc = test::createDemo(dir);
        ASSERT_TRUE(doc);
        activity = test::idNamed<Activity>(doc->plan(), ActivityName);
        ASSERT_NE(activity, NoId);
    }

    /// The last command's name as the change log stores it.
    CommandText lastLogged() const { return doc->store().changeLog(1).first().command; }

    /// Executes a command, failing the test when it is refused.
    void run(EditCommand *command)
    {
        ASSERT_NE(command, nullptr) << doc->lastError().toStdString();
        ASSERT_TRUE(doc->execute(command)) << doc->lastError().toStdString();
    }

    QTemporaryDir dir;
    std::unique_ptr<PlanDocument> doc;
    Id activity = NoId;
};

} // namespace

TEST(CommandText, StoredFormComesBackAndOlderTextsStayAsTheyAre)
{
    const CommandText text = CommandText("horisont::commands", "Change %1 of «%2»")
                                 .arg(CommandText("horisont::Field", "End").lowercased())
                                 .arg(QStringLiteral("50 %2 off"));
    EXPECT_EQ(text.toString(), QStringLiteral("Change end of «50 %2 off»")); // a name is never filled in
    EXPECT_EQ(CommandText::fromStored(text.toStored()), text);
    EXPECT_TRUE(text.toStored().contains(QStringLiteral("\"tr\":\"horisont::commands\"")));
    // A line written by an earlier Horisont, in whatever language it was made.
    for (const QString &old : {QStringLiteral("Ändra status"), QStringLiteral("{not json}"),
                               QStringLiteral("{\"text\":\"no context\"}")}) {
        EXPECT_EQ(CommandText::fromStored(old).toString(), old);
        EXPECT_EQ(CommandText::verbatim(old).toStored(), old);
    }
}

TEST(Schema, EveryFieldHasALabel)
{
    for (int k = 0; k < EntityKindCount; ++k) {
        for (const FieldMeta &field : kindInfo(EntityKind(k)).fields)
            EXPECT_STRNE(field.label, "") << kindInfo(EntityKind(k)).table.toStdString() << "." << field.name.toStdString();
    }
    EXPECT_EQ(fieldLabel(EntityKind::Intervention, columns::code), QStringLiteral("Project code"));
    EXPECT_EQ(fieldLabel(EntityKind::Area, columns::code), QStringLiteral("Code"));
}

TEST_F(CommandNames, FieldAndDateEditsNameTheFieldAndTheItem)
{
    const Activity before = *doc->plan().find<Activity>(activity);
    run(commands::setField(*doc, EntityKind::Activity, activity, columns::end,
                           storage::to(before.end.addDays(7))));
    EXPECT_EQ(doc->undoStack()->undoText(), QStringLiteral("Change end of «%1»").arg(ActivityName));
    EXPECT_EQ(lastLogged().toString(), doc->undoStack()->undoText());

    QString error;
    run(dates::shift(*doc, EntityKind::Activity, activity, 1, 0, false, &error));
    EXPECT_EQ(doc->undoStack()->undoText(), QStringLiteral("Change dates of «%1»").arg(ActivityName));

    const Id intervention = before.interventionId;
    const QString interventionName = itemName(doc->plan(), EntityKind::Intervention, intervention);
    run(commands::setField(*doc, EntityKind::Intervention, intervention, columns::code, QStringLiteral("9999")));
    EXPECT_EQ(doc->undoStack()->undoText(), QStringLiteral("Change project code of «%1»").arg(interventionName));

    // Renaming names the item as it was called before.
    run(commands::setField(*doc, EntityKind::Activity, activity, columns::name, QStringLiteral("Nattvandringar")));
    EXPECT_EQ(doc->undoStack()->undoText(), QStringLiteral("Change name of «%1»").arg(ActivityName));
}

TEST_F(CommandNames, AllocationEditsNameTheCell)
{
    const Allocation &allocation = *doc->plan().all<Allocation>().begin();
    const QString name = itemName(doc->plan(), EntityKind::Allocation, allocation.id);
    ASSERT_FALSE(name.isEmpty());
    allocations::Cell cell;
    cell.allocations = {allocation.id};
    cell.year = allocation.year;
    QString error;
    run(allocations::setCell(*doc, cell, allocation.amount + Money::fromKronor(1000), QString(), &error));
    EXPECT_EQ(doc->undoStack()->undoText(), QStringLiteral("Change allocation «%1»").arg(name));
}

TEST_F(CommandNames, ALogWrittenInSwedishReadsInEnglish)
{
    const Activity before = *doc->plan().find<Activity>(activity);
    {
        Swedish swedish;
        ASSERT_TRUE(swedish.loaded()) << "horisont_sv.qm not found in " HORISONT_QM_DIR;
        run(commands::setField(*doc, EntityKind::Activity, activity, columns::end,
                               storage::to(before.end.addDays(7))));
        EXPECT_EQ(doc->undoStack()->undoText(), QStringLiteral("Ändra slut för «%1»").arg(ActivityName));
        EXPECT_EQ(lastLogged().toString(), QStringLiteral("Ändra slut för «%1»").arg(ActivityName));
    }
    EXPECT_EQ(lastLogged().toString(), QStringLiteral("Change end of «%1»").arg(ActivityName));
    // The file holds the source text and its arguments, not either language.
    const QString stored = test::sqlite3(doc->path(), QStringLiteral("SELECT command FROM change_log ORDER BY id DESC LIMIT 1"));
    EXPECT_TRUE(stored.contains(QStringLiteral("Change end of «%1»"))) << stored.toStdString();
    EXPECT_FALSE(stored.contains(QStringLiteral("Ändra"))) << stored.toStdString();
}

TEST_F(CommandNames, ALogWrittenInEnglishReadsInSwedish)
{
    const Activity before = *doc->plan().find<Activity>(activity);
    run(commands::setField(*doc, EntityKind::Activity, activity, columns::end, storage::to(before.end.addDays(7))));
    doc->undoStack()->undo();
    const QList<ChangeLogEntry> lines = doc->store().changeLog(2);
    ASSERT_EQ(lines.size(), 2);
    Swedish swedish;
    ASSERT_TRUE(swedish.loaded());
    for (const ChangeLogEntry &line : lines) // the undo is logged under the same name
        EXPECT_EQ(line.command.toString(), QStringLiteral("Ändra slut för «%1»").arg(ActivityName));
}

TEST_F(CommandNames, AnEarlierHorisontsLineReadsAsItWasWritten)
{
    test::sqlite3(doc->path(), QStringLiteral("INSERT INTO change_log (at, user_name, action, command, entity, entity_id) "
                                              "VALUES ('2024-01-01T00:00:00.000Z', 'x', 'do', 'Ändra status', 'plan', 0)"));
    EXPECT_EQ(lastLogged().toString(), QStringLiteral("Ändra status"));
    Swedish swedish;
    EXPECT_EQ(lastLogged().toString(), QStringLiteral("Ändra status"));
}
