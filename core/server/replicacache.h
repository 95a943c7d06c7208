#pragma once

#include "server/serveraddress.h"
#include "server/serverplans.h"

#include <QString>

namespace horisont::replicacache {

/// Where the replicas of plans on servers are kept between sessions (a
/// plan file each, which ServerLink brings up to date from the change log
/// when the plan is opened again, and which can be read when the server
/// cannot be reached): HORISONT_REPLICA_DIR, else the user's cache folder.
QString folder();

/// The replica of this plan as this user sees it: one file per server,
/// database, user, published plan and format (a plan published again under
/// the same name is another plan, with a replica of its own; a plan upgraded
/// to another format is pulled again, whatever an older replica held).
QString pathFor(const ServerAddress &address, const serverplans::RegisteredPlan &plan);

/// The newest replica of the plan the address names, whichever plan of
/// that name it holds; empty when there is none.
QString latestFor(const ServerAddress &address);

/// Removes the replicas of earlier plans of the address's name but `keep`.
void forgetOthers(const ServerAddress &address, const QString &keep);

} // namespace horisont::replicacache
