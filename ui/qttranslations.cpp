#include "qttranslations.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace horisont {

bool loadQtTranslations(QTranslator &translator, const QLocale &locale)
{
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return false;
    const QString path = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    // A language's own qtbase_* where there is one, else the whole "qt" catalogue.
    return translator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), path)
           || translator.load(locale, QStringLiteral("qt"), QStringLiteral("_"), path);
}

} // namespace horisont
