#include "cli/planopening.h"

#include "cli/output.h"

#include "server/serverplans.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryDir>

#include <vector>

namespace horisont::cli {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::cli)
};

/// A read-only command on a server plan reads one consistent snapshot of it:
/// pulled into a file of its own that lives until the process ends. A
/// command that changes the plan opens it on the server (ServerLink).
QString snapshotOfServerPlan(const QString &uri)
{
    QString error;
    const auto address = serveraddress::parsePlan(uri, &error);
    if (!address) {
        err() << error << '\n';
        return {};
    }
    static std::vector<std::unique_ptr<QTemporaryDir>> snapshots;
    snapshots.push_back(std::make_unique<QTemporaryDir>());
    const QString file = snapshots.back()->filePath(address->plan + QStringLiteral(".horisont"));
    if (!snapshots.back()->isValid() || !serverplans::pull(*address, file, &error)) {
        err() << error << '\n';
        return {};
    }
    return file;
}

QString &lastOpenedPlan()
{
    static QString path;
    return path;
}
} // namespace

QString planInHand()
{
    return lastOpenedPlan();
}

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

QString planName(const QString &path)
{
    if (serveraddress::looksLikeServer(path)) {
        QString error;
        if (const auto address = serveraddress::parse(path, &error))
            return address->describe();
    }
    return QFileInfo(path).fileName();
}

std::unique_ptr<PlanDocument> openPlan(const QString &path, PlanDocument::Access access,
                                       PlanDocument::Verification verification, const ShownState &shown)
{
    QString error;
    lastOpenedPlan() = path;
    if (!shown.version.isEmpty() && !shown.scenario.isEmpty()) {
        err() << Tr::tr("--version and --scenario: a command reads one state of the plan; name one of them.") << '\n';
        err().flush();
        return nullptr;
    }
    const QString file = serveraddress::looksLikeServer(path) && access == PlanDocument::Access::ReadOnly
                             ? snapshotOfServerPlan(path)
                             : path;
    if (file.isEmpty()) {
        err().flush();
        return nullptr;
    }
    auto doc = PlanDocument::open(file, &error, access, verification);
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
