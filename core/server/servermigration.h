#pragma once

#include "server/serveraddress.h"

#include <QString>

#include <optional>

namespace horisont::servermigration {

/// A plan on a server follows the file format (store/migrations.h) as a plan
/// file does: its register says which format its tables are of, and an owner
/// brings it up to this Horisont's format with the file's own steps, run on
/// the server in one transaction (translated where PostgreSQL writes them
/// differently: store/sqldialect). A plan file is migrated whenever it is
/// opened; a plan on a server only when its owner says so, since older
/// versions of Horisont cannot open it afterwards.

/// The first format a plan on a server ever had: publishing came with format
/// 5 (scenarios), so no plan on a server is older and no older step has ever
/// to run there.
constexpr int FirstServerFormat = 5;

/// Why this Horisont cannot read or write the plan at `address` whose
/// register says `format` as it is, naming the plan, the server and what to
/// do (an owner upgrades an older one); empty when it is of the current format.
QString formatProblem(const ServerAddress &address, int format);

/// Where the plan stands, as its connected user sees it.
struct Standing {
    int format = 0;   ///< as the register says
    /// Why this user cannot upgrade it, naming the plan, the server and who
    /// can (empty: he can, or it needs no upgrade).
    QString refusal;
    bool needsUpgrade() const;
};
/// The plan's standing; nullopt with *error when the server cannot be asked.
std::optional<Standing> standing(const ServerAddress &address, QString *error);

enum class Outcome { Upgraded, AlreadyCurrent, Refused };

/// Brings the plan up to the current format in one transaction: its row in
/// the register locked (a second upgrader waits, then finds it done), each
/// step after its format run in its schema, the tables a step makes given
/// the roles' GRANTs, its format written in the register. Refused, with
/// *error naming the plan and the server, for a plan newer than this
/// Horisont or older than any server plan, for a user who is not its owner,
/// and when PostgreSQL would not let this user alter its tables or its
/// register; when a step fails nothing is changed and *error names the step.
/// *from is the format it had.
Outcome upgrade(const ServerAddress &address, QString *error, int *from = nullptr);

} // namespace horisont::servermigration
