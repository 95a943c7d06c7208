#include "planimport/notmapped.h"

#include <QCoreApplication>

namespace horisont::notmapped {

QString label(const QString &key)
{
    // A key no catalogue knows (a reader's own) reads as it is written.
    return QCoreApplication::translate("horisont::NotMapped", key.toUtf8().constData());
}

} // namespace horisont::notmapped
