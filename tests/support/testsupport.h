#pragma once

#include "document/plandocument.h"
#include "model/record.h"
#include "plancodes.h"

#include <QByteArray>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>

#include <memory>

#include <gtest/gtest.h>
#include <ostream>

namespace horisont::test {

/// A new plan file in `dir` with a programme that runs 2020–2035.
std::unique_ptr<PlanDocument> createPlan(const QTemporaryDir &dir, const QString &name = QStringLiteral("plan.horisont"));
/// The Umeå demo plan in `dir`.
std::unique_ptr<PlanDocument> createDemo(const QTemporaryDir &dir, const QString &name = QStringLiteral("demo.horisont"));

/// SHA-256 of a file's bytes, to prove a failed operation left it untouched.
QByteArray fileHash(const QString &path);

/// Every entity in the file, read by a fresh read-only document.
QList<Record> diskSnapshot(const QString &path);

/// Runs the sqlite3 command-line shell on a file and returns its trimmed output.
QString sqlite3(const QString &path, const QString &sql);

/// Path of the horisont executable (for end-to-end tests).
QString horisontExecutable();

struct ProcessResult {
    int exitCode = -1;   ///< -1 when the process crashed or timed out
    QString out;
    QString err;
    bool crashed = false;  ///< ended by a signal (exitCode then stays -1; see signal)
    int signal = 0;        ///< the signal that ended a crashed process, as QProcess reports it
    bool timedOut = false; ///< killed after timeoutMs
};
/// The environment runHorisont gives the executable: headless, in `language`.
QProcessEnvironment horisontEnvironment(const QString &language = QStringLiteral("en"));
/// Runs the horisont executable with arguments, headless, in `language`.
ProcessResult runHorisont(const QStringList &arguments, int timeoutMs = 120000,
                          const QString &language = QStringLiteral("en"));

/// Real files that others published live beside the repository, in
/// ../shared/data/real (see its SOURCES.md), and are never copied into it: a
/// test that reads one skips, saying so, in a checkout without them.
#define HORISONT_SKIP_UNLESS_PRESENT(path)                                                             \
    do {                                                                                               \
        if (!QFileInfo::exists(path))                                                                  \
            GTEST_SKIP() << "third-party file absent (../shared/data/real is not beside this checkout): " \
                         << (path).toStdString();                                                     \
    } while (false)

/// runHorisont() (in English) with the child's address space limited to
/// `addressSpaceBytes`: a run that would need more memory fails (its
/// allocations do) instead of passing.
ProcessResult runHorisontWithin(qint64 addressSpaceBytes, const QStringList &arguments, int timeoutMs = 120000);

/// Writes bytes to a file (test fixtures).
void writeFile(const QString &path, const QByteArray &bytes);

} // namespace horisont::test

namespace horisont {
std::ostream &operator<<(std::ostream &os, const Record &record);
}

namespace horisont::test {
/// A fingerprint of a plan's committed state: every entity plus the number
/// of change-log lines, so that data and log are seen to commit together.
QByteArray stateFingerprint(PlanDocument &doc);
}
