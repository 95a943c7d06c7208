// Two processes, two database users, 100 edits each on one plan on a real
// PostgreSQL server, interleaved, many on the same fields: every edit
// reported saved is on the server and in its change log under its user,
// every other one was reported refused with a reason, each field ends with
// the last saved value, and nothing else in the plan changed.
#include "teamplantest.h"

#include "document/plandocument.h"
#include "server/serverplans.h"
#include "model/schema.h"
#include "server/serverroles.h"

#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <iostream>

using namespace horisont;

namespace {

constexpr int EditsEach = 100;

struct Edit {
    bool saved = false;
    Id id = NoId;
    QString field;
    QString value;
    QString refusal;
};

QList<Edit> parse(const QString &output)
{
    QList<Edit> edits;
    for (const QString &line : output.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line == QLatin1String("done"))
            continue;
        const QString head = line.section(QLatin1Char('\t'), 0, 0);
        const QStringList words = head.split(QLatin1Char(' '));
        if (words.size() != 4)
            continue;
        edits << Edit{words.at(0) == QLatin1String("ok"), words.at(1).toLongLong(), words.at(2), words.at(3),
                      line.section(QLatin1Char('\t'), 1)};
    }
    return edits;
}

class ServerInterleaved : public test::TeamPlanTest
{
protected:
    static void SetUpTestSuite()
    {
        TeamPlanTest::SetUpTestSuite();
        createUsers({QStringLiteral("anna"), QStringLiteral("bertil")});
    }
};

} // namespace

TEST_F(ServerInterleaved, TwoProcessesMakeAHundredEditsEachAndNoneIsLost)
{
    const QStringList users{QStringLiteral("anna"), QStringLiteral("bertil")};
    publishDemo({{serverroles::Role::Editor, users.at(0)}, {serverroles::Role::Editor, users.at(1)}});
    QStringList ids;
    for (const Intervention &i : demo->plan().all<Intervention>()) {
        if (ids.size() < 4)
            ids << QString::number(i.id);
    }
    const int logBefore = server(QStringLiteral("SELECT count(*) FROM %1.change_log").arg(schema)).toInt();

    std::vector<std::unique_ptr<QProcess>> processes;
    for (int i = 0; i < users.size(); ++i) {
        ServerAddress at = address(plan);
        at.user = users.at(i);
        auto &process = processes.emplace_back(std::make_unique<QProcess>());
        process->start(QStringLiteral(HORISONT_SERVEREDITS),
                       {at.toString(), QString::number(20261206 + i), QString::number(EditsEach), ids.join(QLatin1Char(','))});
    }
    QList<QList<Edit>> edits;
    for (int i = 0; i < users.size(); ++i) {
        QProcess &process = *processes[std::size_t(i)];
        ASSERT_TRUE(process.waitForFinished(240000));
        ASSERT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
        edits << parse(QString::fromUtf8(process.readAllStandardOutput()));
        ASSERT_EQ(edits.last().size(), EditsEach) << "every edit is reported";
    }

    int saved = 0;
    for (int i = 0; i < users.size(); ++i) {
        for (const Edit &edit : edits.at(i)) {
            const QString logged =
                server(QStringLiteral("SELECT count(*) FROM %1.change_log WHERE user_name = '%2' AND entity = 'intervention' "
                                      "AND entity_id = %3 AND field = '%4' AND new_value = '%5'")
                           .arg(schema, users.at(i))
                           .arg(edit.id)
                           .arg(edit.field, edit.value));
            if (edit.saved) {
                ++saved;
                EXPECT_EQ(logged, QStringLiteral("1")) << edit.value.toStdString() << " is in the change log once";
            } else {
                EXPECT_EQ(logged, QStringLiteral("0")) << edit.value.toStdString() << " was refused and is not logged";
                EXPECT_TRUE(edit.refusal.contains(QStringLiteral("not saved"))) << edit.refusal.toStdString();
            }
        }
    }
    EXPECT_GT(saved, EditsEach); // most are taken; some collide
    RecordProperty("saved", saved);
    std::cout << saved << " of " << 2 * EditsEach << " edits saved, the others refused as conflicts\n";
    EXPECT_EQ(server(QStringLiteral("SELECT count(*) FROM %1.change_log").arg(schema)).toInt(), logBefore + saved)
        << "nothing but the saved edits was logged";
    // Each field holds the last value saved to it.
    for (const QString &id : ids) {
        for (const QString &field : {QStringLiteral("name"), QStringLiteral("description")}) {
            const QString last = server(QStringLiteral("SELECT coalesce((SELECT new_value FROM %1.change_log WHERE entity = "
                                                       "'intervention' AND entity_id = %2 AND field = '%3' AND id > %4 "
                                                       "ORDER BY id DESC LIMIT 1), '(none)')")
                                            .arg(schema, id, field)
                                            .arg(logBefore));
            if (last == QLatin1String("(none)"))
                continue;
            EXPECT_EQ(server(QStringLiteral("SELECT \"%1\" FROM %2.intervention WHERE id = %3").arg(field, schema, id)), last);
        }
    }
    // Nothing else changed: the plan pulled back equals the published one but for the edited fields.
    const QString pulled = dir.filePath(QStringLiteral("pulled.horisont"));
    QString error;
    ASSERT_TRUE(serverplans::pull(address(plan), pulled, &error)) << error.toStdString();
    auto after = PlanDocument::open(pulled, &error, PlanDocument::Access::ReadOnly);
    ASSERT_TRUE(after) << error.toStdString();
    const int name = kindInfo(EntityKind::Intervention).fieldIndex(QStringLiteral("name"));
    const int description = kindInfo(EntityKind::Intervention).fieldIndex(QStringLiteral("description"));
    QList<Record> expected = demo->plan().snapshot(), actual = after->plan().snapshot();
    ASSERT_EQ(expected.size(), actual.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        if (expected[i].kind == EntityKind::Intervention && ids.contains(QString::number(expected[i].id))) {
            expected[i].values[name] = actual[i].values[name];
            expected[i].values[description] = actual[i].values[description];
        }
        EXPECT_EQ(expected[i], actual[i]) << "item " << expected[i].id << " of kind " << int(expected[i].kind);
    }
}
