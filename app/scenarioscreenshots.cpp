// The documentation's pictures of scenarios: the window working in one,
// with its banner, and the plan and the scenario side by side.
#include "screenshots.h"

#include "document/plandocument.h"
#include "edit/allocationcommands.h"
#include "edit/dateedits.h"
#include "mainmenus.h"
#include "mainwindow.h"
#include "scenarios/scenariomenu.h"
#include "scenarios/sidebysidedialog.h"
#include "versions/planscenarios.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

namespace horisont {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::ScenarioScreenshots)
};

// The continuation the evaluation asked for: the longest interventions run
// three more years, and the development grant's share goes on at its last
// level — through the commands the views use.
void continueForFifteenYears(PlanDocument &document)
{
    const Plan &plan = document.plan();
    QString error;
    QList<Id> longest;
    for (const Intervention &i : plan.all<Intervention>()) {
        if (i.start.isValid() && i.end.isValid() && i.start.daysTo(i.end) > 3 * 365 && longest.size() < 4)
            longest << i.id;
    }
    for (Id intervention : longest)
        document.execute(dates::shift(document, EntityKind::Intervention, intervention, 36, 0, true, &error));
    for (const Allocation &a : plan.all<Allocation>()) {
        if (a.year != 2026 || !longest.contains(a.interventionId))
            continue;
        for (int year = 2027; year <= 2029; ++year) {
            const allocations::Cell cell =
                allocations::findCell(plan, a.sourceId, a.interventionId, a.organisationId, year);
            document.execute(allocations::setCell(document, cell, a.amount, QString(), &error));
        }
        break;
    }
}

} // namespace

bool saveScenarioScreenshots(PlanDocument &document, const QString &directory, const QString &prefix)
{
    QTemporaryDir scratch;
    const QString copy = scratch.filePath(QStringLiteral("scenarios.horisont"));
    QString error;
    MainWindow window;
    if (!document.saveCopy(copy, &error) || !window.openPlan(copy))
        return false;
    const QString name = Tr::tr("15-year continuation");
    if (!planscenarios::create(*window.document(), name, QString(), QDateTime::currentDateTimeUtc(), &error))
        return false;
    window.menus()->scenarioMenu()->workIn(name);
    continueForFifteenYears(*window.document());
    window.resize(1366, 768);
    window.show();
    window.showView(MainWindow::Timeline);
    const QDir dir(directory);
    if (!settleAndGrab(window, dir.filePath(QStringLiteral("%1-18-scenario.png").arg(prefix)), 400))
        return false;
    SideBySideDialog compare(*window.document(), &window);
    compare.resize(1200, 700);
    compare.show();
    const bool saved = settleAndGrab(compare, dir.filePath(QStringLiteral("%1-18-scenarios-side-by-side.png").arg(prefix)));
    window.closePlan();
    return saved;
}

} // namespace horisont
