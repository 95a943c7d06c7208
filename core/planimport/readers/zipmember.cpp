#include "planimport/readers/zipmember.h"

#include "planimport/planreader.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <zip.h>

#include <memory>

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
    const QString tooLarge = Tr::tr("%1: %2 unpacks to more than %3 MB; the file was not read.")
                                 .arg(file, member)
                                 .arg(planreadlimits::MaxFileBytes / (1024 * 1024));
    zip_error_t failure;
    zip_error_init(&failure);
    // The archive reads the caller's bytes in place: they outlive it.
    zip_source_t *source = zip_source_buffer_create(zip.constData(), zip_uint64_t(zip.size()), 0, &failure);
    zip_t *archive = source ? zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &failure) : nullptr;
    zip_error_fini(&failure);
    if (!archive) {
        if (source)
            zip_source_free(source);
        return refuse(Tr::tr("%1: the zip archive is damaged and cannot be opened.").arg(file));
    }
    const std::unique_ptr<zip_t, decltype(&zip_discard)> closing(archive, &zip_discard);
    const zip_int64_t members = zip_get_num_entries(archive, 0);
    if (members > MaxMembers)
        return refuse(Tr::tr("%1: the zip archive holds more than %2 files, more than any plan.").arg(file).arg(MaxMembers));
    zip_int64_t index = -1;
    for (zip_int64_t i = 0; i < members; ++i) {
        const char *raw = zip_get_name(archive, zip_uint64_t(i), ZIP_FL_ENC_GUESS);
        const QString name = raw ? QString::fromUtf8(raw) : QString();
        if (!isPlainMemberPath(name))
            return refuse(Tr::tr("%1: the zip archive holds a file named “%2”, a path outside the archive; the file was not read.")
                              .arg(file, name.left(200)));
        if (name == member)
            index = i;
    }
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (index < 0 || zip_stat_index(archive, zip_uint64_t(index), 0, &stat) != 0)
        return refuse(Tr::tr("%1: the zip archive holds no %2.").arg(file, member));
    if ((stat.valid & ZIP_STAT_SIZE) && stat.size > zip_uint64_t(planreadlimits::MaxFileBytes))
        return refuse(tooLarge);
    zip_file_t *entry = zip_fopen_index(archive, zip_uint64_t(index), 0);
    if (!entry)
        return refuse(Tr::tr("%1: %2 in the zip archive cannot be unpacked.").arg(file, member));
    const std::unique_ptr<zip_file_t, decltype(&zip_fclose)> closingEntry(entry, &zip_fclose);
    // In chunks, so that a zip bomb stops at the limit whatever its header claims.
    QByteArray bytes;
    QByteArray chunk(1 << 16, Qt::Uninitialized);
    for (;;) {
        const zip_int64_t n = zip_fread(entry, chunk.data(), zip_uint64_t(chunk.size()));
        if (n < 0)
            return refuse(Tr::tr("%1: %2 in the zip archive is damaged (its checksum does not match).").arg(file, member));
        if (n == 0)
            break;
        if (bytes.size() + n > planreadlimits::MaxFileBytes)
            return refuse(tooLarge);
        bytes.append(chunk.constData(), qsizetype(n));
    }
    return bytes;
}

} // namespace horisont
