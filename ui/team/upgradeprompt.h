#pragma once

#include "server/serveraddress.h"

class QWidget;

namespace horisont {

/// What came of offering to upgrade a plan on a server that was not opened.
enum class UpgradeOffer {
    NotNeeded, ///< not of an older format (or the server cannot be asked): the opening's own refusal stands
    Upgraded,  ///< upgraded: open it again
    Declined,  ///< the owner said no, or the user was told why he cannot: nothing more to show
};

/// After a plan on a server could not be opened (File ▸ Open from Server…,
/// Open Recent, an address on the command line): when that is because it is
/// of an older format, asks its owner whether to upgrade it, saying that
/// older versions of Horisont cannot open it afterwards, and upgrades it on
/// yes (core servermigration); tells anyone else that its owner must open it
/// in this Horisont or run `horisont upgrade`. Asked only after a failed
/// opening, so that opening a current plan, or one whose server is away,
/// costs nothing more.
UpgradeOffer offerUpgrade(QWidget *parent, const ServerAddress &address);

} // namespace horisont
