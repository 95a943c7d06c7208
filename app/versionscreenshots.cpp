// The documentation's pictures of versions: freezing one, the list of them,
// a decided version open read-only beside the plan, and the Changes view.
#include "screenshots.h"

#include "document/plandocument.h"
#include "edit/allocationcommands.h"
#include "edit/commands.h"
#include "edit/dateedits.h"
#include "mainwindow.h"
#include "selection/planselection.h"
#include "versions/freezeversiondialog.h"
#include "versions/versionsdialog.h"
#include "views/budgetfollowupview.h"
#include "views/changesview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDateEdit>
#include <QDir>
#include <QLineEdit>
#include <QTabWidget>
#include <QTemporaryDir>

namespace horisont {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::VersionScreenshots)
};

// A decided version and a snapshot, frozen once (the English run finds them).
bool freezeExamples(PlanDocument &document)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString error;
    if (!planversions::find(document.store(), QStringLiteral("Budget 2026"))
        && !planversions::freeze(document, QStringLiteral("Budget 2026"),
                                 {QStringLiteral("Kommunfullmäktige"), QDate(2025, 11, 24), QStringLiteral("KF 2025/212")},
                                 now, &error))
        return false;
    return planversions::find(document.store(), QStringLiteral("Remiss 2026"))
           || planversions::freeze(document, QStringLiteral("Remiss 2026"), {}, now, &error);
}

template<class T>
const T *withCode(const Plan &plan, const QString &code)
{
    for (const T &item : plan.all<T>()) {
        if (item.code == code)
            return &item;
    }
    return nullptr;
}

// What a year after the decision looks like: an intervention renamed, two
// ending later, two activities done, money changed — each through the
// command the views use. A step the demo cannot take is left out.
void editAsAYearLater(PlanDocument &document)
{
    const Plan &plan = document.plan();
    QString error;
    if (const Intervention *renamed = withCode<Intervention>(plan, QStringLiteral("7130")))
        document.execute(commands::setField(document, EntityKind::Intervention, renamed->id, QStringLiteral("name"),
                                            renamed->name + QStringLiteral(" och Mariehem"), &error));
    for (const char *code : {"7110", "7170"}) {
        if (const Intervention *later = withCode<Intervention>(plan, QString::fromLatin1(code)))
            document.execute(dates::shift(document, EntityKind::Intervention, later->id, 4, 0, true, &error));
    }
    QList<Id> ongoing; // gathered first: an edit changes the table being read
    for (const Activity &activity : plan.all<Activity>()) {
        if (activity.status == WorkStatus::Ongoing && ongoing.size() < 2)
            ongoing << activity.id;
    }
    for (Id activity : ongoing)
        document.execute(commands::setField(document, EntityKind::Activity, activity, QStringLiteral("status"),
                                            int(WorkStatus::Done), &error));
    const FundingSource *utv = withCode<FundingSource>(plan, QStringLiteral("UTV"));
    const Intervention *processledning = withCode<Intervention>(plan, QStringLiteral("7100"));
    const Organisation *umeabra = withCode<Organisation>(plan, QStringLiteral("1100"));
    if (!utv || !processledning || !umeabra)
        return;
    const Id source = utv->id, intervention = processledning->id, organisation = umeabra->id;
    for (const auto &[year, kronor] : {std::pair{2025, 400'000}, std::pair{2026, 350'000}, std::pair{2027, 600'000}}) {
        const allocations::Cell cell = allocations::findCell(plan, source, intervention, organisation, year);
        document.execute(allocations::setCell(document, cell, Money::fromKronor(kronor), QString(), &error));
    }
}

// The follow-up of 2026 by organisation beside the decided budget, on the
// plan edited since the decision.
bool saveDecidedBudgetScreenshot(MainWindow &window, const QDir &dir, const QString &prefix)
{
    window.showView(MainWindow::BudgetFollowUp);
    auto *followUp = static_cast<BudgetFollowUpView *>(window.view(MainWindow::BudgetFollowUp));
    QDeadlineTimer deadline(10000);
    while (followUp->isReadingLedger() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    followUp->tabs()->setCurrentIndex(BudgetFollowUpView::Actuals);
    followUp->grain()->setCurrentIndex(0);
    followUp->dimension()->setCurrentIndex(1); // organisations
    followUp->year()->setCurrentIndex(std::max(0, followUp->year()->findText(QStringLiteral("2026"))));
    followUp->showDecided()->setChecked(true);
    return settleAndGrab(window, dir.filePath(QStringLiteral("%1-06-budgetfollowup-decided.png").arg(prefix)), 400);
}

// The Changes view from the decided version to a copy of the plan edited
// as above, so that the plan the other pictures show stays as it is.
bool saveChangesScreenshots(PlanDocument &document, const QDir &dir, const QString &prefix)
{
    QTemporaryDir scratch;
    const QString copy = scratch.filePath(QStringLiteral("changes.horisont"));
    QString error;
    MainWindow window;
    if (!document.saveCopy(copy, &error) || !window.openPlan(copy))
        return false;
    editAsAYearLater(*window.document());
    window.resize(1366, 768);
    window.show();
    window.showView(MainWindow::Changes);
    auto *changes = static_cast<ChangesView *>(window.view(MainWindow::Changes));
    if (const Intervention *renamed = withCode<Intervention>(window.document()->plan(), QStringLiteral("7130")))
        window.selection()->select(EntityKind::Intervention, renamed->id); // its change chosen, its properties beside
    bool saved = settleAndGrab(window, dir.filePath(QStringLiteral("%1-17-changes.png").arg(prefix)), 400);
    changes->tabs()->setCurrentIndex(ChangesView::MoneyTab);
    saved = saved && settleAndGrab(window, dir.filePath(QStringLiteral("%1-17-changes-money.png").arg(prefix)), 400);
    saved = saved && saveDecidedBudgetScreenshot(window, dir, prefix);
    window.closePlan();
    return saved;
}

} // namespace

bool saveVersionScreenshots(MainWindow &window, const QString &directory, const QString &prefix)
{
    PlanDocument *document = window.document();
    if (!document || !freezeExamples(*document))
        return false;
    const QDir dir(directory);
    {
        FreezeVersionDialog freeze(*document, &window);
        freeze.nameEdit()->setText(Tr::tr("Plan 2027–2030"));
        freeze.bodyEdit()->setText(QStringLiteral("Kommunstyrelsen"));
        freeze.dateEdit()->setDate(QDate(2026, 11, 17));
        freeze.referenceEdit()->setText(QStringLiteral("KS 2026/301"));
        freeze.show();
        if (!settleAndGrab(freeze, dir.filePath(QStringLiteral("%1-15-versions-freeze.png").arg(prefix))))
            return false;
    }
    VersionsDialog versions(*document, &window);
    versions.choose(QStringLiteral("Budget 2026"));
    versions.show();
    if (!settleAndGrab(versions, dir.filePath(QStringLiteral("%1-15-versions-dialog.png").arg(prefix))))
        return false;
    MainWindow *shown = versions.openChosen();
    if (!shown)
        return false;
    shown->resize(1366, 768);
    shown->showView(MainWindow::Structure);
    const bool saved = settleAndGrab(*shown, dir.filePath(QStringLiteral("%1-16-version-readonly.png").arg(prefix)), 400);
    shown->close();
    return saved && saveChangesScreenshots(*document, dir, prefix);
}

} // namespace horisont
