#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/output.h"
#include "cli/parsing.h"

#include "demo/umeademo.h"
#include "document/plandocument.h"
#include "edit/commands.h"
#include "model/columns.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace horisont::cli {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::cli)
};
} // namespace

int newCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Create a new plan file. It is never created over an existing file."));
    const QCommandLineOption demo(QStringLiteral("demo"), Tr::tr("Create the demo plan NAME (umea)."), Tr::tr("NAME"));
    const QCommandLineOption name(columns::name, Tr::tr("Name of the programme of a new empty plan."), Tr::tr("TEXT"));
    parser.addOptions({demo, name});
    parser.addPositionalArgument(Tr::tr("FILE"), Tr::tr("The plan file to create (*.horisont)."));
    if (auto exit = parseArguments(parser, arguments, 1))
        return *exit;
    const QString path = parser.positionalArguments().constFirst();

    QString error;
    std::unique_ptr<PlanDocument> doc;
    if (parser.isSet(demo)) {
        if (parser.value(demo) != QLatin1String("umea")) {
            err() << Tr::tr("Unknown demo \"%1\"; the demo plans are: umea.").arg(parser.value(demo)) << '\n';
            return ExitFailure;
        }
        if (QFileInfo::exists(path)) {
            err() << Tr::tr("%1 already exists; choose another name.").arg(path) << '\n';
            return ExitFailure;
        }
        doc = demo::createUmea(path, &error);
    } else {
        Programme programme;
        programme.name = parser.isSet(name) ? parser.value(name) : Tr::tr("New programme");
        const KindInfo &info = kindInfo(EntityKind::Programme);
        const QString tooLong = commands::tooLongMessage(info.fields.value(info.fieldIndex(columns::name)),
                                                         programme.name, QStringLiteral("--name"));
        if (!tooLong.isEmpty()) {
            err() << tooLong << '\n';
            return ExitFailure;
        }
        doc = PlanDocument::create(path, programme, &error);
    }
    if (!doc) {
        err() << error << '\n';
        return ExitFailure;
    }
    out() << Tr::tr("Created %1: %2").arg(doc->path(), doc->plan().programme().name) << '\n';
    return ExitSuccess;
}

} // namespace horisont::cli
