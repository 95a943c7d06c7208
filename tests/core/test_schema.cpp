// The hand-written migrations and the field descriptors must describe the
// same tables: every field has a column and every column a field.
#include "testsupport.h"

#include "model/schema.h"
#include "store/fileformat.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace horisont;

TEST(Schema, EveryFieldHasAColumnAndEveryColumnAField)
{
    QTemporaryDir dir;
    auto doc = test::createPlan(dir);
    ASSERT_TRUE(doc);
    for (int k = 0; k < EntityKindCount; ++k) {
        const KindInfo &info = kindInfo(EntityKind(k));
        QSqlQuery q(doc->store().database());
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(info.table)));
        QStringList columns;
        while (q.next())
            columns << q.value(1).toString();
        ASSERT_FALSE(columns.isEmpty()) << "no table " << info.table.toStdString();
        EXPECT_EQ(columns.takeFirst(), QStringLiteral("id")) << info.table.toStdString();
        QStringList fields;
        for (const FieldMeta &f : info.fields)
            fields << f.name;
        EXPECT_EQ(columns, fields) << info.table.toStdString();
    }
}

TEST(Schema, ReferencesAreForeignKeysToTheRightTable)
{
    QTemporaryDir dir;
    auto doc = test::createPlan(dir);
    ASSERT_TRUE(doc);
    for (int k = 0; k < EntityKindCount; ++k) {
        const KindInfo &info = kindInfo(EntityKind(k));
        QSqlQuery q(doc->store().database());
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(info.table)));
        QHash<QString, QString> foreignKeys; // column -> table
        while (q.next())
            foreignKeys.insert(q.value(3).toString(), q.value(2).toString());
        for (const FieldMeta &f : info.fields) {
            if (f.isReference)
                EXPECT_EQ(foreignKeys.value(f.name), kindInfo(f.references).table)
                    << info.table.toStdString() << "." << f.name.toStdString();
            else
                EXPECT_FALSE(foreignKeys.contains(f.name)) << info.table.toStdString() << "." << f.name.toStdString();
        }
    }
}

TEST(Schema, ReferencesPointOnlyToEarlierKindsOrTheirOwn)
{
    // Loading in kind order and removing in reverse order rely on this.
    for (int k = 0; k < EntityKindCount; ++k) {
        for (const FieldMeta &f : kindInfo(EntityKind(k)).fields) {
            if (f.isReference)
                EXPECT_LE(int(f.references), k) << kindInfo(EntityKind(k)).table.toStdString() << "." << f.name.toStdString();
        }
    }
}

TEST(Schema, NewFileCarriesApplicationIdAndVersion)
{
    QTemporaryDir dir;
    auto doc = test::createPlan(dir);
    ASSERT_TRUE(doc);
    const QString path = doc->path();
    doc.reset();
    EXPECT_EQ(test::sqlite3(path, QStringLiteral("PRAGMA application_id;")).toLongLong(), fileformat::ApplicationId);
    EXPECT_EQ(test::sqlite3(path, QStringLiteral("PRAGMA user_version;")).toInt(), fileformat::currentVersion());
    EXPECT_EQ(test::sqlite3(path, QStringLiteral("PRAGMA integrity_check;")), QStringLiteral("ok"));
    EXPECT_EQ(test::sqlite3(path, QStringLiteral("PRAGMA journal_mode;")), QStringLiteral("delete"));
}

TEST(Schema, RecordRoundTripKeepsEveryField)
{
    Allocation a;
    a.id = 7;
    a.sourceId = 2;
    a.interventionId = 3;
    a.organisationId = 4;
    a.year = 2024;
    a.amount = Money::fromOre(123456789);
    a.status = AllocationStatus::Decided;
    a.note = QStringLiteral("Beslut KS 2024-03-01 §12");
    EXPECT_EQ(fromRecord<Allocation>(toRecord(a)), a);

    FundingSource s;
    s.id = 1;
    s.name = QStringLiteral("Utvecklingsanslag");
    s.ceiling = Money::fromKronor(6'000'000);
    s.validFrom = QDate(2020, 1, 1);
    EXPECT_EQ(fromRecord<FundingSource>(toRecord(s)), s);
    s.ceiling.reset();
    EXPECT_TRUE(toRecord(s).values.at(kindInfo(EntityKind::FundingSource).fieldIndex(QStringLiteral("ceiling"))).isNull());
    EXPECT_EQ(fromRecord<FundingSource>(toRecord(s)), s);
}
