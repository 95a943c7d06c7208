#pragma once

#include <QString>
#include <QtGlobal>

namespace horisont {

/// Constants of the *.horisont file format.
namespace fileformat {
/// PRAGMA application_id of every plan: "Hrsn" in ASCII.
constexpr qint32 ApplicationId = 0x4872736E;
/// PRAGMA user_version this build writes; older files are migrated on open.
int currentVersion();
constexpr const char *Suffix = "horisont";
} // namespace fileformat

/// What the first 100 bytes of a file say, read without opening it with
/// SQLite, so that a file that is not ours is never touched.
struct FileHeaderInfo {
    enum class Verdict { Ok, Missing, Unreadable, Empty, ZeroFilled, NotSqlite, Truncated, ForeignSqlite };
    Verdict verdict = Verdict::Ok;
    int userVersion = 0;
    qint64 fileSize = 0;
    qint64 expectedSize = 0;
    QString message; ///< translated explanation naming the file, empty when Ok
};

FileHeaderInfo inspectFileHeader(const QString &path);

} // namespace horisont
