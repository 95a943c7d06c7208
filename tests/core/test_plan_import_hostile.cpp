// Hostile input to the XML readers of other planners' files: entity
// expansion, nesting without end, an attribute of megabytes, a file beyond
// the size limit, binary noise — each refused in bounded time with a
// message naming the file and the line, never a crash or a hang.
#include "planimport/planimport.h"
#include "planimport/readers/ganttprojectreader.h"
#include "planimport/readers/msprojectreader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace horisont;

namespace {

struct Reader {
    const char *name;
    PlanReader read;
    QByteArray root; ///< the format's root element, to make the input look like it
};

class HostilePlans : public ::testing::TestWithParam<Reader>
{
protected:
    /// Reads `content`, expecting a refusal within a few seconds that names
    /// the file and holds `words`.
    void expectRefused(const QByteArray &content, const QString &words)
    {
        QElapsedTimer timer;
        timer.start();
        QString error;
        EXPECT_FALSE(GetParam().read(content, QStringLiteral("/tmp/hostile.xml"), &error));
        EXPECT_LT(timer.elapsed(), 5000);
        EXPECT_TRUE(error.startsWith(QStringLiteral("hostile.xml, line "))) << error.toStdString();
        EXPECT_TRUE(error.contains(words)) << error.toStdString();
    }
};

} // namespace

TEST_P(HostilePlans, BillionLaughsIsRefusedAtItsDeclarations)
{
    QByteArray xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n";
    for (int i = 1; i < 10; ++i)
        xml += "<!ENTITY lol" + QByteArray::number(i) + " \"" + QByteArray("&lol" + QByteArray::number(i - 1) + ";").repeated(10)
               + "\">\n";
    xml += "]>\n<" + GetParam().root + "><Name>&lol9;</Name></" + GetParam().root + ">";
    xml.replace("&lol0;", "&lol;");
    expectRefused(xml, QStringLiteral("ENTITY"));
}

TEST_P(HostilePlans, NestingOfAHundredThousandLevelsIsRefusedAtTheLimit)
{
    const QByteArray open = "<" + GetParam().root + ">" + QByteArray("<task>").repeated(100000);
    expectRefused(open + QByteArray("</task>").repeated(100000) + "</" + GetParam().root + ">", QStringLiteral("deeper"));
}

TEST_P(HostilePlans, AnAttributeOfMegabytesIsRefused)
{
    const QByteArray huge(planreadlimits::MaxTextChars + 10, 'a');
    expectRefused("<" + GetParam().root + " name=\"" + huge + "\"/>", QStringLiteral("longer than"));
}

TEST_P(HostilePlans, BinaryNoiseAndTruncationAreRefused)
{
    QByteArray noise;
    for (int i = 0; i < 4096; ++i)
        noise += char((i * 7919) % 256);
    expectRefused(noise, QString());
    expectRefused("<" + GetParam().root + "><Tasks><Task><UID>1</UID>", QString());
}

INSTANTIATE_TEST_SUITE_P(Readers, HostilePlans,
                         ::testing::Values(Reader{"msproject", readMsProject, "Project"},
                                           Reader{"ganttproject", readGanttProject, "project"}),
                         [](const auto &info) { return std::string(info.param.name); });

TEST(HostilePlanFiles, AFileBeyondTheSizeLimitIsRefusedBeforeItIsRead)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.gan"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    ASSERT_TRUE(file.resize(planreadlimits::MaxFileBytes + 4096)); // sparse: no disk used
    file.close();
    QString error;
    QElapsedTimer timer;
    timer.start();
    EXPECT_FALSE(readForeignPlanFile(path, {}, &error));
    EXPECT_LT(timer.elapsed(), 10000);
    EXPECT_TRUE(error.startsWith(QStringLiteral("huge.gan: larger than"))) << error.toStdString();
}
