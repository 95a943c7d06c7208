// Qt's own words in a Swedish Horisont: a file dialog drawn by Qt (not the
// desktop's) says "Filnamn" and "Spara", not "File name" and "Save".
// English loads no catalogue of Qt's.
#include "qttranslations.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFileDialog>
#include <QLabel>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <QtTest>

using namespace horisont;

namespace {
/// Every label's and button's text in `dialog`, mnemonics removed.
QStringList textsIn(const QWidget &dialog)
{
    QStringList texts;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        texts << label->text().remove(QLatin1Char('&'));
    for (const QAbstractButton *button : dialog.findChildren<QAbstractButton *>())
        texts << button->text().remove(QLatin1Char('&'));
    return texts;
}
} // namespace

class TestQtTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void englishLoadsNothingOfQts()
    {
        QTranslator translator;
        QVERIFY(!loadQtTranslations(translator, QLocale(QLocale::English, QLocale::UnitedKingdom)));
        QVERIFY(translator.isEmpty());
    }

    void aSwedishFileDialogSpeaksSwedish()
    {
        QTranslator translator;
        if (!loadQtTranslations(translator, QLocale(QLocale::Swedish, QLocale::Sweden)))
            QSKIP(qPrintable(QStringLiteral("Qt's Swedish catalogue (qt_sv.qm, package qt6-translations-l10n) is not "
                                            "installed under %1")
                                 .arg(QLibraryInfo::path(QLibraryInfo::TranslationsPath))));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        // Horisont's own catalogue, installed after Qt's as the app does, has
        // the words Qt's lacks ("Look in:", the standard buttons).
        QTranslator own;
        QVERIFY(own.load(QStringLiteral(HORISONT_QM_DIR "/horisont_sv.qm")));
        QVERIFY(QCoreApplication::installTranslator(&own));
        QFileDialog dialog(nullptr, QStringLiteral("Horisont"));
        dialog.setOption(QFileDialog::DontUseNativeDialog);
        dialog.setAcceptMode(QFileDialog::AcceptSave);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QStringList texts = textsIn(dialog);
        const QString shown = texts.join(QStringLiteral(" | "));
        QVERIFY2(texts.contains(QStringLiteral("Filnamn:")), qPrintable(shown));
        QVERIFY2(texts.contains(QStringLiteral("Filer av typen:")), qPrintable(shown));
        QVERIFY2(texts.contains(QStringLiteral("Spara")), qPrintable(shown));
        QVERIFY2(texts.contains(QStringLiteral("Avbryt")), qPrintable(shown));
        QVERIFY2(texts.contains(QStringLiteral("Leta i:")), qPrintable(shown));
        for (const QString &english : {QStringLiteral("Look in:"), QStringLiteral("File name:"),
                                       QStringLiteral("Files of type:"), QStringLiteral("Save"),
                                       QStringLiteral("Cancel")})
            QVERIFY2(!texts.contains(english), qPrintable(shown));
        QCoreApplication::removeTranslator(&own);
        QCoreApplication::removeTranslator(&translator);
    }
};

QTEST_MAIN(TestQtTranslations)
#include "test_qttranslations.moc"
