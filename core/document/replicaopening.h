#pragma once

#include "document/plandocument.h"
#include "server/serveraddress.h"
#include "server/serverplans.h"

#include <memory>

namespace horisont {

/// Which replica a plan on a server is read from (ServerLink::open hands
/// to it): the one kept for this plan and user, brought up to date by the
/// link's first sync and pulled whole the first time (or when it cannot be
/// used); one of its own in a temporary folder for a second window of the
/// same user; and, when the server cannot be reached, the kept one read-only.
class ReplicaOpening
{
public:
    struct Opened {
        std::unique_ptr<PlanDocument> document; ///< nullptr with *error set when there is none
        bool online = false;                    ///< false: the server could not be reached
    };
    static Opened open(const ServerAddress &address, QString *error);

private:
    static std::unique_ptr<PlanDocument> keptReplica(const ServerAddress &address,
                                                     const serverplans::RegisteredPlan &plan, QString *error);
    static std::unique_ptr<PlanDocument> scratchReplica(const ServerAddress &address, QString *error);
    static std::unique_ptr<PlanDocument> offlineReplica(const ServerAddress &address, const QString &why);
};

} // namespace horisont
