#include "ledger/import/importlimits.h"

#include <QLocale>

namespace horisont::importlimits {

QString size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 0, QLocale::DataSizeIecFormat);
}

} // namespace horisont::importlimits
