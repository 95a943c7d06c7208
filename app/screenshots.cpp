// The documentation's pictures: every view of the demo plan at a laptop's
// size, and the tabs, zoom levels and charts the README shows.
#include "screenshots.h"

#include "dialogs/importdialog.h"
#include "document/plandocument.h"
#include "charts/indicatorchartview.h"
#include "mainwindow.h"
#include "models/allocationgridmodel.h"
#include "selection/planselection.h"
#include "timeline/timelinecanvas.h"
#include "today.h"
#include "views/allocationgridview.h"
#include "views/budgetfollowupview.h"
#include "charts/followupcharts.h"
#include "views/fundingview.h"
#include "views/logicview.h"
#include "views/timelineview.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QElapsedTimer>
#include <QMetaEnum>
#include <QTabWidget>
#include <QTableView>

namespace horisont {

bool settleAndGrab(QWidget &window, const QString &file, int milliseconds)
{
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < milliseconds)
        QApplication::processEvents();
    return window.grab().save(file);
}

namespace {

// The timeline once more at the years and months zoom levels, scrolled to
// an ongoing intervention, as the documentation shows it.
bool saveTimelineZooms(MainWindow &window, const QString &directory, const QString &prefix)
{
    auto *timeline = static_cast<TimelineView *>(window.view(MainWindow::Timeline));
    const struct {
        TimeScale::Zoom zoom;
        const char *name;
    } zooms[] = {{TimeScale::Zoom::Years, "years"}, {TimeScale::Zoom::Months, "months"}};
    for (const auto &z : zooms) {
        timeline->setZoom(z.zoom);
        if (window.selection()->kind() == EntityKind::Intervention)
            timeline->canvas()->scrollToItem(EntityKind::Intervention, window.selection()->id());
        const QString file = QDir(directory).filePath(
            QStringLiteral("%1-%2-timeline-%3.png").arg(prefix).arg(MainWindow::Timeline + 1, 2, 10, QLatin1Char('0')).arg(QLatin1String(z.name)));
        if (!settleAndGrab(window, file))
            return false;
    }
    timeline->setZoom(TimeScale::Zoom::Horizon);
    return true;
}

// The indicator charts (for the first indicator) and the follow-ups, the
// other tabs of the logic view that the documentation shows.
bool saveLogicTabs(MainWindow &window, const QString &directory, const QString &prefix)
{
    auto *logic = static_cast<LogicView *>(window.view(MainWindow::Logic));
    const auto &indicators = window.document()->plan().all<Indicator>();
    if (!indicators.empty())
        window.selection()->select(EntityKind::Indicator, indicators.items()[std::min<std::size_t>(1, indicators.size() - 1)].id);
    const struct {
        QWidget *tab;
        const char *name;
    } tabs[] = {{logic->charts(), "charts"}, {logic->tabs()->widget(logic->tabs()->count() - 3), "followups"}};
    for (const auto &t : tabs) {
        logic->tabs()->setCurrentWidget(t.tab);
        const QString file = QDir(directory).filePath(
            QStringLiteral("%1-%2-logic-%3.png").arg(prefix).arg(MainWindow::Logic + 1, 2, 10, QLatin1Char('0')).arg(QLatin1String(t.name)));
        if (!settleAndGrab(window, file))
            return false;
    }
    logic->tabs()->setCurrentIndex(0);
    return true;
}

// The follow-up view's other tabs and each of its charts, as the
// documentation shows them.
bool saveFollowUpTabs(MainWindow &window, const QString &directory, const QString &prefix)
{
    auto *followUp = static_cast<BudgetFollowUpView *>(window.view(MainWindow::BudgetFollowUp));
    auto save = [&](const char *name) {
        return settleAndGrab(window, QDir(directory).filePath(QStringLiteral("%1-%2-budgetfollowup-%3.png")
                                                                  .arg(prefix)
                                                                  .arg(MainWindow::BudgetFollowUp + 1, 2, 10, QLatin1Char('0'))
                                                                  .arg(QLatin1String(name))));
    };
    followUp->tabs()->setCurrentIndex(BudgetFollowUpView::Actuals);
    followUp->grain()->setCurrentIndex(1); // tertials of the year
    if (!save("tertials"))
        return false;
    followUp->grain()->setCurrentIndex(0);
    const struct {
        BudgetFollowUpView::Tab tab;
        const char *name;
    } tabs[] = {{BudgetFollowUpView::Forecasts, "forecast"}, {BudgetFollowUpView::Grants, "grants"}};
    for (const auto &t : tabs) {
        followUp->tabs()->setCurrentIndex(t.tab);
        if (!save(t.name))
            return false;
    }
    followUp->tabs()->setCurrentIndex(BudgetFollowUpView::Charts);
    const char *const charts[] = {"chart-allocations", "chart-grant", "chart-variance", "chart-budget"};
    for (int c = 0; c < followUp->charts()->tabs()->count(); ++c) { // the budget chart after the Qt Charts ones
        followUp->charts()->tabs()->setCurrentIndex(c);
        if (!save(charts[c]))
            return false;
    }
    followUp->charts()->tabs()->setCurrentIndex(0);
    followUp->tabs()->setCurrentIndex(BudgetFollowUpView::Actuals);
    return true;
}

// The allocation grid for one source with a cell chosen, by organisation,
// and the funding view's lists, as the documentation shows them.
bool saveFundingTabs(MainWindow &window, const QString &directory, const QString &prefix)
{
    auto *funding = static_cast<FundingView *>(window.view(MainWindow::Funding));
    AllocationGridView *grid = funding->grid();
    auto save = [&](const char *name) {
        return settleAndGrab(window, QDir(directory).filePath(QStringLiteral("%1-%2-funding-%3.png")
                                                                  .arg(prefix)
                                                                  .arg(MainWindow::Funding + 1, 2, 10, QLatin1Char('0'))
                                                                  .arg(QLatin1String(name))));
    };
    const auto &sources = window.document()->plan().all<FundingSource>();
    if (!sources.empty()) {
        grid->sourceChoice()->setCurrentIndex(grid->sourceChoice()->findData(QVariant::fromValue(sources.items().front().id)));
        AllocationGridModel *model = grid->model();
        for (int r = 0; r < model->totalRow() && !grid->grid()->currentIndex().isValid(); ++r) {
            for (int c = 0; c < model->totalColumn(); ++c) {
                if (!model->allocationsAt(model->index(r, c)).isEmpty()) {
                    grid->grid()->setCurrentIndex(model->index(r, c));
                    break;
                }
            }
        }
    }
    if (!save("grid-source"))
        return false;
    grid->sourceChoice()->setCurrentIndex(0);
    grid->rowsChoice()->setCurrentIndex(1); // by organisation
    if (!save("grid-organisations"))
        return false;
    grid->rowsChoice()->setCurrentIndex(0);
    funding->tabs()->setCurrentIndex(1);
    if (!save("lists"))
        return false;
    funding->tabs()->setCurrentIndex(0);
    // The import dialog with the sample export previewed, when ./dev names it.
    const QString sample = qEnvironmentVariable("HORISONT_SCREENSHOT_LEDGER");
    if (sample.isEmpty() || !QFileInfo::exists(sample))
        return true;
    ImportDialog dialog(*window.document(), &window);
    dialog.resize(1200, 640);
    dialog.setFile(sample);
    dialog.show();
    dialog.preview();
    return settleAndGrab(dialog, QDir(directory).filePath(QStringLiteral("%1-05-funding-import.png").arg(prefix)));
}

} // namespace

