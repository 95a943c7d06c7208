#include "cli/planopening.h"

#include "cli/output.h"

#include <QCoreApplication>

namespace horisont::cli {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::cli)
};
} // namespace

QList<QCommandLineOption> shownStateOptions()
{
    return {QCommandLineOption(QStringLiteral("version"),
                               Tr::tr("Read this version (see `versions`) instead of the plan as it is now."),
                               Tr::tr("NAME")),
            QCommandLineOption(QStringLiteral("scenario"),
                               Tr::tr("Read this scenario (see `scenarios`) instead of the plan."), Tr::tr("NAME"))};
}

ShownState shownState(const QCommandLineParser &parser)
{
    return {parser.value(QStringLiteral("version")), parser.value(QStringLiteral("scenario"))};
}

std::unique_ptr<PlanDocument> openPlan(const QString &path, PlanDocument::Access access,
                                       PlanDocument::Verification verification, const ShownState &shown)
{
    QString error;
    if (!shown.version.isEmpty() && !shown.scenario.isEmpty()) {
        err() << Tr::tr("--version and --scenario: a command reads one state of the plan; name one of them.") << '\n';
        err().flush();
        return nullptr;
    }
    auto doc = PlanDocument::open(path, &error, access, verification);
    if (!doc) {
        err() << error << '\n';
        err().flush();
        return nullptr;
    }
    if (doc->isNewerFormat()) {
        err() << doc->readOnlyReason() << '\n'
              << Tr::tr("This version of Horisont cannot vouch for what it would read from it; use the newer version.")
              << '\n';
        err().flush();
        return nullptr;
    }
    for (const QString &notice : doc->notices())
        err() << notice << '\n';
    if ((!shown.version.isEmpty() && !doc->showVersion(shown.version, &error))
        || (!shown.scenario.isEmpty() && !doc->workInScenario(shown.scenario, &error))) {
        err() << error << '\n';
        err().flush();
        return nullptr;
    }
    err().flush();
    return doc;
}

} // namespace horisont::cli
