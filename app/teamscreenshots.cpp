// The documentation's pictures of a team plan: two windows on one plan on
// a server, as two database users. The first shows the second's edit
// arriving (the status bar names who changed what); then both change the
// same name at once and the first's edit is refused, naming who changed it.
#include "screenshots.h"

#include "dialogs/openfromserverdialog.h"
#include "document/plandocument.h"
#include "server/serveraddress.h"
#include "team/serverfields.h"
#include "edit/commands.h"
#include "mainwindow.h"
#include "selection/planselection.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QSpinBox>
#include <QStatusBar>
#include <QThread>

namespace horisont {
namespace {

bool waitFor(const std::function<bool()> &done, int ms = 8000)
{
    QDeadlineTimer deadline(ms);
    while (!done() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(5);
    }
    return done();
}

bool rename(PlanDocument &document, Id id, const QString &name)
{
    return document.execute(commands::setField(document, EntityKind::Intervention, id, QStringLiteral("name"), name));
}

/// The window with the box that refused the edit drawn where it stands over it
/// (a box is a window of its own, which the window's grab leaves out).
bool grabWithNotice(MainWindow &window, const QString &file)
{
    QMessageBox *notice = nullptr;
    if (!waitFor([&] { return (notice = window.findChild<QMessageBox *>(QStringLiteral("conflictNotice"))) != nullptr; }))
        return false;
    notice->adjustSize();
    notice->move(window.geometry().center() - notice->rect().center());
    for (QDeadlineTimer settle(600); !settle.hasExpired();)
        QCoreApplication::processEvents();
    QPixmap shot = window.grab();
    QPainter painter(&shot);
    painter.drawPixmap(window.mapFromGlobal(notice->mapToGlobal(QPoint(0, 0))), notice->grab());
    painter.end();
    notice->close();
    return shot.save(file);
}

} // namespace

int saveTeamScreenshots(const QString &first, const QString &second, const QString &directory, const QString &language)
{
    MainWindow mine, theirs;
    if (!mine.openPlan(first) || !theirs.openPlan(second))
        return 2;
    QDir().mkpath(directory);
    const QString prefix = directory + QStringLiteral("/team-") + (language.isEmpty() ? QStringLiteral("sv") : language);
    mine.resize(1366, 768);
    mine.show();
    const auto &interventions = mine.document()->plan().all<Intervention>();
    const Id shown = std::next(interventions.begin(), 1)->id;
    mine.selection()->select(EntityKind::Intervention, shown);

    // Their edit arrives in my window by notification.
    const QString before = mine.document()->plan().find<Intervention>(shown)->name;
    const QString arrived = before + QStringLiteral(" i Ålidhem");
    if (!rename(*theirs.document(), shown, arrived)
        || !waitFor([&] { return mine.document()->plan().find<Intervention>(shown)->name == arrived; }))
        return 2;
    bool ok = settleAndGrab(mine, prefix + QStringLiteral("-01-edit-arrived.png"), 600);

    // Both change the same name before either has seen the other's: the server refuses the later.
    theirs.document()->execute(commands::setField(*theirs.document(), EntityKind::Intervention, shown,
                                                  QStringLiteral("name"), before + QStringLiteral(" (kväll)")));
    rename(*mine.document(), shown, before + QStringLiteral(" (helg)"));
    ok = grabWithNotice(mine, prefix + QStringLiteral("-02-conflict-refused.png")) && ok;

    QString error;
    const auto address = serveraddress::parsePlan(first, &error);
    OpenFromServerDialog dialog(&mine);
    dialog.fields()->hostEdit()->setText(address->host);
    dialog.fields()->portEdit()->setValue(address->port);
    dialog.fields()->databaseEdit()->setText(address->database);
    dialog.fields()->userEdit()->setText(address->user);
    dialog.show();
    ok = dialog.listPlans() && settleAndGrab(dialog, prefix + QStringLiteral("-03-open-from-server.png")) && ok;
    return ok ? 0 : 2;
}

} // namespace horisont
