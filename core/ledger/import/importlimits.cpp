#include "ledger/import/importlimits.h"

#include "model/messagelocale.h"

#include <QLocale>

namespace horisont::importlimits {

QString size(qint64 bytes)
{
    return messageLocale().formattedDataSize(bytes, 0, QLocale::DataSizeIecFormat);
}

} // namespace horisont::importlimits
