#include "testsupport.h"

#include "demo/umeademo.h"
#include "model/schema.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include <sys/resource.h>

namespace horisont::test {

std::unique_ptr<PlanDocument> createPlan(const QTemporaryDir &dir, const QString &name)
{
    Programme programme;
    programme.name = QStringLiteral("Testprogram");
    programme.commissioningBody = QStringLiteral("Kommunstyrelsen");
    programme.start = QDate(2020, 1, 1);
    programme.horizonEnd = QDate(2035, 1, 1);
    QString error;
    auto doc = PlanDocument::create(dir.filePath(name), programme, &error);
    EXPECT_TRUE(doc) << error.toStdString();
    if (doc)
        doc->setUserName(QStringLiteral("tester"));
    return doc;
}

std::unique_ptr<PlanDocument> createDemo(const QTemporaryDir &dir, const QString &name)
{
    QString error;
    auto doc = demo::createUmea(dir.filePath(name), &error);
    EXPECT_TRUE(doc) << error.toStdString();
    if (doc)
        doc->setUserName(QStringLiteral("tester"));
    return doc;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

QList<Record> diskSnapshot(const QString &path)
{
    QString error;
    auto doc = PlanDocument::open(path, &error, PlanDocument::Access::ReadOnly);
    EXPECT_TRUE(doc) << error.toStdString();
    return doc ? doc->plan().snapshot() : QList<Record>();
}

QString sqlite3(const QString &path, const QString &sql)
{
    QProcess process;
    process.start(QStringLiteral("sqlite3"), {path, sql});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

QString horisontExecutable()
{
    return QStringLiteral(HORISONT_EXECUTABLE);
}

QProcessEnvironment horisontEnvironment(const QString &language)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HORISONT_LANG"), language);
    return env;
}

namespace {
ProcessResult run(const QStringList &arguments, int timeoutMs, const QString &language, qint64 addressSpace)
{
    QProcess process;
    process.setProcessEnvironment(horisontEnvironment(language));
    if (addressSpace > 0) {
        // In the child, between fork and exec: only async-signal-safe calls.
        process.setChildProcessModifier([addressSpace] {
            const rlimit limit{rlim_t(addressSpace), rlim_t(addressSpace)};
            setrlimit(RLIMIT_AS, &limit);
        });
    }
    process.start(horisontExecutable(), arguments);
    ProcessResult result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("timed out");
        result.timedOut = true;
        return result;
    }
    if (process.exitStatus() == QProcess::NormalExit) {
        result.exitCode = process.exitCode();
    } else {
        result.crashed = true;
        result.signal = process.exitCode(); // on Unix, QProcess reports the terminating signal here
    }
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}
} // namespace

ProcessResult runHorisont(const QStringList &arguments, int timeoutMs, const QString &language)
{
    return run(arguments, timeoutMs, language, 0);
}

ProcessResult runHorisontWithin(qint64 addressSpaceBytes, const QStringList &arguments, int timeoutMs)
{
    return run(arguments, timeoutMs, QStringLiteral("en"), addressSpaceBytes);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

} // namespace horisont::test

namespace horisont {
std::ostream &operator<<(std::ostream &os, const Record &record)
{
    os << kindInfo(record.kind).table.toStdString() << '#' << record.id << '{';
    for (const QVariant &v : record.values)
        os << (v.isNull() ? std::string("NULL") : v.toString().toStdString()) << ';';
    return os << '}';
}
} // namespace horisont

namespace horisont::test {
QByteArray stateFingerprint(PlanDocument &doc)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const Record &r : doc.plan().snapshot()) {
        hash.addData(QByteArray::number(int(r.kind)) + ':' + QByteArray::number(r.id) + '{');
        for (const QVariant &v : r.values)
            hash.addData((v.isNull() ? QByteArray("\\N") : v.toString().toUtf8()) + '\x1f');
    }
    QSqlQuery q(doc.store().database());
    if (q.exec(QStringLiteral("SELECT count(*) FROM change_log")) && q.next())
        hash.addData("log:" + QByteArray::number(q.value(0).toLongLong()));
    return hash.result().toHex();
}
} // namespace horisont::test
