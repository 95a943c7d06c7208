#include "team/upgradeprompt.h"

#include "server/servermigration.h"
#include "store/fileformat.h"
#include "team/passwordprompt.h"

#include <QCoreApplication>
#include <QMessageBox>

#include <optional>

namespace horisont {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::UpgradePrompt)
};

QString titleText()
{
    return Tr::tr("Plan of an Older Format");
}

/// A box the tests find by its name.
QMessageBox::StandardButton ask(QWidget *parent, QMessageBox::Icon icon, const QString &name, const QString &text,
                                 QMessageBox::StandardButtons buttons, QMessageBox::StandardButton preset)
{
    QMessageBox box(icon, QString(), text, buttons, parent);
    box.setWindowTitle(titleText());
    box.setObjectName(name);
    box.setDefaultButton(preset);
    return QMessageBox::StandardButton(box.exec());
}

} // namespace

UpgradeOffer offerUpgrade(QWidget *parent, const ServerAddress &address)
{
    std::optional<servermigration::Standing> standing;
    QString error;
    withServerPassword(parent, address, &error, [&](QString *why) {
        standing = servermigration::standing(address, why);
        return standing.has_value();
    });
    if (!standing || !standing->needsUpgrade())
        return UpgradeOffer::NotNeeded;
    if (!standing->refusal.isEmpty()) {
        ask(parent, QMessageBox::Information, QStringLiteral("upgradeRefused"),
             servermigration::formatProblem(address, standing->format) + QStringLiteral("\n\n") + standing->refusal,
             QMessageBox::Ok, QMessageBox::Ok);
        return UpgradeOffer::Declined;
    }
    const auto answer = ask(
        parent, QMessageBox::Question, QStringLiteral("upgradePrompt"),
        Tr::tr("The plan \"%1\" on %2 is of format %3, written by an older Horisont; this Horisont works with format "
               "%4 and opens it once it is upgraded.")
                .arg(address.plan, address.server())
                .arg(standing->format)
                .arg(fileformat::currentVersion())
            + QStringLiteral("\n\n")
            + Tr::tr("Upgrade it on the server now? Every row stays as it is, but older versions of Horisont cannot "
                     "open the plan afterwards: everyone on the team then needs this version of Horisont or a newer one."),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return UpgradeOffer::Declined;
    auto outcome = servermigration::Outcome::Refused;
    withServerPassword(parent, address, &error, [&](QString *why) {
        outcome = servermigration::upgrade(address, why);
        return outcome != servermigration::Outcome::Refused;
    });
    if (outcome == servermigration::Outcome::Refused) {
        ask(parent, QMessageBox::Warning, QStringLiteral("upgradeFailed"), error, QMessageBox::Ok, QMessageBox::Ok);
        return UpgradeOffer::Declined;
    }
    return UpgradeOffer::Upgraded;
}

} // namespace horisont
