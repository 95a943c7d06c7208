// Every real file in ../shared/data/real/plans (see its SOURCES.md) imports,
// or is refused naming the file. MS Project XML and GanttProject: the plan holds
// one phase, intervention, activity or milestone per task of the source
// (counted here independently, with a plain QXmlStreamReader), names and
// start days survive, and the report counts the dependencies it left out.
#include "testsupport.h"

#include "document/plandocument.h"
#include "planimport/notmapped.h"
#include "planimport/planformats.h"
#include "planimport/planimport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace horisont;

namespace {

const QString realPlans = QStringLiteral(HORISONT_SHARED_DATA "/real/plans");

/// A task as its file states it: name and first day; the last day where the
/// file states it plainly (MS Project's Finish after the working day's start).
struct SourceTask {
    QString name;
    QDate start;
    QDate lastDay;
};

struct Source {
    QList<SourceTask> tasks;
    int dependencies = 0;
};

/// MS Project XML: every <Task> but the project's own (OutlineLevel 0) and blank rows.
Source countMsProject(const QByteArray &bytes)
{
    Source source;
    QXmlStreamReader xml(bytes);
    SourceTask current;
    QString level, isNull, finish;
    int depthInTask = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"Task" && depthInTask == 0) {
                current = {};
                level.clear();
                isNull.clear();
                finish.clear();
                depthInTask = 1;
                continue;
            }
            if (depthInTask > 0)
                ++depthInTask;
            if (xml.name() == u"PredecessorLink")
                ++source.dependencies;
            if (depthInTask == 2) {
                const QString name = xml.name().toString();
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                --depthInTask;
                if (name == QLatin1String("Name"))
                    current.name = text;
                else if (name == QLatin1String("OutlineLevel"))
                    level = text;
                else if (name == QLatin1String("IsNull"))
                    isNull = text;
                else if (name == QLatin1String("Start"))
                    current.start = QDateTime::fromString(text, Qt::ISODate).date();
                else if (name == QLatin1String("Finish"))
                    finish = text;
            }
        } else if (xml.isEndElement() && depthInTask > 0) {
            if (--depthInTask == 0 && level != QLatin1String("0") && isNull != QLatin1String("1")) {
                const QDateTime f = QDateTime::fromString(finish, Qt::ISODate);
                if (f.isValid() && f.time() >= QTime(12, 0))
                    current.lastDay = f.date();
                source.tasks << current;
            }
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    return source;
}

/// GanttProject: every <task>, however deep.
Source countGanttProject(const QByteArray &bytes)
{
    Source source;
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"task")
            source.tasks << SourceTask{xml.attributes().value(QLatin1String("name")).toString(),
                                       QDate::fromString(xml.attributes().value(QLatin1String("start")).toString(), Qt::ISODate), {}};
        if (xml.isStartElement() && xml.name() == u"depend")
            ++source.dependencies;
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    return source;
}

class RealPlans : public ::testing::TestWithParam<QString>
{
};

} // namespace

