#include "store/fileformat.h"

#include "store/migrations.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace horisont {

int fileformat::currentVersion()
{
    return int(migrations().size());
}

namespace {
quint32 bigEndian32(const uchar *p)
{
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

bool isAllZero(const QByteArray &head, QFile &file)
{
    if (head.count('\0') != head.size())
        return false;
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(1 << 16);
        if (chunk.count('\0') != chunk.size())
            return false;
    }
    return true;
}

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::FileFormat)
};
} // namespace

FileHeaderInfo inspectFileHeader(const QString &path)
{
    using V = FileHeaderInfo::Verdict;
    FileHeaderInfo info;
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.exists()) {
        info.verdict = V::Missing;
        info.message = Tr::tr("%1: no such file.").arg(path);
        return info;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        info.verdict = V::Unreadable;
        info.message = Tr::tr("%1: cannot be read (%2).").arg(path, file.errorString());
        return info;
    }
    info.fileSize = file.size();
    if (info.fileSize == 0) {
        info.verdict = V::Empty;
        info.message = Tr::tr("%1 is empty: it is not a Horisont plan.").arg(name);
        return info;
    }
    const QByteArray header = file.read(100);
    if (isAllZero(header, file)) {
        info.verdict = V::ZeroFilled;
        info.message = Tr::tr("%1 contains only zero bytes: the file was never written completely "
                          "or has been wiped. It is not a readable Horisont plan.")
                           .arg(name);
        return info;
    }
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() < 100 || !header.startsWith(magic)) {
        info.verdict = header.startsWith(magic.left(header.size())) && header.size() < 100
                           ? V::Truncated
                           : V::NotSqlite;
        info.message = info.verdict == V::Truncated
                           ? Tr::tr("%1 is truncated: it ends after %2 bytes, inside the file header.")
                                 .arg(name)
                                 .arg(info.fileSize)
                           : Tr::tr("%1 is not a Horisont plan (it is not an SQLite database).").arg(name);
        return info;
    }
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    quint32 pageSize = (quint32(bytes[16]) << 8) | quint32(bytes[17]);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 changeCounter = bigEndian32(bytes + 24);
    const quint32 pageCount = bigEndian32(bytes + 28);
    const quint32 validFor = bigEndian32(bytes + 92);
    info.userVersion = int(bigEndian32(bytes + 60));
    const qint32 applicationId = qint32(bigEndian32(bytes + 68));

    if (applicationId != fileformat::ApplicationId) {
        info.verdict = V::ForeignSqlite;
        info.message = Tr::tr("%1 is an SQLite database but not a Horisont plan "
                          "(application id %2). It has not been opened or changed.")
                           .arg(name)
                           .arg(quint32(applicationId), 8, 16, QLatin1Char('0'));
        return info;
    }
    // A hot journal (a process died mid-edit) holds the pages the header no
    // longer matches: SQLite's rollback restores them, so the size can only
    // be judged after recovery (quick_check does it then).
    const bool hotJournal = QFileInfo(path + QStringLiteral("-journal")).size() > 0;
    if (changeCounter == validFor && pageCount > 0 && !hotJournal) {
        info.expectedSize = qint64(pageCount) * pageSize;
        if (info.fileSize < info.expectedSize) {
            info.verdict = V::Truncated;
            info.message = Tr::tr("%1 is truncated: it should hold %2 bytes but has only %3. "
                              "Restore it from a backup or a saved copy.")
                               .arg(name)
                               .arg(info.expectedSize)
                               .arg(info.fileSize);
            return info;
        }
    }
    return info;
}

} // namespace horisont
