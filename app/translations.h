#pragma once

#include <QString>

class QCoreApplication;

namespace horisont {

/// Installs Horisont's and Qt's own translations for `language` ("sv",
/// "en"); an empty language follows the system locale.
void installTranslations(QCoreApplication &app, const QString &language);

} // namespace horisont
