#include "cli/planopening.h"

#include "cli/output.h"

#include <QCoreApplication>

namespace horisont::cli {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::cli)
};
} // namespace

QCommandLineOption versionOption()
{
    return QCommandLineOption(QStringLiteral("version"),
                              Tr::tr("Read this version (see `versions`) instead of the plan as it is now."),
                              Tr::tr("NAME"));
}

std::unique_ptr<PlanDocument> openPlan(const QString &path, PlanDocument::Access access,
                                       PlanDocument::Verification verification, const QString &version)
{
    QString error;
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
    if (!version.isEmpty() && !doc->showVersion(version, &error)) {
        err() << error << '\n';
        err().flush();
        return nullptr;
    }
    err().flush();
    return doc;
}

} // namespace horisont::cli
