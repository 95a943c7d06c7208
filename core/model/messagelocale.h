#pragma once

#include <QLocale>

namespace horisont {

/// The locale of the numbers and dates inside core's messages (refusals,
/// verdicts, import errors). A message's words come from the translator the
/// application installs for the whole process (tr() has no other source), so
/// its numbers follow the locale installed with it (installTranslations sets
/// both): "1 000 kr" never stands in an English sentence. Figures and
/// reports, which one process may render in several languages, take their
/// locale from the caller instead.
inline QLocale messageLocale()
{
    return QLocale();
}

} // namespace horisont
