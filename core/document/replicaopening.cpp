#include "document/replicaopening.h"

#include "server/replicacache.h"
#include "server/servermigration.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTemporaryDir>

namespace horisont {
namespace {

// These texts were written in ServerLink; the catalogue knows them there.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::ServerLink)
};

} // namespace

ReplicaOpening::Opened ReplicaOpening::open(const ServerAddress &address, QString *error)
{
    Opened opened;
    {
        ServerSession probe;
        const auto plan = serverplans::openRegistered(probe, address, error);
        if (!plan) {
            if (!probe.db().isOpen()) // the server cannot be reached: what this computer kept, to read
                opened.document = offlineReplica(address, *error);
            return opened;
        }
        opened.online = true;
        // A plan of another format is neither pulled nor read from a replica: what it holds would not fit.
        if (const QString problem = servermigration::formatProblem(address, plan->format); !problem.isEmpty()) {
            *error = problem;
            return opened;
        }
        opened.document = keptReplica(address, *plan, error);
    }
    if (opened.document)
        opened.document->m_shownName = address.describe();
    return opened;
}

std::unique_ptr<PlanDocument> ReplicaOpening::scratchReplica(const ServerAddress &address, QString *error)
{
    auto scratch = std::make_unique<QTemporaryDir>();
    if (!scratch->isValid()) {
        *error = Tr::tr("No temporary folder could be made for a copy of %1.").arg(address.describe());
        return nullptr;
    }
    const QString replica = scratch->filePath(address.plan + QStringLiteral(".horisont"));
    if (!serverplans::pull(address, replica, error))
        return nullptr;
    auto document = PlanDocument::open(replica, error, PlanDocument::Access::ReadWrite, PlanDocument::Verification::Full);
    if (document)
        document->m_scratch = std::move(scratch);
    return document;
}

std::unique_ptr<PlanDocument> ReplicaOpening::keptReplica(const ServerAddress &address, const serverplans::RegisteredPlan &plan,
                                                      QString *error)
{
    const QString kept = replicacache::pathFor(address, plan);
    if (QFile::exists(kept)) {
        QString problem;
        auto document = PlanDocument::open(kept, &problem, PlanDocument::Access::ReadWrite,
                                           PlanDocument::Verification::Background);
        if (document && !document->isReadOnly())
            return document;
        // Another window of this user has it: this one reads a replica of its own.
        if (document && document->isLockedElsewhere())
            return scratchReplica(address, error);
        // A replica holds nothing the server lacks: one that cannot be used is taken again.
        document.reset();
        QFile::remove(kept);
    }
    replicacache::forgetOthers(address, kept);
    if (!serverplans::pull(address, kept, error))
        return nullptr;
    return PlanDocument::open(kept, error, PlanDocument::Access::ReadWrite, PlanDocument::Verification::Background);
}

std::unique_ptr<PlanDocument> ReplicaOpening::offlineReplica(const ServerAddress &address, const QString &why)
{
    const QString kept = replicacache::latestFor(address);
    QString problem;
    auto document = kept.isEmpty() ? nullptr
                                   : PlanDocument::open(kept, &problem, PlanDocument::Access::ReadOnly,
                                                        PlanDocument::Verification::Full);
    if (!document)
        return nullptr;
    document->m_shownName = address.describe();
    document->m_readOnlyReason =
        Tr::tr("%1 cannot be reached (%2). This is the copy kept on this computer, as it was %3: it can be read but "
               "not changed. Open the plan again when the server is back.")
            .arg(address.server(), why.section(QLatin1Char('\n'), 0, 0),
                 QLocale().toString(QFileInfo(kept).lastModified(), QStringLiteral("yyyy-MM-dd HH:mm")));
    document->m_notices << document->m_readOnlyReason;
    return document;
}

} // namespace horisont
