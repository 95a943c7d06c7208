// Files that are not healthy Horisont plans: each gets a clear message that
// names the file, and its bytes are exactly the same afterwards.
#include "testsupport.h"

#include <QFile>
#include <QRandomGenerator>

#include <gtest/gtest.h>

using namespace horisont;

namespace {

struct DamagedCase {
    const char *name;
    const char *expected; ///< a phrase the message must contain
};

class DamagedFiles : public ::testing::TestWithParam<DamagedCase>
{
protected:
    void SetUp() override { ASSERT_TRUE(dir.isValid()); }

    QByteArray healthyPlanBytes()
    {
        QString path;
        {
            auto doc = test::createDemo(dir, QStringLiteral("healthy.horisont"));
            path = doc->path();
        }
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    }

    QString make(const QString &which)
    {
        const QString path = dir.filePath(QStringLiteral("case.horisont"));
        if (which == QLatin1String("empty")) {
            test::writeFile(path, QByteArray());
        } else if (which == QLatin1String("zeros")) {
            test::writeFile(path, QByteArray(64 * 1024, '\0'));
        } else if (which == QLatin1String("garbage")) {
            QByteArray bytes(20000, '\0');
            QRandomGenerator random(42);
            for (char &c : bytes)
                c = char(random.bounded(256));
            test::writeFile(path, bytes);
        } else if (which == QLatin1String("text")) {
            test::writeFile(path, "Ver.nr;Rad;Datum\n1;1;2024-01-01\n");
        } else if (which == QLatin1String("truncated")) {
            const QByteArray bytes = healthyPlanBytes();
            test::writeFile(path, bytes.left(bytes.size() / 2));
        } else if (which == QLatin1String("header-only")) {
            test::writeFile(path, healthyPlanBytes().left(60));
        } else if (which == QLatin1String("foreign")) {
            test::sqlite3(path, QStringLiteral("CREATE TABLE customers(id INTEGER PRIMARY KEY, name TEXT); "
                                               "INSERT INTO customers VALUES (1, 'Ada');"));
        } else if (which == QLatin1String("corrupt-pages")) {
            QByteArray bytes = healthyPlanBytes();
            // Overwrite the middle pages (B-tree pages of the tables) with noise.
            QRandomGenerator random(7);
            for (qsizetype i = 4096 * 3; i < bytes.size() - 4096 && i < 4096 * 12; ++i)
                bytes[i] = char(random.bounded(256));
            test::writeFile(path, bytes);
        }
        return path;
    }

    QTemporaryDir dir;
};

} // namespace

TEST_P(DamagedFiles, AreRefusedWithAClearMessageAndNeverModified)
{
    const DamagedCase &c = GetParam();
    const QString path = make(QString::fromLatin1(c.name));
    const QByteArray before = test::fileHash(path);

    QString error;
    auto doc = PlanDocument::open(path, &error);
    EXPECT_FALSE(doc) << c.name;
    EXPECT_TRUE(error.contains(QStringLiteral("case.horisont"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QString::fromUtf8(c.expected), Qt::CaseInsensitive)) << error.toStdString();
    EXPECT_EQ(test::fileHash(path), before) << c.name;
    EXPECT_FALSE(QFile::exists(path + QStringLiteral(".lock")));
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-journal")));

    for (const char *command : {"check", "info"}) {
        const test::ProcessResult r = test::runHorisont({QString::fromLatin1(command), path});
        EXPECT_EQ(r.exitCode, 2) << command << ": " << r.out.toStdString() << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("case.horisont"))) << r.err.toStdString();
        EXPECT_EQ(test::fileHash(path), before) << command;
    }
}

INSTANTIATE_TEST_SUITE_P(Cases, DamagedFiles,
                         ::testing::Values(DamagedCase{"empty", "empty"}, DamagedCase{"zeros", "zero bytes"},
                                           DamagedCase{"garbage", "not a Horisont plan"},
                                           DamagedCase{"text", "not a Horisont plan"},
                                           DamagedCase{"truncated", "truncated"},
                                           DamagedCase{"header-only", "truncated"},
                                           DamagedCase{"foreign", "not a Horisont plan"},
                                           DamagedCase{"corrupt-pages", "damaged"}),
                         [](const auto &info) {
                             std::string name = info.param.name;
                             std::replace(name.begin(), name.end(), '-', '_');
                             return name;
                         });

TEST(MissingFile, IsReportedByName)
{
    QString error;
    EXPECT_FALSE(PlanDocument::open(QStringLiteral("/nonexistent/plan.horisont"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("/nonexistent/plan.horisont")));
    const test::ProcessResult r = test::runHorisont({QStringLiteral("info"), QStringLiteral("/nonexistent/plan.horisont")});
    EXPECT_EQ(r.exitCode, 2);
}
