#include "ledger/import/ledgerfile.h"

#include "ledger/import/csvreader.h"
#include "ledger/import/importlimits.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <cstring>

namespace horisont {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::LedgerImport)
};

/// The first line end (LF or CR) in [from, to), or `to`.
const char *firstLineEnd(const char *from, const char *to)
{
    const auto *lf = static_cast<const char *>(std::memchr(from, '\n', size_t(to - from)));
    const auto *cr = static_cast<const char *>(std::memchr(from, '\r', size_t((lf ? lf : to) - from)));
    return cr ? cr : lf ? lf : to;
}

/// Just after the last line end in [from, to), or nullptr.
const char *afterLastLineEnd(const char *from, const char *to)
{
    for (const char *p = to; p != from; --p) {
        if (p[-1] == '\n' || p[-1] == '\r')
            return p;
    }
    return nullptr;
}
} // namespace

bool readLedgerFile(const QString &path, QByteArray *bytes, QString *error)
{
    bytes->clear();
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        *error = Tr::tr("cannot open the file: %1").arg(in.errorString());
        return false;
    }
    const auto tooLarge = [&] {
        *error = Tr::tr("the file is larger than %1, more than any ledger export").arg(importlimits::size(importlimits::FileBytes));
        return false;
    };
    if (!in.isSequential()) {
        if (in.size() > importlimits::FileBytes)
            return tooLarge();
        bytes->reserve(in.size() + importlimits::RecordBytes); // room for the last read: never copied
    }
    // Read a block at a time and judge it as it comes: a device that never
    // ends is refused after its first bad block, not when memory runs out.
    // A block is as long as a line may be, so a line longer than that spans
    // a block boundary and one count carried over from block to block finds it.
    constexpr qsizetype Block = importlimits::RecordBytes;
    qsizetype lineStart = 0; // of the line still open at the end of what is read
    bool text = true;        // UTF-16 has NUL bytes in every ASCII character
    for (;;) {
        const qsizetype at = bytes->size();
        if (at + Block > importlimits::FileBytes + 1)
            bytes->resize(importlimits::FileBytes + 1);
        else
            bytes->resize(at + Block);
        const qint64 got = in.read(bytes->data() + at, bytes->size() - at);
        if (got < 0) {
            *error = Tr::tr("cannot read the file: %1").arg(in.errorString());
            return false;
        }
        bytes->resize(at + got);
        if (got == 0)
            break;
        if (bytes->size() > importlimits::FileBytes)
            return tooLarge();
        if (at == 0)
            text = !bytes->startsWith("\xFF\xFE") && !bytes->startsWith("\xFE\xFF");
        const char *begin = bytes->constData();
        const char *from = begin + at;
        const char *to = from + got;
        if (const void *nul = text ? std::memchr(from, '\0', size_t(got)) : nullptr) {
            const qsizetype offset = static_cast<const char *>(nul) - begin;
            *error = Tr::tr("line %1: %2")
                         .arg(CsvReader::lineOf(*bytes, offset))
                         .arg(Tr::tr("the file holds binary data, not CSV text"));
            return false;
        }
        if (firstLineEnd(from, to) - (begin + lineStart) > importlimits::RecordBytes) {
            *error = Tr::tr("line %1: %2")
                         .arg(CsvReader::lineOf(*bytes, lineStart))
                         .arg(Tr::tr("the line is longer than %1").arg(importlimits::size(importlimits::RecordBytes)));
            return false;
        }
        if (const char *next = afterLastLineEnd(from, to))
            lineStart = next - begin;
    }
    return true;
}

} // namespace horisont
