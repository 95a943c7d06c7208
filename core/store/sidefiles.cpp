#include "store/sidefiles.h"

#include <QFile>
#include <QFileInfo>

namespace horisont {

SideFiles SideFiles::of(const QString &planPath)
{
    SideFiles side;
    side.journal = QFileInfo(planPath + QStringLiteral("-journal")).size() > 0;
    side.wal = QFileInfo(planPath + QStringLiteral("-wal")).size() > 0;
    QFile file(planPath);
    if (file.open(QIODevice::ReadOnly)) {
        const QByteArray header = file.read(20);
        // Bytes 18 and 19 are the write and read format versions: 2 means WAL.
        side.walMode = header.size() == 20 && (header.at(18) == 2 || header.at(19) == 2);
    }
    return side;
}

namespace {

quint32 bigEndian32(const QByteArray &bytes, qsizetype at)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData() + at);
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

} // namespace

SideFiles::Fit SideFiles::journalFit(const QString &planPath)
{
    QFile plan(planPath);
    QFile journal(planPath + QStringLiteral("-journal"));
    if (!plan.open(QIODevice::ReadOnly) || !journal.open(QIODevice::ReadOnly))
        return Fit::Unknown;
    const QByteArray planHeader = plan.read(100);
    const QByteArray journalHeader = journal.read(28);
    static const QByteArray magic = QByteArray::fromHex("d9d505f920a163d7");
    if (planHeader.size() < 100 || journalHeader.size() < 28 || !journalHeader.startsWith(magic))
        return Fit::Unknown;
    const quint32 pagesThen = bigEndian32(journalHeader, 16);
    const quint32 sectorSize = bigEndian32(journalHeader, 20);
    const quint32 pageSize = bigEndian32(journalHeader, 24);
    if (sectorSize < 32 || sectorSize > 65536 || pageSize < 512 || pageSize > 65536)
        return Fit::Unknown;
    // The plan's page size never changes, and an edit only ever grows it
    // (Horisont never vacuums a plan in place).
    quint32 planPageSize = (quint32(uchar(planHeader.at(16))) << 8) | quint32(uchar(planHeader.at(17)));
    if (planPageSize == 1)
        planPageSize = 65536;
    if (planPageSize != pageSize || plan.size() / pageSize < pagesThen)
        return Fit::Foreign;
    // Records follow the header's sector: a page number, the page, a checksum.
    // Page 1 is journaled first in every edit, since every edit bumps its counter.
    for (int record = 0; record < 8; ++record) {
        if (!journal.seek(qint64(sectorSize) + qint64(record) * (pageSize + 8)))
            return Fit::Unknown;
        const QByteArray number = journal.read(4);
        if (number.size() < 4)
            return Fit::Unknown;
        if (bigEndian32(number, 0) != 1)
            continue;
        const QByteArray page = journal.read(100);
        if (page.size() < 100)
            return Fit::Unknown;
        const quint32 counterThen = bigEndian32(page, 24);
        const quint32 counterNow = bigEndian32(planHeader, 24);
        const bool sameApplication = page.mid(68, 4) == planHeader.mid(68, 4);
        const bool sameCounter = counterNow == counterThen || counterNow == counterThen + 1;
        return sameApplication && sameCounter ? Fit::Fits : Fit::Foreign;
    }
    return Fit::Unknown;
}

} // namespace horisont
