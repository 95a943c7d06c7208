#pragma once

// Other processes a test runs and files it writes: the horisont executable
// (end-to-end), the sqlite3 shell (to read or damage a file behind
// Horisont's back) and fixtures on disk.
#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace horisont::test {

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

/// runHorisont() (in English) with the child's address space limited to
/// `addressSpaceBytes`: a run that would need more memory fails (its
/// allocations do) instead of passing.
ProcessResult runHorisontWithin(qint64 addressSpaceBytes, const QStringList &arguments, int timeoutMs = 120000);

/// Runs any program and returns its exit code (-1 when it crashed or timed
/// out) and output, for the tools tests read files back with (pdftotext…).
ProcessResult runTool(const QString &program, const QStringList &arguments, int timeoutMs = 60000);

/// Writes bytes to a file (test fixtures); false, with the reason in the
/// log, when it cannot.
bool writeFile(const QString &path, const QByteArray &bytes);

/// A file of the project's own test data (tests/data/`relative`).
QString testDataPath(const QString &relative);

} // namespace horisont::test
