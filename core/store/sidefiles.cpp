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

} // namespace horisont
