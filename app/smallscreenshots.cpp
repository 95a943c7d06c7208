// The views a new user walks through first, on a small laptop or a
// projector at 1024×600: DIR/LANG-small-NN-view.png.
#include "screenshots.h"

#include "document/plandocument.h"
#include "mainwindow.h"
#include "selection/planselection.h"
#include "views/budgetfollowupview.h"

#include <QComboBox>
#include <QDir>
#include <QMetaEnum>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>
#include <QTabWidget>

namespace horisont {

bool saveSmallScreenshots(MainWindow &window, const QString &directory, const QString &prefix)
{
    const QSize before = window.size();
    window.resize(1024, 600);
    const auto &interventions = window.document()->plan().all<Intervention>();
    if (!interventions.empty()) // the properties panel beside each view, as at work
        window.selection()->select(EntityKind::Intervention, interventions.items()[interventions.size() / 2].id);
    bool ok = true;
    auto save = [&](MainWindow::View view, const QString &suffix = QString()) {
        const QString name = QString::fromLatin1(QMetaEnum::fromType<MainWindow::View>().valueToKey(view)).toLower();
        ok = ok && settleAndGrab(window, QDir(directory).filePath(QStringLiteral("%1-small-%2-%3%4.png")
                                                                     .arg(prefix)
                                                                     .arg(view + 1, 2, 10, QLatin1Char('0'))
                                                                     .arg(name, suffix)), 400);
    };
    for (MainWindow::View view : {MainWindow::Overview, MainWindow::Timeline, MainWindow::Funding,
                                  MainWindow::BudgetFollowUp, MainWindow::Organisations, MainWindow::AuditTrail,
                                  MainWindow::ChangeLog}) {
        window.showView(view);
        save(view);
    }
    // The overview further down: where we are and the budget.
    window.showView(MainWindow::Overview);
    if (auto *scroll = window.view(MainWindow::Overview)->findChild<QScrollArea *>()) {
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum() / 2);
        save(MainWindow::Overview, QStringLiteral("-where"));
        scroll->verticalScrollBar()->setValue(0);
    }
    // The budget against actual for all years, scrolled to the last: the row labels stay.
    auto *followUp = static_cast<BudgetFollowUpView *>(window.view(MainWindow::BudgetFollowUp));
    window.showView(MainWindow::BudgetFollowUp);
    const int year = followUp->year()->currentIndex();
    followUp->year()->setCurrentIndex(0);
    followUp->refreshNow();
    followUp->followUpTable()->horizontalScrollBar()->setValue(followUp->followUpTable()->horizontalScrollBar()->maximum());
    save(MainWindow::BudgetFollowUp, QStringLiteral("-scrolled"));
    followUp->year()->setCurrentIndex(year);
    window.resize(before);
    return ok;
}

} // namespace horisont
