#include "translations.h"

#include "qttranslations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace horisont {

void installTranslations(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    auto *qt = new QTranslator(&app);
    if (loadQtTranslations(*qt, locale))
        app.installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("horisont"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        app.installTranslator(own);
}

} // namespace horisont
