#include "cli/cli.h"
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>

#include <memory>

using namespace horisont;

namespace {
void describe(QCoreApplication &app)
{
    app.setOrganizationName(QStringLiteral("Horisont"));
    app.setApplicationName(QStringLiteral("horisont"));
    app.setApplicationVersion(QStringLiteral(HORISONT_VERSION));
}

QString languageOption(int argc, char **argv)
{
    QString language = qEnvironmentVariable("HORISONT_LANG");
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "--lang") == 0)
            language = QString::fromLocal8Bit(argv[i + 1]);
    }
    return language;
}
} // namespace

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (cli::isCommand(arguments)) {
        // Commands run headless: no display, no widgets.
        QCoreApplication app(argc, argv);
        describe(app);
        installTranslations(app, languageOption(argc, argv));
        return cli::run(arguments);
    }

    QApplication app(argc, argv);
    describe(app);
    installTranslations(app, languageOption(argc, argv));
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Plan and follow up a long-term programme."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("lang"), QApplication::translate("main", "User interface language (sv, en)."),
                      QStringLiteral("LANG")});
    parser.addPositionalArgument(QStringLiteral("FILE"), QApplication::translate("main", "The plan to open."));
    parser.process(app);

    MainWindow window;
    if (!parser.positionalArguments().isEmpty())
        window.openPlan(parser.positionalArguments().constFirst());
    window.show();
    return app.exec();
}
