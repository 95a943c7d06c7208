#include "cli/cli.h"
#include "figureguard.h"
#include "mainwindow.h"
#include "screenshots.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QGuiApplication>
#include <QIcon>
#include <QSettings>
#include <QTemporaryDir>

#include <optional>

using namespace horisont;

namespace {
void describe(QCoreApplication &app)
{
    app.setOrganizationName(QStringLiteral("Horisont"));
    app.setApplicationName(QStringLiteral("horisont"));
    app.setApplicationVersion(QStringLiteral(HORISONT_VERSION));
}

// --lang wins over HORISONT_LANG, which wins over the saved setting; an
// empty language follows the system.
QString languageOption(int argc, char **argv)
{
    QString language = QSettings().value(QStringLiteral("language")).toString();
    if (qEnvironmentVariableIsSet("HORISONT_LANG"))
        language = qEnvironmentVariable("HORISONT_LANG");
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--lang") == 0 && i + 1 < argc)
            language = QString::fromLocal8Bit(argv[i + 1]);
        else if (qstrncmp(argv[i], "--lang=", 7) == 0)
            language = QString::fromLocal8Bit(argv[i] + 7);
    }
    return language;
}
} // namespace

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (cli::isCommand(arguments) && arguments.value(1) == QLatin1String("export-pdf")) {
        // PDF packs lay out text with real fonts: a QGuiApplication, headless.
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Run without a session (cron, CI, ssh), Qt warns on stderr that
        // XDG_RUNTIME_DIR is unset, which a script takes for a failure. The
        // export keeps nothing there: a private directory for its lifetime.
        std::optional<QTemporaryDir> runtime;
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR") && runtime.emplace().isValid())
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime->path()));
        QGuiApplication app(argc, argv);
        describe(app);
        installTranslations(app, languageOption(argc, argv));
        return cli::run(arguments);
    }
    if (cli::isCommand(arguments)) {
        // Commands run headless: no display, no widgets.
        QCoreApplication app(argc, argv);
        describe(app);
        installTranslations(app, languageOption(argc, argv));
        return cli::run(arguments);
    }

    HorisontApplication app(argc, argv);
    describe(app);
    // The installed desktop file and icon (packaging/) share this id.
    QGuiApplication::setDesktopFileName(QStringLiteral("se.horisont.Horisont"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("se.horisont.Horisont")));
    installTranslations(app, languageOption(argc, argv));
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Plan and follow up a long-term programme."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("lang"), QApplication::translate("main", "User interface language (sv, en)."),
                      QStringLiteral("LANG")});
    QCommandLineOption screenshots(QStringLiteral("screenshots"),
                                         QApplication::translate("main", "Save a picture of every view to DIR and quit."),
                                         QStringLiteral("DIR"));
    screenshots.setFlags(QCommandLineOption::HiddenFromHelp); // a tool for the documentation
    parser.addOption(screenshots);
    QCommandLineOption teamScreenshots(QStringLiteral("team-screenshots"),
                                       QApplication::translate("main", "Save pictures of two windows on one server plan to DIR and quit."),
                                       QStringLiteral("DIR"));
    teamScreenshots.setFlags(QCommandLineOption::HiddenFromHelp); // a tool for the documentation
    parser.addOption(teamScreenshots);
    QCommandLineOption importPlanScreenshot(QStringLiteral("import-plan-screenshots"),
                                            QApplication::translate("main", "Save a picture of the plan import previewing FILE to DIR and quit."),
                                            QStringLiteral("DIR"));
    importPlanScreenshot.setFlags(QCommandLineOption::HiddenFromHelp); // a tool for the documentation
    parser.addOption(importPlanScreenshot);
    parser.addPositionalArgument(QStringLiteral("FILE"), QApplication::translate("main", "The plan to open."));
    parser.process(app);

    if (parser.isSet(teamScreenshots) && parser.positionalArguments().size() == 2)
        return saveTeamScreenshots(parser.positionalArguments().at(0), parser.positionalArguments().at(1),
                                   parser.value(teamScreenshots), parser.value(QStringLiteral("lang")));
    if (parser.isSet(importPlanScreenshot) && parser.positionalArguments().size() == 1)
        return saveImportPlanScreenshot(parser.positionalArguments().constFirst(), parser.value(importPlanScreenshot),
                                        parser.value(QStringLiteral("lang")));
    MainWindow window;
    if (!parser.positionalArguments().isEmpty())
        window.openPlan(parser.positionalArguments().constFirst());
    if (parser.isSet(screenshots))
        return saveScreenshots(window, parser.value(screenshots), parser.value(QStringLiteral("lang")));
    window.show();
    return app.exec();
}