TEST_P(RealPlans, ImportOrAreRefusedNamingTheFile)
{
    const QDir dir(realPlans);
    const QStringList files = dir.entryList({GetParam()}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        GTEST_SKIP() << "third-party files absent (../shared/data/real is not beside this checkout): "
                     << realPlans.toStdString();
    for (const QString &file : files) {
        SCOPED_TRACE(file.toStdString());
        QFile f(dir.filePath(file));
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        const Source source = file.endsWith(QLatin1String(".gan")) ? countGanttProject(bytes) : countMsProject(bytes);

        QString error;
        const auto mapped = readForeignPlanFile(dir.filePath(file), {}, &error);
        if (source.tasks.isEmpty()) {
            // Nothing to import is refused, naming the file.
            EXPECT_FALSE(mapped);
            EXPECT_TRUE(error.startsWith(file)) << error.toStdString();
            continue;
        }
        ASSERT_TRUE(mapped) << error.toStdString();
        const ImportReport &report = mapped->report;
        EXPECT_EQ(report.tasks, source.tasks.size());
        EXPECT_EQ(report.phases + report.interventions + report.activities + report.milestones, source.tasks.size());
        EXPECT_EQ(report.notMapped.value(QString::fromUtf8(notmapped::Dependencies)), source.dependencies);

        QTemporaryDir out;
        const QString plan = out.filePath(QStringLiteral("p.horisont"));
        ASSERT_TRUE(createImportedPlan(*mapped, plan, &error)) << error.toStdString();
        const auto doc = PlanDocument::open(plan, &error, PlanDocument::Access::ReadOnly);
        ASSERT_TRUE(doc) << error.toStdString();
        const Plan &p = doc->plan();
        EXPECT_EQ(int(p.all<Phase>().size() + p.all<Intervention>().size() + p.all<Activity>().size()), source.tasks.size());

        // Every source task is there by name, on its first day (and last, where the file says it plainly).
        QMultiHash<QString, std::pair<QDate, QDate>> days; // name → first day, last day
        for (const Phase &x : p.all<Phase>())
            days.insert(x.name, {x.start, x.end.addDays(-1)});
        for (const Intervention &x : p.all<Intervention>())
            days.insert(x.name, {x.start, x.end.addDays(-1)});
        for (const Activity &x : p.all<Activity>())
            days.insert(x.name, {x.start, x.milestone ? x.start : x.end.addDays(-1)});
        for (const SourceTask &t : source.tasks) {
            bool found = false;
            for (const auto &[first, last] : days.values(t.name))
                found = found || (first == t.start && (!t.lastDay.isValid() || last == t.lastDay || first > t.lastDay));
            EXPECT_TRUE(found) << "task " << t.name.toStdString() << " from " << t.start.toString(Qt::ISODate).toStdString()
                               << " to " << t.lastDay.toString(Qt::ISODate).toStdString();
        }
    }
}

// The other formats' real files through the whole import: their readers'
// tasks (whose counts and dates test_plan_readers holds against the files
// themselves) each become one item of the plan, on the same days.
TEST(RealPlansOfOtherTools, EveryTaskBecomesOneItemOnItsDays)
{
    const QDir dir(realPlans);
    const QStringList files =
        dir.entryList({QStringLiteral("planner-*"), QStringLiteral("plan-*"), QStringLiteral("tjp-*.tjp")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        GTEST_SKIP() << "third-party files absent (../shared/data/real is not beside this checkout): "
                     << realPlans.toStdString();
    for (const QString &file : files) {
        SCOPED_TRACE(file.toStdString());
        QString error;
        const auto mapped = readForeignPlanFile(dir.filePath(file), {}, &error);
        ASSERT_TRUE(mapped) << error.toStdString();
        const ImportReport &report = mapped->report;
        EXPECT_GT(report.tasks, 0);
        EXPECT_EQ(report.phases + report.interventions + report.activities + report.milestones, report.tasks);
        QTemporaryDir out;
        const QString plan = out.filePath(QStringLiteral("p.horisont"));
        ASSERT_TRUE(createImportedPlan(*mapped, plan, &error)) << error.toStdString();
        const auto doc = PlanDocument::open(plan, &error, PlanDocument::Access::ReadOnly);
        ASSERT_TRUE(doc) << error.toStdString();
        const Plan &p = doc->plan();
        EXPECT_EQ(int(p.all<Phase>().size() + p.all<Intervention>().size() + p.all<Activity>().size()), report.tasks);
        QMultiHash<QString, QDate> firstDays;
        for (const Phase &x : p.all<Phase>())
            firstDays.insert(x.name, x.start);
        for (const Intervention &x : p.all<Intervention>())
            firstDays.insert(x.name, x.start);
        for (const Activity &x : p.all<Activity>())
            firstDays.insert(x.name, x.start);
        const std::optional<ForeignPlan> read = [&] {
            QFile f(dir.filePath(file));
            EXPECT_TRUE(f.open(QIODevice::ReadOnly));
            const PlanFormat *format = planFormat(sniffPlanFormat(f.peek(4096), file));
            return format ? format->reader(f.readAll(), dir.filePath(file), &error) : std::nullopt;
        }();
        ASSERT_TRUE(read) << error.toStdString();
        for (const ForeignTask &t : read->tasks)
            EXPECT_TRUE(firstDays.values(t.name).contains(t.start) || t.name.trimmed().isEmpty())
                << t.name.toStdString() << " " << t.start.toString(Qt::ISODate).toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(Files, RealPlans, ::testing::Values(QStringLiteral("msproject-*.xml"), QStringLiteral("gan-*.gan")),
                         [](const auto &info) { return info.index == 0 ? std::string("msproject") : std::string("ganttproject"); });
