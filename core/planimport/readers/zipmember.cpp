#include "planimport/readers/zipmember.h"

#include "planimport/planreader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>

namespace horisont {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::ZipMember)
};

constexpr int MaxMembers = 10000;

/// A member path any planner could have written: relative, inside the archive.
bool isPlainMemberPath(const QString &name)
{
    if (name.isEmpty() || name.startsWith(u'/') || name.contains(u'\\') || name.contains(u':'))
        return false;
    const auto parts = QStringView(name).split(u'/');
    for (const QStringView part : parts) {
        if (part == u"..")
            return false;
    }
    return true;
}
} // namespace

bool looksLikeZip(const QByteArray &content)
{
    return content.startsWith(QByteArrayLiteral("PK\x03\x04"));
}

std::optional<QByteArray> readZipMember(const QByteArray &zip, const QString &member, const QString &path,
                                        QString *error)
{
    const QString file = QFileInfo(path).fileName();
    const auto refuse = [&](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QBuffer buffer;
    buffer.setData(zip);
    QuaZip archive(&buffer);
    if (!archive.open(QuaZip::mdUnzip))
        return refuse(Tr::tr("%1: the zip archive is damaged and cannot be opened.").arg(file));
    if (archive.getEntriesCount() > MaxMembers)
        return refuse(Tr::tr("%1: the zip archive holds more than %2 files, more than any plan.").arg(file).arg(MaxMembers));
    bool found = false;
    for (bool more = archive.goToFirstFile(); more; more = archive.goToNextFile()) {
        const QString name = archive.getCurrentFileName();
        if (!isPlainMemberPath(name))
            return refuse(Tr::tr("%1: the zip archive holds a file named “%2”, a path outside the archive; the file was not read.")
                              .arg(file, name.left(200)));
        found = found || name == member;
    }
    if (!found || !archive.setCurrentFile(member, QuaZip::csSensitive))
        return refuse(Tr::tr("%1: the zip archive holds no %2.").arg(file, member));
    QuaZipFileInfo64 info;
    if (archive.getCurrentFileInfo(&info) && info.uncompressedSize > quint64(planreadlimits::MaxFileBytes))
        return refuse(Tr::tr("%1: %2 unpacks to more than %3 MB; the file was not read.")
                          .arg(file, member).arg(planreadlimits::MaxFileBytes / (1024 * 1024)));
    QuaZipFile entry(&archive);
    if (!entry.open(QIODevice::ReadOnly))
        return refuse(Tr::tr("%1: %2 in the zip archive cannot be unpacked.").arg(file, member));
    QByteArray bytes;
    QByteArray chunk(1 << 16, Qt::Uninitialized);
    for (;;) {
        const qint64 n = entry.read(chunk.data(), chunk.size());
        if (n < 0)
            return refuse(Tr::tr("%1: %2 in the zip archive is damaged.").arg(file, member));
        if (n == 0)
            break;
        if (bytes.size() + n > planreadlimits::MaxFileBytes)
            return refuse(Tr::tr("%1: %2 unpacks to more than %3 MB; the file was not read.")
                              .arg(file, member).arg(planreadlimits::MaxFileBytes / (1024 * 1024)));
        bytes.append(chunk.constData(), n);
    }
    entry.close();
    if (entry.getZipError() != 0)
        return refuse(Tr::tr("%1: %2 in the zip archive is damaged (its checksum does not match).").arg(file, member));
    return bytes;
}

} // namespace horisont