// Renders each view of the open plan at a laptop's 1366×768 and saves it
// as DIR/LANG-NN-view.png, for the README and docs/screenshots/.
int saveScreenshots(MainWindow &window, const QString &directory, const QString &language)
{
    if (!window.document())
        return 2;
    QDir().mkpath(directory);
    window.resize(1366, 768);
    window.show();
    const QString prefix = language.isEmpty() ? QStringLiteral("system") : language;
    for (int v = 0; v < MainWindow::ViewCount; ++v) {
        if (v == MainWindow::Changes)
            continue; // shot with changes to show, after the versions (versionscreenshots.cpp)
        window.showView(MainWindow::View(v));
        if (v == MainWindow::Structure || v == MainWindow::Timeline || v == MainWindow::Responsibilities) {
            // Show an intervention's properties, as a user at work would.
            const auto &interventions = window.document()->plan().all<Intervention>();
            if (!interventions.empty())
                window.selection()->select(EntityKind::Intervention, interventions.items()[interventions.size() / 2].id);
        }
        if (v == MainWindow::BudgetFollowUp) {
            // The current year, as it opens: the demo has booked it up to its snapshot day.
            auto *followUp = static_cast<BudgetFollowUpView *>(window.view(MainWindow::BudgetFollowUp));
            // The decided budget has a picture of its own (versionscreenshots.cpp): the
            // versions the first language's run froze do not widen the second's.
            followUp->showDecided()->setChecked(false);
        }
        if (v == MainWindow::AuditTrail || v == MainWindow::ChangeLog) {
            // A change chosen, its details in full below the table.
            auto *table = window.view(MainWindow::View(v))->findChild<QTableView *>();
            if (table && table->model()->rowCount() > 1)
                table->setCurrentIndex(table->model()->index(1, 0));
        }
        const QString name = QString::fromLatin1(QMetaEnum::fromType<MainWindow::View>().valueToKey(v)).toLower();
        const QString file = QDir(directory).filePath(QStringLiteral("%1-%2-%3.png").arg(prefix).arg(v + 1, 2, 10, QLatin1Char('0')).arg(name));
        if (!settleAndGrab(window, file, 400))
            return 2;
        if (v == MainWindow::Timeline && !saveTimelineZooms(window, directory, prefix))
            return 2;
        if (v == MainWindow::Logic && !saveLogicTabs(window, directory, prefix))
            return 2;
        if (v == MainWindow::BudgetFollowUp && !saveFollowUpTabs(window, directory, prefix))
            return 2;
        if (v == MainWindow::Funding && !saveFundingTabs(window, directory, prefix))
            return 2;
    }
    return saveSmallScreenshots(window, directory, prefix) && saveVersionScreenshots(window, directory, prefix)
                   && saveScenarioScreenshots(*window.document(), directory, prefix)
               ? 0
               : 2;
}

} // namespace horisont
