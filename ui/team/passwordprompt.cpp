#include "team/passwordprompt.h"

#include "server/sessionpasswords.h"

#include <QApplication>
#include <QCoreApplication>
#include <QInputDialog>
#include <QLineEdit>

namespace horisont {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::PasswordPrompt)
};
} // namespace

bool askForServerPassword(QWidget *parent, const ServerAddress &address, const QString &connectionError)
{
    if (!sessionpasswords::needsPassword(connectionError))
        return false;
    // A password the server refused is asked for again, saying so.
    const bool refused = sessionpasswords::find(address).has_value();
    sessionpasswords::forget(address);
    const QString user = address.user.isEmpty() ? Tr::tr("your user") : address.user;
    const QString prompt =
        (refused ? Tr::tr("%1 refused the password of %2. Password:") : Tr::tr("Password of %2 on %1:"))
            .arg(address.server(), user)
        + QLatin1Char('\n') + Tr::tr("(kept only until Horisont closes; never saved)");
    bool ok = false;
    const QString password = QInputDialog::getText(parent, Tr::tr("Server Password"), prompt, QLineEdit::Password,
                                                   QString(), &ok);
    if (!ok || password.isEmpty())
        return false;
    sessionpasswords::remember(address, password);
    return true;
}

bool withServerPassword(QWidget *parent, const ServerAddress &address, QString *error,
                        const std::function<bool(QString *error)> &attempt)
{
    for (;;) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const bool done = attempt(error);
        QApplication::restoreOverrideCursor();
        if (done || !askForServerPassword(parent, address, *error))
            return done;
    }
}

} // namespace horisont
